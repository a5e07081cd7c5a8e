#include "intervieweerepository.h"

#include "database.h"
#include "foldedtext.h"
#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace sv = sqlvalues;

namespace {
const QString kColumns = QStringLiteral(
    "id, campaign_id, category_id, family_name, given_name, family_reading, given_reading, "
    "organisation, department, job_title, email, phone, attribution, status, notes, version, "
    "created_at, updated_at, time_zone, alias");

QString emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

void readRow(const Statement &q, Interviewee &i)
{
    i.id = q.integer(0);
    i.campaignId = q.integer(1);
    IntervieweeData &d = i.data;
    d.categoryId = q.integer(2);
    d.familyName = q.text(3);
    d.givenName = q.text(4);
    d.familyReading = q.text(5);
    d.givenReading = q.text(6);
    d.organisation = q.text(7);
    d.department = q.text(8);
    d.jobTitle = q.text(9);
    d.email = q.text(10);
    d.phone = q.text(11);
    d.attribution = attributionFromCode(q.text(12)).value_or(Attribution::Undecided);
    d.status = statusFromCode(q.text(13)).value_or(PipelineStatus::NotContacted);
    d.notes = q.text(14);
    i.version = int(q.integer(15));
    i.createdAt = sv::toTimestamp(q.text(16));
    i.updatedAt = sv::toTimestamp(q.text(17));
    d.timeZone = q.text(18);
    d.alias = q.text(19);
}

Interviewee readRow(const Statement &q)
{
    Interviewee i;
    readRow(q, i);
    return i;
}

// Every row of a query, read in place: a campaign's roster runs to thousands of people, and
// moving each one into a growing list took as long as reading it.
Result<QList<Interviewee>> readAll(Statement &q, qint64 expected)
{
    if (auto r = q.exec(); !r)
        return r.error();
    QList<Interviewee> out;
    out.reserve(expected);
    while (q.next())
        readRow(q, out.emplaceBack());
    return out;
}

Error notFound(Id id)
{
    return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no interviewee %1."),
                 {QString::number(id)});
}
} // namespace

Result<QList<Interviewee>> IntervieweeRepository::list(Id campaignId)
{
    Statement q(m_db,
                QStringLiteral("SELECT %1 FROM interviewees WHERE campaign_id = ? ORDER BY id")
                    .arg(kColumns));
    q.bind(campaignId);
    auto people = count(campaignId);
    if (!people)
        return people.error();
    return readAll(q, *people);
}

Result<qint64> IntervieweeRepository::count(Id campaignId)
{
    Statement q(m_db, QStringLiteral("SELECT COUNT(*) FROM interviewees WHERE campaign_id = ?"));
    q.bind(campaignId);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? q.integer(0) : 0;
}

Result<QList<Interviewee>> IntervieweeRepository::listWithStatus(Id campaignId,
                                                                 PipelineStatus status)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM interviewees WHERE campaign_id = ? "
                                     "AND status = ? ORDER BY id")
                          .arg(kColumns));
    q.bindAll(campaignId, toCode(status));
    return readAll(q, 0);
}

Result<Interviewee> IntervieweeRepository::load(Id id)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM interviewees WHERE id = ?").arg(kColumns));
    q.bind(id);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return notFound(id);
    return readRow(q);
}

Result<Id> IntervieweeRepository::findByEmail(Id campaignId, const QString &email, Id excludeId)
{
    // "email_key <> ''" word for word as the index's own condition: only then may SQLite use
    // that partial index, else it read the whole campaign's roster on every add and edit.
    Statement q(m_db, QStringLiteral("SELECT id FROM interviewees WHERE campaign_id = ? "
                                     "AND email_key = ? AND email_key <> '' AND id <> ?"));
    q.bindAll(campaignId, emailKey(email), excludeId);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? q.integer(0) : Id(0);
}

