#include "mainwindow.h"

#include "backupactions.h"
#include "campaign/campaignmanagerdialog.h"
#include "campaign/campaignsettingsdialog.h"
#include "campaign/categoryeditordialog.h"
#include "campaign/letterimportdialog.h"
#include "commands/campaigncommands.h"
#include "commands/servicecommand.h"
#include "common/icons.h"
#include "common/messagebox.h"
#include "databaseopener.h"
#include "guidedialog.h"
#include "helpmenu.h"
#include "mailbox/mailboxindicator.h"
#include "mailboxactions.h"
#include "outreach/passwordstore.h"
#include "preferences/preferencesdialog.h"
#include "screenactions.h"
#include "screenhost.h"
#include "search/searchscreen.h"
#include "serverdialog.h"
#include "services/campaignservice.h"
#include "services/workspace.h"
#include "undoactions.h"
#include "util/appsettings.h"
#include "util/clock.h"
#include "util/logging.h"
#include "util/translations.h"
#include "welcomedialog.h"
#include "windowstate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace shuzai::ui {

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_undoStack = new QUndoStack(this);
    ServiceCommand::setErrorHandler(this, [this](const Error &error) {
        // After the stack has finished moving: its history no longer matches the database.
        QMetaObject::invokeMethod(m_undoStack, &QUndoStack::clear, Qt::QueuedConnection);
        MessageBox::critical(this, tr("Undo/Redo"),
                             tr("%1\n\nThe undo history has been cleared.").arg(error.message()));
    });

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(150);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 8px 6px; }"));
    m_stack = new QStackedWidget(this);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::screenChosen);

    buildScreens();

    m_backupActions = new BackupActions(*m_workspace, this);
    connect(m_backupActions, &BackupActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    connect(m_backupActions, &BackupActions::restored, this, [this] {
        // Everything the screens show and the undo history refer to is gone.
        m_undoStack->clear();
        reloadUsers();
        reloadCampaigns();
        campaignSelected();
    });
    m_mailboxActions = new MailboxActions(*m_workspace, this);
    m_screenActions =
        new ScreenActions(this, QList<Screen *>(m_screens.begin(), m_screens.end()),
                          {[this](int index) { showScreen(index); }, [this] { focusSearch(); },
                           [this](Screen *screen) {
                               screen->setCampaign(currentCampaign());
                           }});
    buildMenus();
    buildToolBar();
    m_location = new QLabel(this);
    statusBar()->addPermanentWidget(m_mailboxActions->indicator());
    statusBar()->addPermanentWidget(m_location);
    reloadUsers();
    reloadCampaigns();
    // Where the user left off: the campaign (if still listed) and the screen.
    const int lastCampaign =
        m_campaign->findData(appSettings().value(QStringLiteral("ui/lastCampaign")).toLongLong());
    if (lastCampaign >= 0)
        m_campaign->setCurrentIndex(lastCampaign);
    retranslate();
    showScreen(std::clamp(appSettings().value(QStringLiteral("ui/lastScreen"), 0).toInt(), 0,
                          int(m_screens.size()) - 1));
    // Campaign and screen known: the one screen shown loads, once.
    m_starting = false;
    campaignSelected();

    connect(&m_workspace->campaigns(), &CampaignService::campaignChanged, this, [this] {
        reloadCampaigns();
        retranslate();
    });
    connect(&m_workspace->campaigns(), &CampaignService::campaignsChanged, this, [this] {
        reloadCampaigns();
        retranslate();
    });
    if (!windowstate::restore(this)) {
        const QScreen *screen = QGuiApplication::primaryScreen();
        windowstate::fitToScreen(this, screen ? screen->availableGeometry()
                                              : QRect(QPoint(), windowstate::smallestWindow));
    }
    m_restored = true;
}

MainWindow::~MainWindow()
{
    ServiceCommand::clearErrorHandler(this);
    // Commands and screens refer to the workspace's services: they go before the workspace.
    m_undoStack->clear();
    delete takeCentralWidget();
    // A fetch running in the background works on the workspace: it ends (within its timeout)
    // before the workspace goes.
    delete m_mailboxActions;
    m_mailboxActions = nullptr;
}

