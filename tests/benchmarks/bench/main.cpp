// shuzai-bench: builds a reproducible archive through core's services and measures what a user
// waits for, each figure next to the machine's own limit for the same work measured in the same
// run. See tests/benchmarks/README.md.
#include "archivegenerator.h"
#include "measures.h"

#include "services/workspace.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

using namespace shuzai;
using namespace shuzai::bench;

namespace {
void note(const QString &text)
{
    fprintf(stderr, "bench: %s\n", qPrintable(text));
}

// What the archive next to a kept archive file was generated with, so a second run reuses it.
QJsonObject describe(const ArchiveSize &size, quint32 seed, const GeneratedArchive &a)
{
    return {{QStringLiteral("size"), size.name},
            {QStringLiteral("seed"), qint64(seed)},
            {QStringLiteral("campaigns"), a.campaigns},
            {QStringLiteral("interviewees"), a.interviewees},
            {QStringLiteral("transcripts"), a.transcripts},
            {QStringLiteral("interviews"), a.interviews},
            {QStringLiteral("characters"), a.characters},
            {QStringLiteral("big_campaign"), a.bigCampaign},
            {QStringLiteral("generation_s"), a.seconds}};
}
} // namespace

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const bool filled = qstrcmp(argv[i], "--child-window-filled") == 0;
        if (filled || qstrcmp(argv[i], "--child-window") == 0)
            return runChildWindow(
                argc, argv, i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString(), filled);
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("shuzai-bench"));
    // The services log every change at info: thousands of lines while generating.
    log::setLevel(log::Level::Warning);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds an archive of the given size and measures Shuzai next to bare Qt and SQLite."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("smoke, S, M or L (default S)."),
                                        QStringLiteral("size"), QStringLiteral("S"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the archive (default 1)."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per figure (median; default 7, "
                                                       "smoke 2)."),
                                        QStringLiteral("n"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print JSON instead of a table."));
    const QCommandLineOption archiveOption(
        QStringLiteral("archive"),
        QStringLiteral("Keep the archive in this file and reuse it when it was generated with "
                       "the same size and seed (a second L run then skips minutes)."),
        QStringLiteral("path"));
    const QCommandLineOption corpusOption(
        QStringLiteral("corpus"), QStringLiteral("Folder of Japanese .txt files."),
        QStringLiteral("dir"), QStringLiteral(SHUZAI_BENCH_CORPUS));
    const QCommandLineOption cliOption(QStringLiteral("cli"),
                                       QStringLiteral("The shuzai-cli to time."),
                                       QStringLiteral("path"), QStringLiteral(SHUZAI_BENCH_CLI));
    const QCommandLineOption skipOption(
        QStringLiteral("skip"),
        QStringLiteral("Leave out a group: startup, roster, week, search, edits, ics, import, "
                       "cli (repeatable)."),
        QStringLiteral("group"));
    parser.addOptions({sizeOption, seedOption, runsOption, jsonOption, archiveOption, corpusOption,
                       cliOption, skipOption});
    parser.process(app);

    const auto size = archiveSize(parser.value(sizeOption));
    if (!size) {
        note(QStringLiteral("unknown size %1 (smoke, S, M, L)").arg(parser.value(sizeOption)));
        return 2;
    }
    const quint32 seed = parser.value(seedOption).toUInt();
    const int runs = parser.isSet(runsOption) ? parser.value(runsOption).toInt()
                                              : (size->name == QLatin1String("smoke") ? 2 : 7);
    const QStringList skipped = parser.values(skipOption);
    const QStringList sentences = loadSentences(parser.value(corpusOption));
    if (sentences.size() < 100) {
        note(QStringLiteral("too few sentences in %1").arg(parser.value(corpusOption)));
        return 2;
    }
    TextSource text(sentences, seed);

    QTemporaryDir scratchDir;
    const QDir scratch(scratchDir.path());
    const QString archivePath = parser.isSet(archiveOption)
                                    ? parser.value(archiveOption)
                                    : scratch.filePath(QStringLiteral("archive.db"));
    QFile metaFile(archivePath + QStringLiteral(".bench.json"));
    QJsonObject meta;
    if (QFile::exists(archivePath) && metaFile.open(QIODevice::ReadOnly)) {
        meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        metaFile.close();
    }
    SystemClock clock;
    GeneratedArchive generated;
    std::unique_ptr<Workspace> ws;
    if (meta.value(QStringLiteral("size")).toString() == size->name &&
        meta.value(QStringLiteral("seed")).toInteger() == seed) {
        auto opened = Workspace::openSqlite(archivePath, clock);
        if (!opened) {
            note(opened.error().untranslatedMessage());
            return 1;
        }
        ws = std::move(*opened);
        generated.bigCampaign = meta.value(QStringLiteral("big_campaign")).toInteger();
        generated.campaigns = meta.value(QStringLiteral("campaigns")).toInt();
        generated.interviewees = meta.value(QStringLiteral("interviewees")).toInt();
        generated.transcripts = meta.value(QStringLiteral("transcripts")).toInt();
        generated.interviews = meta.value(QStringLiteral("interviews")).toInt();
        generated.characters = meta.value(QStringLiteral("characters")).toInteger();
        generated.seconds = meta.value(QStringLiteral("generation_s")).toDouble();
        note(QStringLiteral("reusing %1").arg(archivePath));
    } else {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(archivePath + suffix);
        WorkspaceOptions options;
        options.seedSample = false;
        options.database.create = true;
        auto opened = Workspace::openSqlite(archivePath, clock, options);
        if (!opened) {
            note(opened.error().untranslatedMessage());
            return 1;
        }
        ws = std::move(*opened);
        note(QStringLiteral("generating a %1 archive (seed %2) in %3")
                 .arg(size->name)
                 .arg(seed)
                 .arg(archivePath));
        auto made = generateArchive(*ws, *size, text, note);
        if (!made) {
            note(made.error().untranslatedMessage());
            return 1;
        }
        generated = *made;
        note(QStringLiteral("generated in %1 s").arg(generated.seconds, 0, 'f', 1));
        if (parser.isSet(archiveOption) && metaFile.open(QIODevice::WriteOnly)) {
            metaFile.write(QJsonDocument(describe(*size, seed, generated)).toJson());
            metaFile.close();
        }
    }

    BenchContext context{*ws, archivePath, scratch, *size, generated, text, runs};
    QList<Figure> figures;
    auto group = [&](const char *name, const std::function<QList<Figure>()> &measure) {
        if (skipped.contains(QLatin1String(name)))
            return;
        note(QStringLiteral("measuring %1").arg(QLatin1String(name)));
        figures += measure();
    };
    group("startup", [&] { return measureStartup(context, QApplication::applicationFilePath()); });
    group("roster", [&] { return measureRosterFilter(context); });
    group("week", [&] { return measureWeekView(context); });
    group("search", [&] { return measureSearch(context); });
    group("edits", [&] { return measureEdits(context); });
    group("ics", [&] { return measureIcsExport(context); });
    group("cli", [&] { return measureCli(context, parser.value(cliOption)); });
    // Last: it adds 20 MB of transcripts to the archive.
    group("import", [&] { return measureImport(context); });

    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const Figure &f : figures)
            list.append(toJson(f));
        QJsonObject machine{{QStringLiteral("cpus"), QThread::idealThreadCount()},
                            {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                            {QStringLiteral("qt"), QString::fromLatin1(qVersion())}};
        const QJsonObject out{{QStringLiteral("archive"), describe(*size, seed, generated)},
                              {QStringLiteral("runs"), runs},
                              {QStringLiteral("machine"), machine},
                              {QStringLiteral("figures"), list}};
        printf("%s", QJsonDocument(out).toJson().constData());
    } else {
        printf("Shuzai bench, size %s (seed %u): %d campaigns, %d interviewees, %d transcripts "
               "(%lld characters), generated in %.1f s; medians of %d runs\n\n%s",
               qPrintable(size->name), seed, generated.campaigns, generated.interviewees,
               generated.transcripts, generated.characters, generated.seconds, runs,
               qPrintable(table(figures)));
    }
    return 0;
}
