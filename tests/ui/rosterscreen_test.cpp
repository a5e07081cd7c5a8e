#include "common/emptystate.h"
#include "common/messagebox.h"
#include "outreach/outreachhistorymodel.h"
#include "outreach/outreachpanel.h"
#include "roster/rosterfilterproxy.h"
#include "roster/rostermodel.h"
#include "roster/rosterscreen.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "shell/mainwindow.h"
#include "shell/serverdialog.h"
#include "testworkspace.h"
#include "util/datetext.h"
#include "util/translations.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
// The GUI on a real database file: a main window owning a freshly seeded workspace.
struct Gui {
    Gui()
    {
        auto opened =
            Workspace::openSqlite(dir.filePath(QStringLiteral("gui.db")), clock, test::creating());
        EXPECT_TRUE(opened);
        window = new MainWindow(std::move(*opened));
        window->show();
        roster = window->rosterScreen();
    }
    ~Gui() { delete window; }

    int rows() const { return roster->proxy()->rowCount(); }
    QAction *action(const char *name) const { return window->findChild<QAction *>(name); }

    QTemporaryDir dir;
    test::FakeClock clock;
    MainWindow *window = nullptr;
    RosterScreen *roster = nullptr;
};

// Runs `fill` on the modal dialog once it is open (exec() blocks the test's own code).
void whenDialogOpens(std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        fill(dialog);
    });
}

void type(QDialog *dialog, const char *field, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(field));
    ASSERT_NE(edit, nullptr) << field;
    edit->clear();
    // Japanese arrives through an input method as committed text, not as key clicks.
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QApplication::sendEvent(edit, &commit);
}

void clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

TEST(RosterScreen, AddDialogAddsARowAndUndoTakesItAway)
{
    Gui gui;
    ASSERT_EQ(gui.rows(), 0);
    whenDialogOpens([](QDialog *dialog) {
        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("category"));
        category->setCurrentIndex(1); // vendor
        type(dialog, "familyName", QStringLiteral("佐藤"));
        type(dialog, "givenName", QStringLiteral("花子"));
        type(dialog, "familyReading", QStringLiteral("サトウ"));
        type(dialog, "givenReading", QStringLiteral("ハナコ"));
        type(dialog, "organisation", QStringLiteral("エッジAI株式会社"));
        type(dialog, "email", QStringLiteral("sato@example.co.jp"));
        clickOk(dialog);
    });
    QTest::mouseClick(gui.roster->findChild<QPushButton *>(QStringLiteral("addInterviewee")),
                      Qt::LeftButton);

    ASSERT_EQ(gui.rows(), 1);
    const QModelIndex name = gui.roster->proxy()->index(0, RosterModel::Name);
    EXPECT_EQ(name.data().toString(), QStringLiteral("佐藤 花子"));
    EXPECT_EQ(gui.roster->proxy()->index(0, RosterModel::Category).data().toString(),
              QStringLiteral("SLMソリューション提供企業"));
    EXPECT_EQ(gui.window->workspace().roster().list(1)->size(), 1);

    gui.action("undoAction")->trigger();
    EXPECT_EQ(gui.rows(), 0);
    EXPECT_EQ(gui.window->workspace().roster().list(1)->size(), 0);

    gui.action("redoAction")->trigger();
    ASSERT_EQ(gui.rows(), 1);
    EXPECT_EQ(gui.roster->proxy()->index(0, RosterModel::Email).data().toString(),
              QStringLiteral("sato@example.co.jp"));
}

