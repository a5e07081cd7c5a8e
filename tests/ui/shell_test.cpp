// The main window as a desktop program: fits a 1366×768 laptop, remembers its layout, has icons,
// a toolbar and shortcuts listed under Help, confirms saves with "open folder", asks before a
// changed form is thrown away, and welcomes a new user.
#include "calendar/caldavdialog.h"
#include "campaign/categoryeditordialog.h"
#include "campaign/letterimportdialog.h"
#include "common/discardguard.h"
#include "common/emptystate.h"
#include "common/icons.h"
#include "common/messagebox.h"
#include "common/savednotice.h"
#include "outreach/letterdialog.h"
#include "outreach/replydialog.h"
#include "outreach/senddialog.h"
#include "people.h"
#include "roster/rosterfilterproxy.h"
#include "roster/rostermodel.h"
#include "roster/rosterscreen.h"
#include "search/searchscreen.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "shell/guidedialog.h"
#include "shell/helpmenu.h"
#include "shell/mainwindow.h"
#include "shell/screen.h"
#include "shell/screenactions.h"
#include "shell/serverdialog.h"
#include "shell/welcomedialog.h"
#include "shell/windowstate.h"
#include "testworkspace.h"
#include "transcripts/transcriptsscreen.h"
#include "util/appsettings.h"
#include "util/translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace shuzai;
using namespace shuzai::ui;

namespace {

// Settings written by a test (closing a window saves its layout) do not leak into the next.
struct CleanSettings {
    CleanSettings() { appSettings().clear(); }
    ~CleanSettings() { appSettings().clear(); }
};

// A main window on a fresh database; the test database (its clock) lives as long as the window.
struct TestWindow {
    TestWindow()
        : window(std::make_unique<MainWindow>(std::move(database.workspace)))
    {
    }
    MainWindow *operator->() const { return window.get(); }
    MainWindow &operator*() const { return *window; }
    MainWindow *get() const { return window.get(); }
    test::TestWorkspace database;
    std::unique_ptr<MainWindow> window;
};

QStackedWidget *stackOf(MainWindow &window)
{
    return window.findChild<QStackedWidget *>();
}

} // namespace

TEST(MainWindowGeometry, EveryScreenFitsALaptopOf1366By768)
{
    CleanSettings clean;
    TestWindow window;
    QStackedWidget *stack = stackOf(*window);
    i18n::install(QStringLiteral("ja")); // the longer labels
    window->show();
    for (int i = 0; i < stack->count(); ++i) {
        window->showScreen(i);
        const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
        EXPECT_LE(needed.width(), windowstate::smallestWindow.width())
            << stack->widget(i)->objectName().toStdString();
        EXPECT_LE(needed.height(), windowstate::smallestWindow.height())
            << stack->widget(i)->objectName().toStdString() << " needs " << needed.height();
    }
    i18n::install(QStringLiteral("en"));
}

TEST(MainWindowStartUp, OnlyTheScreenInViewIsMadeTheOthersWhenFirstShown)
{
    // Start-up cost every screen's widgets and models whether or not it was opened that day.
    CleanSettings clean;
    TestWindow window;
    window->show();
    const auto count = [&window]<typename T>(T *) {
        return window->findChildren<T *>().size();
    };
    EXPECT_EQ(count((RosterScreen *)nullptr), 1);
    EXPECT_EQ(count((SearchScreen *)nullptr), 0);
    EXPECT_EQ(count((TranscriptsScreen *)nullptr), 0);
    QStackedWidget *stack = stackOf(*window);
    EXPECT_EQ(stack->count(), 8); // every page is in the navigation all the same
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->item(3)->text(), QStringLiteral("Search"));

    window->showScreen(QStringLiteral("search"));
    EXPECT_EQ(count((SearchScreen *)nullptr), 1);
    EXPECT_TRUE(window->searchScreen()->isVisible());
    window->showScreen(QStringLiteral("roster"));
    window->showScreen(QStringLiteral("search"));
    EXPECT_EQ(count((SearchScreen *)nullptr), 1); // made once
    // Ctrl+F where there is nothing to find goes to the search.
    window->showScreen(QStringLiteral("calendar"));
    QAction *find = window->findChild<QAction *>(QStringLiteral("findAction"));
    ASSERT_NE(find, nullptr);
    find->trigger();
    EXPECT_EQ(stack->currentWidget()->objectName(), QStringLiteral("searchScreen"));
}

