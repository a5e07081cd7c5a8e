#include "campaignrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace sv = sqlvalues;

namespace {
const QString kColumns = QStringLiteral(
    "id, title, publication, publication_date, window_start, window_end, interview_minutes, "
    "modes, time_zone, editor_name, editor_email, editor_phone, website, version, "
    "buffer_minutes, follow_up_days, review_margin_days, letter_heading_mark, letter_list_mark, "
    "tentative_slots, archived_at");

Error campaignNotFound(Id id)
{
    return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no campaign %1."),
                 {QString::number(id)});
}
} // namespace

Result<Campaign> CampaignRepository::readRow(Statement &q)
{
    Campaign c;
    c.id = q.integer(0);
    c.title = q.text(1);
    c.publication = q.text(2);
    c.publicationDate = sv::toDate(q.text(3));
    c.windowStart = sv::toDate(q.text(4));
    c.windowEnd = sv::toDate(q.text(5));
    c.interviewMinutes = int(q.integer(6));
    c.modes = sv::toModes(q.text(7));
    c.timeZone = q.text(8);
    c.editorName = q.text(9);
    c.editorEmail = q.text(10);
    c.editorPhone = q.text(11);
    c.website = q.text(12);
    c.version = int(q.integer(13));
    c.bufferMinutes = int(q.integer(14));
    c.followUpDays = int(q.integer(15));
    c.reviewMarginDays = int(q.integer(16));
    c.letterHeadingMark = q.text(17);
    c.letterListMark = q.text(18);
    c.tentativeSlots = tentativeSlotsFromCode(q.text(19)).value_or(TentativeSlots::Mark);
    if (const QString archived = q.text(20); !archived.isEmpty())
        c.archivedAt = sv::toTimestamp(archived);
    return c;
}

Result<QList<Campaign>> CampaignRepository::list()
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM campaigns ORDER BY publication_date DESC, id")
                          .arg(kColumns));
    if (auto r = q.exec(); !r)
        return r.error();
    QList<Campaign> out;
    while (q.next())
        out.append(*readRow(q));
    return out;
}

Result<Campaign> CampaignRepository::load(Id id)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM campaigns WHERE id = ?").arg(kColumns));
    q.bind(id);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return campaignNotFound(id);
    Campaign c = *readRow(q);

    Statement options(m_db, QStringLiteral("SELECT attribution FROM campaign_attribution_options "
                                           "WHERE campaign_id = ? ORDER BY position"));
    options.bind(id);
    if (auto r = options.exec(); !r)
        return r.error();
    while (options.next()) {
        if (auto a = attributionFromCode(options.text(0)))
            c.attributionOptions.append(*a);
    }

    Statement cats(m_db, QStringLiteral("SELECT id, code, name, position, organisation_honorific, "
                                        "person_honorific FROM categories "
                                        "WHERE campaign_id = ? ORDER BY position, id"));
    cats.bind(id);
    if (auto r = cats.exec(); !r)
        return r.error();
    while (cats.next()) {
        Category category;
        category.id = cats.integer(0);
        category.code = cats.text(1);
        category.name = cats.text(2);
        category.position = int(cats.integer(3));
        category.organisationHonorific = cats.text(4);
        category.personHonorific = cats.text(5);
        c.categories.append(category);
    }

    // A removed template question is listed only while answers are linked to it: for anyone
    // else it is gone.
    Statement questions(m_db, QStringLiteral("SELECT q.category_id, q.id, q.position, q.text, "
                                             "q.removed_at, q.removed_after FROM questions q "
                                             "JOIN categories c ON c.id = q.category_id "
                                             "WHERE c.campaign_id = ? AND (q.removed_at IS NULL OR "
                                             "EXISTS (SELECT 1 FROM answer_links l WHERE "
                                             "l.question_id = q.id)) "
                                             "ORDER BY q.category_id, q.position, q.id"));
    questions.bind(id);
    if (auto r = questions.exec(); !r)
        return r.error();
    while (questions.next()) {
        const Id categoryId = questions.integer(0);
        Question question{questions.integer(1), int(questions.integer(2)), questions.text(3)};
        if (const QString removed = questions.text(4); !removed.isEmpty()) {
            question.removedAt = sv::toTimestamp(removed);
            question.removedAfter = int(questions.integer(5));
        }
        for (Category &cat : c.categories) {
            if (cat.id != categoryId)
                continue;
            if (question.removedAt.isValid())
                cat.removedQuestions.append(question);
            else
                cat.questions.append(question);
        }
    }

    Statement windows(m_db, QStringLiteral("SELECT id, day, start_time, end_time, note "
                                           "FROM availability_windows WHERE campaign_id = ? "
                                           "ORDER BY day, start_time"));
    windows.bind(id);
    if (auto r = windows.exec(); !r)
        return r.error();
    while (windows.next()) {
        c.windows.append(AvailabilityWindow{windows.integer(0), sv::toDate(windows.text(1)),
                                            sv::toTime(windows.text(2)),
                                            sv::toTime(windows.text(3)), windows.text(4)});
    }
    return c;
}

