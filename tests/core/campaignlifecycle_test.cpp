// Campaigns begun blank or from an earlier one, archived (read-only) and removed while empty.
#include "audit/auditentry.h"
#include "people.h"
#include "services/answerservice.h"
#include "services/auditservice.h"
#include "services/campaignservice.h"
#include "services/interviewservice.h"
#include "services/outreachservice.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/transcriptservice.h"
#include "testworkspace.h"

#include <QSignalSpy>
#include <QTimeZone>

using namespace shuzai;

namespace {
constexpr Id kSample = 1;

CampaignSettings julySettings()
{
    CampaignSettings s;
    s.title = QStringLiteral("エッジAI特集");
    s.publicationDate = QDate(2025, 7, 20);
    s.windowStart = QDate(2025, 7, 1);
    s.windowEnd = QDate(2025, 7, 4);
    s.modes = {InterviewMode::Online};
    s.timeZone = QStringLiteral("Asia/Tokyo");
    return s;
}

QStringList actions(Workspace &ws)
{
    QStringList out;
    // The result is kept: a range-for over *list() would read entries already freed.
    const auto entries = ws.audit().list({});
    for (const AuditEntry &e : *entries)
        out.append(e.action);
    return out;
}
} // namespace

TEST(CampaignLifecycle, ANewBlankCampaignHasTheSettingsAndNoCategories)
{
    test::TestWorkspace ws;
    QSignalSpy listChanged(&ws->campaigns(), &CampaignService::campaignsChanged);
    auto c = ws->campaigns().create(julySettings());
    ASSERT_TRUE(c) << c.error().untranslatedMessage().toStdString();
    EXPECT_NE(c->id, kSample);
    EXPECT_EQ(c->title, QStringLiteral("エッジAI特集"));
    EXPECT_EQ(c->publicationDate, QDate(2025, 7, 20));
    EXPECT_TRUE(c->categories.isEmpty());
    EXPECT_TRUE(c->windows.isEmpty());
    EXPECT_FALSE(c->attributionOptions.isEmpty());
    EXPECT_FALSE(c->archived());
    EXPECT_EQ(listChanged.count(), 1);
    EXPECT_TRUE(actions(*ws).contains(QStringLiteral("campaign.created")));
    EXPECT_EQ(ws->campaigns().list()->size(), 2);

    CampaignSettings bad = julySettings();
    bad.title.clear();
    auto refused = ws->campaigns().create(bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field(), QStringLiteral("title"));
}

TEST(CampaignLifecycle, OnlyEditorsRunCampaigns)
{
    test::TestWorkspace ws;
    ASSERT_TRUE(ws->setActor(QStringLiteral("writer")));
    auto c = ws->campaigns().create(julySettings());
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code(), ErrorCode::PermissionDenied);
    for (const auto &r :
         {ws->campaigns().archive(kSample).error(), ws->campaigns().duplicate(kSample).error(),
          ws->campaigns().addCategory(kSample, {{}, QStringLiteral("学生")}).error(),
          ws->campaigns().addTemplateQuestion(1, QStringLiteral("Q")).error()}) {
        EXPECT_EQ(r.code(), ErrorCode::PermissionDenied);
    }
    EXPECT_EQ(ws->campaigns().list()->size(), 1);
}