TEST(MainWindowGeometry, ALongOrganisationNameDoesNotWidenTheRosterOnTheFirstStart)
{
    // The roster fits its columns to the people with a cap, and the first start (no saved
    // layout) must not fit them again without it.
    CleanSettings clean;
    test::TestWorkspace database;
    IntervieweeData person = test::someone();
    person.organisation = QStringLiteral("国立研究開発法人 産業技術総合研究所 人工知能研究センター "
                                         "機械学習研究チーム");
    ASSERT_TRUE(database->roster().add(1, person));
    MainWindow window(std::move(database.workspace));
    auto *table = window.findChild<QTableView *>(QStringLiteral("rosterTable"));
    ASSERT_TRUE(table);
    EXPECT_LE(table->columnWidth(RosterModel::Organisation), 180);
    EXPECT_GT(table->columnWidth(RosterModel::Organisation), 60);
}

TEST(MainWindowGeometry, ALongOrganisationNameIsShownWholeWhenTheScreenHasRoom)
{
    // On a 1920×1080 screen the capped column stayed cut while the last column took the rest.
    CleanSettings clean;
    test::TestWorkspace database;
    IntervieweeData person = test::someone();
    person.organisation =
        QStringLiteral("国立研究開発法人 産業技術総合研究所 人工知能研究センター");
    ASSERT_TRUE(database->roster().add(1, person));
    MainWindow window(std::move(database.workspace));
    auto *table = window.findChild<QTableView *>(QStringLiteral("rosterTable"));
    ASSERT_TRUE(table);
    const int whole = static_cast<QAbstractItemView *>(table)->sizeHintForColumn(
        RosterModel::Organisation); // public there, protected in QTableView
    ASSERT_GT(whole, 180);
    window.resize(1900, 1000);
    window.showScreen(QStringLiteral("roster"));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    EXPECT_GE(table->columnWidth(RosterModel::Organisation), whole);
    // A column the user sized by hand stays as they left it.
    table->horizontalHeader()->resizeSection(RosterModel::Organisation, 120);
    window.resize(1800, 1000);
    QCoreApplication::processEvents();
    EXPECT_EQ(table->columnWidth(RosterModel::Organisation), 120);
}

TEST(MainWindowGeometry, TheFirstWindowIsPlacedInsideTheScreensFreeArea)
{
    CleanSettings clean;
    TestWindow window;
    const QRect laptop(0, 28, 1366, 740); // a desktop panel on top
    windowstate::fitToScreen(window.get(), laptop);
    EXPECT_TRUE(laptop.contains(window->geometry())) << window->width() << "x" << window->height();
    const QRect large(0, 0, 1920, 1080);
    windowstate::fitToScreen(window.get(), large);
    EXPECT_EQ(window->size(), QSize(1280, 800));
    EXPECT_TRUE(large.contains(window->geometry()));
}

TEST(MainWindowGeometry, LayoutCampaignAndScreenAreRememberedAfterClosing)
{
    CleanSettings clean;
    test::TestWorkspace database;
    Workspace *ws = database.workspace.get();
    std::unique_ptr<Workspace> second = database.openAnother();
    double share = 0;
    QSize left;
    {
        auto *window = new MainWindow(std::move(database.workspace));
        window->showScreen(QStringLiteral("roster"));
        auto *splitter = window->rosterScreen()->findChild<QSplitter *>();
        ASSERT_NE(splitter, nullptr);
        window->show();
        // A size of the user's own, above what the window needs.
        window->resize(std::max(1100, window->minimumSizeHint().width() + 40), 680);
        QCoreApplication::processEvents();
        left = window->size();
        splitter->setSizes({300, 700});
        QCoreApplication::processEvents();
        const QList<int> before = splitter->sizes();
        share = double(before.at(0)) / (before.at(0) + before.at(1));
        window->showScreen(QStringLiteral("calendar"));
        window->close(); // WA_DeleteOnClose
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    Q_UNUSED(ws);
    MainWindow again(std::move(second));
    again.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(again.size(), left);
    EXPECT_EQ(stackOf(again)->currentWidget()->objectName(), QStringLiteral("calendarScreen"));
    again.showScreen(QStringLiteral("roster"));
    QCoreApplication::processEvents();
    const QList<int> sizes = again.rosterScreen()->findChild<QSplitter *>()->sizes();
    ASSERT_EQ(sizes.size(), 2);
    // The window is the same size, so the division is the one the user left.
    EXPECT_NEAR(double(sizes.at(0)) / (sizes.at(0) + sizes.at(1)), share, 0.05);
    EXPECT_LT(share, 0.5); // not the screen's default division
}

TEST(DesktopHabits, EveryActionOnTheToolbarAndEveryScreenHasAnIcon)
{
    CleanSettings clean;
    TestWindow window;
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; i < navigation->count(); ++i)
        EXPECT_FALSE(navigation->item(i)->icon().isNull())
            << navigation->item(i)->text().toStdString();
    int actions = 0;
    for (QToolBar *bar : window->findChildren<QToolBar *>()) {
        for (QAction *a : bar->actions()) {
            if (a->isSeparator() || qobject_cast<QWidgetAction *>(a))
                continue;
            ++actions;
            EXPECT_FALSE(a->icon().isNull()) << a->objectName().toStdString();
        }
    }
    EXPECT_GE(actions, 6); // undo, redo, new, delete, find, refresh
    // No desktop theme offscreen: the bundled copies are what shows.
    for (const char *name : {"system-users", "x-office-calendar", "folder", "edit-find"})
        EXPECT_TRUE(icons::isBundled(QLatin1String(name))) << name;
}

