// The main window as a desktop program: fits a 1366×768 laptop, remembers its layout, has icons,
// a toolbar and shortcuts listed under Help, confirms saves with "open folder", asks before a
// changed form is thrown away, and welcomes a new user.
#include "answers/answermatrixmodel.h"
#include "answers/matrixscreen.h"
#include "audit/auditlogmodel.h"
#include "audit/auditscreen.h"
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
#include "review/reviewoverviewmodel.h"
#include "review/reviewscreen.h"
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
#include "testwindow.h"
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
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
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
using namespace shuzai::test;

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

// Bundled icons are decoded when first drawn: what is drawn must still be the icon, at every
// size a menu, toolbar or list asks for, and at the size the icon says it has.
TEST(DesktopHabits, BundledIconsAreDrawnAtEverySizeAskedFor)
{
    for (const char *name : {"edit-undo", "system-users", "x-office-calendar"}) {
        const QIcon icon = icons::get(QLatin1String(name));
        ASSERT_FALSE(icon.isNull()) << name;
        for (int size : {16, 22, 24, 32, 48, 64}) {
            const QSize actual = icon.actualSize(QSize(size, size));
            const QImage image = icon.pixmap(size, size).toImage();
            EXPECT_EQ(image.size(), actual) << name << " at " << size;
            EXPECT_EQ(actual.width(), std::min(size, 48)) << name << " at " << size;
            int drawn = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    drawn += qAlpha(image.pixel(x, y)) > 128;
            }
            EXPECT_GT(drawn, image.width() * image.height() / 10) << name << " at " << size;
        }
        // Painted onto a widget's surface, as a tool button does.
        QImage canvas(32, 32, QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::transparent);
        QPainter painter(&canvas);
        icon.paint(&painter, canvas.rect());
        painter.end();
        EXPECT_GT(qAlpha(canvas.pixel(16, 16)) + qAlpha(canvas.pixel(12, 16)) +
                      qAlpha(canvas.pixel(16, 12)),
                  0)
            << name;
    }
    EXPECT_TRUE(icons::get(QStringLiteral("no-such-icon-anywhere")).isNull());
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

// The screen being shown reads its data once (for the campaign), not a second time as it shows;
// shown again later it reads again, so what another connection wrote meanwhile appears.
TEST(ScreenLoading, AScreenJustReadIsNotReadAgainAsItShowsButIsWhenShownAgain)
{
    CleanSettings clean;
    TestWindow window;
    window->show();
    const std::pair<const char *, QAbstractItemModel *> screens[] = {
        {"matrix", static_cast<QAbstractItemModel *>(window->matrixScreen()->model())},
        {"review", static_cast<QAbstractItemModel *>(window->reviewScreen()->model())},
        {"audit", static_cast<QAbstractItemModel *>(window->auditScreen()->model())},
    };
    for (const auto &[name, model] : screens) {
        QSignalSpy reads(model, &QAbstractItemModel::modelReset);
        window->showScreen(QLatin1String(name));
        EXPECT_EQ(reads.size(), 1) << name;
        window->showScreen(QStringLiteral("roster"));
        window->showScreen(QLatin1String(name));
        EXPECT_EQ(reads.size(), 2) << name;
    }

    // Written through another connection (as the CLI would) while the log was hidden.
    AuditLogModel *log = window->auditScreen()->model();
    const int before = log->rowCount();
    window->showScreen(QStringLiteral("roster"));
    auto other = window->workspace().openAnotherConnection();
    ASSERT_TRUE(other);
    IntervieweeData d;
    d.categoryId = 1;
    d.familyName = QStringLiteral("森");
    d.familyReading = QStringLiteral("モリ");
    ASSERT_TRUE((*other)->roster().add(1, d));
    window->showScreen(QStringLiteral("audit"));
    EXPECT_GT(log->rowCount(), before);
}
