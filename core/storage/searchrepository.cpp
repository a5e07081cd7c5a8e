#include "searchrepository.h"

#include "database.h"
#include "foldedtext.h"
#include "sqlvalues.h"
#include "statement.h"
#include "util/searchfold.h"

#include <limits>

namespace shuzai {

QString SearchRepository::matchExpression(const QString &query)
{
    QStringList terms;
    for (const QString &term : search::foldedString(query).split(u' ', Qt::SkipEmptyParts)) {
        QString quoted = term;
        quoted.replace(u'"', QStringLiteral("\"\""));
        quoted = u'"' + quoted + u'"';
        // One character: a prefix query over the bigrams (see bigramtokenizer.h).
        if (term.toUcs4().size() == 1)
            quoted += u'*';
        terms.append(quoted);
    }
    return terms.join(u' ');
}

namespace {
// A filter that leaves only a few transcripts is searched transcript by transcript (a segment's
// id range each), so the index never walks through the matches of everyone else.
constexpr int kRangeSearchUpTo = 64;

SearchRow readRow(const Statement &q)
{
    SearchRow row;
    row.segmentId = q.integer(0);
    row.transcriptId = q.integer(1);
    row.interviewId = q.integer(2);
    row.position = int(q.integer(3));
    row.speaker = q.text(4);
    row.startMs = q.integer(5);
    if (!q.text(6).isEmpty())
        row.interviewAt = sqlvalues::toTimestamp(q.text(6));
    row.intervieweeId = q.integer(7);
    row.intervieweeName = (q.text(8) + u' ' + q.text(9)).trimmed();
    row.categoryId = q.integer(10);
    row.campaignId = q.integer(11);
    row.campaignTitle = q.text(12);
    row.text = q.text(13);
    row.campaignTimeZone = q.text(14);
    return row;
}

// The segment search on either engine: `source` joins the index to the segments, `match` is
// its condition, `idColumn` the segment id as the index knows it (ranges and order on the
// FTS5 rowid let SQLite walk its index, see kRangeSearchUpTo).
QString segmentSearchSql(const QString &source, const QString &match, const QString &idColumn)
{
    return QStringLiteral("SELECT s.id, s.transcript_id, t.interview_id, s.position, s.speaker, "
                          "COALESCE(s.start_ms, -1), COALESCE(i.starts_at, ''), p.id, "
                          "p.family_name, p.given_name, p.category_id, c.id, c.title, s.text, "
                          "c.time_zone FROM %1 "
                          "JOIN transcripts t ON t.id = s.transcript_id "
                          "JOIN interviews i ON i.id = t.interview_id "
                          "JOIN interviewees p ON p.id = i.interviewee_id "
                          "JOIN campaigns c ON c.id = p.campaign_id "
                          "WHERE %2 "
                          "AND (? = 0 OR c.id = ?) AND (? = 0 OR p.category_id = ?) "
                          "AND (? = 0 OR p.id = ?) AND (? = '' OR s.speaker = ?) "
                          "AND %3 BETWEEN ? AND ? "
                          "ORDER BY %3 LIMIT ? OFFSET ?")
        .arg(source, match, idColumn);
}
} // namespace

Result<QList<std::pair<Id, Id>>> SearchRepository::segmentRanges(const SearchFilter &filter,
                                                                 int atMost)
{
    Statement q(m_db, QStringLiteral(
                          "SELECT (SELECT MIN(id) FROM transcript_segments WHERE transcript_id = "
                          "t.id), (SELECT MAX(id) FROM transcript_segments WHERE transcript_id = "
                          "t.id) FROM transcripts t "
                          "JOIN interviews i ON i.id = t.interview_id "
                          "JOIN interviewees p ON p.id = i.interviewee_id "
                          "WHERE (? = 0 OR p.campaign_id = ?) AND (? = 0 OR p.category_id = ?) "
                          "AND (? = 0 OR p.id = ?) AND (? = '' OR EXISTS (SELECT 1 FROM "
                          "transcript_segments x WHERE x.speaker = ? AND x.transcript_id = t.id)) "
                          "ORDER BY 1 LIMIT ?"));
    q.bindAll(filter.campaignId, filter.campaignId, filter.categoryId, filter.categoryId,
              filter.intervieweeId, filter.intervieweeId, filter.speaker, filter.speaker,
              atMost + 1);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<std::pair<Id, Id>> out;
    while (q.next()) {
        if (!q.value(0).isNull())
            out.append({q.integer(0), q.integer(1)});
    }
    return out;
}

namespace {
// PostgreSQL: every folded term as a substring of the folded text Shuzai keeps (foldedtext.h).
QStringList likePatterns(const QString &query)
{
    QStringList patterns;
    for (const QString &term : search::foldedString(query).split(u' ', Qt::SkipEmptyParts))
        patterns.append(foldedtext::likePattern(term));
    return patterns;
}

QString likeConditions(int count)
{
    QStringList conditions;
    for (int i = 0; i < count; ++i)
        conditions.append(QStringLiteral("f.folded LIKE ? ESCAPE '\\'"));
    return conditions.join(QStringLiteral(" AND "));
}
} // namespace

Result<QList<SearchRow>> SearchRepository::segmentsByFold(const QString &query,
                                                          const SearchFilter &filter, int limit,
                                                          int offset)
{
    QList<SearchRow> out;
    const QStringList patterns = likePatterns(query);
    if (patterns.isEmpty())
        return out;
    Statement q(m_db,
                segmentSearchSql(QStringLiteral("segment_fold f JOIN transcript_segments s "
                                                "ON s.id = f.segment_id"),
                                 likeConditions(int(patterns.size())), QStringLiteral("s.id")));
    for (const QString &p : patterns)
        q.bind(p);
    q.bindAll(filter.campaignId, filter.campaignId, filter.categoryId, filter.categoryId,
              filter.intervieweeId, filter.intervieweeId, filter.speaker, filter.speaker, Id(0),
              std::numeric_limits<Id>::max(), limit, offset);
    if (auto r = q.exec(); !r)
        return r.error();
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<QList<SearchRow>>
SearchRepository::segments(const QString &query, const SearchFilter &filter, int limit, int offset)
{
    if (m_db.dialect().name() != QLatin1String("sqlite"))
        return segmentsByFold(query, filter, limit, offset);
    QList<SearchRow> out;
    const QString match = matchExpression(query);
    if (match.isEmpty())
        return out;
    auto run = [&](Id from, Id to, int rowLimit, int rowOffset) -> VoidResult {
        Statement q(m_db, segmentSearchSql(
                              QStringLiteral("segment_search f JOIN "
                                             "transcript_segments s ON s.id = f.rowid"),
                              QStringLiteral("segment_search MATCH ?"), QStringLiteral("f.rowid")));
        q.bindAll(match, filter.campaignId, filter.campaignId, filter.categoryId, filter.categoryId,
                  filter.intervieweeId, filter.intervieweeId, filter.speaker, filter.speaker, from,
                  to, rowLimit, rowOffset);
        if (auto r = q.exec(); !r)
            return r;
        while (q.next())
            out.append(readRow(q));
        return {};
    };
    const bool filtered =
        filter.campaignId || filter.categoryId || filter.intervieweeId || !filter.speaker.isEmpty();
    if (filtered) {
        auto ranges = segmentRanges(filter, kRangeSearchUpTo);
        if (!ranges)
            return ranges.error();
        if (ranges->size() <= kRangeSearchUpTo) {
            // In id order, so pages come out as the whole-index query would give them.
            for (const auto &[from, to] : *ranges) {
                const int wanted = offset + limit - int(out.size());
                if (wanted <= 0)
                    break;
                if (auto r = run(from, to, wanted, 0); !r)
                    return r.error();
            }
            return out.mid(std::min<qsizetype>(offset, out.size()), limit);
        }
    }
    if (auto r = run(0, std::numeric_limits<Id>::max(), limit, offset); !r)
        return r.error();
    return out;
}

Result<QList<SearchRow>> SearchRepository::notes(const QString &query, const SearchFilter &filter,
                                                 int limit)
{
    QList<SearchRow> out;
    const QString match = matchExpression(query);
    if (match.isEmpty() || !filter.speaker.isEmpty())
        return out;
    const bool sqlite = m_db.dialect().name() == QLatin1String("sqlite");
    const QStringList patterns = sqlite ? QStringList{match} : likePatterns(query);
    const QString source = sqlite ? QStringLiteral("note_search f JOIN interviewees p ON p.id = "
                                                   "f.rowid")
                                  : QStringLiteral("note_fold f JOIN interviewees p ON p.id = "
                                                   "f.interviewee_id");
    const QString condition =
        sqlite ? QStringLiteral("note_search MATCH ?") : likeConditions(int(patterns.size()));
    Statement q(m_db, QStringLiteral("SELECT p.id, p.family_name, p.given_name, p.category_id, "
                                     "c.id, c.title, p.notes, c.time_zone FROM %1 "
                                     "JOIN campaigns c ON c.id = p.campaign_id "
                                     "WHERE %2 "
                                     "AND (? = 0 OR c.id = ?) AND (? = 0 OR p.category_id = ?) "
                                     "AND (? = 0 OR p.id = ?) ORDER BY p.id LIMIT ?")
                          .arg(source, condition));
    for (const QString &p : patterns)
        q.bind(p);
    q.bindAll(filter.campaignId, filter.campaignId, filter.categoryId, filter.categoryId,
              filter.intervieweeId, filter.intervieweeId, limit);
    if (auto r = q.exec(); !r)
        return r.error();
    while (q.next()) {
        SearchRow row;
        row.kind = SearchRow::Kind::Note;
        row.intervieweeId = q.integer(0);
        row.intervieweeName = (q.text(1) + u' ' + q.text(2)).trimmed();
        row.categoryId = q.integer(3);
        row.campaignId = q.integer(4);
        row.campaignTitle = q.text(5);
        row.text = q.text(6);
        row.campaignTimeZone = q.text(7);
        out.append(row);
    }
    return out;
}

} // namespace shuzai