TEST(DesktopHabits, TheWindowHasShuzaisOwnIconAtTaskBarSizes)
{
    // Without an icon theme (offscreen, a bare window manager) the bundled PNGs are used, and
    // they need no SVG plugin.
    const QIcon icon = icons::application();
    ASSERT_FALSE(icon.isNull());
    for (int size : {24, 48, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        EXPECT_EQ(image.width(), size);
        // Drawn, not blank: the corner is transparent and the middle is not.
        EXPECT_EQ(qAlpha(image.pixel(0, 0)), 0) << size;
        EXPECT_GT(qAlpha(image.pixel(size / 2, size / 2)), 200) << size;
    }
}

TEST(DesktopHabits, CtrlDigitsGoToTheScreensAndHelpListsTheKeys)
{
    CleanSettings clean;
    TestWindow window;
    ScreenActions *actions = window->screenActions();
    QStackedWidget *stack = stackOf(*window);
    for (int i = 0; i < stack->count(); ++i) {
        QAction *go = actions->goAction(i);
        ASSERT_NE(go, nullptr);
        EXPECT_EQ(go->shortcut(), QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)));
        go->trigger();
        EXPECT_EQ(stack->currentIndex(), i);
    }
    EXPECT_EQ(actions->newAction()->shortcut(), QKeySequence(QKeySequence::New));
    EXPECT_EQ(actions->findAction()->shortcut(), QKeySequence(QKeySequence::Find));
    EXPECT_EQ(actions->deleteAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    EXPECT_EQ(actions->refreshAction()->shortcut(), QKeySequence(QKeySequence::Refresh));

    QStringList keys;
    for (const auto &row : HelpMenu::shortcutsOf(window.get()))
        keys << row.second;
    for (const QString &wanted :
         {QStringLiteral("Ctrl+1"), QStringLiteral("Ctrl+8"), QStringLiteral("Ctrl+N"),
          QStringLiteral("Ctrl+F"), QStringLiteral("Del"), QStringLiteral("F5"),
          QStringLiteral("F1")})
        EXPECT_TRUE(keys.contains(wanted))
            << wanted.toStdString() << " in " << keys.join(',').toStdString();
}

TEST(DesktopHabits, FindOnAScreenWithoutItsOwnFilterOpensSearch)
{
    CleanSettings clean;
    TestWindow window;
    window->showScreen(QStringLiteral("dashboard"));
    window->screenActions()->findAction()->trigger();
    EXPECT_EQ(stackOf(*window)->currentWidget()->objectName(), QStringLiteral("searchScreen"));
}

