#include "campaign/campaignsettingsdialog.h"
#include "commands/campaigncommands.h"
#include "commands/rostercommands.h"
#include "common/messagebox.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QUndoStack>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
struct Stack {
    Stack()
    {
        auto opened =
            Workspace::openSqlite(dir.filePath(QStringLiteral("undo.db")), clock, test::creating());
        EXPECT_TRUE(opened);
        window = new MainWindow(std::move(*opened));
        IntervieweeData d;
        d.categoryId = 1;
        d.familyName = QStringLiteral("小林");
        d.familyReading = QStringLiteral("コバヤシ");
        id = roster().add(1, d)->id;
    }
    ~Stack() { delete window; }
    RosterService &roster() { return window->workspace().roster(); }
    QUndoStack &stack() { return *window->undoStack(); }
    QString department() { return roster().load(id)->data.department; }

    // Runs an edit of the department the way the dialog does.
    void editDepartment(const QString &department)
    {
        const Interviewee before = *roster().load(id);
        IntervieweeData after = before.data;
        after.department = department;
        auto command = std::make_unique<EditIntervieweeCommand>(roster(), before, after);
        ASSERT_TRUE(command->execute());
        stack().push(command.release());
    }

    QTemporaryDir dir;
    test::FakeClock clock;
    MainWindow *window = nullptr;
    Id id = 0;
};
} // namespace

TEST(Undo, RepeatedEditsOfOneRecordUndoAndRedoInOrder)
{
    Stack s;
    s.editDepartment(QStringLiteral("研究部"));
    s.editDepartment(QStringLiteral("開発部"));
    s.editDepartment(QStringLiteral("営業部"));
    s.stack().undo();
    EXPECT_EQ(s.department(), QStringLiteral("開発部"));
    s.stack().undo();
    EXPECT_EQ(s.department(), QStringLiteral("研究部"));
    s.stack().undo();
    EXPECT_EQ(s.department(), QString());
    s.stack().redo();
    s.stack().redo();
    s.stack().redo();
    EXPECT_EQ(s.department(), QStringLiteral("営業部"));
    EXPECT_EQ(s.stack().index(), 3);
}

TEST(Undo, AddEditUndoBothRedoBoth)
{
    Stack s;
    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("松本");
    auto add = std::make_unique<AddIntervieweeCommand>(s.roster(), 1, d);
    ASSERT_TRUE(add->execute());
    const Id added = add->intervieweeId();
    s.stack().push(add.release());
    const Interviewee before = *s.roster().load(added);
    IntervieweeData after = before.data;
    after.jobTitle = QStringLiteral("部長");
    auto edit = std::make_unique<EditIntervieweeCommand>(s.roster(), before, after);
    ASSERT_TRUE(edit->execute());
    s.stack().push(edit.release());

    s.stack().undo();
    s.stack().undo();
    EXPECT_FALSE(s.roster().load(added));
    s.stack().redo();
    s.stack().redo();
    auto back = s.roster().load(added);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->data.jobTitle, QStringLiteral("部長"));
}

TEST(Undo, CampaignSettingsEditedTwiceUndoTwice)
{
    Stack s;
    CampaignService &campaigns = s.window->workspace().campaigns();
    for (const QString &name : {QStringLiteral("田中"), QStringLiteral("中村")}) {
        const Campaign before = *campaigns.load(1);
        CampaignSettings after = settingsOf(before);
        after.editorName = name;
        auto command = std::make_unique<EditCampaignSettingsCommand>(campaigns, before, after);
        ASSERT_TRUE(command->execute());
        s.stack().push(command.release());
    }
    s.stack().undo();
    EXPECT_EQ(campaigns.load(1)->editorName, QStringLiteral("田中"));
    s.stack().undo();
    EXPECT_EQ(campaigns.load(1)->editorName, QString());
    s.stack().redo();
    EXPECT_EQ(campaigns.load(1)->editorName, QStringLiteral("田中"));
}

TEST(Undo, AChangeMadeElsewhereStopsUndoAndClearsTheHistory)
{
    Stack s;
    s.editDepartment(QStringLiteral("研究部"));
    // Someone else (another window, the CLI) edits the same person.
    Interviewee current = *s.roster().load(s.id);
    IntervieweeData other = current.data;
    other.department = QStringLiteral("総務部");
    ASSERT_TRUE(s.roster().update(s.id, other, current.version));

    MessageBox::setNextAnswer(QMessageBox::Ok);
    s.stack().undo();
    QCoreApplication::processEvents();
    EXPECT_EQ(s.department(), QStringLiteral("総務部")); // their change is kept
    EXPECT_EQ(s.stack().count(), 0);                     // and the stack claims nothing
    EXPECT_TRUE(MessageBox::lastText().contains(QStringLiteral("小林")));
}

TEST(Undo, CandidateTimesAddAndRemoveUndoably)
{
    Stack s;
    CampaignService &campaigns = s.window->workspace().campaigns();
    const qsizetype before = campaigns.load(1)->windows.size();
    AvailabilityWindow w{0, QDate(2025, 5, 31), QTime(13, 0), QTime(15, 0), {}};
    auto add = std::make_unique<AddWindowCommand>(campaigns, 1, w);
    ASSERT_TRUE(add->execute());
    s.stack().push(add.release());
    EXPECT_EQ(campaigns.load(1)->windows.size(), before + 1);
    // Remove the very window just added: undoing both must put things back exactly.
    AvailabilityWindow first;
    const auto loaded = campaigns.load(1);
    for (const AvailabilityWindow &x : loaded->windows) {
        if (x.day == w.day && x.start == w.start)
            first = x;
    }
    ASSERT_NE(first.id, 0);
    auto remove = std::make_unique<RemoveWindowCommand>(campaigns, 1, first);
    ASSERT_TRUE(remove->execute());
    s.stack().push(remove.release());
    EXPECT_EQ(campaigns.load(1)->windows.size(), before);
    s.stack().undo();
    EXPECT_EQ(campaigns.load(1)->windows.size(), before + 1);
    s.stack().undo();
    EXPECT_EQ(campaigns.load(1)->windows.size(), before);
    QCoreApplication::processEvents(); // a failure would clear the history now
    EXPECT_EQ(s.stack().count(), 2);
    s.stack().redo();
    s.stack().redo();
    EXPECT_EQ(campaigns.load(1)->windows.size(), before);
}

// Saving the settings dialog must not quietly reset what it shows (the buffer between slots,
// the follow-up days): each comes back as it was unless the editor changed it.
TEST(CampaignSettingsDialog, KeepsTheBufferAndFollowUpDaysItShows)
{
    test::TestWorkspace ws;
    auto c = ws->campaigns().load(1);
    CampaignSettings s = settingsOf(*c);
    s.bufferMinutes = 15;
    s.followUpDays = 10;
    ASSERT_TRUE(ws->campaigns().updateSettings(1, s, c->version));
    CampaignSettingsDialog dialog(*ws->campaigns().load(1),
                                  [](const CampaignSettings &) { return VoidResult(); });
    const CampaignSettings shown = dialog.settings();
    EXPECT_EQ(shown.bufferMinutes, 15);
    EXPECT_EQ(shown.followUpDays, 10);
    EXPECT_EQ(shown.title, c->title);
}
