// Issue 14, "one truth on every screen", as a new user met it: a booking made in the calendar
// did not appear in the transcripts tree until a reload (so a second 「取材を追加」 made a
// duplicate that could be neither undone nor deleted), the status stayed 承諾, and the
// dashboard said 取材済み0件 although a transcript existed.
#include "calendar/calendarscreen.h"
#include "common/messagebox.h"
#include "dashboard/dashboardscreen.h"
#include "roster/rostermodel.h"
#include "roster/rosterscreen.h"
#include "services/interviewservice.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/transcriptservice.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"
#include "transcripts/segmentmodel.h"
#include "transcripts/transcriptsscreen.h"
#include "transcripts/transcriptview.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
QDateTime tokyo(int day, int hour)
{
    return QDateTime(QDate(2025, 5, day), QTime(hour, 0), QTimeZone("Asia/Tokyo"));
}

// A main window on a fresh database (the run's engine) with 佐藤 花子, who accepted.
struct Desk {
    Desk()
    {
        window = new MainWindow(std::move(database.workspace));
        window->show();
        IntervieweeData d;
        d.categoryId = 2;
        d.familyName = QStringLiteral("佐藤");
        d.givenName = QStringLiteral("花子");
        d.familyReading = QStringLiteral("サトウ");
        d.email = QStringLiteral("sato@example.jp");
        person = ws().roster().add(1, d)->id;
        EXPECT_TRUE(ws().outreach().recordReply(person, OutreachReply::Kind::Accepted));
    }
    ~Desk() { delete window; }
    Workspace &ws() { return window->workspace(); }
    QTreeView *tree() { return window->transcriptsScreen()->tree(); }
    // The interview rows under the person in the transcripts tree.
    QList<QModelIndex> interviewRows()
    {
        QList<QModelIndex> out;
        const QAbstractItemModel *m = tree()->model();
        for (int row = 0; row < m->rowCount(); ++row) {
            const QModelIndex p = m->index(row, 0);
            if (p.data(TranscriptsScreen::IdRole).toLongLong() != person)
                continue;
            for (int child = 0; child < m->rowCount(p); ++child)
                out.append(m->index(child, 0, p));
        }
        return out;
    }
    QString rosterStatus()
    {
        RosterModel *m = window->rosterScreen()->model();
        return m->index(m->rowOf(person), RosterModel::Status).data().toString();
    }
    // Books 佐藤 through the calendar's dialog on 28 May at 15:00.
    void bookInTheCalendar()
    {
        window->showScreen(QStringLiteral("calendar"));
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr);
            dialog->findChild<QDateEdit *>()->setDate(QDate(2025, 5, 28));
            dialog->findChild<QTimeEdit *>()->setTime(QTime(15, 0));
            dialog->accept();
        });
        window->calendarScreen()->bookInterview();
    }
    test::TestWorkspace database;
    MainWindow *window = nullptr;
    Id person = 0;
};

QString importFile()
{
    QFile f(QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}
} // namespace

TEST(OneTruth, ABookingInTheCalendarShowsInTheTranscriptsTreeAndTheRosterAtOnce)
{
    Desk desk;
    desk.window->showScreen(QStringLiteral("transcripts"));
    ASSERT_TRUE(desk.interviewRows().isEmpty());
    ASSERT_EQ(desk.rosterStatus(), displayName(PipelineStatus::Accepted));

    desk.bookInTheCalendar();
    ASSERT_EQ(desk.ws().scheduling().interviews(1)->size(), 1);
    EXPECT_EQ(desk.rosterStatus(), displayName(PipelineStatus::Scheduled)); // 日程確定
    desk.window->showScreen(QStringLiteral("transcripts"));
    QTRY_COMPARE_WITH_TIMEOUT(desk.interviewRows().size(), 1, 1000);
    EXPECT_EQ(desk.interviewRows().first().data(TranscriptsScreen::IdRole).toLongLong(),
              desk.ws().scheduling().interviews(1)->first().id);

    // Undo: the booking is cancelled and 佐藤 is back where she was, on every screen.
    desk.window->undoStack()->undo();
    EXPECT_EQ(desk.rosterStatus(), displayName(PipelineStatus::Accepted));
    desk.window->showScreen(QStringLiteral("transcripts"));
    QTRY_VERIFY_WITH_TIMEOUT(
        desk.interviewRows().size() == 1 &&
            desk.interviewRows().first().data().toString().contains(QStringLiteral("(cancelled)")),
        1000);
}

