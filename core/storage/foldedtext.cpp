#include "foldedtext.h"

#include "database.h"
#include "statement.h"
#include "util/searchfold.h"

namespace shuzai::foldedtext {

namespace {
bool kept(const Database &db)
{
    return db.dialect().name() != QLatin1String("sqlite");
}
} // namespace

VoidResult keepSegment(Database &db, Id segmentId, const QString &text)
{
    if (!kept(db))
        return {};
    Statement q(db, QStringLiteral("INSERT INTO segment_fold (segment_id, folded) VALUES (?, ?) "
                                   "ON CONFLICT (segment_id) DO UPDATE SET folded = "
                                   "excluded.folded"));
    q.bindAll(segmentId, search::foldedString(text));
    return q.exec();
}

VoidResult keepSegments(Database &db, Id transcriptId)
{
    if (!kept(db))
        return {};
    Statement segments(db, QStringLiteral("SELECT id, text FROM transcript_segments WHERE "
                                          "transcript_id = ? ORDER BY id"));
    segments.bind(transcriptId);
    if (auto r = segments.exec(); !r)
        return r;
    QList<std::pair<Id, QString>> rows;
    while (segments.next())
        rows.append({segments.integer(0), segments.text(1)});
    Statement insert(db, QStringLiteral("INSERT INTO segment_fold (segment_id, folded) VALUES "
                                        "(?, ?)"));
    for (const auto &[id, text] : std::as_const(rows)) {
        insert.bindAll(id, search::foldedString(text));
        if (auto r = insert.exec(); !r)
            return r;
    }
    return {};
}

VoidResult keepNote(Database &db, Id intervieweeId, const QString &notes)
{
    if (!kept(db))
        return {};
    Statement q(db, QStringLiteral("INSERT INTO note_fold (interviewee_id, folded) VALUES (?, ?) "
                                   "ON CONFLICT (interviewee_id) DO UPDATE SET folded = "
                                   "excluded.folded"));
    q.bindAll(intervieweeId, search::foldedString(notes));
    return q.exec();
}

QString likePattern(const QString &foldedTerm)
{
    QString escaped = foldedTerm;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace shuzai::foldedtext