TEST(CampaignLifecycle, DuplicateCopiesCategoriesQuestionsTemplatesAndSettingsButNotPeople)
{
    test::TestWorkspace ws;
    Campaign source = *ws->campaigns().load(kSample);
    CampaignSettings styled = settingsOf(source);
    styled.letterHeadingMark = QStringLiteral("■");
    styled.bufferMinutes = 15;
    ASSERT_TRUE(ws->campaigns().updateSettings(kSample, styled, source.version));
    ASSERT_TRUE(ws->campaigns().updateCategory(
        1, {{}, source.categories[0].name, QStringLiteral("貴研究室"), QStringLiteral("先生")}));
    ASSERT_TRUE(ws->outreach().saveLetterTemplate(
        kSample, QStringLiteral("en"),
        QStringLiteral("About {{campaign.title}},\n\nOur own letter.\n")));
    ASSERT_TRUE(ws->roster().add(kSample, test::someone()));
    ASSERT_TRUE(ws->campaigns().removeTemplateQuestion(source.categories[2].questions[5].id));
    source = *ws->campaigns().load(kSample);

    DuplicateOptions options;
    options.publicationDate = source.publicationDate.addDays(35);
    auto copy = ws->campaigns().duplicate(kSample, options);
    ASSERT_TRUE(copy) << copy.error().untranslatedMessage().toStdString();
    EXPECT_NE(copy->id, kSample);
    EXPECT_EQ(copy->title, source.title + QStringLiteral("（コピー）"));
    EXPECT_EQ(copy->publicationDate, source.publicationDate.addDays(35));
    // The interview window keeps its lead time before publication.
    EXPECT_EQ(copy->windowStart, source.windowStart.addDays(35));
    EXPECT_EQ(copy->windowEnd, source.windowEnd.addDays(35));
    EXPECT_TRUE(copy->windows.isEmpty()); // candidate times belong to the old dates
    EXPECT_EQ(copy->letterHeadingMark, QStringLiteral("■"));
    EXPECT_EQ(copy->bufferMinutes, 15);
    EXPECT_EQ(copy->editorEmail, source.editorEmail);
    EXPECT_EQ(copy->attributionOptions, source.attributionOptions);
    EXPECT_FALSE(copy->archived());
    ASSERT_EQ(copy->categories.size(), source.categories.size());
    for (qsizetype i = 0; i < source.categories.size(); ++i) {
        const Category &a = source.categories[i];
        const Category &b = copy->categories[i];
        EXPECT_NE(a.id, b.id);
        EXPECT_EQ(a.code, b.code);
        EXPECT_EQ(a.name, b.name);
        EXPECT_EQ(a.organisationHonorific, b.organisationHonorific);
        EXPECT_EQ(a.personHonorific, b.personHonorific);
        ASSERT_EQ(a.questions.size(), b.questions.size());
        for (qsizetype k = 0; k < a.questions.size(); ++k) {
            EXPECT_EQ(a.questions[k].text, b.questions[k].text);
            EXPECT_EQ(b.questions[k].position, int(k + 1));
        }
        EXPECT_TRUE(b.removedQuestions.isEmpty());
    }
    EXPECT_EQ(copy->categories[0].personHonorific, QStringLiteral("先生"));
    EXPECT_EQ(copy->categories[2].questions.size(), 5);
    EXPECT_TRUE(ws->roster().list(copy->id)->isEmpty());
    auto letter = ws->outreach().letterTemplate(copy->id, QStringLiteral("en"));
    ASSERT_TRUE(letter);
    EXPECT_EQ(letter->text, QStringLiteral("About {{campaign.title}},\n\nOur own letter.\n"));
    EXPECT_TRUE(actions(*ws).contains(QStringLiteral("campaign.duplicated")));

    // Without options the dates stay for the editor to change; a title given is used.
    options = {};
    options.title = QStringLiteral("8月号");
    auto second = ws->campaigns().duplicate(kSample, options);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->title, QStringLiteral("8月号"));
    EXPECT_EQ(second->publicationDate, source.publicationDate);
    EXPECT_EQ(second->windowStart, source.windowStart);
}

