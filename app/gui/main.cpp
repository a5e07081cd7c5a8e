// shuzai: the desktop workbench. Opens the embedded default database (or --db PATH) and shows
// the main window; everything else lives in ui/ and core/.
#include "common/icons.h"
#include "common/messagebox.h"
#include "preferences/preferencesdialog.h"
#include "services/workspace.h"
#include "shell/databaseopener.h"
#include "shell/mainwindow.h"
#include "shell/welcomedialog.h"
#include "util/apppaths.h"
#include "util/appsettings.h"
#include "util/clock.h"
#include "util/logging.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

using namespace shuzai;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("shuzai"));
    QApplication::setApplicationDisplayName(QStringLiteral("Shuzai"));
    QApplication::setApplicationVersion(QStringLiteral(SHUZAI_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("shuzai"));
    QApplication::setWindowIcon(ui::icons::application());
    log::setup({paths::logDirectory(), log::LogSetup::Console::Warnings});

    // The saved choice, else the system's; --lang below overrides it for this run.
    if (!i18n::install(appSettings().value(QStringLiteral("ui/language")).toString()))
        i18n::install(i18n::systemLanguage());
    ui::applySavedDisplayZone(); // times in the zone chosen under Preferences

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Shuzai (取材): a workbench for interview articles"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Open this database file."),
                                      QApplication::translate("main", "PATH"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Language of the "
                                                                        "interface (ja or en)."),
                                        QStringLiteral("ja|en"));
    const QCommandLineOption screenOption(
        QStringLiteral("screen"),
        QApplication::translate("main", "Start on this screen (roster, transcripts, search, "
                                        "matrix)."),
        QStringLiteral("name"));
    const QCommandLineOption searchOption(
        QStringLiteral("search"), QApplication::translate("main", "Start with this search."),
        QStringLiteral("text"));
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.addOption(screenOption);
    parser.addOption(searchOption);
    parser.process(app);

    if (parser.isSet(langOption))
        i18n::install(parser.value(langOption));

    // Outlives the window (closed by the event loop below).
    static const std::unique_ptr<Clock> clockOwner = [] {
        auto fromEnvironment = clockFromEnvironment();
        return fromEnvironment ? std::move(fromEnvironment)
                               : std::unique_ptr<Clock>(std::make_unique<SystemClock>());
    }();
    const Clock &clock = *clockOwner;
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : paths::defaultDatabasePath();
    auto workspace = ui::openDatabaseFile(nullptr, path, clock);
    if (!workspace) {
        if (workspace.error().code() == ErrorCode::Cancelled)
            return 0;
        ui::MessageBox::critical(nullptr, QApplication::translate("main", "Shuzai"),
                                 workspace.error().message());
        return 1;
    }
    auto *window = new ui::MainWindow(std::move(*workspace));
    if (parser.isSet(screenOption))
        window->showScreen(parser.value(screenOption));
    if (parser.isSet(searchOption))
        window->startSearch(parser.value(searchOption));
    window->show();
    // A first start begins with what the program is for and where to go next.
    if (ui::WelcomeDialog::showAtStart() && !parser.isSet(screenOption) &&
        !parser.isSet(searchOption))
        QTimer::singleShot(0, window, &ui::MainWindow::showWelcome);
    return app.exec();
}