TEST(RosterScreen, InvalidEntryKeepsTheDialogOpenWithTheReason)
{
    Gui gui;
    QString shownError;
    bool stillOpen = false;
    whenDialogOpens([&](QDialog *dialog) {
        type(dialog, "familyName", QStringLiteral("鈴木"));
        type(dialog, "email", QStringLiteral("suzuki@@example"));
        clickOk(dialog);
        stillOpen = dialog->isVisible();
        shownError = dialog->findChild<QLabel *>(QStringLiteral("error"))->text();
        // The typed text is still there; fix the address and try again.
        type(dialog, "familyReading", QStringLiteral("すずき")); // hiragana becomes katakana
        QMetaObject::invokeMethod(dialog->findChild<QLineEdit *>(QStringLiteral("familyReading")),
                                  "editingFinished");
        type(dialog, "email", QStringLiteral("suzuki@example.jp"));
        clickOk(dialog);
    });
    QTest::mouseClick(gui.roster->findChild<QPushButton *>(QStringLiteral("addInterviewee")),
                      Qt::LeftButton);
    EXPECT_TRUE(stillOpen);
    EXPECT_TRUE(shownError.contains(QStringLiteral("suzuki@@example"))) << shownError.toStdString();
    ASSERT_EQ(gui.rows(), 1);
    EXPECT_EQ(gui.roster->proxy()->index(0, RosterModel::Reading).data().toString(),
              QStringLiteral("スズキ"));
}

TEST(RosterScreen, RemoveAsksFirstAndCanBeUndone)
{
    Gui gui;
    IntervieweeData d;
    d.categoryId = 3;
    d.familyName = QStringLiteral("高橋");
    d.familyReading = QStringLiteral("タカハシ");
    ASSERT_TRUE(gui.window->workspace().roster().add(1, d));
    ASSERT_EQ(gui.rows(), 1);
    gui.roster->view()->selectRow(0);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    gui.roster->removeInterviewee();
    EXPECT_EQ(gui.rows(), 1);
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("高橋")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    gui.roster->removeInterviewee();
    EXPECT_EQ(gui.rows(), 0);
    gui.window->undoStack()->undo();
    ASSERT_EQ(gui.rows(), 1);
    EXPECT_EQ(gui.roster->proxy()->index(0, RosterModel::Name).data().toString(),
              QStringLiteral("高橋"));
}

TEST(RosterScreen, SwitchingLanguageRetranslatesTheOpenWindow)
{
    Gui gui;
    i18n::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    auto *add = gui.roster->findChild<QPushButton *>(QStringLiteral("addInterviewee"));
    auto *navigation = gui.window->findChild<QListWidget *>(QStringLiteral("navigation"));
    EXPECT_EQ(add->text(), QStringLiteral("&Add…"));
    EXPECT_EQ(navigation->item(0)->text(), QStringLiteral("Roster"));
    EXPECT_EQ(gui.window->menuBar()->actions().first()->text(), QStringLiteral("&File"));

    i18n::install(QStringLiteral("ja"));
    QCoreApplication::processEvents();
    EXPECT_EQ(add->text(), QStringLiteral("追加(&A)…"));
    EXPECT_EQ(navigation->item(0)->text(), QStringLiteral("取材先一覧"));
    EXPECT_EQ(gui.window->menuBar()->actions().first()->text(), QStringLiteral("ファイル(&F)"));
    EXPECT_EQ(gui.roster->proxy()->headerData(RosterModel::Reading, Qt::Horizontal).toString(),
              QStringLiteral("フリガナ"));

    i18n::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(add->text(), QStringLiteral("&Add…"));
}