TEST(DesktopHabits, DelAndCtrlFOnTheRosterActOnTheSelectedPersonAndItsFilter)
{
    CleanSettings clean;
    TestWindow window;
    IntervieweeData d;
    d.categoryId = 3;
    d.familyName = QStringLiteral("高橋");
    d.familyReading = QStringLiteral("タカハシ");
    ASSERT_TRUE(window->workspace().roster().add(1, d));
    window->showScreen(QStringLiteral("roster"));
    RosterScreen *roster = window->rosterScreen();
    ScreenActions *actions = window->screenActions();
    roster->view()->clearSelection();
    EXPECT_FALSE(actions->deleteAction()->isEnabled()); // nothing selected
    EXPECT_TRUE(actions->newAction()->isEnabled());
    EXPECT_TRUE(actions->newAction()->text().contains(QStringLiteral("interviewee")));
    roster->view()->selectRow(0);
    ASSERT_TRUE(actions->deleteAction()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    actions->deleteAction()->trigger();
    EXPECT_EQ(roster->proxy()->rowCount(), 0);
    window->undoStack()->undo();
    EXPECT_EQ(roster->proxy()->rowCount(), 1);

    window->show();
    QApplication::setActiveWindow(window.get());
    actions->findAction()->trigger();
    EXPECT_EQ(QApplication::focusWidget(), roster->findChild<QLineEdit *>())
        << "Ctrl+F goes to the roster's own filter";
}

TEST(FirstRun, AnEmptyRosterSaysWhatToDoAndAFilterThatHidesEveryoneOffersToClearIt)
{
    CleanSettings clean;
    TestWindow window;
    window->showScreen(QStringLiteral("roster"));
    window->show();
    RosterScreen *roster = window->rosterScreen();
    auto *empty = roster->findChild<EmptyState *>();
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_TRUE(empty->messageLabel()->text().contains(QStringLiteral("No interviewees yet")));
    EXPECT_EQ(empty->actionButton()->text(), QStringLiteral("Add interviewee…"));

    IntervieweeData d;
    d.categoryId = 3;
    d.familyName = QStringLiteral("高橋");
    d.familyReading = QStringLiteral("タカハシ");
    ASSERT_TRUE(window->workspace().roster().add(1, d));
    EXPECT_FALSE(empty->isVisible());
    auto *filter = roster->findChild<QLineEdit *>();
    filter->setText(QStringLiteral("該当なし"));
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->actionButton()->text(), QStringLiteral("Clear the filter"));
    empty->actionButton()->click();
    EXPECT_TRUE(filter->text().isEmpty());
    EXPECT_FALSE(empty->isVisible());
}

TEST(FirstRun, EveryEmptyListSaysWhyAndLeadsToTheNextStep)
{
    CleanSettings clean;
    TestWindow window;
    window->show();
    const auto emptyOf = [&window](const QString &screen) {
        window->showScreen(screen);
        QCoreApplication::processEvents(); // a screen loads when first shown
        QWidget *page = window->findChild<QWidget *>(screen + QStringLiteral("Screen"));
        return page ? page->findChild<EmptyState *>() : nullptr;
    };

    // No one in the campaign yet: the transcripts and review screens send to the roster.
    for (const QString &screen : {QStringLiteral("transcripts"), QStringLiteral("review")}) {
        EmptyState *empty = emptyOf(screen);
        ASSERT_NE(empty, nullptr) << screen.toStdString();
        EXPECT_TRUE(empty->isVisible()) << screen.toStdString();
        EXPECT_TRUE(empty->messageLabel()->text().contains(QStringLiteral("No interviewees yet")));
        empty->actionButton()->click();
        EXPECT_TRUE(window->rosterScreen()->isVisible()) << screen.toStdString();
    }

    // The search says how to search, then that nothing was found (and for what).
    EmptyState *search = emptyOf(QStringLiteral("search"));
    ASSERT_NE(search, nullptr);
    EXPECT_TRUE(search->messageLabel()->text().startsWith(QStringLiteral("Type a word")));
    window->searchScreen()->search(QStringLiteral("量子コンピューター"));
    EXPECT_TRUE(search->isVisible());
    EXPECT_TRUE(search->messageLabel()->text().contains(QStringLiteral("“量子コンピューター”")));

    // A person added: the lists fill and the empty states step aside.
    IntervieweeData d;
    d.categoryId = 3;
    d.familyName = QStringLiteral("高橋");
    d.familyReading = QStringLiteral("タカハシ");
    ASSERT_TRUE(window->workspace().roster().add(1, d));
    EmptyState *transcripts = emptyOf(QStringLiteral("transcripts"));
    QTRY_VERIFY_WITH_TIMEOUT(!transcripts->isVisible(), 1000);
}

namespace {
class UrlCatcher : public QObject {
    Q_OBJECT
public:
    QList<QUrl> opened;
public slots:
    void open(const QUrl &url) { opened << url; }
};
} // namespace