TEST(CampaignLifecycle, AnArchivedCampaignIsReadOnlyUntilUnarchived)
{
    test::TestWorkspace ws;
    auto person = ws->roster().add(kSample, test::someone());
    ASSERT_TRUE(person);
    // A transcript with a quote, to see its edits refused too.
    Interview held;
    held.intervieweeId = person->id;
    auto created = ws->interviews().create(held);
    ASSERT_TRUE(created);
    const QByteArray vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\n記者: 最初の質問です。\n\n"
                           "00:02.000 --> 00:04.000\n山田: 答えです。\n";
    auto transcript = ws->transcripts().import(
        TranscriptImport{created->id, vtt, QStringLiteral("t.vtt"), {}, true});
    ASSERT_TRUE(transcript) << transcript.error().untranslatedMessage().toStdString();
    const Segment segment = transcript->segments.first();
    auto quote = ws->answers().addQuote(segment.id, 0, 2, {});
    ASSERT_TRUE(quote);
    auto archived = ws->campaigns().archive(kSample);
    ASSERT_TRUE(archived) << archived.error().untranslatedMessage().toStdString();
    EXPECT_TRUE(archived->archived());
    EXPECT_EQ(archived->archivedAt, ws.clock.now());
    EXPECT_TRUE(ws->campaigns().list()->first().archived());

    auto expectArchived = [](const Error &e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput) << e.untranslatedMessage().toStdString();
        EXPECT_TRUE(e.untranslatedMessage().contains(QStringLiteral("archived")))
            << e.untranslatedMessage().toStdString();
    };
    expectArchived(
        ws->roster().add(kSample, test::someone(QStringLiteral("b@example.jp"))).error());
    expectArchived(ws->roster().update(person->id, person->data, person->version).error());
    expectArchived(ws->roster().remove(person->id).error());
    expectArchived(ws->roster().rewordQuestion(person->id, 1, QStringLiteral("Q")).error());
    Interview interview;
    interview.intervieweeId = person->id;
    expectArchived(ws->interviews().create(interview).error());
    Booking booking;
    booking.intervieweeId = person->id;
    booking.start = QDateTime(QDate(2025, 5, 27), QTime(10, 0), QTimeZone("Asia/Tokyo"));
    expectArchived(ws->scheduling().book(booking).error());
    expectArchived(ws->outreach()
                       .saveLetterTemplate(kSample, QStringLiteral("ja"), QStringLiteral("x"))
                       .error());
    const Campaign c = *ws->campaigns().load(kSample);
    expectArchived(ws->campaigns().updateSettings(kSample, settingsOf(c), c.version).error());
    expectArchived(ws->campaigns().addCategory(kSample, {{}, QStringLiteral("学生")}).error());
    expectArchived(ws->campaigns().addTemplateQuestion(1, QStringLiteral("Q")).error());
    expectArchived(ws->campaigns().removeWindow(kSample, c.windows.first().id).error());
    expectArchived(ws->outreach()
                       .prepare({person->id}, MailMessage::Charset::Utf8, QStringLiteral("ja"))
                       .error());
    expectArchived(ws->review().send(person->id, ReviewChannel::Email, {}).error());
    expectArchived(ws->review().recordCorrection(person->id, 1, QStringLiteral("x")).error());
    expectArchived(ws->review().withdraw(person->id).error());
    expectArchived(
        ws->transcripts().editSegment(segment.id, segment.speaker, QStringLiteral("x"), 0).error());
    expectArchived(ws->transcripts()
                       .mapSpeakers(transcript->id, {SpeakerMapping{QStringLiteral("山田"),
                                                                    SpeakerRole::Interviewee, 0}})
                       .error());
    expectArchived(ws->answers().addQuote(segment.id, 0, 1, {}).error());
    expectArchived(ws->answers().removeQuote(quote->id).error());
    expectArchived(ws->answers().unlink(segment.id, 1).error());
    // Reading still works.
    EXPECT_TRUE(ws->roster().list(kSample));
    EXPECT_TRUE(ws->roster().questions(person->id));

    auto open = ws->campaigns().unarchive(kSample);
    ASSERT_TRUE(open);
    EXPECT_FALSE(open->archived());
    EXPECT_TRUE(ws->roster().add(kSample, test::someone(QStringLiteral("b@example.jp"))));
    const QStringList log = actions(*ws);
    EXPECT_TRUE(log.contains(QStringLiteral("campaign.archived")));
    EXPECT_TRUE(log.contains(QStringLiteral("campaign.unarchived")));
    EXPECT_FALSE(auditActionLabel(QStringLiteral("campaign.archived")).contains(u'.'));
}

TEST(CampaignLifecycle, OnlyAnEmptyCampaignCanBeRemovedAndRestoredAsItWas)
{
    test::TestWorkspace ws;
    ASSERT_TRUE(ws->roster().add(kSample, test::someone()));
    auto refused = ws->campaigns().remove(kSample);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::Conflict);
    EXPECT_TRUE(refused.error().untranslatedMessage().contains(QStringLiteral("(1)")));

    auto copy = ws->campaigns().duplicate(kSample);
    ASSERT_TRUE(copy);
    ASSERT_TRUE(ws->outreach().saveLetterTemplate(
        copy->id, QStringLiteral("ja"), QStringLiteral("{{campaign.title}} 様\n\n本文\n")));
    const Campaign before = *ws->campaigns().load(copy->id);
    auto removed = ws->campaigns().remove(copy->id);
    ASSERT_TRUE(removed) << removed.error().untranslatedMessage().toStdString();
    EXPECT_FALSE(ws->campaigns().load(copy->id));
    EXPECT_EQ(ws->campaigns().list()->size(), 1);
    EXPECT_TRUE(actions(*ws).contains(QStringLiteral("campaign.removed")));

    auto back = ws->campaigns().restore(*removed);
    ASSERT_TRUE(back) << back.error().untranslatedMessage().toStdString();
    EXPECT_EQ(back->id, before.id);
    EXPECT_EQ(back->title, before.title);
    ASSERT_EQ(back->categories.size(), before.categories.size());
    EXPECT_EQ(back->categories[1].id, before.categories[1].id);
    EXPECT_EQ(back->categories[1].questions[2].id, before.categories[1].questions[2].id);
    EXPECT_EQ(ws->outreach().letterTemplate(copy->id, QStringLiteral("ja"))->text,
              QStringLiteral("{{campaign.title}} 様\n\n本文\n"));
}
