#pragma once

#include "transcripts/parsedtranscript.h"
#include "transcripts/transcript.h"
#include "util/result.h"

#include <QSet>
#include <functional>

namespace shuzai {

class Database;

struct SegmentRevision {
    int revision = 0; // the revision these values were (0 = as imported)
    QString speaker;
    QString text;
    QDateTime replacedAt;
    Id replacedBy = 0;
};

// SQL for transcripts, their segments (with the history of every edit), speakers and the
// original file.
class TranscriptRepository {
public:
    explicit TranscriptRepository(Database &db)
        : m_db(db)
    {
    }

    Result<Id> insert(const Transcript &meta, const QByteArray &originalBytes,
                      const QList<ParsedSegment> &segments, Id importedBy,
                      const std::function<bool(qint64, qint64)> &progress = {});
    Result<Id> findBySha256(Id interviewId, const QString &sha256);
    Result<QList<Transcript>> forInterview(Id interviewId); // without segments
    // The campaign's interviews that have at least one transcript, in one query.
    Result<QSet<Id>> interviewsWithTranscripts(Id campaignId);
    Result<Transcript> load(Id transcriptId);
    Result<QByteArray> originalBytes(Id transcriptId);
    Result<Segment> segment(Id segmentId);
    Result<Id> transcriptOfSegment(Id segmentId);
    // Saves new wording if the segment is still at expectedRevision; the values it replaces
    // go to the history. Returns the new revision.
    Result<int> updateSegment(Id segmentId, const QString &speaker, const QString &text,
                              int expectedRevision, Id editedBy);
    Result<QList<SegmentRevision>> revisions(Id segmentId);
    VoidResult setSpeakers(Id transcriptId, const QList<SpeakerMapping> &speakers);
    VoidResult remove(Id transcriptId);

private:
    Database &m_db;
};

} // namespace shuzai