TEST(DesktopHabits, ASaveIsConfirmedInTheStatusBarWithOpenFolder)
{
    CleanSettings clean;
    TestWindow window;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("佐藤様_確認用.pdf"));
    // From a dialog of the window, as the export dialogs do.
    QDialog dialog(window.get());
    announceSaved(&dialog, path);
    auto *text = window->statusBar()->findChild<QLabel *>(QStringLiteral("savedNoticeText"));
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->text().contains(QStringLiteral("佐藤様_確認用.pdf")));
    auto *open = window->statusBar()->findChild<QToolButton *>(QStringLiteral("openSavedFolder"));
    ASSERT_NE(open, nullptr);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    open->click();
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    ASSERT_EQ(catcher.opened.size(), 1);
    EXPECT_EQ(catcher.opened.first().toLocalFile(), QDir(dir.path()).absolutePath());
}

namespace {
struct Form {
    Form()
    {
        name = new QLineEdit(&dialog);
        name->setText(QStringLiteral("佐藤 陽菜"));
        auto *buttons =
            new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(name);
        layout->addWidget(buttons);
        cancel = buttons->button(QDialogButtonBox::Cancel);
        guard = DiscardGuard::install(&dialog);
        dialog.show();
    }
    QDialog dialog;
    QLineEdit *name;
    QPushButton *cancel;
    DiscardGuard *guard;
};
} // namespace

TEST(DesktopHabits, EscOnAnUnchangedFormClosesWithoutAsking)
{
    Form form;
    MessageBox::setNextAnswer(QMessageBox::Cancel); // would keep it open if asked
    QTest::keyClick(form.name, Qt::Key_Escape);
    EXPECT_FALSE(form.dialog.isVisible());
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

TEST(DesktopHabits, EscOrCancelOnAChangedFormAsksBeforeDiscarding)
{
    Form form;
    QTest::keyClicks(form.name, QStringLiteral("-san"));
    EXPECT_TRUE(form.guard->isChanged());
    MessageBox::setNextAnswer(QMessageBox::Cancel); // "Keep editing"
    QTest::keyClick(form.name, Qt::Key_Escape);
    EXPECT_TRUE(form.dialog.isVisible());
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("Discard")));
    EXPECT_EQ(form.name->text(), QStringLiteral("佐藤 陽菜-san"));

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    form.cancel->click();
    EXPECT_TRUE(form.dialog.isVisible());

    MessageBox::setNextAnswer(QMessageBox::Discard);
    form.cancel->click();
    EXPECT_FALSE(form.dialog.isVisible());
    EXPECT_EQ(form.dialog.result(), QDialog::Rejected);
}

