#include "audit/auditlogmodel.h"
#include "audit/auditscreen.h"
#include "dashboard/atriskmodel.h"
#include "dashboard/dashboardscreen.h"
#include "outreach/mailmessage.h"
#include "review/correctiondialog.h"
#include "review/mailcorrectionspanel.h"
#include "review/reviewoverviewmodel.h"
#include "review/reviewscreen.h"
#include "services/answerservice.h"
#include "services/interviewservice.h"
#include "services/mailboxservice.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/transcriptservice.h"
#include "storage/database.h"
#include "storage/mailboxrepository.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QCryptographicHash>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimeZone>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
// A vendor with a Zoom transcript, one quote picked and one answer linked by the writer.
struct Checked {
    Checked()
    {
        IntervieweeData d;
        d.categoryId = 2;
        d.familyName = QStringLiteral("佐藤");
        d.givenName = QStringLiteral("花子");
        d.familyReading = QStringLiteral("サトウ");
        d.email = QStringLiteral("sato@example.co.jp");
        person = ws->roster().add(1, d)->id;
        Interview i;
        i.intervieweeId = person;
        const Id interview = ws->interviews().create(i)->id;
        QFile f(QStringLiteral(SHUZAI_TEST_DATA "/transcripts/zoom-ja.vtt"));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        segments = ws->transcripts()
                       .import({interview, f.readAll(), QStringLiteral("zoom.vtt"), {}, true})
                       ->segments;
        EXPECT_TRUE(ws->answers().addQuote(segments[1].id, 0, 0, {}));
        EXPECT_TRUE(ws->answers().link(segments[3].id, 5));
    }
    test::TestWorkspace ws;
    QUndoStack undo;
    ScreenContext context{*ws, undo};
    Id person = 0;
    QList<Segment> segments;
};
} // namespace

