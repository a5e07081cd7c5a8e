#pragma once

#include "domain/campaign.h"
#include "domain/postgrestarget.h"
#include "screenhost.h"
#include "util/result.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

class Screen;
class AuditScreen;
class CalendarScreen;
class DashboardScreen;
class ReviewScreen;
class BackupActions;
class MailboxActions;
class HelpMenu;
class ScreenActions;
class UndoActions;
class MatrixScreen;
class RosterScreen;
class SearchScreen;
class TranscriptsScreen;

// The shell: navigation between screens, the campaign and user pickers, menus and the one
// undo stack of the open database. Screens do the work; this only plugs them together.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace &workspace() { return *m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }
    // The screens, each made by the first call if it was not shown yet.
    RosterScreen *rosterScreen();
    TranscriptsScreen *transcriptsScreen();
    SearchScreen *searchScreen();
    MatrixScreen *matrixScreen();
    CalendarScreen *calendarScreen();
    ReviewScreen *reviewScreen();
    DashboardScreen *dashboardScreen();
    AuditScreen *auditScreen();
    BackupActions *backupActions() const { return m_backupActions; }
    MailboxActions *mailboxActions() const { return m_mailboxActions; }
    Id currentCampaign() const;
    // Shows this campaign (an archived one too, which the switcher then lists).
    void selectCampaign(Id campaignId);
    void showScreen(int index);
    // By name: roster, calendar, transcripts, search, matrix, review, dashboard, audit (the
    // screen's object name without "Screen").
    void showScreen(const QString &name);
    void startSearch(const QString &text);
    // The welcome page (first start, Help ▸ Welcome); the shell calls it once it is shown.
    void showWelcome();
    ScreenActions *screenActions() const { return m_screenActions; }
    // Opens the team server as the person given; the password from the form or the keychain
    // (and kept there when asked to).
    static Result<std::unique_ptr<Workspace>> openServer(PostgresTarget target, bool remember);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The navigation's order.
    enum class Page { Roster, Calendar, Transcripts, Search, Matrix, Review, Dashboard, Audit };
    void buildScreens();
    void addScreen(ScreenHost::Spec spec);
    Screen *screenOf(Page page);
    void showScreen(Page page);
    void openSegment(Id transcriptId, Id segmentId);
    void openInterviewee(Id intervieweeId);
    void screenChosen(int index);
    void focusSearch();
    void buildMenus();
    void buildToolBar();
    void retranslate();
    void reloadCampaigns();
    void reloadUsers();
    void campaignSelected();
    void editCampaignSettings();
    void manageCampaigns();
    void editCategories();
    void openDatabase();
    void connectToServer();
    void setLanguage(const QString &language);

    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<ScreenHost *> m_screens;
    // Screens that have not loaded the current campaign yet: a screen loads when it is first
    // shown, so start-up and a change of campaign cost one screen, not all of them.
    QList<Screen *> m_stale;
    bool m_starting = true;  // the constructor loads the screen shown once it knows which
    bool m_restored = false; // the remembered layout was applied to the screens made so far
    BackupActions *m_backupActions = nullptr;
    MailboxActions *m_mailboxActions = nullptr;

    QComboBox *m_campaign = nullptr;
    QComboBox *m_user = nullptr;
    QLabel *m_campaignLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_location = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    ScreenActions *m_screenActions = nullptr;
    QToolBar *m_actionBar = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_serverAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_campaignsAction = nullptr;
    QAction *m_categoriesAction = nullptr;
    QAction *m_showArchivedAction = nullptr;
    QAction *m_quitAction = nullptr;
    UndoActions *m_undoActions = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_japaneseAction = nullptr;
    QAction *m_englishAction = nullptr;
};

} // namespace shuzai::ui
