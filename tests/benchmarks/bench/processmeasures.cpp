// Whole processes: the main window's start-up (this program run again as a child, against a
// bare Qt window the same way) and the command line (against the sqlite3 shell).
#include "measures.h"

#include "roster/rostermodel.h"
#include "roster/rosterscreen.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "shell/mainwindow.h"
#include "util/clock.h"
#include "util/translations.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

namespace shuzai::bench {

namespace {
struct Run {
    double wallMs = -1;
    double rssMb = -1;
    QByteArray output;
};

// A private home, so no run reads the user's settings or the last run's window state.
QProcessEnvironment childEnvironment(const QDir &scratch)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = scratch.filePath(QStringLiteral("home"));
    QDir().mkpath(home + QStringLiteral("/runtime"));
    QFile::setPermissions(home + QStringLiteral("/runtime"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

Run run(const QString &program, const QStringList &arguments, const QDir &scratch)
{
    QProcess p;
    p.setProcessEnvironment(childEnvironment(scratch));
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        qFatal("bench: %s %s failed", qPrintable(program), qPrintable(arguments.join(u' ')));
    Run r;
    r.wallMs = timer.nsecsElapsed() / 1e6;
    r.output = p.readAllStandardOutput();
    // "shown MS RSS" from a child window.
    const QList<QByteArray> words = r.output.trimmed().split(' ');
    if (words.size() == 3 && words.at(0) == "shown")
        r.rssMb = words.at(2).toDouble();
    return r;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

// Alternating pairs, so both sides see the same machine load.
Figure pairs(int runs, const QString &name, const QString &limitName,
             const std::function<Run()> &measured, const std::function<Run()> &limit)
{
    measured();
    limit(); // warm the page cache for both
    QList<double> a, b, ra, rb;
    for (int n = 0; n < runs; ++n) {
        const Run x = measured();
        const Run y = limit();
        a.append(x.wallMs);
        b.append(y.wallMs);
        ra.append(x.rssMb);
        rb.append(y.rssMb);
    }
    Figure f{name, limitName, median(a), median(b)};
    if (median(ra) > 0) {
        f.valueRssMb = median(ra);
        f.limitRssMb = median(rb);
    }
    return f;
}
} // namespace

int runChildWindow(int argc, char **argv, const QString &archive, bool untilRosterFilled)
{
    QElapsedTimer timer;
    timer.start();
    QApplication app(argc, argv);
    std::unique_ptr<QMainWindow> window;
    if (archive.isEmpty()) {
        window = std::make_unique<QMainWindow>();
        window->setCentralWidget(new QLabel(QStringLiteral("取材"), window.get()));
        window->resize(1280, 800);
    } else {
        i18n::install(QStringLiteral("ja"));
        static SystemClock clock;
        auto ws = Workspace::openSqlite(archive, clock);
        if (!ws) {
            fprintf(stderr, "%s\n", qPrintable(ws.error().untranslatedMessage()));
            return 1;
        }
        window = std::make_unique<ui::MainWindow>(std::move(*ws));
        window->setAttribute(Qt::WA_DeleteOnClose, false);
    }
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return 1;
    // A big roster is read in the background after the window showed: how long until the
    // people are there, too.
    auto *main = qobject_cast<ui::MainWindow *>(window.get());
    if (untilRosterFilled && main && main->rosterScreen()->model()->isLoading()) {
        QSignalSpy loaded(main->rosterScreen()->model(), &ui::RosterModel::loaded);
        if (!loaded.wait(60000))
            return 1;
        QCoreApplication::processEvents(); // and painted
    }
    printf("shown %.1f %.1f\n", timer.nsecsElapsed() / 1e6, peakRssMb());
    fflush(stdout);
    _exit(0); // what comes after the window showed is not part of start-up
}

QList<Figure> measureStartup(BenchContext &c, const QString &self)
{
    const int runs = std::max(3, c.runs);
    Figure f = pairs(
        runs, QStringLiteral("start-up to main window shown (whole process)"),
        QStringLiteral("bare QMainWindow process"),
        [&] {
            return run(self, {QStringLiteral("--child-window"), c.archivePath}, c.scratch);
        },
        [&] { return run(self, {QStringLiteral("--child-window")}, c.scratch); });
    f.detail = QStringLiteral("big campaign: %1 people, %2 bookings")
                   .arg(c.size.rosterPeople)
                   .arg(c.size.bookings);
    Figure filled = pairs(
        runs, QStringLiteral("start-up until the roster is filled (whole process)"),
        QStringLiteral("bare QMainWindow process"),
        [&] {
            return run(self, {QStringLiteral("--child-window-filled"), c.archivePath}, c.scratch);
        },
        [&] { return run(self, {QStringLiteral("--child-window")}, c.scratch); });
    filled.detail = QStringLiteral("the roster is read on a worker after the window shows");
    QList<Figure> out{f, filled};

    // The window opens on the screen it was closed on, and that screen reads its data before
    // the window shows: each one's start-up on the big campaign. (The navigation's order:
    // MainWindow::buildScreens.)
    const QString settings =
        c.scratch.filePath(QStringLiteral("home/config/shuzai-bench/shuzai.conf"));
    QDir().mkpath(QFileInfo(settings).path());
    const QStringList screens{QStringLiteral("calendar"), QStringLiteral("transcripts"),
                              QStringLiteral("search"),   QStringLiteral("matrix"),
                              QStringLiteral("review"),   QStringLiteral("dashboard"),
                              QStringLiteral("audit")};
    for (int i = 0; i < screens.size(); ++i) {
        {
            QSettings left(settings, QSettings::IniFormat);
            left.setValue(QStringLiteral("ui/lastScreen"), i + 1);
            left.setValue(QStringLiteral("ui/lastCampaign"), c.archive.bigCampaign);
        }
        out.append(pairs(
            runs,
            QStringLiteral("start-up to main window shown, left on the %1 screen")
                .arg(screens.at(i)),
            QStringLiteral("bare QMainWindow process"),
            [&] {
                return run(self, {QStringLiteral("--child-window"), c.archivePath}, c.scratch);
            },
            [&] { return run(self, {QStringLiteral("--child-window")}, c.scratch); }));
    }
    QFile::remove(settings);
    return out;
}

QList<Figure> measureCli(BenchContext &c, const QString &cli)
{
    QList<Figure> out;
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty() || cli.isEmpty()) {
        fprintf(stderr, "bench: no sqlite3 shell or shuzai-cli; the CLI figures are left out\n");
        return out;
    }
    const int runs = std::max(3, c.runs);
    out.append(pairs(
        runs, QStringLiteral("shuzai-cli --version"), QStringLiteral("sqlite3 --version"),
        [&] { return run(cli, {QStringLiteral("--version")}, c.scratch); },
        [&] { return run(sqlite, {QStringLiteral("--version")}, c.scratch); }));
    out.append(pairs(
        runs, QStringLiteral("shuzai-cli campaign list --json"),
        QStringLiteral("sqlite3 SELECT of the campaigns"),
        [&] {
            return run(cli,
                       {QStringLiteral("--db"), c.archivePath, QStringLiteral("campaign"),
                        QStringLiteral("list"), QStringLiteral("--json")},
                       c.scratch);
        },
        [&] {
            return run(sqlite, {c.archivePath, QStringLiteral("SELECT id, title FROM campaigns")},
                       c.scratch);
        }));
    auto people = c.ws.roster().list(c.archive.bigCampaign);
    const QString person =
        people && !people->isEmpty() ? QString::number(people->first().id) : QStringLiteral("1");
    const QString bare = c.scratch.filePath(QStringLiteral("bare-cli.db"));
    QProcess::execute(sqlite, {bare, QStringLiteral("CREATE TABLE IF NOT EXISTS t(x)")});
    Figure add = pairs(
        runs, QStringLiteral("shuzai-cli interview add (one process)"),
        QStringLiteral("sqlite3 INSERT (one process)"),
        [&] {
            return run(cli,
                       {QStringLiteral("--db"), c.archivePath, QStringLiteral("interview"),
                        QStringLiteral("add"), person, QStringLiteral("--campaign"),
                        QString::number(c.archive.bigCampaign), QStringLiteral("--json")},
                       c.scratch);
        },
        [&] {
            return run(sqlite, {bare, QStringLiteral("INSERT INTO t VALUES(1)")}, c.scratch);
        });
    out.append(add);
    return out;
}

} // namespace shuzai::bench
