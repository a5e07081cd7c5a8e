// Issue 17 in the person's history: mail fetched from a real Dovecot shows as it arrived with
// the reply proposed from it, and 「承認」 (Accept proposal) records that reply.
#include "common/messagebox.h"
#include "dovecotserver.h"
#include "outreach/outreachhistorymodel.h"
#include "outreach/outreachpanel.h"
#include "services/campaignservice.h"
#include "services/mailboxservice.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "testworkspace.h"
#include "util/datetext.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
QByteArray mail(const QByteArray &id, const QByteArray &body)
{
    return "From: =?UTF-8?B?" + QStringLiteral("佐藤 花子").toUtf8().toBase64() +
           "?= <sato@example.co.jp>\r\nTo: editor@aitechmedia.jp\r\n"
           "Subject: Re: interview\r\nMessage-ID: <" +
           id + ">\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
}

int rowOf(OutreachHistoryModel *model, const QString &whatStartsWith)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, OutreachHistoryModel::What)
                .data()
                .toString()
                .startsWith(whatStartsWith))
            return row;
    }
    return -1;
}

// 佐藤 花子 on the roster with her request letter sent (the signature filled in first, so it
// can be); 0 when a step failed.
Id sendLetterToSato(test::TestWorkspace &ws)
{
    auto c = ws->campaigns().load(1);
    CampaignSettings s = settingsOf(*c);
    s.editorName = QStringLiteral("田中 一郎");
    s.editorPhone = QStringLiteral("03-1234-5678");
    EXPECT_TRUE(ws->campaigns().updateSettings(1, s, c->version));
    IntervieweeData d;
    d.categoryId = 2;
    d.familyName = QStringLiteral("佐藤");
    d.givenName = QStringLiteral("花子");
    d.email = QStringLiteral("sato@example.co.jp");
    const Id sato = ws->roster().add(1, d)->id;
    auto letter = ws->outreach().message(sato, MailMessage::Charset::Utf8);
    EXPECT_TRUE(letter) << letter.error().untranslatedMessage().toStdString();
    if (!letter || !ws->outreach().record(sato, OutreachRecord::Kind::Sent, *letter))
        return 0;
    return sato;
}

void select(OutreachPanel &panel, int row)
{
    auto *view = panel.findChild<QTableView *>(QStringLiteral("outreachHistory"));
    view->selectionModel()->clearSelection();
    view->selectRow(row);
}
} // namespace