TEST(DesktopHabits, TheProgramsFormsAskBeforeAChangeIsThrownAway)
{
    ReplyDialog reply(QStringLiteral("佐藤 陽菜"));
    ServerDialog server;
    for (QDialog *dialog : std::initializer_list<QDialog *>{&reply, &server}) {
        dialog->show();
        auto *edit = dialog->findChild<QLineEdit *>();
        ASSERT_NE(edit, nullptr) << dialog->metaObject()->className();
        edit->setText(edit->text() + QStringLiteral("x"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(dialog, Qt::Key_Escape);
        EXPECT_TRUE(dialog->isVisible()) << dialog->metaObject()->className();
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(dialog, Qt::Key_Escape);
        EXPECT_FALSE(dialog->isVisible()) << dialog->metaObject()->className();
    }
}

TEST(DesktopHabits, TheBigDialogsOpenInsideTheScreenTheyAreOn)
{
    // The send dialog opened 760 pixels tall: on a 1366×768 laptop its Send button was below
    // the screen. Each dialog keeps its preferred size where the screen allows, no more.
    TestWindow window;
    Workspace &ws = window->workspace();
    ASSERT_TRUE(ws.roster().add(1, test::someone()));
    const Id person = ws.roster().list(1)->first().id;
    SendLettersDialog send(ws, {person});
    LetterDialog letter(ws, person, window->undoStack());
    LetterImportDialog letterImport(ws);
    CategoryEditorDialog categories(ws, *window->undoStack(), 1);
    CaldavDialog caldav(ws, 1);
    GuideDialog guide;
    WelcomeDialog welcome;
    for (QDialog *dialog : std::initializer_list<QDialog *>{
             &send, &letter, &letterImport, &categories, &caldav, &guide, &welcome}) {
        dialog->show();
        QCoreApplication::processEvents();
        const QRect screen = dialog->screen()->availableGeometry();
        EXPECT_LE(dialog->height(), screen.height() - 40) << dialog->metaObject()->className();
        EXPECT_LE(dialog->width(), screen.width()) << dialog->metaObject()->className();
        dialog->hide();
    }
}

TEST(FirstRun, TheWelcomePageLeadsToTheScreensOfEachStep)
{
    CleanSettings clean;
    TestWindow window;
    EXPECT_TRUE(WelcomeDialog::showAtStart());
    WelcomeDialog welcome(window.get());
    QObject::connect(&welcome, &WelcomeDialog::openScreen, window.get(),
                     qOverload<const QString &>(&MainWindow::showScreen));
    const QString html = welcome.browser()->toHtml();
    for (const char *screen : {"roster", "calendar", "transcripts", "review"})
        EXPECT_TRUE(html.contains(QStringLiteral("screen:%1").arg(QLatin1String(screen))))
            << screen;
    emit welcome.browser()->anchorClicked(QUrl(QStringLiteral("screen:calendar")));
    EXPECT_EQ(stackOf(*window)->currentWidget()->objectName(), QStringLiteral("calendarScreen"));
    // Unticking "show at start" is remembered.
    welcome.findChild<QCheckBox *>(QStringLiteral("welcomeAtStart"))->setChecked(false);
    EXPECT_FALSE(WelcomeDialog::showAtStart());
}

TEST(FirstRun, TheUserGuideIsThereInBothLanguagesWithItsScreenshots)
{
    for (const char *language : {"ja", "en"}) {
        i18n::install(QLatin1String(language));
        GuideDialog guide;
        QTextBrowser *browser = guide.browser();
        const QString text = browser->toPlainText();
        EXPECT_GT(text.size(), 1500) << language;
        if (QLatin1String(language) == QLatin1String("ja"))
            EXPECT_TRUE(text.contains(QStringLiteral("カレンダー")));
        // Every picture the guide shows is bundled.
        const QString html = browser->toHtml();
        static const QRegularExpression image(QStringLiteral("<img src=\"([^\"]+)\""));
        int images = 0;
        for (const auto &m : image.globalMatch(html)) {
            ++images;
            const QVariant loaded =
                browser->loadResource(QTextDocument::ImageResource, QUrl(m.captured(1)));
            EXPECT_TRUE(loaded.isValid() && !loaded.toByteArray().isEmpty() ||
                        !loaded.value<QImage>().isNull())
                << language << " " << m.captured(1).toStdString();
        }
        EXPECT_GE(images, 2) << language;
    }
    i18n::install(QStringLiteral("en"));
}

#include "shell_test.moc"

// Start-up and a change of campaign load the screen in view only; every other screen loads the
// campaign chosen then when it is first shown (a 4,000-person archive no longer waits for
// eight screens), and shows that campaign, not the one of its last showing.
TEST(StartUp, AScreenLoadsTheCurrentCampaignWhenFirstShown)
{
    CleanSettings clean;
    TestWindow window;
    Workspace &ws = window->workspace();
    CampaignSettings settings = settingsOf(*ws.campaigns().load(1));
    settings.title = QStringLiteral("第二の取材");
    auto second = ws.campaigns().create(settings);
    ASSERT_TRUE(second);
    CategoryFields category;
    category.name = QStringLiteral("研究者");
    auto added = ws.campaigns().addCategory(second->id, category);
    ASSERT_TRUE(added);
    IntervieweeData d;
    d.categoryId = added->id;
    d.familyName = QStringLiteral("新人");
    d.familyReading = QStringLiteral("シンジン");
    ASSERT_TRUE(ws.roster().add(second->id, d));

    window->showScreen(QStringLiteral("roster"));
    window->show();
    window->selectCampaign(second->id);
    auto *tree =
        window->transcriptsScreen()->findChild<QTreeView *>(QStringLiteral("interviewTree"));
    ASSERT_NE(tree, nullptr);
    // Not shown yet: nothing read for it.
    EXPECT_EQ(tree->model()->rowCount(), 0);
    window->showScreen(QStringLiteral("transcripts"));
    ASSERT_EQ(tree->model()->rowCount(), 1);
    EXPECT_EQ(tree->model()->index(0, 0).data().toString(), QStringLiteral("新人"));

    // Back on the roster, the first campaign again: the transcripts screen catches up when shown.
    window->showScreen(QStringLiteral("roster"));
    window->selectCampaign(1);
    window->showScreen(QStringLiteral("transcripts"));
    bool newcomer = false;
    for (int row = 0; row < tree->model()->rowCount(); ++row)
        newcomer = newcomer || tree->model()->index(row, 0).data().toString().startsWith(u"新人");
    EXPECT_FALSE(newcomer);
}
