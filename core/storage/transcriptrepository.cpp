#include "transcriptrepository.h"

#include "database.h"
#include "foldedtext.h"
#include "sqlvalues.h"
#include "statement.h"

namespace shuzai {

namespace sv = sqlvalues;

namespace {
QVariant optionalTime(qint64 ms)
{
    return ms >= 0 ? QVariant(ms) : QVariant();
}
QVariant optionalId(Id id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

Error noTranscript(Id id)
{
    return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "There is no transcript %1."),
                 {QString::number(id)});
}

Error noSegment(Id id)
{
    return Error(ErrorCode::NotFound,
                 QT_TRANSLATE_NOOP("Error", "There is no transcript segment %1."),
                 {QString::number(id)});
}

const QString kSegmentColumns =
    QStringLiteral("id, position, speaker, COALESCE(start_ms, -1), COALESCE(end_ms, -1), text, "
                   "original_speaker, original_text, revision");

Segment readSegment(const Statement &q, int first = 0)
{
    Segment s;
    s.id = q.integer(first);
    s.position = int(q.integer(first + 1));
    s.speaker = q.text(first + 2);
    s.startMs = q.integer(first + 3);
    s.endMs = q.integer(first + 4);
    s.text = q.text(first + 5);
    s.originalSpeaker = q.text(first + 6);
    s.originalText = q.text(first + 7);
    s.revision = int(q.integer(first + 8));
    return s;
}

Transcript readMeta(const Statement &q)
{
    Transcript t;
    t.id = q.integer(0);
    t.interviewId = q.integer(1);
    t.sourceName = q.text(2);
    t.sourceFormat = q.text(3);
    t.sourceEncoding = q.text(4);
    t.sourceSha256 = q.text(5);
    t.importedAt = sv::toTimestamp(q.text(6));
    t.version = int(q.integer(7));
    return t;
}

const QString kMetaColumns = QStringLiteral("id, interview_id, source_name, source_format, "
                                            "source_encoding, source_sha256, imported_at, version");
} // namespace

TranscriptWriter::TranscriptWriter(Database &db)
    : m_db(db)
{
}

TranscriptWriter::~TranscriptWriter() = default;