Result<Id> IntervieweeRepository::insert(Id campaignId, const IntervieweeData &d)
{
    const QString now = sv::timestamp(m_db.clock().now());
    Statement q(
        m_db, QStringLiteral("INSERT INTO interviewees (campaign_id, category_id, family_name, "
                             "given_name, family_reading, given_reading, organisation, department, "
                             "job_title, email, email_key, phone, attribution, status, notes, "
                             "created_at, updated_at, time_zone, alias) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll(campaignId, d.categoryId, d.familyName, d.givenName, d.familyReading, d.givenReading,
              d.organisation, d.department, d.jobTitle, d.email, emailKey(d.email), d.phone,
              toCode(d.attribution), toCode(d.status), d.notes, now, now, d.timeZone, d.alias);
    if (auto r = q.exec(); !r)
        return r.error();
    const Id id = q.lastInsertId();
    if (auto r = foldedtext::keepNote(m_db, id, d.notes); !r)
        return r.error();
    return id;
}

VoidResult IntervieweeRepository::restore(const Interviewee &i)
{
    const IntervieweeData &d = i.data;
    Statement q(
        m_db,
        QStringLiteral("INSERT INTO interviewees (id, campaign_id, category_id, family_name, "
                       "given_name, family_reading, given_reading, organisation, department, "
                       "job_title, email, email_key, phone, attribution, status, notes, "
                       "version, created_at, updated_at, time_zone, alias) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll(i.id, i.campaignId, d.categoryId, d.familyName, d.givenName, d.familyReading,
              d.givenReading, d.organisation, d.department, d.jobTitle, d.email, emailKey(d.email),
              d.phone, toCode(d.attribution), toCode(d.status), d.notes, i.version + 1,
              sv::timestamp(i.createdAt), sv::timestamp(m_db.clock().now()), d.timeZone, d.alias);
    if (auto r = q.exec(); !r)
        return r;
    return foldedtext::keepNote(m_db, i.id, d.notes);
}

Error IntervieweeRepository::staleVersion(Id id)
{
    auto current = load(id);
    if (!current)
        return current.error();
    return Error(ErrorCode::Conflict,
                 QT_TRANSLATE_NOOP("Error", "%1 was changed by someone else in the meantime. "
                                            "Reload and apply your change again."),
                 {current->data.fullName()});
}

Result<int> IntervieweeRepository::updateStatus(Id id, PipelineStatus status, int expectedVersion)
{
    Statement q(m_db, QStringLiteral("UPDATE interviewees SET status = ?, version = version + 1, "
                                     "updated_at = ? WHERE id = ? AND version = ?"));
    q.bindAll(toCode(status), sv::timestamp(m_db.clock().now()), id, expectedVersion);
    if (auto r = q.exec(); !r)
        return r.error();
    if (q.rowsAffected() == 0)
        return staleVersion(id);
    return expectedVersion + 1;
}

Result<int> IntervieweeRepository::update(Id id, const IntervieweeData &d, int expectedVersion)
{
    Statement q(m_db,
                QStringLiteral("UPDATE interviewees SET category_id = ?, family_name = ?, "
                               "given_name = ?, family_reading = ?, given_reading = ?, "
                               "organisation = ?, department = ?, job_title = ?, email = ?, "
                               "email_key = ?, phone = ?, attribution = ?, status = ?, notes = ?, "
                               "time_zone = ?, alias = ?, version = version + 1, updated_at = ? "
                               "WHERE id = ? AND version = ?"));
    q.bindAll(d.categoryId, d.familyName, d.givenName, d.familyReading, d.givenReading,
              d.organisation, d.department, d.jobTitle, d.email, emailKey(d.email), d.phone,
              toCode(d.attribution), toCode(d.status), d.notes, d.timeZone, d.alias,
              sv::timestamp(m_db.clock().now()), id, expectedVersion);
    if (auto r = q.exec(); !r)
        return r.error();
    if (q.rowsAffected() == 0)
        return staleVersion(id);
    if (auto r = foldedtext::keepNote(m_db, id, d.notes); !r)
        return r.error();
    return expectedVersion + 1;
}

VoidResult IntervieweeRepository::remove(Id id)
{
    Statement q(m_db, QStringLiteral("DELETE FROM interviewees WHERE id = ?"));
    q.bind(id);
    if (auto r = q.exec(); !r)
        return r;
    if (q.rowsAffected() == 0)
        return notFound(id);
    return {};
}

namespace {
QuestionCustomisation readCustomisation(Statement &q)
{
    QuestionCustomisation c;
    c.id = q.integer(0);
    c.kind = customisationKindFromCode(q.text(1)).value_or(QuestionCustomisation::Kind::Add);
    c.questionId = q.integer(2);
    c.text = q.text(3);
    c.afterPosition = int(q.integer(4));
    return c;
}
} // namespace

Result<QList<QuestionCustomisation>> IntervieweeRepository::customisations(Id intervieweeId)
{
    Statement q(m_db, QStringLiteral("SELECT id, kind, COALESCE(question_id, 0), text, "
                                     "after_position FROM question_customisations "
                                     "WHERE interviewee_id = ? ORDER BY id"));
    q.bind(intervieweeId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<QuestionCustomisation> out;
    while (q.next())
        out.append(readCustomisation(q));
    return out;
}

Result<QHash<Id, QList<QuestionCustomisation>>>
IntervieweeRepository::customisationsInCampaign(Id campaignId)
{
    Statement q(m_db, QStringLiteral("SELECT c.id, c.kind, COALESCE(c.question_id, 0), c.text, "
                                     "c.after_position, c.interviewee_id "
                                     "FROM question_customisations c "
                                     "JOIN interviewees p ON p.id = c.interviewee_id "
                                     "WHERE p.campaign_id = ? ORDER BY c.id"));
    q.bind(campaignId);
    if (auto r = q.exec(); !r)
        return r.error();
    QHash<Id, QList<QuestionCustomisation>> out;
    while (q.next())
        out[q.integer(5)].append(readCustomisation(q));
    return out;
}

Result<Id> IntervieweeRepository::addCustomisation(Id intervieweeId, const QuestionCustomisation &c)
{
    const bool keepId = c.id != 0;
    Statement q(m_db, keepId ? QStringLiteral("INSERT INTO question_customisations (id, "
                                              "interviewee_id, kind, question_id, text, "
                                              "after_position) VALUES (?, ?, ?, ?, ?, ?)")
                             : QStringLiteral("INSERT INTO question_customisations ("
                                              "interviewee_id, kind, question_id, text, "
                                              "after_position) VALUES (?, ?, ?, ?, ?)"));
    if (keepId)
        q.bind(c.id);
    q.bindAll(intervieweeId, toCode(c.kind));
    q.bind(c.kind == QuestionCustomisation::Kind::Add ? QVariant() : QVariant(c.questionId));
    q.bindAll(c.text, c.afterPosition);
    if (auto r = q.exec(); !r)
        return r.error();
    return keepId ? c.id : q.lastInsertId();
}

VoidResult IntervieweeRepository::removeCustomisation(Id intervieweeId, Id customisationId)
{
    Statement q(m_db, QStringLiteral("DELETE FROM question_customisations "
                                     "WHERE id = ? AND interviewee_id = ?"));
    q.bindAll(customisationId, intervieweeId);
    return q.exec();
}

Result<int> IntervieweeRepository::countInterviews(Id intervieweeId)
{
    Statement q(m_db, QStringLiteral("SELECT COUNT(*) FROM interviews WHERE interviewee_id = ?"));
    q.bind(intervieweeId);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? int(q.integer(0)) : 0;
}

} // namespace shuzai