TEST(OneTruth, AnEmptyInterviewIsDeletedWithDelAndUndoBringsItBack)
{
    Desk desk;
    desk.window->showScreen(QStringLiteral("transcripts"));
    TranscriptsScreen *screen = desk.window->transcriptsScreen();
    // The duplicate the trial made: 「取材を追加」 twice.
    QPushButton *add = nullptr;
    for (QPushButton *button : screen->findChildren<QPushButton *>()) {
        if (button->text() == TranscriptsScreen::tr("New interview"))
            add = button;
    }
    ASSERT_NE(add, nullptr);
    desk.tree()->setCurrentIndex(desk.tree()->model()->index(0, 0));
    add->click();
    add->click();
    QTRY_COMPARE_WITH_TIMEOUT(desk.interviewRows().size(), 2, 1000);
    const Id first = desk.interviewRows().first().data(TranscriptsScreen::IdRole).toLongLong();
    const Id duplicate = desk.interviewRows().last().data(TranscriptsScreen::IdRole).toLongLong();

    desk.tree()->setCurrentIndex(desk.interviewRows().last());
    auto *remove = screen->findChild<QAction *>(QStringLiteral("removeInterview"));
    ASSERT_NE(remove, nullptr);
    EXPECT_TRUE(remove->isEnabled());
    QApplication::setActiveWindow(desk.window);
    desk.tree()->setFocus();
    QTest::keyClick(desk.tree(), Qt::Key_Delete);
    EXPECT_EQ(desk.ws().interviews().forInterviewee(desk.person)->size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(desk.interviewRows().size(), 1, 1000);
    EXPECT_EQ(desk.interviewRows().first().data(TranscriptsScreen::IdRole).toLongLong(), first);

    desk.window->undoStack()->undo(); // the deletion
    QTRY_COMPARE_WITH_TIMEOUT(desk.interviewRows().size(), 2, 1000);
    EXPECT_TRUE(desk.ws().interviews().load(duplicate)); // the same interview
    desk.window->undoStack()->redo();
    QTRY_COMPARE_WITH_TIMEOUT(desk.interviewRows().size(), 1, 1000);
    // 「取材を追加」 is undoable itself: back past the deletion, then the second addition.
    desk.window->undoStack()->undo();
    desk.window->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(desk.interviewRows().size(), 1, 1000);
    EXPECT_FALSE(desk.ws().interviews().load(duplicate));
}

TEST(OneTruth, AnInterviewHoldingATranscriptCannotBeDeleted)
{
    Desk desk;
    desk.window->showScreen(QStringLiteral("transcripts"));
    Interview i;
    i.intervieweeId = desk.person;
    const Id interview = desk.ws().interviews().create(i)->id;
    ASSERT_TRUE(desk.ws().transcripts().import(
        {interview, importFile().toUtf8(), QStringLiteral("zoom.vtt"), {}, true}));
    QTRY_COMPARE_WITH_TIMEOUT(desk.interviewRows().size(), 1, 1000);
    desk.tree()->setCurrentIndex(desk.interviewRows().first());
    auto *remove =
        desk.window->transcriptsScreen()->findChild<QAction *>(QStringLiteral("removeInterview"));
    EXPECT_FALSE(remove->isEnabled());
    // Should a stale menu still offer it, core refuses and says why.
    auto refused = desk.ws().scheduling().remove(interview);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message().contains(QStringLiteral("zoom.vtt")));
}

TEST(OneTruth, AReloadKeepsTheSelectionAndTheScrollPosition)
{
    Desk desk;
    desk.window->showScreen(QStringLiteral("transcripts"));
    desk.window->resize(900, 500);
    for (int n = 0; n < 40; ++n) {
        IntervieweeData d;
        d.categoryId = 1;
        d.familyName = QStringLiteral("山田%1").arg(n, 2, 10, QLatin1Char('0'));
        d.familyReading = QStringLiteral("ヤマダ");
        d.email = QStringLiteral("yamada%1@example.jp").arg(n);
        const Id id = desk.ws().roster().add(1, d)->id;
        Interview i;
        i.intervieweeId = id;
        ASSERT_TRUE(desk.ws().interviews().create(i));
    }
    QTreeView *tree = desk.tree();
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() == 41, 1000);
    tree->doItemsLayout();
    QScrollBar *bar = tree->verticalScrollBar();
    ASSERT_GT(bar->maximum(), 0);
    const QModelIndex chosen = tree->model()->index(30, 0);
    tree->setCurrentIndex(chosen);
    tree->scrollTo(chosen);
    const int scrolled = bar->value();
    const Id chosenId = chosen.data(TranscriptsScreen::IdRole).toLongLong();
    const int shownAt = tree->visualRect(chosen).top();
    ASSERT_GT(scrolled, 0);

    // Someone else books 佐藤 at the top (the CLI, another window): the tree gains a row above,
    // and the chosen person stays chosen, where they showed.
    Booking b;
    b.intervieweeId = desk.person;
    b.start = tokyo(29, 10);
    ASSERT_TRUE(desk.ws().scheduling().book(b));
    QTRY_COMPARE_WITH_TIMEOUT(desk.interviewRows().size(), 1, 1000);
    EXPECT_EQ(tree->currentIndex().data(TranscriptsScreen::IdRole).toLongLong(), chosenId);
    EXPECT_EQ(tree->visualRect(tree->currentIndex()).top(), shownAt);
    EXPECT_GT(bar->value(), scrolled); // by the new row
}

