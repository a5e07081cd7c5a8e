#include "audit/auditsentence.h"
#include "outreach/outreachrecord.h"
#include "people.h"
#include "services/auditservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "testworkspace.h"
#include "util/datetext.h"
#include "util/translations.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace shuzai;

namespace {

QString readSource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Every audit action the code base records, read from the services' source: the literal codes
// ("interview.booked"), and the codes made of a family and a verb ("interview." + "moved",
// "letter." + a kind). An append() whose action this test cannot follow fails it, so a new way
// of naming an action cannot slip past.
QSet<QString> recordedActions(QStringList *unknown)
{
    QSet<QString> actions;
    static const QRegularExpression literal(
        QString::fromLatin1(R"re(QStringLiteral\("([a-z]+\.[a-z_]+)"\))re"));
    static const QRegularExpression appendCall(
        QString::fromLatin1(R"((?:audit\(\)\.|audit\.|m_audit->)append\(\s*([^,]+),)"));
    const QString root = QStringLiteral(SHUZAI_SOURCE_DIR "/core");
    QDirIterator it(root, {QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString source = readSource(path);
        if (path.contains(QLatin1String("/services/"))) {
            for (const auto &m : literal.globalMatch(source))
                actions.insert(m.captured(1));
        }
        for (const auto &m : appendCall.globalMatch(source)) {
            const QString first = m.captured(1).simplified();
            const bool followed =
                literal.match(first).hasMatch() || first == QLatin1String("auditAction") ||
                first == QLatin1String("QStringLiteral(\"interview.\") + action") ||
                first.startsWith(QLatin1String("archived ? QStringLiteral("));
            if (!followed)
                unknown->append(path + QStringLiteral(": ") + first);
        }
    }
    // "letter." + toCode(kind): every kind of outreach record.
    actions.remove(QStringLiteral("letter."));
    for (auto kind :
         {OutreachRecord::Kind::Sent, OutreachRecord::Kind::Exported, OutreachRecord::Kind::Failed})
        actions.insert(QStringLiteral("letter.") + toCode(kind));
    // "interview." + action: the verbs schedulingservice.cpp passes to change()/auditChange().
    const QString scheduling = readSource(root + QStringLiteral("/services/schedulingservice.cpp"));
    static const QRegularExpression verb(QString::fromLatin1(
        R"re((?:\bchange\(\s*\w+,\s*|auditChange\()QStringLiteral\("([a-z_]+)"\))re"));
    int verbs = 0;
    for (const auto &m : verb.globalMatch(scheduling)) {
        actions.insert(QStringLiteral("interview.") + m.captured(1));
        ++verbs;
    }
    if (verbs == 0)
        unknown->append(QStringLiteral("no interview verbs found in schedulingservice.cpp"));
    return actions;
}

class AuditSentences : public ::testing::Test {
protected:
    void SetUp() override
    {
        i18n::install(QStringLiteral("en"));
        datetext::setDisplayZone(QTimeZone("Asia/Tokyo"));
    }
    void TearDown() override
    {
        datetext::setDisplayZone({});
        i18n::install(QStringLiteral("en"));
    }
};

AuditNames someNames()
{
    AuditNames names;
    names.users.insert(
        QStringLiteral("hanako"),
        User{7, QStringLiteral("hanako"), QStringLiteral("Hanako Yamada"), Role::Editor, {}});
    names.people.insert(12, QStringLiteral("Hina Sato"));
    names.campaigns.insert(1, QStringLiteral("Spring feature"));
    names.categories.insert(3, QStringLiteral("Universities"));
    return names;
}

AuditEntry entry(const QString &action, const QString &subject, const QString &before,
                 const QString &after)
{
    AuditEntry e;
    e.at = QDateTime(QDate(2025, 5, 27), QTime(1, 0), Qt::UTC);
    e.actor = QStringLiteral("hanako");
    e.action = action;
    e.campaignId = 1;
    e.intervieweeId = 12;
    e.subject = subject;
    e.before = before;
    e.after = after;
    return e;
}

// What a person must never read in an audit sentence.
void expectReadable(const QString &sentence, const QString &action)
{
    SCOPED_TRACE(action.toStdString() + ": " + sentence.toStdString());
    EXPECT_FALSE(sentence.isEmpty());
    EXPECT_FALSE(sentence.contains(action));
    EXPECT_FALSE(sentence.contains(QLatin1String("hanako")));
    EXPECT_FALSE(sentence.contains(QRegularExpression(QString::fromLatin1(R"(\d{4}-\d\d-\d\d)"))));
    EXPECT_FALSE(sentence.contains(QRegularExpression(QString::fromLatin1(R"(T\d\d:\d\d)"))));
    EXPECT_FALSE(sentence.contains(QLatin1String("UTC")));
    EXPECT_FALSE(sentence.contains(u'_')); // a status code such as request_sent
    EXPECT_TRUE(sentence.contains(QLatin1String("Hanako Yamada")));
}

} // namespace

TEST_F(AuditSentences, EveryActionTheCodeRecordsHasASentence)
{
    QStringList unknown;
    const QSet<QString> actions = recordedActions(&unknown);
    EXPECT_TRUE(unknown.isEmpty()) << unknown.join(u'\n').toStdString();
    EXPECT_GE(actions.size(), 37); // the actions known when this test was written
    for (const QString &action : actions) {
        EXPECT_TRUE(hasAuditSentence(action)) << action.toStdString();
        EXPECT_NE(auditActionLabel(action), action) << action.toStdString();
        expectReadable(auditSentence(entry(action, QStringLiteral("x 1"), {}, {}), someNames()),
                       action);
    }
}

TEST_F(AuditSentences, TellTheChangeWithNamesWordsAndLocalTimes)
{
    const AuditNames names = someNames();
    const auto say = [&](const QString &action, const QString &subject, const QString &before,
                         const QString &after) {
        const QString sentence = auditSentence(entry(action, subject, before, after), names);
        expectReadable(sentence, action);
        return sentence;
    };
    EXPECT_EQ(say(QStringLiteral("interviewee.status"), QStringLiteral("pipeline"),
                  QStringLiteral("request_sent"), QStringLiteral("accepted")),
              QStringLiteral("Hanako Yamada (Editor) changed Hina Sato's status from Request "
                             "sent to Accepted"));
    EXPECT_EQ(say(QStringLiteral("interview.booked"), QStringLiteral("interview 4"), {},
                  QStringLiteral("2025-05-28T01:00:00Z planned")),
              QStringLiteral("Hanako Yamada (Editor) booked an interview with Hina Sato for Wed "
                             "28 May, 10:00"));
    EXPECT_EQ(say(QStringLiteral("interview.moved"), QStringLiteral("interview 4"),
                  QStringLiteral("2025-05-28T01:00:00Z planned"),
                  QStringLiteral("2025-05-29T05:30:00Z planned")),
              QStringLiteral("Hanako Yamada (Editor) moved the interview with Hina Sato from Wed "
                             "28 May, 10:00 to Thu 29 May, 14:30"));
    const QString sent =
        say(QStringLiteral("review.sent"), QStringLiteral("round 1"), QStringLiteral("not_sent"),
            QStringLiteral("awaiting_response (3 item(s), email, due 2025-06-05)"));
    EXPECT_TRUE(sent.contains(QLatin1String("round 1"))) << sent.toStdString();
    EXPECT_TRUE(sent.contains(QLatin1String("Thu 5 Jun"))) << sent.toStdString();
    EXPECT_FALSE(sent.contains(QLatin1String("item(s)"))) << sent.toStdString();
    EXPECT_EQ(say(QStringLiteral("category.moved"), QStringLiteral("category 3"),
                  QStringLiteral("0"), QStringLiteral("2")),
              QStringLiteral("Hanako Yamada (Editor) moved the category “Universities” from "
                             "place 1 to place 3"));
    EXPECT_EQ(say(QStringLiteral("interviewee.edited"), QStringLiteral("interviewee 12"), {},
                  QStringLiteral("name, contact")),
              QStringLiteral("Hanako Yamada (Editor) changed Hina Sato's name, contact details"));
}

TEST_F(AuditSentences, DatesInJapaneseFollowTheDisplayZone)
{
    i18n::install(QStringLiteral("ja"));
    const QString sentence =
        auditSentence(entry(QStringLiteral("interview.booked"), QStringLiteral("interview 4"), {},
                            QStringLiteral("2025-05-28T01:00:00Z planned")),
                      someNames());
    EXPECT_TRUE(sentence.contains(QStringLiteral("5月28日（水）10:00"))) << sentence.toStdString();
    EXPECT_FALSE(sentence.contains(QLatin1String("01:00"))) << sentence.toStdString();
}

TEST_F(AuditSentences, WhatTheServicesWriteReadsAsSentences)
{
    test::TestWorkspace ws;
    if (ws->isOnServer())
        GTEST_SKIP() << "on the team server each person logs in as themselves (no --as)";
    User hanako;
    hanako.login = QStringLiteral("hanako");
    hanako.displayName = QStringLiteral("Hanako Yamada");
    hanako.role = Role::Editor;
    ASSERT_TRUE(ws->addUser(hanako));
    ASSERT_TRUE(ws->setActor(QStringLiteral("hanako")));
    auto person = ws->roster().add(1, test::someone());
    ASSERT_TRUE(person);
    Booking booking;
    booking.intervieweeId = person->id;
    booking.start = QDateTime(QDate(2025, 5, 28), QTime(1, 0), Qt::UTC);
    auto booked = ws->scheduling().book(booking);
    ASSERT_TRUE(booked) << booked.error().untranslatedMessage().toStdString();

    AuditNames names;
    auto users = ws->users();
    ASSERT_TRUE(users);
    for (const User &u : *users)
        names.users.insert(u.login, u);
    names.people.insert(person->id, person->data.fullName());
    auto entries = ws->audit().list({});
    ASSERT_TRUE(entries);
    QStringList told;
    for (const AuditEntry &e : *entries) {
        if (e.actor == QLatin1String("hanako"))
            told.append(auditSentence(e, names));
    }
    EXPECT_TRUE(told.contains(QStringLiteral("Hanako Yamada (Editor) booked an interview with "
                                             "山田 太郎 for Wed 28 May, 10:00")))
        << told.join(u'\n').toStdString();
    for (const QString &sentence : told) {
        EXPECT_FALSE(sentence.contains(QLatin1String("hanako"))) << sentence.toStdString();
        EXPECT_FALSE(sentence.contains(u'_')) << sentence.toStdString();
    }
}

// A log filtered to one campaign names its people from that campaign's roster alone (the
// archive's whole roster is not read for it); unfiltered, from every campaign's.
TEST_F(AuditSentences, ACampaignsLogNamesItsPeopleFromItsOwnRoster)
{
    test::TestWorkspace ws;
    auto person = ws->roster().add(1, test::someone());
    ASSERT_TRUE(person);
    const AuditNames all = ws->audit().names();
    const AuditNames own = ws->audit().names(1);
    const AuditNames other = ws->audit().names(99);
    EXPECT_EQ(all.people.value(person->id), person->data.fullName());
    EXPECT_EQ(own.people.value(person->id), person->data.fullName());
    EXPECT_FALSE(other.people.contains(person->id));
    // Campaigns and users are named either way.
    EXPECT_EQ(other.campaigns.value(1), all.campaigns.value(1));
    EXPECT_FALSE(other.campaigns.value(1).isEmpty());

    AuditFilter filter;
    filter.campaignId = 1;
    auto entries = ws->audit().list(filter);
    ASSERT_TRUE(entries);
    QStringList told;
    for (const AuditEntry &e : *entries)
        told.append(auditSentence(e, own));
    EXPECT_TRUE(told.join(u'\n').contains(QStringLiteral("山田 太郎")))
        << told.join(u'\n').toStdString();
}
