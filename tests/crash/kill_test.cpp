// SIGKILL a child doing random writes, again and again: after each kill the database passes its
// full check (pages, references, search indexes) and holds every write the child acknowledged.
#include "fakeclock.h"
#include "services/auditservice.h"
#include "services/backupservice.h"
#include "services/interviewservice.h"
#include "services/outreachservice.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/transcriptservice.h"
#include "services/workspace.h"

#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <csignal>
#include <gtest/gtest.h>

using namespace shuzai;

namespace {

struct Acknowledged {
    QMap<Id, QString> added; // person → e-mail
    QMap<Id, qint64> edited; // person → highest counter
    QMap<Id, int> imported;  // transcript → segments
    QSet<Id> booked;
    QSet<Id> replied;
    QMap<Id, int> reviewed; // person → highest round
    qsizetype lines = 0;

    void take(const QByteArray &output)
    {
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() < 2)
                continue; // a line cut by the kill was never acknowledged
            ++lines;
            const Id id = f.at(1).toLongLong();
            if (f.at(0) == "added" && f.size() == 3)
                added.insert(id, QString::fromUtf8(f.at(2)));
            else if (f.at(0) == "edited" && f.size() == 3)
                edited[id] = std::max(edited.value(id), f.at(2).toLongLong());
            else if (f.at(0) == "imported" && f.size() == 3)
                imported.insert(id, f.at(2).toInt());
            else if (f.at(0) == "booked")
                booked.insert(id);
            else if (f.at(0) == "replied")
                replied.insert(id);
            else if (f.at(0) == "reviewed" && f.size() == 3)
                reviewed[id] = std::max(reviewed.value(id), f.at(2).toInt());
            else
                --lines;
        }
    }
};

// Every acknowledged write is there; returns how many were checked.
void expectAllPresent(Workspace &ws, const Acknowledged &ack, int kill)
{
    for (auto it = ack.added.cbegin(); it != ack.added.cend(); ++it) {
        auto person = ws.roster().load(it.key());
        ASSERT_TRUE(person) << "kill " << kill << ": person " << it.key() << " lost";
        EXPECT_EQ(person->data.email, it.value());
    }
    for (auto it = ack.edited.cbegin(); it != ack.edited.cend(); ++it) {
        auto person = ws.roster().load(it.key());
        ASSERT_TRUE(person);
        const qint64 stored = person->data.notes.section(u' ', 1).toLongLong();
        EXPECT_GE(stored, it.value()) << "kill " << kill << ": edit of " << it.key() << " lost";
    }
    for (auto it = ack.imported.cbegin(); it != ack.imported.cend(); ++it) {
        auto transcript = ws.transcripts().load(it.key());
        ASSERT_TRUE(transcript) << "kill " << kill << ": transcript " << it.key() << " lost";
        EXPECT_EQ(transcript->segments.size(), it.value());
    }
    for (Id id : ack.booked)
        EXPECT_TRUE(ws.interviews().load(id)) << "kill " << kill << ": booking " << id << " lost";
    auto replies = ws.outreach().replies(1);
    ASSERT_TRUE(replies);
    QSet<Id> stored;
    for (const OutreachReply &r : *replies)
        stored.insert(r.id);
    for (Id id : ack.replied)
        EXPECT_TRUE(stored.contains(id)) << "kill " << kill << ": reply " << id << " lost";
    for (auto it = ack.reviewed.cbegin(); it != ack.reviewed.cend(); ++it) {
        auto rounds = ws.review().rounds(it.key());
        ASSERT_TRUE(rounds);
        int highest = 0;
        for (const ReviewRound &r : *rounds)
            highest = std::max(highest, r.number);
        EXPECT_GE(highest, it.value()) << "kill " << kill << ": review round lost";
    }
    // The audit log is written in the same transactions: never fewer entries than writes.
    AuditFilter added;
    added.action = QStringLiteral("interviewee.added");
    EXPECT_GE(ws.audit().list(added)->size(), ack.added.size());
}

} // namespace

TEST(KillTest, EveryAcknowledgedWriteSurvivesSigkill)
{
    const int kills = qEnvironmentVariableIntValue("SHUZAI_KILLS") > 0
                          ? qEnvironmentVariableIntValue("SHUZAI_KILLS")
                          : 200;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.db"));
    test::FakeClock clock;
    {
        WorkspaceOptions creating;
        creating.database.create = true;
        ASSERT_TRUE(Workspace::openSqlite(path, clock, creating));
    }
    Acknowledged ack;
    QRandomGenerator random(20261202);
    for (int kill = 1; kill <= kills; ++kill) {
        QProcess child;
        child.start(QStringLiteral(SHUZAI_CRASH_WRITER), {path, QString::number(kill)});
        ASSERT_TRUE(child.waitForStarted());
        // Long enough for the child to open the file and commit a few writes, sometimes
        // killed while opening, sometimes in the middle of a large import.
        QThread::msleep(random.bounded(20, 400));
        ::kill(pid_t(child.processId()), SIGKILL);
        ASSERT_TRUE(child.waitForFinished(10000));
        ack.take(child.readAllStandardOutput());
        const QByteArray errors = child.readAllStandardError();
        EXPECT_TRUE(errors.isEmpty()) << "kill " << kill << ": " << errors.toStdString();

        auto ws = Workspace::openSqlite(path, clock);
        ASSERT_TRUE(ws) << "kill " << kill << ": "
                        << ws.error().untranslatedMessage().toStdString();
        auto report = (*ws)->backups().check();
        ASSERT_TRUE(report) << report.error().untranslatedMessage().toStdString();
        ASSERT_TRUE(report->ok()) << "kill " << kill << ": "
                                  << report->problems.join(u'\n').toStdString();
        expectAllPresent(**ws, ack, kill);
        if (HasFatalFailure() || HasNonfatalFailure())
            return;
    }
    std::cout << kills << " kills, " << ack.lines << " acknowledged writes checked\n";
    EXPECT_GT(ack.lines, kills); // the kills did land among writes
}