TEST(RosterScreen, OutreachPanelShowsLettersAndRecordsAReply)
{
    Gui gui;
    Workspace &ws = gui.window->workspace();
    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("佐藤");
    d.givenName = QStringLiteral("花子");
    d.email = QStringLiteral("sato@example.co.jp");
    const Id sato = ws.roster().add(1, d)->id;
    d.familyName = QStringLiteral("鈴木");
    d.email = QStringLiteral("suzuki@example.co.jp");
    const Id suzuki = ws.roster().add(1, d)->id;
    const QByteArray letter = "Subject: =?UTF-8?B?5Y+W5p2Q?=\r\n\r\nbody\r\n";
    ASSERT_TRUE(ws.outreach().record(sato, OutreachRecord::Kind::Sent, letter));
    gui.clock.advanceSecs(3600);

    gui.roster->selectInterviewee(sato);
    auto *panel = gui.roster->findChild<OutreachPanel *>();
    ASSERT_NE(panel, nullptr);
    QAbstractItemModelTester tester(panel->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(panel->model()->rowCount(), 1);
    EXPECT_EQ(panel->model()->index(0, OutreachHistoryModel::What).data().toString(),
              QStringLiteral("Letter sent"));

    whenDialogOpens([](QDialog *dialog) {
        dialog->findChild<QComboBox *>(QStringLiteral("replyKind"))->setCurrentIndex(0);
        type(dialog, "replyPrefers", QStringLiteral("5月28日（水）15:00-16:00"));
        clickOk(dialog);
    });
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("recordReply")),
                      Qt::LeftButton);
    ASSERT_EQ(panel->model()->rowCount(), 2);
    EXPECT_EQ(panel->model()->index(1, OutreachHistoryModel::What).data().toString(),
              QStringLiteral("Accepted"));
    EXPECT_TRUE(panel->model()
                    ->index(1, OutreachHistoryModel::Details)
                    .data()
                    .toString()
                    .contains(QStringLiteral("5月28日（水）15:00-16:00")));
    EXPECT_EQ(ws.roster().load(sato)->data.status, PipelineStatus::Accepted);

    // The copy is the letter byte for byte; a reply has no letter to save.
    const QString path = gui.dir.filePath(QStringLiteral("copy.eml"));
    ASSERT_TRUE(panel->saveLetterCopy(0, path));
    QFile copy(path);
    ASSERT_TRUE(copy.open(QIODevice::ReadOnly));
    EXPECT_EQ(copy.readAll(), letter);
    EXPECT_FALSE(panel->saveLetterCopy(1, gui.dir.filePath(QStringLiteral("reply.eml"))));

    // A reviewer may not record replies: refused in core, the log unchanged.
    ASSERT_TRUE(ws.setActor(QStringLiteral("reviewer")));
    EXPECT_FALSE(panel->recordReply(OutreachReply::Kind::Declined, {}, {}));
    EXPECT_EQ(panel->model()->rowCount(), 2);
    ASSERT_TRUE(ws.setActor(QStringLiteral("editor")));

    // Two people selected: letters can go to both; the one-person actions wait.
    gui.roster->view()->selectAll();
    EXPECT_TRUE(gui.roster->findChild<QPushButton *>(QStringLiteral("sendLetters"))->isEnabled());
    EXPECT_FALSE(gui.roster->findChild<QPushButton *>(QStringLiteral("openLetter"))->isEnabled());
    EXPECT_EQ(panel->model()->rowCount(), 0);
    gui.roster->selectInterviewee(suzuki);
    EXPECT_EQ(panel->model()->rowCount(), 0);
    EXPECT_EQ(panel->model()->intervieweeId(), suzuki);
}

TEST(RosterScreen, AnEditSomeoneElseSavedFirstIsComparedThenOverwrittenOrReloaded)
{
    Gui gui;
    Workspace &ws = gui.window->workspace();
    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("佐藤");
    d.email = QStringLiteral("sato@example.co.jp");
    const Id id = ws.roster().add(1, d)->id;
    gui.roster->selectInterviewee(id);

    // While the form is open, another client changes the organisation.
    const auto changeElsewhere = [&](const QString &organisation) {
        auto other = ws.roster().load(id);
        IntervieweeData theirs = other->data;
        theirs.organisation = organisation;
        ASSERT_TRUE(ws.roster().update(id, theirs, other->version));
    };
    whenDialogOpens([&](QDialog *dialog) {
        changeElsewhere(QStringLiteral("エッジAI株式会社"));
        type(dialog, "department", QStringLiteral("開発部"));
        MessageBox::setNextAnswer(QMessageBox::Save); // overwrite with mine
        clickOk(dialog);
    });
    gui.roster->editInterviewee();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("エッジAI株式会社")))
        << MessageBox::lastText().toStdString();
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("開発部")));
    auto now = ws.roster().load(id);
    EXPECT_EQ(now->data.department, QStringLiteral("開発部"));
    EXPECT_TRUE(now->data.organisation.isEmpty()); // overwritten, as chosen
    gui.action("undoAction")->trigger();
    EXPECT_EQ(ws.roster().load(id)->data.organisation, QStringLiteral("エッジAI株式会社"));

    // Reload: the form shows their version and stays open; saving again keeps both.
    gui.roster->selectInterviewee(id);
    QString shownAfterReload;
    whenDialogOpens([&](QDialog *dialog) {
        changeElsewhere(QStringLiteral("北陸精密工業"));
        type(dialog, "jobTitle", QStringLiteral("室長"));
        MessageBox::setNextAnswer(QMessageBox::Reset);
        clickOk(dialog);
        shownAfterReload = dialog->findChild<QLineEdit *>(QStringLiteral("organisation"))->text();
        EXPECT_TRUE(dialog->isVisible());
        type(dialog, "jobTitle", QStringLiteral("室長"));
        clickOk(dialog);
    });
    gui.roster->editInterviewee();
    EXPECT_EQ(shownAfterReload, QStringLiteral("北陸精密工業"));
    now = ws.roster().load(id);
    EXPECT_EQ(now->data.organisation, QStringLiteral("北陸精密工業"));
    EXPECT_EQ(now->data.jobTitle, QStringLiteral("室長"));
}

