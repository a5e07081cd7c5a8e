// shuzai-pdf: lays out HTML (stdin, UTF-8) as an A4 PDF (stdout), for shuzai-cli's review
// packets. A program of its own so the CLI does not load Qt Gui, fonts and the print stack on
// every call (65 shared libraries before any verb ran): only `export packet` starts this.
#include "print/pdfrender.h"

#include <QFile>
#include <QGuiApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Headless: fonts, no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString title = argc > 1 ? QString::fromUtf8(argv[1]) : QString();
    QFile in, out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return 2;
    auto pdf = shuzai::renderPdf(QString::fromUtf8(in.readAll()), title);
    if (!pdf) {
        // The untranslated message: the CLI reports its own, translated, error.
        fprintf(stderr, "%s\n", qPrintable(pdf.error().untranslatedMessage()));
        return 1;
    }
    out.write(*pdf);
    return 0;
}
