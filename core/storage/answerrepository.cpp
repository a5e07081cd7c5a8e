#include "answerrepository.h"

#include "database.h"
#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace {
// Segment -> transcript -> interview -> interviewee, the path every excerpt needs.
const QString kExcerptColumns = QStringLiteral(
    "s.id, s.transcript_id, t.interview_id, i.interviewee_id, s.position, s.speaker, "
    "COALESCE(s.start_ms, -1), s.text");
const QString kExcerptJoins = QStringLiteral("JOIN transcript_segments s ON s.id = x.segment_id "
                                             "JOIN transcripts t ON t.id = s.transcript_id "
                                             "JOIN interviews i ON i.id = t.interview_id "
                                             "JOIN interviewees p ON p.id = i.interviewee_id ");

Excerpt readExcerpt(const Statement &q, int first)
{
    return Excerpt{q.integer(first),     q.integer(first + 1),      q.integer(first + 2),
                   q.integer(first + 3), int(q.integer(first + 4)), q.text(first + 5),
                   q.integer(first + 6), q.text(first + 7)};
}

QVariant optionalId(Id id)
{
    return id != 0 ? QVariant(id) : QVariant();
}
} // namespace

Result<Excerpt> AnswerRepository::excerpt(Id segmentId)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM (SELECT CAST(? AS BIGINT) AS segment_id) x %2")
                          .arg(kExcerptColumns, kExcerptJoins));
    q.bind(segmentId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next()) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Error", "There is no transcript segment %1."),
                     {QString::number(segmentId)});
    }
    return readExcerpt(q, 0);
}

Result<Id> AnswerRepository::link(Id segmentId, Id questionId, Id customisationId, Id createdBy)
{
    Statement q(m_db, QStringLiteral("INSERT INTO answer_links (segment_id, question_id, "
                                     "customisation_id, created_at, created_by) "
                                     "VALUES (?, ?, ?, ?, ?)"));
    q.bind(segmentId);
    q.bind(optionalId(questionId));
    q.bind(optionalId(customisationId));
    q.bind(sqlvalues::timestamp(m_db.clock().now()));
    q.bind(optionalId(createdBy));
    if (auto r = q.exec(); !r)
        return r.error();
    return q.lastInsertId();
}

Result<bool> AnswerRepository::unlink(Id segmentId, Id questionId, Id customisationId)
{
    Statement q(m_db, QStringLiteral("DELETE FROM answer_links WHERE segment_id = ? AND "
                                     "COALESCE(question_id, 0) = ? AND "
                                     "COALESCE(customisation_id, 0) = ?"));
    q.bindAll(segmentId, questionId, customisationId);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.rowsAffected() > 0;
}

namespace {
const QString kLinkColumns =
    QStringLiteral("x.id, COALESCE(x.question_id, 0), COALESCE(x.customisation_id, 0), ");

Result<QList<AnswerLink>> readAllLinks(Statement &q)
{
    if (auto r = q.exec(); !r)
        return r.error();
    QList<AnswerLink> out;
    while (q.next())
        out.append(AnswerLink{q.integer(0), q.integer(1), q.integer(2), readExcerpt(q, 3)});
    return out;
}

// The links chosen by `where` (one ? bound to `id`), in `order`.
Result<QList<AnswerLink>> readLinks(Database &db, const char *whereAndOrder, Id id)
{
    Statement q(
        db, QStringLiteral("SELECT %1 %2 FROM answer_links x %3 %4")
                .arg(kLinkColumns, kExcerptColumns, kExcerptJoins, QLatin1String(whereAndOrder)));
    q.bind(id);
    return readAllLinks(q);
}
} // namespace

Result<QList<AnswerLink>> AnswerRepository::linksForCampaign(Id campaignId)
{
    // Driven from the links, not from the campaign's segments: each transcript's segment ids
    // are a range, and the links in it are found in the links' own index. Joined from the
    // campaign, every segment of every transcript was visited to find the few linked (at L a
    // quarter of a second for the answer matrix). CROSS JOIN keeps SQLite to that order; the
    // conditions are in WHERE so PostgreSQL reads the same text.
    Statement q(m_db, QStringLiteral(
                          "WITH ranges AS MATERIALIZED (SELECT t.id AS transcript_id, "
                          "(SELECT MIN(id) FROM transcript_segments WHERE transcript_id = t.id) "
                          "AS lo, (SELECT MAX(id) FROM transcript_segments WHERE transcript_id = "
                          "t.id) AS hi FROM transcripts t "
                          "JOIN interviews i ON i.id = t.interview_id "
                          "JOIN interviewees p ON p.id = i.interviewee_id WHERE p.campaign_id = ?) "
                          "SELECT %1 %2 FROM ranges r CROSS JOIN answer_links x "
                          "CROSS JOIN transcript_segments s "
                          "JOIN transcripts t ON t.id = s.transcript_id "
                          "JOIN interviews i ON i.id = t.interview_id "
                          "JOIN interviewees p ON p.id = i.interviewee_id "
                          "WHERE x.segment_id BETWEEN r.lo AND r.hi AND s.id = x.segment_id "
                          "AND s.transcript_id = r.transcript_id "
                          "ORDER BY t.interview_id, s.position")
                          .arg(kLinkColumns, kExcerptColumns));
    q.bind(campaignId);
    return readAllLinks(q);
}

