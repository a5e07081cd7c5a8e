#include "services/rosterservice.h"
#include "storage/interviewrepository.h"
#include "testworkspace.h"

using namespace shuzai;

TEST(Interviews, AreStoredPerIntervieweeAndProtectThemFromRemoval)
{
    test::TestWorkspace ws;
    IntervieweeData d;
    d.categoryId = 3;
    d.familyName = QStringLiteral("中村");
    d.familyReading = QStringLiteral("ナカムラ");
    auto person = ws->roster().add(1, d);
    ASSERT_TRUE(person);

    Interview interview;
    interview.intervieweeId = person->id;
    interview.startsAt = QDateTime(QDate(2025, 5, 27), QTime(1, 0), Qt::UTC); // 10:00 JST
    interview.mode = InterviewMode::InPerson;
    interview.place = QStringLiteral("本社 5階会議室");
    InterviewRepository repo(ws->database());
    auto id = repo.insert(interview);
    ASSERT_TRUE(id);

    auto stored = repo.forInterviewee(person->id);
    ASSERT_TRUE(stored);
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().startsAt, interview.startsAt);
    EXPECT_EQ(stored->first().mode, InterviewMode::InPerson);
    EXPECT_EQ(stored->first().place, QStringLiteral("本社 5階会議室"));
    EXPECT_EQ(stored->first().minutes, 60);

    auto removed = ws->roster().remove(person->id);
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().code(), ErrorCode::Conflict);
    EXPECT_TRUE(ws->roster().load(person->id));
}