void MainWindow::showScreen(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::showScreen(const QString &name)
{
    for (int i = 0; i < m_screens.size(); ++i) {
        if (m_screens.at(i)->name() == name)
            showScreen(i);
    }
}

void MainWindow::screenChosen(int index)
{
    Screen *previous = qobject_cast<Screen *>(m_stack->currentWidget());
    ScreenHost *next = m_screens.value(index);
    if (!next)
        return;
    next->screen(); // made before it is shown, so the toolbar knows what it can do there
    if (!m_starting && m_stale.removeAll(next) > 0)
        next->setCampaign(currentCampaign());
    // "Who" goes along: the person chosen in the roster is the one the calendar books.
    if (previous && previous != next) {
        if (const Id person = previous->currentInterviewee())
            next->setCurrentInterviewee(person);
    }
    m_stack->setCurrentIndex(index);
    m_screenActions->setCurrent(next);
}

void MainWindow::focusSearch()
{
    showScreen(Page::Search);
    searchScreen()->trigger(ScreenAction::Find);
}

void MainWindow::showWelcome()
{
    WelcomeDialog dialog(this);
    connect(&dialog, &WelcomeDialog::openScreen, this,
            qOverload<const QString &>(&MainWindow::showScreen));
    connect(&dialog, &WelcomeDialog::openGuide, this, [this] { GuideDialog::showGuide(this); });
    dialog.exec();
}

void MainWindow::startSearch(const QString &text)
{
    showScreen(Page::Search);
    searchScreen()->search(text);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(icons::get(QStringLiteral("document-open")), QString(),
                                         this, &MainWindow::openDatabase);
    m_serverAction = m_fileMenu->addAction(icons::get(QStringLiteral("network-wired")), QString(),
                                           this, &MainWindow::connectToServer);
    m_serverAction->setObjectName(QStringLiteral("connectToServer"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_settingsAction = m_fileMenu->addAction(icons::get(QStringLiteral("preferences-system")),
                                             QString(), this, &MainWindow::editCampaignSettings);
    m_fileMenu->addAction(LetterImportDialog::createAction(this, [this] {
        if (const Id id = LetterImportDialog::ask(*m_workspace, this, m_undoStack))
            m_campaign->setCurrentIndex(m_campaign->findData(id));
    }));
    m_campaignsAction = m_fileMenu->addAction(QString(), this, &MainWindow::manageCampaigns);
    m_campaignsAction->setObjectName(QStringLiteral("manageCampaigns"));
    m_categoriesAction = m_fileMenu->addAction(QString(), this, &MainWindow::editCategories);
    m_categoriesAction->setObjectName(QStringLiteral("editCategories"));
    m_mailboxActions->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_backupActions->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(icons::get(QStringLiteral("application-exit")), QString(),
                                         this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoActions = new UndoActions(m_undoStack, this);
    m_undoAction = m_undoActions->undo();
    m_redoAction = m_undoActions->redo();
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_showArchivedAction = m_viewMenu->addAction(QString());
    m_showArchivedAction->setObjectName(QStringLiteral("showArchivedCampaigns"));
    m_showArchivedAction->setCheckable(true);
    connect(m_showArchivedAction, &QAction::toggled, this, &MainWindow::reloadCampaigns);
    m_viewMenu->addAction(PreferencesDialog::createAction(this));
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    // Each language is named in itself so anyone can find their way back.
    m_japaneseAction = m_languageMenu->addAction(QStringLiteral("日本語"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction *a : {m_japaneseAction, m_englishAction}) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    connect(m_japaneseAction, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("ja")); });
    connect(m_englishAction, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("en")); });

    m_goMenu = menuBar()->addMenu(QString());
    m_screenActions->addTo(m_goMenu, m_editMenu, m_actionBar = new QToolBar(this));

    m_helpMenu = new HelpMenu(this, menuBar()->addMenu(QString()));
    connect(m_helpMenu, &HelpMenu::welcomeRequested, this, &MainWindow::showWelcome);
}

void MainWindow::buildToolBar()
{
    m_actionBar->setObjectName(QStringLiteral("actionToolBar"));
    m_actionBar->setMovable(false);
    m_actionBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_actionBar->insertAction(m_actionBar->actions().value(0), m_undoAction);
    m_actionBar->insertAction(m_actionBar->actions().value(1), m_redoAction);
    m_actionBar->insertSeparator(m_actionBar->actions().value(2));
    addToolBar(m_actionBar);
    QToolBar *bar = addToolBar(QString());
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    m_campaignLabel = new QLabel(bar);
    m_campaign = new QComboBox(bar);
    m_campaign->setObjectName(QStringLiteral("campaignPicker"));
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_userLabel = new QLabel(bar);
    m_user = new QComboBox(bar);
    m_user->setObjectName(QStringLiteral("userPicker"));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(m_campaignLabel);
    bar->addWidget(m_campaign);
    bar->addWidget(spacer);
    bar->addWidget(m_userLabel);
    bar->addWidget(m_user);
    connect(m_campaign, &QComboBox::currentIndexChanged, this, &MainWindow::campaignSelected);
    connect(m_user, &QComboBox::currentIndexChanged, this, [this] {
        const QString login = m_user->currentData().toString();
        if (login.isEmpty() || login == m_workspace->actor().login)
            return;
        if (auto r = m_workspace->setActor(login); !r)
            MessageBox::critical(this, tr("User"), r.error().message());
    });
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open database…"));
    m_serverAction->setText(tr("Connect to &team server…"));
    m_settingsAction->setText(tr("Campaign &settings…"));
    m_campaignsAction->setText(tr("&Campaigns…"));
    m_categoriesAction->setText(tr("Categories and &questions…"));
    m_showArchivedAction->setText(tr("Show &archived campaigns"));
    m_quitAction->setText(tr("&Quit"));
    m_backupActions->retranslate();
    m_mailboxActions->retranslate();
    m_editMenu->setTitle(tr("&Edit"));
    m_undoActions->retranslate();
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->retranslate();
    m_screenActions->retranslate();
    m_actionBar->setWindowTitle(tr("Actions"));
    m_campaignLabel->setText(tr("Campaign: "));
    m_userLabel->setText(tr("Acting as: "));
    m_japaneseAction->setChecked(i18n::installedLanguage() == QLatin1String("ja"));
    m_englishAction->setChecked(i18n::installedLanguage() != QLatin1String("ja"));
    m_location->setText(tr("Database: %1").arg(m_workspace->location()));
    for (int i = 0; i < m_screens.size(); ++i)
        m_navigation->item(i)->setText(m_screens.at(i)->title());
    const QString campaign = m_campaign->currentText();
    setWindowTitle(campaign.isEmpty() ? tr("Shuzai") : tr("%1 — Shuzai").arg(campaign));
    reloadUsers();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    windowstate::save(this);
    QSettings settings = appSettings();
    settings.setValue(QStringLiteral("ui/lastCampaign"), currentCampaign());
    settings.setValue(QStringLiteral("ui/lastScreen"), m_stack->currentIndex());
    event->accept();
}

Id MainWindow::currentCampaign() const
{
    return m_campaign->currentData().toLongLong();
}

void MainWindow::reloadCampaigns()
{
    const Id current = currentCampaign();
    const QSignalBlocker block(m_campaign);
    m_campaign->clear();
    auto campaigns = m_workspace->campaigns().list();
    if (!campaigns) {
        MessageBox::critical(this, tr("Campaigns"), campaigns.error().message());
        return;
    }
    // Archived campaigns only when asked for (View ▸ Show archived campaigns).
    const bool showArchived = m_showArchivedAction && m_showArchivedAction->isChecked();
    for (const Campaign &c : *campaigns) {
        if (!c.archived())
            m_campaign->addItem(c.title, c.id);
        else if (showArchived)
            m_campaign->addItem(tr("%1 (archived)").arg(c.title), c.id);
    }
    const int index = m_campaign->findData(current);
    m_campaign->setCurrentIndex(index >= 0 ? index : 0);
    if (current == 0 || index < 0)
        campaignSelected();
}

void MainWindow::reloadUsers()
{
    const QSignalBlocker block(m_user);
    m_user->clear();
    auto users = m_workspace->users();
    if (!users)
        return;
    for (const User &u : *users)
        m_user->addItem(tr("%1 (%2)").arg(u.displayName, displayName(u.role)), u.login);
    m_user->setCurrentIndex(std::max(0, m_user->findData(m_workspace->actor().login)));
    // On the team server you are your login; the picker only shows who that is.
    m_user->setEnabled(!m_workspace->isOnServer());
}

void MainWindow::campaignSelected()
{
    const QString campaign = m_campaign->currentText();
    setWindowTitle(campaign.isEmpty() ? tr("Shuzai") : tr("%1 — Shuzai").arg(campaign));
    // Only the screen in view loads now; the others when they are shown (screenChosen).
    m_stale = QList<Screen *>(m_screens.begin(), m_screens.end());
    Screen *shown = qobject_cast<Screen *>(m_stack->currentWidget());
    if (!m_starting && shown && m_stale.removeAll(shown) > 0)
        shown->setCampaign(currentCampaign());
}

void MainWindow::selectCampaign(Id campaignId)
{
    if (m_campaign->findData(campaignId) < 0 && m_showArchivedAction)
        m_showArchivedAction->setChecked(true); // an archived one: list them
    const int index = m_campaign->findData(campaignId);
    if (index >= 0)
        m_campaign->setCurrentIndex(index);
}

void MainWindow::manageCampaigns()
{
    CampaignManagerDialog dialog(*m_workspace, *m_undoStack, this);
    dialog.showArchivedBox()->setChecked(m_showArchivedAction->isChecked());
    dialog.select(currentCampaign());
    connect(&dialog, &CampaignManagerDialog::campaignChosen, this, &MainWindow::selectCampaign);
    dialog.exec();
}

void MainWindow::editCategories()
{
    CategoryEditorDialog dialog(*m_workspace, *m_undoStack, currentCampaign(), this);
    dialog.exec();
}

void MainWindow::editCampaignSettings()
{
    auto campaign = m_workspace->campaigns().load(currentCampaign());
    if (!campaign) {
        MessageBox::critical(this, tr("Campaign settings"), campaign.error().message());
        return;
    }
    CampaignSettingsDialog dialog(
        *campaign,
        [&](const CampaignSettings &settings) -> VoidResult {
            auto command = std::make_unique<EditCampaignSettingsCommand>(m_workspace->campaigns(),
                                                                         *campaign, settings);
            if (auto r = command->execute(); !r)
                return r;
            m_undoStack->push(command.release());
            return {};
        },
        this);
    dialog.exec();
}

void MainWindow::openDatabase()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open database"), QString(),
                                     tr("Shuzai databases (*.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    static SystemClock clock;
    auto opened = openDatabaseFile(this, path, clock);
    if (!opened) {
        if (opened.error().code() != ErrorCode::Cancelled)
            MessageBox::critical(this, tr("Open database"), opened.error().message());
        return;
    }
    auto *window = new MainWindow(std::move(*opened));
    window->show();
    close();
}

void MainWindow::connectToServer()
{
    ServerDialog dialog(this);
    if (auto saved =
            PostgresTarget::fromUrl(appSettings().value(QStringLiteral("server/url")).toString()))
        dialog.setTarget(*saved);
    while (dialog.exec() == QDialog::Accepted) {
        PostgresTarget target = dialog.target();
        auto opened = openServer(target, dialog.rememberPassword());
        if (!opened) {
            // The form stays, with the reason, for another try.
            dialog.showProblem(opened.error().message());
            continue;
        }
        appSettings().setValue(QStringLiteral("server/url"), target.url());
        auto *window = new MainWindow(std::move(*opened));
        window->show();
        close();
        return;
    }
}

Result<std::unique_ptr<Workspace>> MainWindow::openServer(PostgresTarget target, bool remember)
{
    const QString key = target.url();
    const bool typed = !target.password.isEmpty();
    if (!typed) {
        auto stored = passwordstore::read(key);
        if (!stored) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "Enter the password for %1."), {key},
                         QStringLiteral("password"));
        }
        target.password = *stored;
    }
    static SystemClock clock;
    auto opened = Workspace::openPostgres(target, clock);
    if (opened && typed && remember) {
        if (auto kept = passwordstore::write(key, target.password); !kept)
            log::warn("the server password was not kept: {}", kept.error().untranslatedMessage());
    }
    return opened;
}

void MainWindow::setLanguage(const QString &language)
{
    i18n::install(language); // sends LanguageChange to every widget
    appSettings().setValue(QStringLiteral("ui/language"), language);
}

} // namespace shuzai::ui
