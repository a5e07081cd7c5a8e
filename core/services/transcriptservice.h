#pragma once

#include "domain/interview.h"
#include "transcripts/parsedtranscript.h"
#include "transcripts/segmentrevision.h"
#include "transcripts/transcript.h"
#include "transcripts/transcriptfile.h"
#include "util/result.h"

#include <QObject>
#include <functional>

namespace shuzai {

class Workspace;

struct TranscriptImport {
    Id interviewId = 0;
    QByteArray bytes;
    QString fileName;
    TranscriptFileOptions options;
    // The user has seen what would be skipped (and the encoding guess) and confirmed.
    bool confirmed = false;
    // Called now and then while storing (segments done, total); returning false cancels the
    // import, which then leaves nothing behind. May be called from a worker thread.
    std::function<bool(qint64, qint64)> progress = {};
};

// What an import stored: the transcript without its segments (a 100 MB file's would not fit in
// memory twice), how many there are, and the parts of the file left out.
struct ImportedTranscript {
    Transcript transcript;
    int segmentCount = 0;
    QList<SkippedPart> skipped;
};

// Transcripts of interviews: import (with the original file kept), corrections with their
// history, and who each speaker is. Writers and editors may change them; reviewers may not.
class TranscriptService : public QObject {
    Q_OBJECT
public:
    explicit TranscriptService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // Parses without storing anything: the preview the user confirms.
    Result<ParsedTranscript> preview(const QByteArray &bytes, const QString &fileName,
                                     const TranscriptFileOptions &options) const;
    // Stores the transcript in one transaction. Refused without `confirmed` when parts would
    // be skipped or the encoding is a guess, so nothing is imported the user has not seen.
    Result<ImportedTranscript> importFile(const TranscriptImport &request);
    // The same, with the stored segments loaded.
    Result<Transcript> import(const TranscriptImport &request);

    Result<Transcript> load(Id transcriptId);
    Result<QList<Transcript>> forInterview(Id interviewId);
    Result<QList<Transcript>> forCampaign(Id campaignId); // without segments
    Result<QByteArray> original(Id transcriptId);
    Result<Segment> segment(Id segmentId);
    Result<QList<SegmentRevision>> revisions(Id segmentId);

    // A correction of wording or speaker; refused if the segment changed since expectedRevision.
    Result<Segment> editSegment(Id segmentId, const QString &speaker, const QString &text,
                                int expectedRevision);
    VoidResult mapSpeakers(Id transcriptId, const QList<SpeakerMapping> &speakers);

    // For an import stored through another connection (a worker thread's workspace): the
    // transcript and the person's status it may have moved.
    void announceImport(Id interviewId, Id transcriptId);

signals:
    void transcriptImported(shuzai::Id interviewId, shuzai::Id transcriptId);
    void segmentChanged(shuzai::Id transcriptId, shuzai::Id segmentId);
    void speakersChanged(shuzai::Id transcriptId);

private:
    VoidResult requireWriter() const;
    // In the import's transaction: a transcript of an interview that took place (it has no date,
    // or its date has come) makes the person interviewed (取材済み), unless they are further on
    // or withdrew. Returns whether the status moved.
    Result<bool> followStatus(const Interview &interview);
    // Refused, naming the campaign, when the transcript's campaign is archived.
    VoidResult requireOpenTranscript(Id transcriptId);
    Workspace &m_workspace;
};

} // namespace shuzai
