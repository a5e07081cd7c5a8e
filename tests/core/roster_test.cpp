#include "domain/rosterfilter.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "testworkspace.h"

#include <QSignalSpy>

using namespace shuzai;

namespace {
constexpr Id kCampaign = 1;
constexpr Id kResearcher = 1;
constexpr Id kVendor = 2;

IntervieweeData person(const QString &family, const QString &reading, const QString &email,
                       Id category = kResearcher)
{
    IntervieweeData d;
    d.categoryId = category;
    d.familyName = family;
    d.givenName = QStringLiteral("花子");
    d.familyReading = reading;
    d.givenReading = QStringLiteral("ハナコ");
    d.organisation = QStringLiteral("株式会社サンプル");
    d.email = email;
    d.attribution = Attribution::Anonymous;
    return d;
}

int rowCount(test::TestWorkspace &ws)
{
    auto list = ws->roster().list(kCampaign);
    EXPECT_TRUE(list);
    return list ? int(list->size()) : -1;
}
} // namespace

TEST(Roster, AddedIntervieweeIsStoredNormalisedAndAnnounced)
{
    test::TestWorkspace ws;
    QSignalSpy added(&ws->roster(), &RosterService::intervieweeAdded);
    auto d = person(QStringLiteral(" 佐藤 "), QStringLiteral("ｻﾄｳ"),
                    QStringLiteral("Hanako@Example.JP"));
    auto r = ws->roster().add(kCampaign, d);
    ASSERT_TRUE(r) << r.error().untranslatedMessage().toStdString();
    EXPECT_EQ(r->data.familyName, QStringLiteral("佐藤"));
    EXPECT_EQ(r->data.familyReading, QStringLiteral("サトウ"));
    EXPECT_EQ(r->data.email, QStringLiteral("Hanako@example.jp"));
    EXPECT_EQ(r->createdAt, ws.clock.now());
    EXPECT_EQ(added.count(), 1);
    EXPECT_EQ(rowCount(ws), 1);
    // What the roster screen asks before it decides to read the rows in the background.
    EXPECT_EQ(ws->roster().count(kCampaign).value(), 1);
    EXPECT_EQ(ws->roster().count(kCampaign + 100).value(), 0);
}

TEST(Roster, BadInputIsRefusedNamingTheFieldAndNothingIsStored)
{
    test::TestWorkspace ws;
    struct Case {
        IntervieweeData data;
        QString field;
    };
    QList<Case> cases;
    cases.append({person(QString(), QStringLiteral("サトウ"), {}), QStringLiteral("familyName")});
    cases.append({person(QStringLiteral("佐藤"), QStringLiteral("さとう"), {}),
                  QStringLiteral("familyReading")});
    cases.append({person(QStringLiteral("佐藤"), QStringLiteral("Sato"), {}),
                  QStringLiteral("familyReading")});
    cases.append(
        {person(QStringLiteral("佐藤"), QStringLiteral("サトウ"), QStringLiteral("sato@@example")),
         QStringLiteral("email")});
    cases.append({person(QStringLiteral("佐藤"), QStringLiteral("サトウ"),
                         QStringLiteral("sato example.jp")),
                  QStringLiteral("email")});
    cases.append({person(QStringLiteral("佐藤"), QStringLiteral("サトウ"), {}, 999),
                  QStringLiteral("category")});
    for (const Case &c : cases) {
        auto r = ws->roster().add(kCampaign, c.data);
        ASSERT_FALSE(r) << c.field.toStdString();
        EXPECT_EQ(r.error().code(), ErrorCode::InvalidInput);
        EXPECT_EQ(r.error().field(), c.field);
        EXPECT_FALSE(r.error().message().isEmpty());
    }
    EXPECT_EQ(rowCount(ws), 0);
}