TEST(OneTruth, ATranscriptImportedMovesTheDashboardAndTheRosterAtOnce)
{
    Desk desk;
    Booking b;
    b.intervieweeId = desk.person;
    b.start = tokyo(27, 10);
    auto booked = desk.ws().scheduling().book(b);
    ASSERT_TRUE(booked);
    desk.database.clock.set(tokyo(27, 15)); // the interview took place
    // The dashboard in a window of its own, on screen while the transcript comes in.
    DashboardScreen dashboard({desk.ws(), *desk.window->undoStack()});
    dashboard.show();
    dashboard.setCampaign(1);
    const auto vendors = [&] {
        return dashboard.categoryLines().value(1);
    };
    EXPECT_TRUE(vendors().contains(QStringLiteral("0 interviewed"))) << vendors().toStdString();

    ASSERT_TRUE(desk.ws().transcripts().import(
        {booked->id, importFile().toUtf8(), QStringLiteral("zoom.vtt"), {}, true}));
    EXPECT_EQ(desk.rosterStatus(), displayName(PipelineStatus::Interviewed)); // 取材済み
    QTRY_VERIFY_WITH_TIMEOUT(vendors().contains(QStringLiteral("1 interviewed")), 1000);
}

namespace {
// 佐藤, interviewed, her Zoom transcript imported: the archive before the window opens, as on
// any working day. Returns the transcript.
Id archiveWithATranscript(test::TestWorkspace &database)
{
    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("佐藤");
    d.familyReading = QStringLiteral("サトウ");
    const Id person = database->roster().add(1, d)->id;
    Interview held;
    held.intervieweeId = person;
    const Id interview = database->interviews().create(held)->id;
    auto imported = database->transcripts().import(
        TranscriptImport{interview, importFile().toUtf8(), QStringLiteral("zoom.vtt"), {}, true});
    EXPECT_TRUE(imported);
    return imported ? imported->id : 0;
}
} // namespace

TEST(OneTruth, TheTranscriptsScreenOpensOnATranscriptWhenShownFirst)
{
    test::TestWorkspace database;
    const Id transcript = archiveWithATranscript(database);
    ASSERT_NE(transcript, 0);
    MainWindow window(std::move(database.workspace));
    window.show();
    window.showScreen(QStringLiteral("roster"));
    QCoreApplication::processEvents();
    window.showScreen(QStringLiteral("transcripts")); // loaded now, on first showing
    QCoreApplication::processEvents();
    QTreeView *tree = window.transcriptsScreen()->tree();
    ASSERT_TRUE(tree->currentIndex().isValid());
    EXPECT_EQ(tree->currentIndex().data(TranscriptsScreen::IdRole).toLongLong(), transcript);
    EXPECT_EQ(window.transcriptsScreen()->view()->model()->transcriptId(), transcript);
}

TEST(OneTruth, TheSpeakersNamesFitTheirColumnWhenATranscriptIsOpened)
{
    test::TestWorkspace database;
    ASSERT_NE(archiveWithATranscript(database), 0);
    MainWindow window(std::move(database.workspace));
    window.resize(1366, 740);
    window.show();
    window.showScreen(QStringLiteral("transcripts"));
    QCoreApplication::processEvents();
    TranscriptView *view = window.transcriptsScreen()->view();
    const QTableView *table = view->table();
    for (const QString &label : view->model()->transcript().speakerLabels()) {
        EXPECT_GE(table->columnWidth(SegmentModel::Speaker),
                  table->fontMetrics().horizontalAdvance(label))
            << label.toStdString();
    }
}
