#include "outreach/senddialog.h"
#include "outreach/sendresultsmodel.h"
#include "rawconnection.h"
#include "services/campaignservice.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "smtpserver.h"
#include "storage/database.h"
#include "testworkspace.h"
#include "util/appsettings.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTest>
#include <gtest/gtest.h>

using namespace shuzai;
using namespace shuzai::ui;
using State = SendResultsModel::State;

namespace {
// Five adopters p1..p5@example.jp and an editor's name, so the Japanese letter is complete.
QList<Id> addFive(Workspace &ws)
{
    auto c = ws.campaigns().load(1);
    CampaignSettings s = settingsOf(*c);
    s.editorName = QStringLiteral("田中 一郎");
    s.editorPhone = QStringLiteral("03-1234-5678");
    EXPECT_TRUE(ws.campaigns().updateSettings(1, s, c->version));
    QList<Id> ids;
    for (int n = 1; n <= 5; ++n) {
        IntervieweeData d;
        d.categoryId = 3;
        d.familyName = QStringLiteral("取材先");
        d.givenName = QString::number(n);
        d.email = QStringLiteral("p%1@example.jp").arg(n);
        ids.append(ws.roster().add(1, d)->id);
    }
    return ids;
}

SmtpSettings plainAccount(quint16 port, const QString &user = {})
{
    const QString userPart = user.isEmpty() ? QString() : user + u'@';
    auto account = SmtpSettings::fromUrl(
        QStringLiteral("smtp://%1%2:%3")
            .arg(userPart, QStringLiteral("127.0.0.1"), QString::number(port)),
        QStringLiteral("none"));
    EXPECT_TRUE(account);
    return *account;
}
} // namespace

TEST(SendLettersDialog, OneRefusedRecipientFailsAloneAndEveryLetterIsLogged)
{
    test::TestWorkspace ws;
    const QList<Id> ids = addFive(*ws);
    test::SmtpServer server({QStringLiteral("--reject"), QStringLiteral("p3@example.jp")});
    SendLettersDialog dialog(*ws, ids);
    QAbstractItemModelTester tester(dialog.results(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(dialog.results()->rowCount(), 5);
    EXPECT_EQ(dialog.results()->row(0).address, QStringLiteral("p1@example.jp"));
    dialog.setAccount(plainAccount(server.port));
    dialog.send();
    EXPECT_TRUE(dialog.isSending());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSending(), 30000);

    EXPECT_EQ(dialog.results()->count(State::Sent), 4);
    ASSERT_EQ(dialog.results()->row(2).state, State::Failed);
    EXPECT_TRUE(dialog.results()->row(2).detail.contains(QStringLiteral("550")))
        << dialog.results()->row(2).detail.toStdString();
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("4 sent, 1 failed")))
        << dialog.statusText().toStdString();
    EXPECT_EQ(server.received().size(), 4);
    const auto log = ws->outreach().log(1);
    ASSERT_EQ(log->size(), 5);
    EXPECT_EQ(ws->roster().load(ids[0])->data.status, PipelineStatus::RequestSent);
    EXPECT_EQ(ws->roster().load(ids[2])->data.status, PipelineStatus::NotContacted);
    // The server and security are remembered for next time; no password was involved.
    EXPECT_EQ(SmtpSettings::load(appSettings()).port, server.port);

    // Sending again goes only to the one not reached: no one gets the letter twice.
    dialog.send();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSending(), 30000);
    EXPECT_EQ(server.received().size(), 4);
    EXPECT_EQ(ws->outreach().log(1)->size(), 6);
}

TEST(SendLettersDialog, CancelStopsBetweenTwoLetters)
{
    test::TestWorkspace ws;
    const QList<Id> ids = addFive(*ws);
    test::SmtpServer server({});
    SendLettersDialog dialog(*ws, ids);
    dialog.setAccount(plainAccount(server.port));
    QObject::connect(dialog.results(), &QAbstractItemModel::dataChanged, &dialog, [&] {
        if (dialog.results()->row(1).state == State::Sent)
            dialog.cancel();
    });
    dialog.send();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSending(), 30000);
    EXPECT_EQ(dialog.results()->count(State::Sent), 2);
    EXPECT_EQ(dialog.results()->count(State::NotSent), 3);
    EXPECT_EQ(dialog.results()->row(4).state, State::NotSent);
    EXPECT_EQ(server.received().size(), 2);
    EXPECT_EQ(ws->outreach().log(1)->size(), 2);
    EXPECT_EQ(ws->roster().load(ids[4])->data.status, PipelineStatus::NotContacted);
}