TEST(Roster, SameEmailTwiceInOneCampaignIsRefused)
{
    test::TestWorkspace ws;
    ASSERT_TRUE(ws->roster().add(kCampaign, person(QStringLiteral("佐藤"), QStringLiteral("サトウ"),
                                                   QStringLiteral("same@example.jp"))));
    auto again =
        ws->roster().add(kCampaign, person(QStringLiteral("鈴木"), QStringLiteral("スズキ"),
                                           QStringLiteral("SAME@example.jp")));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code(), ErrorCode::Duplicate);
    EXPECT_TRUE(again.error().message().contains(QStringLiteral("佐藤 花子")));
    EXPECT_EQ(rowCount(ws), 1);
}

TEST(Roster, StaleEditIsRefusedAsConflict)
{
    test::TestWorkspace ws;
    auto created =
        ws->roster().add(kCampaign, person(QStringLiteral("佐藤"), QStringLiteral("サトウ"), {}));
    ASSERT_TRUE(created);
    IntervieweeData first = created->data;
    first.department = QStringLiteral("研究開発部");
    ASSERT_TRUE(ws->roster().update(created->id, first, created->version));
    IntervieweeData second = created->data;
    second.department = QStringLiteral("営業部");
    auto stale = ws->roster().update(created->id, second, created->version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code(), ErrorCode::Conflict);
    EXPECT_EQ(ws->roster().load(created->id)->data.department, QStringLiteral("研究開発部"));
}

TEST(Roster, RemoveThenRestoreBringsBackTheSameRecordAndQuestions)
{
    test::TestWorkspace ws;
    auto created =
        ws->roster().add(kCampaign, person(QStringLiteral("佐藤"), QStringLiteral("サトウ"), {}));
    ASSERT_TRUE(created);
    ASSERT_TRUE(ws->roster().dropQuestion(created->id, 2));
    auto removed = ws->roster().remove(created->id);
    ASSERT_TRUE(removed);
    EXPECT_EQ(rowCount(ws), 0);
    ASSERT_TRUE(ws->roster().restore(*removed));
    auto back = ws->roster().load(created->id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->data, created->data);
    EXPECT_EQ(ws->roster().questions(created->id)->size(), 5);
}

TEST(Roster, CustomisedQuestionsLeaveTheCategoryTemplateAlone)
{
    test::TestWorkspace ws;
    auto vendor = ws->roster().add(
        kCampaign, person(QStringLiteral("高橋"), QStringLiteral("タカハシ"), {}, kVendor));
    ASSERT_TRUE(vendor);
    ASSERT_TRUE(
        ws->roster().rewordQuestion(vendor->id, 1, QStringLiteral("御社の製品Xの特徴は？")));
    ASSERT_TRUE(ws->roster().dropQuestion(vendor->id, 6));
    ASSERT_TRUE(ws->roster().addQuestion(vendor->id, QStringLiteral("価格体系について"), 3));
    auto list = ws->roster().questions(vendor->id);
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 6);
    EXPECT_EQ(list->at(0).text, QStringLiteral("御社の製品Xの特徴は？"));
    EXPECT_EQ(list->at(3).text, QStringLiteral("価格体系について"));

    auto campaign = ws->campaigns().load(kCampaign);
    EXPECT_EQ(
        campaign->category(kVendor)->questions.at(0).text,
        QStringLiteral("貴社のSLMソリューションの特徴と差別化ポイントについて教えてください"));
    EXPECT_EQ(campaign->category(kVendor)->questions.size(), 6);

    auto other = ws->roster().add(
        kCampaign, person(QStringLiteral("伊藤"), QStringLiteral("イトウ"), {}, kVendor));
    EXPECT_EQ(ws->roster().questions(other->id)->at(0).text,
              campaign->category(kVendor)->questions.at(0).text);

    auto bad = ws->roster().dropQuestion(vendor->id, 7);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code(), ErrorCode::InvalidInput);
}