Result<Id> CampaignRepository::insert(const Campaign &c, bool sameIds)
{
    const QString now = sv::timestamp(m_db.clock().now());
    Id campaignId = 0;
    auto done = m_db.transact([&]() -> VoidResult {
        // An explicit NULL id is refused by PostgreSQL's identity columns: name the id only
        // when putting a campaign back.
        const bool withId = sameIds && c.id;
        Statement q(m_db,
                    QStringLiteral("INSERT INTO campaigns (%1title, publication, "
                                   "publication_date, "
                                   "window_start, window_end, interview_minutes, modes, time_zone, "
                                   "editor_name, editor_email, editor_phone, website, created_at, "
                                   "updated_at, buffer_minutes, follow_up_days, "
                                   "review_margin_days, letter_heading_mark, letter_list_mark, "
                                   "tentative_slots, archived_at) "
                                   "VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?)")
                        .arg(withId ? QStringLiteral("id, ") : QString(),
                             withId ? QStringLiteral("?, ") : QString()));
        if (withId)
            q.bind(c.id);
        q.bindAll(c.title, c.publication, sv::date(c.publicationDate), sv::date(c.windowStart),
                  sv::date(c.windowEnd), c.interviewMinutes, sv::modes(c.modes), c.timeZone,
                  c.editorName, c.editorEmail, c.editorPhone, c.website, now, now, c.bufferMinutes,
                  c.followUpDays, c.reviewMarginDays, c.letterHeadingMark, c.letterListMark,
                  toCode(c.tentativeSlots));
        q.bind(sameIds && c.archived() ? QVariant(sv::timestamp(c.archivedAt)) : QVariant());
        if (auto r = q.exec(); !r)
            return r;
        campaignId = withId ? c.id : q.lastInsertId();

        int position = 0;
        for (Attribution a : c.attributionOptions) {
            Statement o(m_db, QStringLiteral("INSERT INTO campaign_attribution_options "
                                             "(campaign_id, position, attribution) "
                                             "VALUES (?, ?, ?)"));
            o.bindAll(campaignId, ++position, toCode(a));
            if (auto r = o.exec(); !r)
                return r;
        }
        for (Category cat : c.categories) {
            if (!sameIds) {
                cat.id = 0;
                cat.removedQuestions.clear();
                for (Question &question : cat.questions)
                    question.id = 0;
            }
            if (auto r = insertCategory(campaignId, cat); !r)
                return r.error();
        }
        for (AvailabilityWindow w : c.windows) {
            if (!sameIds)
                w.id = 0;
            if (auto r = addWindow(campaignId, w); !r)
                return r.error();
        }
        return {};
    });
    if (!done)
        return done.error();
    return campaignId;
}

Result<int> CampaignRepository::updateSettings(Id id, const CampaignSettings &s,
                                               int expectedVersion)
{
    Statement q(m_db, QStringLiteral(
                          "UPDATE campaigns SET title = ?, publication = ?, publication_date = ?, "
                          "window_start = ?, window_end = ?, interview_minutes = ?, modes = ?, "
                          "time_zone = ?, editor_name = ?, editor_email = ?, editor_phone = ?, "
                          "website = ?, buffer_minutes = ?, follow_up_days = ?, "
                          "review_margin_days = ?, letter_heading_mark = ?, "
                          "letter_list_mark = ?, tentative_slots = ?, version = version + 1, "
                          "updated_at = ? "
                          "WHERE id = ? AND version = ?"));
    q.bindAll(s.title, s.publication, sv::date(s.publicationDate), sv::date(s.windowStart),
              sv::date(s.windowEnd), s.interviewMinutes, sv::modes(s.modes), s.timeZone,
              s.editorName, s.editorEmail, s.editorPhone, s.website, s.bufferMinutes,
              s.followUpDays, s.reviewMarginDays, s.letterHeadingMark, s.letterListMark,
              toCode(s.tentativeSlots), sv::timestamp(m_db.clock().now()), id, expectedVersion);
    if (auto r = q.exec(); !r)
        return r.error();
    if (q.rowsAffected() == 0) {
        Statement exists(m_db, QStringLiteral("SELECT version FROM campaigns WHERE id = ?"));
        exists.bind(id);
        if (auto r = exists.exec(); !r)
            return r.error();
        if (!exists.next())
            return campaignNotFound(id);
        return Error(ErrorCode::Conflict,
                     QT_TRANSLATE_NOOP("Error", "The campaign was changed by someone else in the "
                                                "meantime. Reload it and apply your change "
                                                "again."));
    }
    return expectedVersion + 1;
}