Result<Id> TranscriptWriter::begin(const Transcript &meta, const QByteArray &originalBytes,
                                   Id importedBy)
{
    Statement q(m_db, QStringLiteral("INSERT INTO transcripts (interview_id, source_name, "
                                     "source_format, source_encoding, source_sha256, source_bytes, "
                                     "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll(meta.interviewId, meta.sourceName, meta.sourceFormat, meta.sourceEncoding,
              meta.sourceSha256, originalBytes, sv::timestamp(m_db.clock().now()));
    q.bind(optionalId(importedBy));
    if (auto r = q.exec(); !r)
        return r.error();
    m_transcriptId = q.lastInsertId();
    m_row = std::make_unique<Statement>(
        m_db, QStringLiteral("INSERT INTO transcript_segments (transcript_id, position, speaker, "
                             "start_ms, end_ms, text, original_speaker, original_text) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    return m_transcriptId;
}

VoidResult TranscriptWriter::add(const ParsedSegment &s)
{
    m_row->bindAll(m_transcriptId, ++m_position, s.speaker);
    m_row->bind(optionalTime(s.startMs));
    m_row->bind(optionalTime(s.endMs));
    m_row->bindAll(s.text, s.speaker, s.text);
    return m_row->exec();
}

VoidResult TranscriptWriter::finish(const QList<SpeakerMapping> &speakers)
{
    m_row.reset();
    TranscriptRepository transcripts(m_db);
    // Indexed before anything updates a segment: the update trigger removes the old text from
    // the index, which must be there.
    if (auto r = transcripts.indexSegments(m_transcriptId); !r)
        return r.error();
    if (auto r = transcripts.setSpeakers(m_transcriptId, speakers); !r)
        return r.error();
    return foldedtext::keepSegments(m_db, m_transcriptId);
}

Result<Id> TranscriptRepository::insert(const Transcript &meta, const QByteArray &originalBytes,
                                        const QList<ParsedSegment> &segments, Id importedBy)
{
    TranscriptWriter writer(m_db);
    auto id = writer.begin(meta, originalBytes, importedBy);
    if (!id)
        return id.error();
    for (const ParsedSegment &s : segments) {
        if (auto r = writer.add(s); !r)
            return r.error();
    }
    if (auto r = writer.finish(meta.speakers); !r)
        return r.error();
    return id;
}

VoidResult TranscriptRepository::indexSegments(Id transcriptId)
{
    if (m_db.dialect().name() != QLatin1String("sqlite"))
        return {};
    if (transcriptId == 0) {
        Statement rebuild(m_db, QStringLiteral("INSERT INTO segment_search (segment_search) "
                                               "VALUES ('rebuild')"));
        return rebuild.exec();
    }
    Statement index(m_db, QStringLiteral("INSERT INTO segment_search (rowid, text) SELECT id, "
                                         "text FROM transcript_segments WHERE transcript_id = ?"));
    index.bind(transcriptId);
    return index.exec();
}

Result<Id> TranscriptRepository::findBySha256(Id interviewId, const QString &sha256)
{
    Statement q(m_db, QStringLiteral("SELECT id FROM transcripts WHERE interview_id = ? AND "
                                     "source_sha256 = ?"));
    q.bindAll(interviewId, sha256);
    if (auto r = q.exec(); !r)
        return r.error();
    return q.next() ? q.integer(0) : Id(0);
}

Result<QSet<Id>> TranscriptRepository::interviewsWithTranscripts(Id campaignId)
{
    Statement q(m_db, QStringLiteral("SELECT DISTINCT t.interview_id FROM transcripts t JOIN "
                                     "interviews i ON i.id = t.interview_id JOIN interviewees p "
                                     "ON p.id = i.interviewee_id WHERE p.campaign_id = ?"));
    q.bind(campaignId);
    if (auto r = q.exec(); !r)
        return r.error();
    QSet<Id> out;
    while (q.next())
        out.insert(q.integer(0));
    return out;
}

namespace {
// Transcripts (without their segments) chosen by `where`, one ? bound to `id`.
Result<QList<Transcript>> readMetas(Database &db, const char *where, Id id)
{
    Statement q(db, QStringLiteral("SELECT %1 FROM transcripts WHERE %2 ORDER BY id")
                        .arg(kMetaColumns, QLatin1String(where)));
    q.bind(id);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<Transcript> out;
    while (q.next())
        out.append(readMeta(q));
    return out;
}
} // namespace

Result<QList<Transcript>> TranscriptRepository::forInterview(Id interviewId)
{
    return readMetas(m_db, "interview_id = ?", interviewId);
}

Result<QList<Transcript>> TranscriptRepository::forCampaign(Id campaignId)
{
    return readMetas(m_db,
                     "interview_id IN (SELECT i.id FROM interviews i JOIN interviewees p ON "
                     "p.id = i.interviewee_id WHERE p.campaign_id = ?)",
                     campaignId);
}

Result<Transcript> TranscriptRepository::loadMeta(Id transcriptId)
{
    Statement q(m_db, QStringLiteral("SELECT %1 FROM transcripts WHERE id = ?").arg(kMetaColumns));
    q.bind(transcriptId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return noTranscript(transcriptId);
    Transcript t = readMeta(q);
    Statement speakers(m_db, QStringLiteral("SELECT label, role, COALESCE(user_id, 0) FROM "
                                            "transcript_speakers WHERE transcript_id = ? "
                                            "ORDER BY label"));
    speakers.bind(transcriptId);
    if (auto r = speakers.exec(); !r)
        return r.error();
    while (speakers.next()) {
        t.speakers.append(SpeakerMapping{
            speakers.text(0), speakerRoleFromCode(speakers.text(1)).value_or(SpeakerRole::Other),
            speakers.integer(2)});
    }
    return t;
}

Result<Transcript> TranscriptRepository::load(Id transcriptId)
{
    auto t = loadMeta(transcriptId);
    if (!t)
        return t;
    Statement segments(m_db, QStringLiteral("SELECT %1 FROM transcript_segments WHERE "
                                            "transcript_id = ? ORDER BY position")
                                 .arg(kSegmentColumns));
    segments.bind(transcriptId);
    if (auto r = segments.exec(); !r)
        return r.error();
    while (segments.next())
        t->segments.append(readSegment(segments));
    return t;
}

Result<QByteArray> TranscriptRepository::originalBytes(Id transcriptId)
{
    Statement q(m_db, QStringLiteral("SELECT source_bytes FROM transcripts WHERE id = ?"));
    q.bind(transcriptId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return noTranscript(transcriptId);
    return q.value(0).toByteArray();
}

Result<Segment> TranscriptRepository::segment(Id segmentId)
{
    Statement q(
        m_db,
        QStringLiteral("SELECT %1 FROM transcript_segments WHERE id = ?").arg(kSegmentColumns));
    q.bind(segmentId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return noSegment(segmentId);
    return readSegment(q);
}

Result<Id> TranscriptRepository::transcriptOfSegment(Id segmentId)
{
    Statement q(m_db, QStringLiteral("SELECT transcript_id FROM transcript_segments WHERE id = ?"));
    q.bind(segmentId);
    if (auto r = q.exec(); !r)
        return r.error();
    if (!q.next())
        return noSegment(segmentId);
    return q.integer(0);
}

Result<int> TranscriptRepository::updateSegment(Id segmentId, const QString &speaker,
                                                const QString &text, int expectedRevision,
                                                Id editedBy)
{
    auto current = segment(segmentId);
    if (!current)
        return current.error();
    if (current->revision != expectedRevision) {
        return Error(ErrorCode::Conflict,
                     QT_TRANSLATE_NOOP("Error", "The segment was changed by someone else in the "
                                                "meantime. Reload the transcript and apply your "
                                                "correction again."));
    }
    const QString now = sv::timestamp(m_db.clock().now());
    Statement history(m_db, QStringLiteral("INSERT INTO segment_revisions (segment_id, revision, "
                                           "speaker, text, edited_at, edited_by) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"));
    history.bindAll(segmentId, current->revision, current->speaker, current->text, now);
    history.bind(optionalId(editedBy));
    if (auto r = history.exec(); !r)
        return r.error();
    Statement q(m_db, QStringLiteral("UPDATE transcript_segments SET speaker = ?, text = ?, "
                                     "revision = revision + 1 WHERE id = ? AND revision = ?"));
    q.bindAll(speaker, text, segmentId, expectedRevision);
    if (auto r = q.exec(); !r)
        return r.error();
    if (auto r = foldedtext::keepSegment(m_db, segmentId, text); !r)
        return r.error();
    Statement bump(m_db, QStringLiteral("UPDATE transcripts SET version = version + 1 WHERE id = "
                                        "(SELECT transcript_id FROM transcript_segments WHERE "
                                        "id = ?)"));
    bump.bind(segmentId);
    if (auto r = bump.exec(); !r)
        return r.error();
    return expectedRevision + 1;
}

Result<QList<SegmentRevision>> TranscriptRepository::revisions(Id segmentId)
{
    Statement q(m_db, QStringLiteral("SELECT revision, speaker, text, edited_at, "
                                     "COALESCE(edited_by, 0) FROM segment_revisions WHERE "
                                     "segment_id = ? ORDER BY revision"));
    q.bind(segmentId);
    if (auto r = q.exec(); !r)
        return r.error();
    QList<SegmentRevision> out;
    while (q.next()) {
        out.append(SegmentRevision{int(q.integer(0)), q.text(1), q.text(2),
                                   sv::toTimestamp(q.text(3)), q.integer(4)});
    }
    return out;
}

VoidResult TranscriptRepository::setSpeakers(Id transcriptId, const QList<SpeakerMapping> &speakers)
{
    Statement clear(m_db,
                    QStringLiteral("DELETE FROM transcript_speakers WHERE transcript_id = ?"));
    clear.bind(transcriptId);
    if (auto r = clear.exec(); !r)
        return r;
    for (const SpeakerMapping &m : speakers) {
        Statement q(m_db, QStringLiteral("INSERT INTO transcript_speakers (transcript_id, label, "
                                         "role, user_id) VALUES (?, ?, ?, ?)"));
        q.bindAll(transcriptId, m.label, toCode(m.role));
        q.bind(optionalId(m.userId));
        if (auto r = q.exec(); !r)
            return r;
    }
    return {};
}

VoidResult TranscriptRepository::remove(Id transcriptId)
{
    Statement q(m_db, QStringLiteral("DELETE FROM transcripts WHERE id = ?"));
    q.bind(transcriptId);
    if (auto r = q.exec(); !r)
        return r;
    if (q.rowsAffected() == 0)
        return noTranscript(transcriptId);
    return {};
}

} // namespace shuzai