TEST(ServerDialog, TheFormMakesTheTargetAndAnUnreachableServerIsNamed)
{
    ServerDialog dialog;
    PostgresTarget saved;
    saved.host = QStringLiteral("db.example.jp");
    saved.port = 5433;
    saved.database = QStringLiteral("team");
    saved.user = QStringLiteral("tanaka");
    dialog.setTarget(saved);
    dialog.findChild<QLineEdit *>(QStringLiteral("serverPassword"))->setText(QStringLiteral("pw"));
    const PostgresTarget t = dialog.target();
    EXPECT_EQ(t.url(), QStringLiteral("postgresql://tanaka@db.example.jp:5433/team"));
    EXPECT_EQ(t.password, QStringLiteral("pw"));

    // Nothing listens on this port: the message names the server; nothing is kept.
    PostgresTarget nowhere = t;
    nowhere.host = QStringLiteral("127.0.0.1");
    nowhere.port = 9; // discard: closed on test machines
    auto opened = MainWindow::openServer(nowhere, false);
    ASSERT_FALSE(opened);
    EXPECT_EQ(opened.error().code(), ErrorCode::DatabaseUnavailable);
    EXPECT_TRUE(opened.error().message().contains(QStringLiteral("127.0.0.1:9")))
        << opened.error().message().toStdString();
    // No password typed and no keychain: asked for, not guessed.
    nowhere.password.clear();
    auto asked = MainWindow::openServer(nowhere, false);
    ASSERT_FALSE(asked);
    EXPECT_TRUE(asked.error().message().contains(QStringLiteral("password")));
}