TEST(Roster, FilterMatchesAcrossWidthAndKana)
{
    auto d = person(QStringLiteral("佐藤"), QStringLiteral("サトウ"), {});
    d.organisation = QStringLiteral("ＡＩラボ株式会社");
    RosterFilter f;
    f.text = QStringLiteral("さとう");
    EXPECT_TRUE(f.matches(d));
    f.text = QStringLiteral("aiラボ");
    EXPECT_TRUE(f.matches(d));
    f.text = QStringLiteral("ｻﾄｳ ﾊﾅｺ");
    EXPECT_TRUE(f.matches(d));
    f.text = QStringLiteral("すずき");
    EXPECT_FALSE(f.matches(d));
    f.text.clear();
    f.status = PipelineStatus::Declined;
    EXPECT_FALSE(f.matches(d));
}

TEST(Roster, PeopleSortByReadingAcrossKanaTypesWithTheUnreadLast)
{
    auto at = [](Id id, IntervieweeData d) {
        Interviewee i;
        i.id = id;
        i.data = std::move(d);
        return i;
    };
    QList<Interviewee> people{
        at(1, person(QStringLiteral("渡辺"), QStringLiteral("ワタナベ"), {})),
        at(2, person(QStringLiteral("Smith"), QString(), {})),
        at(3, person(QStringLiteral("安藤"), QStringLiteral("あんどう"), {})), // hiragana
        at(4, person(QStringLiteral("佐藤"), QStringLiteral("ｻﾄｳ"), {})),      // half-width
        at(5, person(QStringLiteral("伊藤"), QStringLiteral("イトウ"), {}))};
    people[1].data.givenReading.clear();
    sortByReading(people);
    QList<Id> order;
    for (const Interviewee &p : people)
        order.append(p.id);
    EXPECT_EQ(order, (QList<Id>{3, 5, 4, 1, 2}));
}

TEST(Roster, OnlyAnEditorMayChangeTheRoster)
{
    test::TestWorkspace ws;
    ASSERT_TRUE(ws->setActor(QStringLiteral("writer")));
    auto r =
        ws->roster().add(kCampaign, person(QStringLiteral("佐藤"), QStringLiteral("サトウ"), {}));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code(), ErrorCode::PermissionDenied);
    EXPECT_EQ(rowCount(ws), 0);
}

TEST(Campaign, SettingsAreValidatedAndVersioned)
{
    test::TestWorkspace ws;
    auto c = ws->campaigns().load(kCampaign);
    ASSERT_TRUE(c);
    CampaignSettings s = settingsOf(*c);
    s.windowEnd = QDate(2025, 6, 20);
    auto bad = ws->campaigns().updateSettings(kCampaign, s, c->version);
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().field(), QStringLiteral("window"));

    s = settingsOf(*c);
    s.editorName = QStringLiteral("田中 一郎");
    auto saved = ws->campaigns().updateSettings(kCampaign, s, c->version);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->editorName, QStringLiteral("田中 一郎"));
    EXPECT_EQ(saved->version, c->version + 1);
    auto stale = ws->campaigns().updateSettings(kCampaign, s, c->version);
    ASSERT_FALSE(stale);
    EXPECT_EQ(stale.error().code(), ErrorCode::Conflict);
}

// A background task's connection acts as whoever started it, even if the window changes its
// acting user before the worker opens it (what it needs is copied when it is asked for).
TEST(Roster, AWorkersConnectionActsAsTheUserWhoStartedTheTask)
{
    test::TestWorkspace ws;
    if (ws.onPostgres())
        GTEST_SKIP() << "on the team server each person logs in as themselves";
    ASSERT_TRUE(ws->setActor(QStringLiteral("writer")));
    const Workspace::ConnectionOpener open = ws->anotherConnectionOpener();
    ASSERT_TRUE(ws->setActor(QStringLiteral("reviewer")));
    auto other = open();
    ASSERT_TRUE(other) << other.error().untranslatedMessage().toStdString();
    EXPECT_EQ((*other)->actor().login, QStringLiteral("writer"));
    EXPECT_EQ((*other)->location(), ws->location());
    EXPECT_EQ(ws->actor().login, QStringLiteral("reviewer"));
}
