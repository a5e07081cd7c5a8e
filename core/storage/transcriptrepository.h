#pragma once

#include "storage/coreonly.h"
#include "transcripts/parsedtranscript.h"
#include "transcripts/segmentrevision.h"
#include "transcripts/transcript.h"
#include "util/result.h"

#include <QSet>
#include <functional>
#include <memory>

namespace shuzai {

class Database;

class Statement;

// A transcript stored a segment at a time, so an import of a 100 MB file never holds all its
// segments: begin() stores the transcript with its original file, add() each segment, finish()
// the speakers and the search text. The caller's transaction makes it all or nothing.
class TranscriptWriter {
public:
    explicit TranscriptWriter(Database &db);
    ~TranscriptWriter();
    Result<Id> begin(const Transcript &meta, const QByteArray &originalBytes, Id importedBy);
    VoidResult add(const ParsedSegment &segment);
    VoidResult finish(const QList<SpeakerMapping> &speakers);
    int count() const { return m_position; }

private:
    Database &m_db;
    Id m_transcriptId = 0;
    int m_position = 0;
    std::unique_ptr<Statement> m_row;
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
                      const QList<ParsedSegment> &segments, Id importedBy);
    Result<Id> findBySha256(Id interviewId, const QString &sha256);
    Result<QList<Transcript>> forInterview(Id interviewId); // without segments
    // Every transcript of a campaign's interviews (without segments), in one query.
    Result<QList<Transcript>> forCampaign(Id campaignId);
    // The campaign's interviews that have at least one transcript, in one query.
    Result<QSet<Id>> interviewsWithTranscripts(Id campaignId);
    Result<Transcript> load(Id transcriptId);
    Result<Transcript> loadMeta(Id transcriptId); // with its speakers, without segments
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
    // Adds a new transcript's segments to SQLite's search index, in one statement; 0 rebuilds
    // the index of every transcript (after a copy into SQLite). The server needs none.
    VoidResult indexSegments(Id transcriptId);

private:
    Database &m_db;
};

} // namespace shuzai