// Issue 13: a reply's preferred times were typed by hand, booking from the calendar proposed
// the first person and the first free time, and the person stayed 承諾 after booking. Now the
// reply offers the campaign's free candidate times, the roster's "Book interview" opens the
// booking for the selected person at the time they chose, and the roster shows 日程確定 at once.
TEST(RosterScreen, AReplysChosenTimeBecomesTheBookingAndTheStatusFollows)
{
    Gui gui;
    Workspace &ws = gui.window->workspace();
    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("佐藤");
    d.email = QStringLiteral("sato@example.co.jp");
    ASSERT_TRUE(ws.roster().add(1, d)); // first on the roster: not the one booked
    d.familyName = QStringLiteral("鈴木");
    d.email = QStringLiteral("suzuki@example.co.jp");
    const Id suzuki = ws.roster().add(1, d)->id;
    const QTimeZone tokyo("Asia/Tokyo");
    const QDateTime chosen(QDate(2025, 5, 30), QTime(13, 0), tokyo);
    // The times as the editor in Tokyo reads them, whatever the machine's zone.
    datetext::setDisplayZone(tokyo);
    const auto resetZone = qScopeGuard([] { datetext::setDisplayZone({}); });
    const QDateTime first(QDate(2025, 5, 27), QTime(10, 0), tokyo);

    gui.roster->selectInterviewee(suzuki);
    auto *panel = gui.roster->findChild<OutreachPanel *>();
    QStringList offered;
    whenDialogOpens([&](QDialog *dialog) {
        auto *list = dialog->findChild<QAbstractItemView *>(QStringLiteral("replySlots"));
        ASSERT_NE(list, nullptr);
        QAbstractItemModel *choices = list->model();
        for (int row = 0; row < choices->rowCount(); ++row) {
            const QModelIndex index = choices->index(row, 0);
            offered.append(index.data().toString());
            if (index.data().toString() == datetext::shortRange(chosen, chosen.addSecs(3600)))
                choices->setData(index, Qt::Checked, Qt::CheckStateRole);
        }
        clickOk(dialog);
    });
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("recordReply")),
                      Qt::LeftButton);
    EXPECT_TRUE(offered.contains(datetext::shortRange(first, first.addSecs(3600))))
        << offered.join(u'|').toStdString();
    auto replies = ws.outreach().replies(1, suzuki);
    ASSERT_EQ(replies->size(), 1);
    EXPECT_EQ(replies->first().preferredStarts, QList<QDateTime>{chosen.toUTC()});

    Id proposedPerson = 0;
    QDateTime proposedStart;
    whenDialogOpens([&](QDialog *dialog) {
        auto *person = dialog->findChild<QComboBox *>(QStringLiteral("person"));
        proposedPerson = person ? person->currentData().toLongLong() : 0;
        proposedStart = QDateTime(dialog->findChild<QDateEdit *>()->date(),
                                  dialog->findChild<QTimeEdit *>()->time(), tokyo);
        clickOk(dialog);
    });
    QTest::mouseClick(gui.roster->findChild<QPushButton *>(QStringLiteral("bookInterview")),
                      Qt::LeftButton);
    EXPECT_EQ(proposedPerson, suzuki);
    EXPECT_EQ(proposedStart, chosen);
    const auto booked = ws.scheduling().interviews(1);
    ASSERT_EQ(booked->size(), 1);
    EXPECT_EQ(booked->first().intervieweeId, suzuki);
    EXPECT_EQ(booked->first().startsAt, chosen.toUTC());

    // The roster, not reloaded, shows the new status.
    RosterModel *model = gui.roster->model();
    const QModelIndex status = model->index(model->rowOf(suzuki), RosterModel::Status);
    EXPECT_EQ(status.data().toString(), displayName(PipelineStatus::Scheduled));
    gui.window->undoStack()->undo();
    EXPECT_EQ(model->index(model->rowOf(suzuki), RosterModel::Status).data().toString(),
              displayName(PipelineStatus::Accepted));
}

// A roster large enough to be read in the background: the screen says it is loading (not that
// the campaign has nobody), and the person asked for meanwhile is the one selected after.
TEST(RosterScreen, WhileALargeRosterLoadsTheScreenSaysSoAndKeepsTheSelectionAskedFor)
{
    Gui gui;
    QList<Id> ids;
    for (const auto &[name, reading] :
         {std::pair{QStringLiteral("佐藤"), QStringLiteral("サトウ")},
          std::pair{QStringLiteral("渡辺"), QStringLiteral("ワタナベ")},
          std::pair{QStringLiteral("阿部"), QStringLiteral("アベ")}}) {
        IntervieweeData d;
        d.categoryId = 1;
        d.familyName = name;
        d.familyReading = reading;
        auto added = gui.window->workspace().roster().add(1, d);
        ASSERT_TRUE(added);
        ids.append(added->id);
    }
    RosterModel *model = gui.roster->model();
    model->setBackgroundLoadFrom(3);
    QSignalSpy loaded(model, &RosterModel::loaded);
    gui.roster->setCampaign(1);
    ASSERT_TRUE(model->isLoading());
    auto *count = gui.roster->findChild<QLabel *>(QStringLiteral("rosterCount"));
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->text(), QStringLiteral("Loading…"));
    auto *empty = gui.roster->findChild<EmptyState *>();
    ASSERT_NE(empty, nullptr);
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->messageLabel()->text(), QStringLiteral("Loading the roster…"));
    EXPECT_FALSE(empty->actionButton()->isVisible());

    gui.roster->setCurrentInterviewee(ids.at(1));
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(gui.rows(), 3);
    EXPECT_TRUE(count->text().contains(u'3')) << count->text().toStdString();
    EXPECT_FALSE(empty->isVisible());
    EXPECT_EQ(gui.roster->currentInterviewee(), ids.at(1));
}
