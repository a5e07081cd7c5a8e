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

    Statement questions(
        m_db, QStringLiteral("SELECT q.category_id, q.id, q.position, q.text FROM questions q "
                             "JOIN categories c ON c.id = q.category_id "
                             "WHERE c.campaign_id = ? ORDER BY q.category_id, q.position"));
    questions.bind(id);
    if (auto r = questions.exec(); !r)
        return r.error();
    while (questions.next()) {
        const Id categoryId = questions.integer(0);
        for (Category &cat : c.categories) {
            if (cat.id == categoryId)
                cat.questions.append(
                    Question{questions.integer(1), int(questions.integer(2)), questions.text(3)});
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

Result<Id> CampaignRepository::insert(const Campaign &c)
{
    const QString now = sv::timestamp(m_db.clock().now());
    Id campaignId = 0;
    auto done = m_db.transact([&]() -> VoidResult {
        Statement q(m_db,
                    QStringLiteral("INSERT INTO campaigns (title, publication, publication_date, "
                                   "window_start, window_end, interview_minutes, modes, time_zone, "
                                   "editor_name, editor_email, editor_phone, website, created_at, "
                                   "updated_at, buffer_minutes, follow_up_days, "
                                   "review_margin_days, letter_heading_mark, letter_list_mark, "
                                   "tentative_slots) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?)"));
        q.bindAll(c.title, c.publication, sv::date(c.publicationDate), sv::date(c.windowStart),
                  sv::date(c.windowEnd), c.interviewMinutes, sv::modes(c.modes), c.timeZone,
                  c.editorName, c.editorEmail, c.editorPhone, c.website, now, now, c.bufferMinutes,
                  c.followUpDays, c.reviewMarginDays, c.letterHeadingMark, c.letterListMark,
                  toCode(c.tentativeSlots));
        if (auto r = q.exec(); !r)
            return r;
        campaignId = q.lastInsertId();

        int position = 0;
        for (Attribution a : c.attributionOptions) {
            Statement o(m_db, QStringLiteral("INSERT INTO campaign_attribution_options "
                                             "(campaign_id, position, attribution) "
                                             "VALUES (?, ?, ?)"));
            o.bindAll(campaignId, ++position, toCode(a));
            if (auto r = o.exec(); !r)
                return r;
        }
        int categoryPosition = 0;
        for (const Category &cat : c.categories) {
            Statement k(m_db, QStringLiteral("INSERT INTO categories (campaign_id, position, "
                                             "code, name, organisation_honorific, "
                                             "person_honorific) VALUES (?, ?, ?, ?, ?, ?)"));
            k.bindAll(campaignId, ++categoryPosition, cat.code, cat.name, cat.organisationHonorific,
                      cat.personHonorific);
            if (auto r = k.exec(); !r)
                return r;
            const Id categoryId = k.lastInsertId();
            int questionPosition = 0;
            for (const Question &question : cat.questions) {
                Statement qq(m_db, QStringLiteral("INSERT INTO questions (category_id, position, "
                                                  "text) VALUES (?, ?, ?)"));
                qq.bindAll(categoryId, ++questionPosition, question.text);
                if (auto r = qq.exec(); !r)
                    return r;
            }
        }
        for (const AvailabilityWindow &w : c.windows) {
            Statement a(m_db, QStringLiteral("INSERT INTO availability_windows (campaign_id, day, "
                                             "start_time, end_time, note) VALUES (?, ?, ?, ?, ?)"));
            a.bindAll(campaignId, sv::date(w.day), sv::time(w.start), sv::time(w.end), w.note);
            if (auto r = a.exec(); !r)
                return r;
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
    // With an id: put back a removed window under its old id (undo).
    Statement q(m_db, QStringLiteral("INSERT INTO availability_windows (id, campaign_id, day, "
                                     "start_time, end_time, note) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(w.id ? QVariant(w.id) : QVariant());
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

} // namespace shuzai