TEST(ReviewScreen, SendCorrectApproveAsTheRolesAllow)
{
    Checked c;
    ReviewScreen screen(c.context);
    QAbstractItemModelTester tester(screen.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    screen.setCampaign(1);
    screen.selectInterviewee(c.person);
    ASSERT_EQ(screen.selectedInterviewee(), c.person);
    EXPECT_TRUE(screen.roundsText().contains(c.segments[1].text)); // what would be sent
    auto *approve = screen.findChild<QPushButton *>(QStringLiteral("approveReview"));
    auto *send = screen.findChild<QPushButton *>(QStringLiteral("sendForReview"));

    ASSERT_TRUE(c.ws->setActor(QStringLiteral("reviewer")));
    EXPECT_TRUE(send->isEnabled());
    ASSERT_TRUE(screen.send(ReviewChannel::Email));
    const int row = screen.model()->rowOf(c.person);
    EXPECT_EQ(screen.model()->state(row).status, ReviewStatus::AwaitingResponse);
    EXPECT_TRUE(approve->isEnabled());
    EXPECT_FALSE(send->isEnabled());

    QString corrected = c.segments[1].text;
    corrected.replace(QStringLiteral("弊社"), QStringLiteral("当社"));
    ASSERT_TRUE(screen.recordCorrection(1, corrected, QStringLiteral("社名の表記")));
    EXPECT_TRUE(screen.roundsText().contains(QStringLiteral("社名の表記")));
    EXPECT_EQ(screen.model()->state(screen.model()->rowOf(c.person)).status,
              ReviewStatus::CorrectionsRequested);

    // The writer sees the button off, and core says no all the same.
    ASSERT_TRUE(c.ws->setActor(QStringLiteral("writer")));
    EXPECT_FALSE(approve->isEnabled());
    EXPECT_FALSE(screen.approve());
    EXPECT_EQ(c.ws->review().status(c.person).value(), ReviewStatus::CorrectionsRequested);

    ASSERT_TRUE(c.ws->setActor(QStringLiteral("reviewer")));
    ASSERT_TRUE(screen.approve(QStringLiteral("メールで承認")));
    EXPECT_EQ(screen.model()->state(screen.model()->rowOf(c.person)).status,
              ReviewStatus::ApprovedWithChanges);

    const QString pdf = c.ws.dir.filePath(QStringLiteral("packet.pdf"));
    ASSERT_TRUE(screen.savePacket(pdf));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
}

TEST(ReviewScreen, TheCorrectionDialogShowsTheChangeAsItIsTyped)
{
    const QList<ReviewItem> items{
        {1, QStringLiteral("quote"), {}, QStringLiteral("弊社のモデルは高速です"), {}, {}, -1},
        {2, QStringLiteral("excerpt"), {}, QStringLiteral("精度は十分です"), {}, {}, -1}};
    CorrectionDialog dialog(items);
    EXPECT_EQ(dialog.item(), 1);
    EXPECT_EQ(dialog.corrected(), items[0].text);
    dialog.setCorrected(QStringLiteral("当社のモデルは高速です"));
    EXPECT_TRUE(dialog.diffPreview().contains(QStringLiteral("line-through")));
    EXPECT_TRUE(dialog.diffPreview().contains(QStringLiteral(">弊<")));
    EXPECT_TRUE(dialog.diffPreview().contains(QStringLiteral(">当<")));
    dialog.setItem(2);
    EXPECT_EQ(dialog.corrected(), items[1].text);
    EXPECT_FALSE(dialog.diffPreview().contains(QStringLiteral("line-through")));
}

TEST(AuditScreen, ChangesArriveAsTheyHappenAndFiltersNarrowThem)
{
    Checked c;
    AuditScreen screen(c.context);
    QAbstractItemModelTester tester(screen.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    screen.setCampaign(1);
    const int before = screen.model()->rowCount();
    ASSERT_TRUE(c.ws->setActor(QStringLiteral("reviewer")));
    QSignalSpy inserted(screen.model(), &QAbstractItemModel::rowsInserted);
    ASSERT_TRUE(c.ws->review().send(c.person, ReviewChannel::Email));
    EXPECT_EQ(inserted.size(), 2); // the round and the pipeline moving on
    ASSERT_EQ(screen.model()->rowCount(), before + 2);
    EXPECT_EQ(screen.model()->entry(0).action, QStringLiteral("interviewee.status"));
    EXPECT_EQ(screen.model()->entry(1).action, QStringLiteral("review.sent"));
    // People by name, never by login; the change as a sentence without codes.
    EXPECT_EQ(screen.model()->index(1, AuditLogModel::Who).data().toString(),
              QStringLiteral("校閲担当"));
    const QString sentence = screen.model()->index(1, AuditLogModel::Change).data().toString();
    EXPECT_TRUE(sentence.startsWith(QStringLiteral("校閲担当"))) << sentence.toStdString();
    EXPECT_TRUE(sentence.contains(QStringLiteral("佐藤 花子"))) << sentence.toStdString();
    EXPECT_FALSE(sentence.contains(QLatin1String("review.sent"))) << sentence.toStdString();
    EXPECT_FALSE(sentence.contains(QLatin1String("item(s)"))) << sentence.toStdString();
    EXPECT_FALSE(sentence.contains(QLatin1String("reviewer"))) << sentence.toStdString();

    screen.setActionFilter(QStringLiteral("review."));
    EXPECT_EQ(screen.model()->rowCount(), 1);
    ASSERT_TRUE(c.ws->review().approve(c.person));
    EXPECT_EQ(screen.model()->rowCount(), 2); // the approval, not its pipeline entry

    const QString csv = c.ws.dir.filePath(QStringLiteral("audit.csv"));
    ASSERT_TRUE(screen.exportTo(csv, AuditService::Format::Csv));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_EQ(text.count(QStringLiteral("\r\n")), 3); // the header and the two shown
    EXPECT_TRUE(text.contains(QStringLiteral("review.approved")));
}

TEST(DashboardScreen, ShowsDaysLeftProgressAndWhoNeedsAttention)
{
    Checked c;
    IntervieweeData d;
    d.categoryId = 3;
    d.familyName = QStringLiteral("青木");
    d.email = QStringLiteral("aoki@example.jp");
    d.status = PipelineStatus::Accepted;
    ASSERT_TRUE(c.ws->roster().add(1, d));
    d.familyName = QStringLiteral("井上");
    d.email = QStringLiteral("inoue@example.jp");
    d.status = PipelineStatus::NotContacted;
    ASSERT_TRUE(c.ws->roster().add(1, d));
    c.ws.clock.set(QDateTime(QDate(2025, 6, 2), QTime(9, 0), QTimeZone("Asia/Tokyo")));

    DashboardScreen screen(c.context);
    QAbstractItemModelTester tester(screen.atRisk(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    screen.setCampaign(1);
    EXPECT_TRUE(screen.headline().contains(QStringLiteral("10 day")))
        << screen.headline().toStdString();
    EXPECT_TRUE(screen.categoryLines().at(2).contains(QStringLiteral("1 of 2 confirmed")))
        << screen.categoryLines().join(u'|').toStdString();
    ASSERT_EQ(screen.atRisk()->rowCount(), 1);
    EXPECT_EQ(screen.atRisk()->index(0, AtRiskModel::Name).data().toString(),
              QStringLiteral("青木"));
    EXPECT_EQ(screen.atRisk()->index(0, 0).data(AtRiskModel::ReasonCodeRole).toString(),
              QStringLiteral("not_booked"));

    const auto series = screen.chart()->series();
    ASSERT_EQ(series.size(), 1);
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series.first());
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->barSets().size(), 5);
    // Adopters, the last category, make the bottom bar (index 0): read top-down like the text.
    EXPECT_EQ(bars->barSets().at(1)->at(0), 1); // one confirmed adopter
    EXPECT_EQ(bars->barSets().at(0)->at(0), 1); // one not yet agreed
}

// An answer by mail to the open round rewrites one passage: the screen shows it against the
// text as sent, and "Accept correction" records it among the round's corrections.
TEST(ReviewScreen, ACorrectionProposedByMailIsAcceptedWithOneClick)
{
    Checked c;
    ASSERT_TRUE(c.ws->setActor(QStringLiteral("reviewer")));
    auto round = c.ws->review().send(c.person, ReviewChannel::Email);
    ASSERT_TRUE(round) << round.error().untranslatedMessage().toStdString();
    const QList<ReviewItem> items = itemsFromSnapshot(round->snapshot);
    ASSERT_EQ(items.size(), 2);
    const QString corrected = items[1].text + QStringLiteral("（2025年時点）");

    // The mail as the mailbox keeps it, attached to the round (a fetch does this).
    MailMessage m;
    m.from = {QStringLiteral("佐藤 花子"), QStringLiteral("sato@example.co.jp")};
    m.to = {{QStringLiteral("田中"), QStringLiteral("tanaka@shuzai.example")}};
    m.subject = QStringLiteral("Re: 掲載内容のご確認のお願い");
    m.body = QStringLiteral("お世話になっております。\n\n> 1. 引用\n> 「%1」\n>\n> 2. 抜粋\n"
                            "> 「%2」\n「%3」\n\nよろしくお願いいたします。\n")
                 .arg(items[0].text, items[1].text, corrected);
    m.date = QDateTime(QDate(2025, 6, 2), QTime(9, 0), QTimeZone("Asia/Tokyo"));
    const QByteArray bytes = formatMessage(m).value();
    StoredInboundMessage stored;
    stored.account = QStringLiteral("imaps://editor@127.0.0.1:993");
    stored.mailbox = QStringLiteral("INBOX");
    stored.uidValidity = 1;
    stored.uid = 1;
    stored.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    stored.receivedAt = m.date.toUTC();
    stored.fetchedAt = m.date.toUTC();
    stored.fromAddress = m.from.email;
    stored.fromName = m.from.name;
    stored.subject = m.subject;
    stored.intervieweeId = c.person;
    stored.reviewRoundId = round->id;
    stored.matchedBy = QStringLiteral("sender");
    stored.message = bytes;
    ASSERT_TRUE(c.ws->database().transact([&]() -> VoidResult {
        auto id = MailboxRepository(c.ws->database()).addIfNew(stored);
        return id ? VoidResult() : VoidResult(id.error());
    }));

    ReviewScreen screen(c.context);
    screen.setCampaign(1);
    screen.selectInterviewee(c.person);
    MailCorrectionsPanel *panel = screen.mailCorrections();
    ASSERT_NE(panel, nullptr);
    ASSERT_EQ(panel->pendingIds().size(), 1) << panel->text().toStdString();
    EXPECT_TRUE(panel->text().contains(QStringLiteral("（2025年時点）")))
        << panel->text().toStdString();
    EXPECT_FALSE(screen.roundsText().contains(QStringLiteral("（2025年時点）")));

    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QPushButton *accept = nullptr;
    for (QPushButton *b :
         panel->findChildren<QPushButton *>(QStringLiteral("acceptMailCorrection"))) {
        if (b->isVisibleTo(panel) &&
            b->property("proposalId").toString() == panel->pendingIds().first())
            accept = b;
    }
    ASSERT_NE(accept, nullptr);
    EXPECT_EQ(accept->text(), QStringLiteral("Accept correction"));
    ASSERT_TRUE(accept->isEnabled());
    accept->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // In the round's corrections now, and no longer waiting.
    EXPECT_TRUE(screen.roundsText().contains(QStringLiteral("（2025年時点）")))
        << screen.roundsText().toStdString();
    auto corrections = c.ws->review().corrections(round->id);
    ASSERT_EQ(corrections->size(), 1);
    EXPECT_EQ(corrections->first().item, 2);
    EXPECT_EQ(corrections->first().corrected, corrected);
    EXPECT_TRUE(panel->pendingIds().isEmpty());
    EXPECT_TRUE(panel->text().contains(QStringLiteral("Accepted")));
}