Result<QList<AnswerLink>> AnswerRepository::linksForInterviewee(Id intervieweeId)
{
    return readLinks(m_db, "WHERE i.interviewee_id = ? ORDER BY t.interview_id, s.position",
                     intervieweeId);
}

Result<QList<AnswerLink>> AnswerRepository::linksForTranscript(Id transcriptId)
{
    return readLinks(m_db, "WHERE s.transcript_id = ? ORDER BY s.position, x.id", transcriptId);
}

Result<Id> AnswerRepository::addQuote(Id segmentId, int start, int end, const QString &text,
                                      const QString &note, Id createdBy)
{
    Statement q(m_db, QStringLiteral("INSERT INTO quote_candidates (segment_id, start_offset, "
                                     "end_offset, text, note, created_at, created_by) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll(segmentId, start, end, text, note, sqlvalues::timestamp(m_db.clock().now()));
    q.bind(optionalId(createdBy));
    if (auto r = q.exec(); !r)
        return r.error();
    return q.lastInsertId();
}

Result<Id> AnswerRepository::segmentOfQuote(Id quoteId)
{
    Statement q(m_db, QStringLiteral("SELECT segment_id FROM quote_candidates WHERE id = ?"));
    q.bind(quoteId);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? q.integer(0) : Id(0);
}

VoidResult AnswerRepository::removeQuote(Id quoteId)
{
    Statement q(m_db, QStringLiteral("DELETE FROM quote_candidates WHERE id = ?"));
    q.bind(quoteId);
    if (auto r = q.exec(); !r)
        return r;
    if (q.rowsAffected() == 0) {
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Error", "There is no quote candidate %1."),
                     {QString::number(quoteId)});
    }
    return {};
}

namespace {
const QString kQuoteColumns = QStringLiteral(
    "x.id, x.start_offset, x.end_offset, x.text, x.note, x.created_at, p.family_name, "
    "p.given_name, ");

QuoteCandidate readQuote(const Statement &q)
{
    QuoteCandidate c;
    c.id = q.integer(0);
    c.startOffset = int(q.integer(1));
    c.endOffset = int(q.integer(2));
    c.text = q.text(3);
    c.note = q.text(4);
    c.createdAt = sqlvalues::toTimestamp(q.text(5));
    c.intervieweeName = (q.text(6) + u' ' + q.text(7)).trimmed();
    c.excerpt = readExcerpt(q, 8);
    return c;
}

Result<QList<QuoteCandidate>> readQuotes(Statement &q)
{
    if (auto r = q.exec(); !r)
        return r.error();
    QList<QuoteCandidate> out;
    while (q.next())
        out.append(readQuote(q));
    return out;
}
} // namespace

Result<QList<QuoteCandidate>> AnswerRepository::quotes(Id campaignId, Id intervieweeId)
{
    Statement q(m_db, QStringLiteral("SELECT %1%2 FROM quote_candidates x %3 "
                                     "WHERE (? = 0 OR p.campaign_id = ?) AND (? = 0 OR p.id = ?) "
                                     "ORDER BY p.id, t.interview_id, s.position, x.start_offset")
                          .arg(kQuoteColumns, kExcerptColumns, kExcerptJoins));
    q.bindAll(campaignId, campaignId, intervieweeId, intervieweeId);
    return readQuotes(q);
}

Result<QList<QuoteCandidate>> AnswerRepository::quotesForTranscript(Id transcriptId)
{
    Statement q(m_db, QStringLiteral("SELECT %1%2 FROM quote_candidates x %3 "
                                     "WHERE s.transcript_id = ? ORDER BY s.position, "
                                     "x.start_offset")
                          .arg(kQuoteColumns, kExcerptColumns, kExcerptJoins));
    q.bind(transcriptId);
    return readQuotes(q);
}

} // namespace shuzai
