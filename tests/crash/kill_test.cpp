// SIGKILL a child doing random writes, again and again: after each kill the database passes its
// full check (pages, references, search indexes) and holds every write the child acknowledged.
#include "fakeclock.h"
#include "services/auditservice.h"
#include "services/backupservice.h"
#include "services/interviewservice.h"
#include "services/outreachservice.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
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

// Every acknowledged write is there: the ones of the last child one by one, all earlier ones
// through one listing per kind (so the check does not grow with the square of the kills).
void expectAllPresent(Workspace &ws, const Acknowledged &all, const Acknowledged &last, int kill)
{
    const auto people = ws.roster().list(1);
    ASSERT_TRUE(people);
    QMap<Id, Interviewee> byId;
    for (const Interviewee &p : *people)
        byId.insert(p.id, p);
    for (auto it = all.added.cbegin(); it != all.added.cend(); ++it) {
        ASSERT_TRUE(byId.contains(it.key()))
            << "kill " << kill << ": person " << it.key() << " lost";
        EXPECT_EQ(byId.value(it.key()).data.email, it.value());
    }
    for (auto it = all.edited.cbegin(); it != all.edited.cend(); ++it) {
        const qint64 stored = byId.value(it.key()).data.notes.section(u' ', 1).toLongLong();
        EXPECT_GE(stored, it.value()) << "kill " << kill << ": edit of " << it.key() << " lost";
    }
    for (auto it = last.imported.cbegin(); it != last.imported.cend(); ++it) {
        auto transcript = ws.transcripts().load(it.key());
        ASSERT_TRUE(transcript) << "kill " << kill << ": transcript " << it.key() << " lost";
        EXPECT_EQ(transcript->segments.size(), it.value());
    }
    auto interviews = ws.scheduling().interviews(1);
    ASSERT_TRUE(interviews);
    QSet<Id> interviewIds;
    for (const Interview &i : *interviews)
        interviewIds.insert(i.id);
    for (Id id : all.booked)
        EXPECT_TRUE(interviewIds.contains(id)) << "kill " << kill << ": booking " << id << " lost";
    auto replies = ws.outreach().replies(1);
    ASSERT_TRUE(replies);
    QSet<Id> stored;
    for (const OutreachReply &r : *replies)
        stored.insert(r.id);
    for (Id id : all.replied)
        EXPECT_TRUE(stored.contains(id)) << "kill " << kill << ": reply " << id << " lost";
    for (auto it = last.reviewed.cbegin(); it != last.reviewed.cend(); ++it) {
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
    EXPECT_GE(ws.audit().list(added)->size(), all.added.size());
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
        const QByteArray output = child.readAllStandardOutput();
        ack.take(output);
        Acknowledged last;
        last.take(output);
        const QByteArray errors = child.readAllStandardError();
        EXPECT_TRUE(errors.isEmpty()) << "kill " << kill << ": " << errors.toStdString();

        auto ws = Workspace::openSqlite(path, clock);
        ASSERT_TRUE(ws) << "kill " << kill << ": "
                        << ws.error().untranslatedMessage().toStdString();
        auto report = (*ws)->backups().check();
        ASSERT_TRUE(report) << report.error().untranslatedMessage().toStdString();
        ASSERT_TRUE(report->ok()) << "kill " << kill << ": "
                                  << report->problems.join(u'\n').toStdString();
        expectAllPresent(**ws, ack, last, kill);
        // No transcript text lost: at least every acknowledged segment is stored.
        qint64 segments = 0;
        for (int n : std::as_const(ack.imported))
            segments += n;
        EXPECT_GE(report->segments, segments) << "kill " << kill;
        if (HasFatalFailure() || HasNonfatalFailure())
            return;
    }
    std::cout << kills << " kills, " << ack.lines << " acknowledged writes checked\n";
    EXPECT_GT(ack.lines, kills); // the kills did land among writes
}
