// shuzai: the desktop workbench. Opens the embedded default database (or --db PATH) and shows
// the main window; everything else lives in ui/ and core/.
#include "common/appsettings.h"
#include "common/messagebox.h"
#include "services/workspace.h"
#include "shell/mainwindow.h"
#include "util/apppaths.h"
#include "util/logging.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace shuzai;

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("shuzai"));
    QApplication::setApplicationDisplayName(QStringLiteral("Shuzai"));
    QApplication::setApplicationVersion(QStringLiteral(SHUZAI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("shuzai"));
    log::setup({paths::logDirectory(), false});

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Shuzai (取材) interview workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("Open this database file."), QStringLiteral("PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Language of the interface (ja or en)."),
                                        QStringLiteral("LANG"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);

    QString language = parser.value(langOption);
    if (language.isEmpty())
        language = ui::appSettings().value(QStringLiteral("ui/language")).toString();
    if (!i18n::install(language))
        i18n::install(i18n::systemLanguage());

    static SystemClock clock;
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : paths::defaultDatabasePath();
    auto workspace = Workspace::openSqlite(path, clock);
    if (!workspace) {
        ui::MessageBox::critical(nullptr, QApplication::translate("main", "Shuzai"),
                                 workspace.error().message());
        return 1;
    }
    auto *window = new ui::MainWindow(std::move(*workspace));
    window->show();
    return app.exec();
}
