// Stands in for libFuzzer in the normal (g++) build: runs every file named on the command line,
// or found in a directory named there, through LLVMFuzzerTestOneInput once. So the seeds and the
// kept crashers and slow inputs are replayed by ctest on every build, without clang.
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {
// libFuzzer's -timeout in run.sh; a kept slow input that takes this long again has regressed.
constexpr qint64 kSlowMs = 10'000;
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList files;
    for (const QString &argument : app.arguments().mid(1)) {
        if (argument.startsWith(u'-'))
            continue; // a libFuzzer option, meaningless here
        if (QFileInfo(argument).isDir()) {
            QDirIterator it(argument, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else {
            files.append(argument);
        }
    }
    files.sort();
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE_OR_DIRECTORY...\n", argv[0]);
        return 2;
    }
    qint64 slowest = 0;
    QString slowestFile;
    for (const QString &name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(name));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        QElapsedTimer timer;
        timer.start();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                               size_t(bytes.size()));
        const qint64 ms = timer.elapsed();
        if (ms > slowest) {
            slowest = ms;
            slowestFile = name;
        }
        if (ms > kSlowMs) {
            std::fprintf(stderr, "%s took %lld ms (limit %lld ms)\n", qPrintable(name),
                         static_cast<long long>(ms), static_cast<long long>(kSlowMs));
            return 1;
        }
    }
    std::printf("%lld inputs, slowest %lld ms (%s)\n", static_cast<long long>(files.size()),
                static_cast<long long>(slowest), qPrintable(slowestFile));
    return 0;
}