Result<Id> CampaignRepository::addWindow(Id campaignId, const AvailabilityWindow &w)
{
    // With an id: put back a removed window under its old id (undo). (PostgreSQL refuses an
    // explicit NULL id, so the id is named only when there is one.)
    Statement q(m_db, QStringLiteral("INSERT INTO availability_windows (%1campaign_id, day, "
                                     "start_time, end_time, note) VALUES (%2?, ?, ?, ?, ?)")
                          .arg(w.id ? QStringLiteral("id, ") : QString(),
                               w.id ? QStringLiteral("?, ") : QString()));
    if (w.id)
        q.bind(w.id);
    q.bindAll(campaignId, sv::date(w.day), sv::time(w.start), sv::time(w.end), w.note);
    if (auto r = q.exec(); !r)
        return r.error();
    return w.id ? w.id : q.lastInsertId();
}

VoidResult CampaignRepository::removeWindow(Id campaignId, Id windowId)
{
    Statement q(m_db, QStringLiteral("DELETE FROM availability_windows WHERE id = ? AND "
                                     "campaign_id = ?"));
    q.bindAll(windowId, campaignId);
    if (auto r = q.exec(); !r)
        return r;
    if (q.rowsAffected() == 0) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Error", "The campaign has no candidate time %1."),
                     {QString::number(windowId)});
    }
    return {};
}

VoidResult CampaignRepository::setArchivedAt(Id id, const QDateTime &at)
{
    Statement q(m_db, QStringLiteral("UPDATE campaigns SET archived_at = ?, version = version + 1, "
                                     "updated_at = ? WHERE id = ?"));
    q.bind(at.isValid() ? QVariant(sv::timestamp(at)) : QVariant());
    q.bindAll(sv::timestamp(m_db.clock().now()), id);
    if (auto r = q.exec(); !r)
        return r;
    if (q.rowsAffected() == 0)
        return campaignNotFound(id);
    return {};
}

VoidResult CampaignRepository::touch(Id id)
{
    Statement q(m_db, QStringLiteral("UPDATE campaigns SET updated_at = ? WHERE id = ?"));
    q.bindAll(sv::timestamp(m_db.clock().now()), id);
    return q.exec();
}

Result<int> CampaignRepository::peopleCount(Id campaignId)
{
    Statement q(m_db, QStringLiteral("SELECT COUNT(*) FROM interviewees WHERE campaign_id = ?"));
    q.bind(campaignId);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? int(q.integer(0)) : 0;
}

VoidResult CampaignRepository::remove(Id id)
{
    // Children first: the engines need not cascade in the same order.
    for (const char *sql :
         {"DELETE FROM questions WHERE category_id IN (SELECT id FROM categories WHERE "
          "campaign_id = ?)",
          "DELETE FROM categories WHERE campaign_id = ?",
          "DELETE FROM availability_windows WHERE campaign_id = ?",
          "DELETE FROM campaign_attribution_options WHERE campaign_id = ?",
          "DELETE FROM letter_templates WHERE campaign_id = ?",
          "DELETE FROM campaigns WHERE id = ?"}) {
        Statement q(m_db, QString::fromLatin1(sql));
        q.bind(id);
        if (auto r = q.exec(); !r)
            return r;
    }
    return {};
}

Result<QMap<QString, QString>> CampaignRepository::letterTemplates(Id campaignId)
{
    Statement q(m_db, QStringLiteral("SELECT language, body FROM letter_templates WHERE "
                                     "campaign_id = ? ORDER BY language"));
    q.bind(campaignId);
    if (auto r = q.exec(); !r)
        return r.error();
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.text(0), q.text(1));
    return out;
}

VoidResult CampaignRepository::putLetterTemplate(Id campaignId, const QString &language,
                                                 const QString &body)
{
    Statement q(m_db, QStringLiteral("INSERT INTO letter_templates (campaign_id, language, body, "
                                     "updated_at) VALUES (?, ?, ?, ?)"));
    q.bindAll(campaignId, language, body, sv::timestamp(m_db.clock().now()));
    return q.exec();
}

Result<Id> CampaignRepository::idOf(const QString &sql, Id key)
{
    Statement q(m_db, sql);
    q.bind(key);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? q.integer(0) : Id(0);
}

Result<Id> CampaignRepository::campaignOfInterviewee(Id intervieweeId)
{
    return idOf(QStringLiteral("SELECT campaign_id FROM interviewees WHERE id = ?"), intervieweeId);
}

Result<Id> CampaignRepository::campaignOfInterview(Id interviewId)
{
    return idOf(QStringLiteral("SELECT p.campaign_id FROM interviews v JOIN interviewees p ON "
                               "p.id = v.interviewee_id WHERE v.id = ?"),
                interviewId);
}

Result<Id> CampaignRepository::campaignOfCategory(Id categoryId)
{
    return idOf(QStringLiteral("SELECT campaign_id FROM categories WHERE id = ?"), categoryId);
}

Result<Id> CampaignRepository::categoryOfQuestion(Id questionId)
{
    return idOf(QStringLiteral("SELECT category_id FROM questions WHERE id = ?"), questionId);
}

} // namespace shuzai
