#pragma once

#include "archivegenerator.h"
#include "benchreport.h"

#include <QDir>

namespace shuzai {
class Workspace;
}

namespace shuzai::bench {

struct BenchContext {
    Workspace &ws;
    QString archivePath;
    QDir scratch; // bare databases and files written here
    ArchiveSize size;
    GeneratedArchive archive;
    TextSource &text;
    int runs = 7;
};

// Core, against bare SQLite (coremeasures.cpp).
QList<Figure> measureSearch(BenchContext &c);
QList<Figure> measureImport(BenchContext &c);
QList<Figure> measureEdits(BenchContext &c);
QList<Figure> measureIcsExport(BenchContext &c);
// Widgets, against bare Qt widgets (guimeasures.cpp).
QList<Figure> measureRosterFilter(BenchContext &c);
QList<Figure> measureWeekView(BenchContext &c);
// Whole processes (processmeasures.cpp): the window of this very program started as a child
// (`--child-window`), the CLI against the sqlite3 shell.
QList<Figure> measureStartup(BenchContext &c, const QString &self);
QList<Figure> measureCli(BenchContext &c, const QString &cli);
// The child's side of measureStartup: shows the main window on `archive` (or a bare window when
// empty), prints "shown MS RSS_MB" and leaves at once: when the window showed or, with
// untilRosterFilled, once the roster read in the background is in too.
int runChildWindow(int argc, char **argv, const QString &archive, bool untilRosterFilled);

} // namespace shuzai::bench