TEST(ReplyProposalGui, FetchedMailShowsItsProposalAndAcceptingRecordsTheReply)
{
    // Times shown in Tokyo, whatever zone the machine is in.
    datetext::setDisplayZone(QTimeZone("Asia/Tokyo"));
    const auto resetZone = qScopeGuard([] { datetext::setDisplayZone({}); });
    test::TestWorkspace ws;
    ws.clock.set(QDateTime(QDate(2025, 5, 20), QTime(1, 0), Qt::UTC));
    const Id sato = sendLetterToSato(ws);
    ASSERT_NE(sato, 0);

    OutreachPanel panel(*ws);
    panel.setInterviewee(1, sato, QStringLiteral("佐藤 花子"));
    panel.show();
    QAbstractItemModelTester tester(panel.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(panel.model()->rowCount(), 1);

    // Mail arrives: the history follows the mailbox on its own.
    test::DovecotServer server;
    server.append({mail("r1@example.co.jp", "28日（水）の15時からでお願いします。"),
                   mail("r2@example.co.jp", "確認してまたご連絡します。")});
    ASSERT_TRUE(ws->mailbox().fetch(server.settings()));
    ASSERT_EQ(panel.model()->rowCount(), 3);
    const int accepts = rowOf(panel.model(), QStringLiteral("Proposed reply: Accepts"));
    ASSERT_GE(accepts, 0) << panel.model()->index(1, 2).data().toString().toStdString();
    EXPECT_EQ(panel.model()->index(accepts, OutreachHistoryModel::Who).data().toString(),
              QStringLiteral("佐藤 花子 <sato@example.co.jp>"));
    const QString details =
        panel.model()->index(accepts, OutreachHistoryModel::Details).data().toString();
    EXPECT_TRUE(details.startsWith(QStringLiteral("Re: interview"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("Wed 28 May, 15:00"))) << details.toStdString();
    EXPECT_FALSE(panel.model()->index(accepts, OutreachHistoryModel::When).data().isNull());

    auto *accept = panel.findChild<QPushButton *>(QStringLiteral("acceptProposal"));
    auto *dismiss = panel.findChild<QPushButton *>(QStringLiteral("dismissProposal"));
    ASSERT_NE(accept, nullptr);
    ASSERT_NE(dismiss, nullptr);
    select(panel, 0); // the letter: nothing to accept
    EXPECT_FALSE(accept->isEnabled());

    // 「承認」 on a clear acceptance asks nothing and records the reply with its time.
    select(panel, accepts);
    ASSERT_TRUE(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);
    auto replies = ws->outreach().replies(1, sato);
    ASSERT_TRUE(replies);
    ASSERT_EQ(replies->size(), 1);
    EXPECT_EQ(replies->first().kind, OutreachReply::Kind::Accepted);
    EXPECT_EQ(replies->first().preferredStarts,
              QList<QDateTime>{QDateTime(QDate(2025, 5, 28), QTime(6, 0), Qt::UTC)});
    EXPECT_EQ(ws->roster().load(sato)->data.status, PipelineStatus::Accepted);
    ASSERT_EQ(panel.model()->rowCount(), 4); // the recorded reply joins the history
    EXPECT_GE(rowOf(panel.model(), QStringLiteral("Mail received (proposal accepted)")), 0);

    // An unclear one asks what it answers; the editor's answer is recorded.
    const int unclear = rowOf(panel.model(), QStringLiteral("Proposed reply: Unclear"));
    ASSERT_GE(unclear, 0);
    select(panel, unclear);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(accept, Qt::LeftButton);
    EXPECT_EQ(ws->outreach().replies(1, sato)->size(), 1); // cancelled: nothing recorded
    select(panel, rowOf(panel.model(), QStringLiteral("Proposed reply: Unclear")));
    MessageBox::setNextAnswer(QMessageBox::Retry); // "Question"
    QTest::mouseClick(accept, Qt::LeftButton);
    ASSERT_EQ(ws->outreach().replies(1, sato)->size(), 2);
    EXPECT_EQ(ws->outreach().replies(1, sato)->last().kind, OutreachReply::Kind::Question);
    EXPECT_TRUE(ws->mailbox().proposals(1)->isEmpty());
}

TEST(ReplyProposalGui, DismissTakesTheProposalAwayAndRecordsNothing)
{
    test::TestWorkspace ws;
    ws.clock.set(QDateTime(QDate(2025, 5, 20), QTime(1, 0), Qt::UTC));
    const Id sato = sendLetterToSato(ws);
    ASSERT_NE(sato, 0);
    test::DovecotServer server;
    server.append({mail("r1@example.co.jp", "残念ながら今回は辞退させていただきます。")});
    ASSERT_TRUE(ws->mailbox().fetch(server.settings()));

    OutreachPanel panel(*ws);
    panel.setInterviewee(1, sato, QStringLiteral("佐藤 花子"));
    const int row = rowOf(panel.model(), QStringLiteral("Proposed reply: Declines"));
    ASSERT_GE(row, 0);
    select(panel, row);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("dismissProposal")),
                      Qt::LeftButton);
    EXPECT_GE(rowOf(panel.model(), QStringLiteral("Mail received (proposal dismissed)")), 0);
    EXPECT_TRUE(ws->outreach().replies(1, sato)->isEmpty());
    EXPECT_EQ(ws->roster().load(sato)->data.status, PipelineStatus::RequestSent);
}