TEST(SendLettersDialog, WithoutAKeychainThePasswordIsAskedAndNeverStored)
{
    // The tests' session bus leads nowhere (tests/CMakeLists.txt): no keychain answers.
    test::TestWorkspace ws;
    const QList<Id> ids = addFive(*ws).mid(0, 1);
    test::SmtpServer server({QStringLiteral("--auth"), QStringLiteral("editor:s3cret-パス")});
    SendLettersDialog dialog(*ws, ids);
    dialog.setAccount(plainAccount(server.port, QStringLiteral("editor")));
    dialog.send();
    EXPECT_FALSE(dialog.isSending());
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("password")))
        << dialog.statusText().toStdString();
    EXPECT_TRUE(ws->outreach().log(1)->isEmpty());

    dialog.setPassword(QStringLiteral("s3cret-パス"));
    dialog.send();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSending(), 30000);
    EXPECT_EQ(dialog.results()->row(0).state, State::Sent)
        << dialog.results()->row(0).detail.toStdString();
    EXPECT_EQ(server.received().size(), 1);
    QFile settings(appSettings().fileName());
    ASSERT_TRUE(settings.open(QIODevice::ReadOnly));
    const QByteArray saved = settings.readAll();
    EXPECT_TRUE(saved.contains("editor@127.0.0.1")) << saved.toStdString();
    EXPECT_FALSE(saved.contains("s3cret")) << saved.toStdString();
    EXPECT_FALSE(test::RawConnection::databaseDump(ws->database().connection()).contains("s3cret"));
}

TEST(SendLettersDialog, OnlyTheEditorCanSend)
{
    test::TestWorkspace ws;
    const QList<Id> ids = addFive(*ws);
    ASSERT_TRUE(ws->setActor(QStringLiteral("writer")));
    test::SmtpServer server({});
    SendLettersDialog dialog(*ws, ids);
    dialog.setAccount(plainAccount(server.port));
    dialog.send();
    EXPECT_FALSE(dialog.isSending());
    EXPECT_FALSE(dialog.statusText().isEmpty());
    EXPECT_TRUE(server.received().isEmpty());
    EXPECT_TRUE(ws->outreach().log(1)->isEmpty());
}

TEST(SendLettersDialog, AWrongPasswordStopsTheBatchAfterTheFirstLetter)
{
    test::TestWorkspace ws;
    const QList<Id> ids = addFive(*ws);
    test::SmtpServer server({QStringLiteral("--auth"), QStringLiteral("editor:right")});
    SendLettersDialog dialog(*ws, ids);
    dialog.setAccount(plainAccount(server.port, QStringLiteral("editor")));
    dialog.setPassword(QStringLiteral("wrong"));
    dialog.send();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSending(), 30000);
    // Knocking on the server once a recipient with a bad password could lock the account.
    EXPECT_EQ(dialog.results()->row(0).state, State::Failed);
    EXPECT_EQ(dialog.results()->count(State::NotSent), 4);
    EXPECT_TRUE(dialog.statusText().contains(QStringLiteral("AUTH")))
        << dialog.statusText().toStdString();
    EXPECT_TRUE(server.received().isEmpty());
    ASSERT_EQ(ws->outreach().log(1)->size(), 1);
    EXPECT_EQ(ws->outreach().log(1)->first().kind, OutreachRecord::Kind::Failed);
}

TEST(SendLettersDialog, ThePreviewShowsTheLetterAsSentAndAnUnfilledOneNeverLeaves)
{
    test::TestWorkspace ws;
    const QList<Id> ids = addFive(*ws);
    SendLettersDialog dialog(*ws, ids);
    // Adopters: 貴社, 様, the text part without Markdown and the same letter as HTML.
    EXPECT_TRUE(dialog.previewText().contains(QStringLiteral("取材先 1 様")));
    EXPECT_TRUE(dialog.previewText().contains(QStringLiteral("\n【お願い】\n")));
    EXPECT_FALSE(dialog.previewText().contains(QStringLiteral("**")));
    EXPECT_TRUE(dialog.previewHtml().contains(QStringLiteral("貴社のご見識は")));
    EXPECT_FALSE(dialog.previewHtml().contains(QStringLiteral("**")));
    EXPECT_TRUE(dialog.previewProblems().isEmpty()) << dialog.previewProblems().toStdString();
    dialog.previewRow(3);
    EXPECT_TRUE(dialog.previewText().contains(QStringLiteral("取材先 4 様")));

    // The placeholder phone number back: shown with its line, and no letter leaves.
    auto c = ws->campaigns().load(1);
    CampaignSettings s = settingsOf(*c);
    s.editorPhone = QStringLiteral("03-XXXX-XXXX");
    ASSERT_TRUE(ws->campaigns().updateSettings(1, s, c->version));
    SendLettersDialog refused(*ws, ids);
    EXPECT_TRUE(refused.previewProblems().contains(QStringLiteral("03-XXXX-XXXX")));
    EXPECT_TRUE(refused.results()->row(0).detail.contains(QStringLiteral("03-XXXX-XXXX")))
        << refused.results()->row(0).detail.toStdString();
    test::SmtpServer server({});
    refused.setAccount(plainAccount(server.port));
    refused.send();
    QTRY_VERIFY_WITH_TIMEOUT(!refused.isSending(), 30000);
    EXPECT_EQ(refused.results()->count(State::Sent), 0);
    EXPECT_EQ(server.received().size(), 0);
    EXPECT_TRUE(refused.results()->row(4).detail.contains(QStringLiteral("03-XXXX-XXXX")));
}
