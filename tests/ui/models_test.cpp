#include "roster/questionlistmodel.h"
#include "roster/rosterfilterproxy.h"
#include "roster/rostermodel.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimer>

using namespace shuzai;
using namespace shuzai::ui;

namespace {
IntervieweeData person(const QString &name, const QString &reading, Id category = 1)
{
    IntervieweeData d;
    d.categoryId = category;
    d.familyName = name;
    d.familyReading = reading;
    d.organisation = QStringLiteral("ＡＩラボ");
    return d;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, column).data().toString());
    return out;
}
} // namespace

TEST(RosterModels, FollowEveryServiceChangeAndPassTheModelTester)
{
    test::TestWorkspace ws;
    RosterModel model(*ws);
    RosterFilterProxy proxy(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCampaign(1);
    proxy.sort(RosterModel::Reading);

    auto watanabe = ws->roster().add(1, person(QStringLiteral("渡辺"), QStringLiteral("ワタナベ")));
    auto abe = ws->roster().add(1, person(QStringLiteral("阿部"), QStringLiteral("アベ"), 2));
    auto kato = ws->roster().add(1, person(QStringLiteral("加藤"), QStringLiteral("カトウ")));
    ASSERT_TRUE(watanabe && abe && kato);
    EXPECT_EQ(model.rowCount(), 3);
    // Sorted by reading (ア, カ, ワ), not by the kanji's code points.
    EXPECT_EQ(
        column(proxy, RosterModel::Name),
        (QStringList{QStringLiteral("阿部"), QStringLiteral("加藤"), QStringLiteral("渡辺")}));

    RosterFilter filter;
    filter.text = QStringLiteral("かとう");
    proxy.setFilter(filter);
    EXPECT_EQ(column(proxy, RosterModel::Name), QStringList{QStringLiteral("加藤")});
    filter.text = QStringLiteral("aiﾗﾎﾞ");
    filter.categoryId = 2;
    proxy.setFilter(filter);
    EXPECT_EQ(column(proxy, RosterModel::Name), QStringList{QStringLiteral("阿部")});
    proxy.setFilter({});

    IntervieweeData renamed = kato->data;
    renamed.familyReading = QStringLiteral("ン");
    ASSERT_TRUE(ws->roster().update(kato->id, renamed, kato->version));
    EXPECT_EQ(column(proxy, RosterModel::Name).last(), QStringLiteral("加藤"));

    // The names the filter and the order look at are folded once per change of a person, not
    // at every pass: the new reading is what the filter finds now, the old one no longer.
    filter = {};
    filter.text = QStringLiteral("ん");
    proxy.setFilter(filter);
    EXPECT_EQ(column(proxy, RosterModel::Name), QStringList{QStringLiteral("加藤")});
    filter.text = QStringLiteral("かとう");
    proxy.setFilter(filter);
    EXPECT_TRUE(column(proxy, RosterModel::Name).isEmpty());
    proxy.setFilter({});

    ASSERT_TRUE(ws->roster().remove(abe->id));
    EXPECT_EQ(model.rowCount(), 2);
    // The folded names went with the removed row: the next one's are still its own.
    filter.text = QStringLiteral("わたなべ");
    proxy.setFilter(filter);
    EXPECT_EQ(column(proxy, RosterModel::Name), QStringList{QStringLiteral("渡辺")});
    filter.text = QStringLiteral("あべ");
    proxy.setFilter(filter);
    EXPECT_TRUE(column(proxy, RosterModel::Name).isEmpty());
    proxy.setFilter({});
    model.setCampaign(0);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(RosterModels, QuestionListShowsCustomisationsAsTheyHappen)
{
    test::TestWorkspace ws;
    auto someone = ws->roster().add(1, person(QStringLiteral("渡辺"), QStringLiteral("ワタナベ")));
    ASSERT_TRUE(someone);
    QuestionListModel model(*ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setInterviewee(someone->id);
    EXPECT_EQ(model.rowCount(), 6);
    ASSERT_TRUE(ws->roster().dropQuestion(someone->id, 1));
    EXPECT_EQ(model.rowCount(), 5);
    ASSERT_TRUE(ws->roster().addQuestion(someone->id, QStringLiteral("追加の質問"), 0));
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("1. 追加の質問"));
    EXPECT_EQ(model.index(0).data(QuestionListModel::OriginRole).toString(),
              QStringLiteral("added"));
    ASSERT_TRUE(ws->roster().remove(someone->id));
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(RosterModels, ShowWhoIsOverdueForAFollowUpAndWhenThatEnds)
{
    test::TestWorkspace ws;
    IntervieweeData d = person(QStringLiteral("佐藤"), QStringLiteral("サトウ"));
    d.email = QStringLiteral("sato@example.co.jp");
    const Id id = ws->roster().add(1, d)->id;
    RosterModel model(*ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCampaign(1);
    const QModelIndex status = model.index(model.rowOf(id), RosterModel::Status);

    ASSERT_TRUE(ws->outreach().record(id, OutreachRecord::Kind::Sent, QByteArray("letter")));
    EXPECT_EQ(status.data().toString(), displayName(PipelineStatus::RequestSent));
    EXPECT_FALSE(status.data(RosterModel::OverdueRole).isValid());

    ws.clock.advanceSecs(9 * 24 * 3600); // the sample campaign follows up after 7 days
    ASSERT_TRUE(ws->outreach().recordReply(id, OutreachReply::Kind::NoReply));
    EXPECT_EQ(status.data(RosterModel::OverdueRole).toInt(), 2);
    EXPECT_NE(status.data().toString(), displayName(PipelineStatus::RequestSent));
    EXPECT_TRUE(status.data().toString().contains(u'2'));
    EXPECT_TRUE(status.data(Qt::ForegroundRole).isValid());

    ASSERT_TRUE(ws->outreach().recordReply(id, OutreachReply::Kind::Accepted));
    EXPECT_EQ(status.data().toString(), displayName(PipelineStatus::Accepted));
    EXPECT_FALSE(status.data(RosterModel::OverdueRole).isValid());
}

TEST(RosterModels, AFollowUpFallsDueWhileTheRosterStaysOpen)
{
    test::TestWorkspace ws;
    IntervieweeData d = person(QStringLiteral("佐藤"), QStringLiteral("サトウ"));
    d.email = QStringLiteral("sato@example.co.jp");
    const Id id = ws->roster().add(1, d)->id;
    ASSERT_TRUE(ws->outreach().record(id, OutreachRecord::Kind::Sent, QByteArray("letter")));
    RosterModel model(*ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCampaign(1);
    const QModelIndex status = model.index(model.rowOf(id), RosterModel::Status);
    EXPECT_FALSE(status.data(RosterModel::OverdueRole).isValid());

    // Nothing is recorded; only time passes. The model's own timer asks again.
    auto *timer = model.findChild<QTimer *>(QStringLiteral("followUpRefresh"));
    ASSERT_NE(timer, nullptr);
    EXPECT_TRUE(timer->isActive());
    EXPECT_LE(timer->interval(), 15 * 60 * 1000);
    ws.clock.advanceSecs(8 * 24 * 3600);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(QMetaObject::invokeMethod(timer, "timeout"));
    EXPECT_EQ(status.data(RosterModel::OverdueRole).toInt(), 1);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().at(0).toModelIndex(), status);
    // Asking again without a change repaints nothing.
    model.refreshFollowUps();
    EXPECT_EQ(changed.size(), 1);
}

// A large roster is read on a worker thread, so the window does not wait for it; what is
// recorded meanwhile is not lost, and the follow-ups come with the rows.
TEST(RosterModels, ALargeRosterLoadsInTheBackgroundWithoutLosingWhatChangesMeanwhile)
{
    test::TestWorkspace ws;
    IntervieweeData d = person(QStringLiteral("佐藤"), QStringLiteral("サトウ"));
    d.email = QStringLiteral("sato@example.co.jp");
    const Id sato = ws->roster().add(1, d)->id;
    ASSERT_TRUE(ws->roster().add(1, person(QStringLiteral("渡辺"), QStringLiteral("ワタナベ"))));
    ASSERT_TRUE(ws->outreach().record(sato, OutreachRecord::Kind::Sent, QByteArray("letter")));
    ws.clock.advanceSecs(9 * 24 * 3600); // the sample campaign follows up after 7 days

    RosterModel model(*ws);
    RosterFilterProxy proxy(&model);
    QAbstractItemModelTester modelTester(&model,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&proxy,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.sort(RosterModel::Reading);
    model.setBackgroundLoadFrom(2);
    QSignalSpy loaded(&model, &RosterModel::loaded);
    model.setCampaign(1);
    EXPECT_TRUE(model.isLoading());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.campaignId(), 1); // the campaign itself (its categories) is there at once

    // Added while the worker reads: its snapshot may miss the new person, so it reads again.
    ASSERT_TRUE(ws->roster().add(1, person(QStringLiteral("阿部"), QStringLiteral("アベ"))));
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(loaded.size(), 1);
    EXPECT_FALSE(model.isLoading());
    EXPECT_EQ(
        column(proxy, RosterModel::Name),
        (QStringList{QStringLiteral("阿部"), QStringLiteral("佐藤"), QStringLiteral("渡辺")}));
    EXPECT_EQ(
        model.index(model.rowOf(sato), RosterModel::Status).data(RosterModel::OverdueRole).toInt(),
        2);
    // The folded names came from the worker too: a reading in hiragana finds the person.
    RosterFilter filter;
    filter.text = QStringLiteral("わたなべ");
    proxy.setFilter(filter);
    EXPECT_EQ(column(proxy, RosterModel::Name), QStringList{QStringLiteral("渡辺")});

    // After the load, changes apply in place again.
    ASSERT_TRUE(ws->roster().add(1, person(QStringLiteral("加藤"), QStringLiteral("カトウ"))));
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(loaded.size(), 1);
}

TEST(RosterModels, ARosterStillLoadingIsDroppedWhenAnotherCampaignIsChosen)
{
    test::TestWorkspace ws;
    ASSERT_TRUE(ws->roster().add(1, person(QStringLiteral("佐藤"), QStringLiteral("サトウ"))));
    ASSERT_TRUE(ws->roster().add(1, person(QStringLiteral("渡辺"), QStringLiteral("ワタナベ"))));
    RosterModel model(*ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setBackgroundLoadFrom(2);
    QSignalSpy loaded(&model, &RosterModel::loaded);
    model.setCampaign(1);
    ASSERT_TRUE(model.isLoading());
    model.setCampaign(0);
    EXPECT_FALSE(model.isLoading());
    // The first read's finish, queued or not, puts nothing in.
    EXPECT_FALSE(loaded.wait(300));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.campaignId(), 0);

    // And a roster whose model goes away while it loads takes nothing down with it.
    auto other = std::make_unique<RosterModel>(*ws);
    other->setBackgroundLoadFrom(2);
    other->setCampaign(1);
    EXPECT_TRUE(other->isLoading());
    other.reset();
}
