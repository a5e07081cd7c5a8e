#include "transcriptservice.h"

#include "auditservice.h"
#include "campaignservice.h"
#include "rosterservice.h"
#include "storage/answerrepository.h"
#include "storage/database.h"
#include "storage/intervieweerepository.h"
#include "storage/interviewrepository.h"
#include "storage/transcriptrepository.h"
#include "util/japanesetext.h"
#include "util/logging.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace shuzai {

namespace {
// What one edit may make of a segment (an import cuts paragraphs much shorter, at
// transcriptlimits::kMaxSegmentLength).
constexpr qsizetype kMaxEditedSegmentLength = 100000;

// First guess at who is who: a label containing the interviewee's family name (in kanji or
// reading) is the interviewee; every other label is an interviewer until the writer says else.
QList<SpeakerMapping> guessSpeakers(const QStringList &labels, const IntervieweeData &interviewee)
{
    const QString family = japanese::foldForSearch(interviewee.familyName);
    const QString reading = japanese::foldForSearch(interviewee.familyReading);
    QList<SpeakerMapping> out;
    for (const QString &label : labels) {
        const QString folded = japanese::foldForSearch(label);
        const bool isInterviewee = (!family.isEmpty() && folded.contains(family)) ||
                                   (!reading.isEmpty() && folded.contains(reading));
        out.append({label, isInterviewee ? SpeakerRole::Interviewee : SpeakerRole::Interviewer, 0});
    }
    return out;
}

Error cancelled()
{
    return Error(ErrorCode::Cancelled,
                 QT_TRANSLATE_NOOP("Error", "The import was cancelled. Nothing was stored."));
}

// Before anything is stored: parts the user has not seen would be skipped, or the encoding is
// a guess.
VoidResult requireConfirmation(const TranscriptImport &request, const ParsedTranscript &parsed)
{
    if (request.confirmed)
        return {};
    if (const SkippedPart *first = parsed.firstProblem()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "%1 part(s) of the file would be skipped (first "
                                                "at line %2: %3). Check them and confirm the "
                                                "import."),
                     {QString::number(parsed.problemCount()), QString::number(first->line),
                      first->message()},
                     QStringLiteral("skipped"));
    }
    if (!parsed.encodingCertain) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The text encoding looks like %1 but is not "
                                                "certain. Check the preview and choose the "
                                                "encoding."),
                     {parsed.encoding}, QStringLiteral("encoding"));
    }
    return {};
}
} // namespace

VoidResult TranscriptService::requireWriter() const
{
    return m_workspace.require({Role::Writer, Role::Editor},
                               QT_TRANSLATE_NOOP("Action", "change transcripts"));
}

Result<ParsedTranscript> TranscriptService::preview(const QByteArray &bytes,
                                                    const QString &fileName,
                                                    const TranscriptFileOptions &options) const
{
    return parseTranscriptFile(bytes, fileName, options);
}

Result<Transcript> TranscriptService::import(const TranscriptImport &request)
{
    auto imported = importFile(request);
    if (!imported)
        return imported.error();
    return load(imported->transcript.id);
}

Result<ImportedTranscript> TranscriptService::importFile(const TranscriptImport &request)
{
    if (auto allowed = requireWriter(); !allowed)
        return allowed.error();
    if (auto open = m_workspace.campaigns().requireOpenForInterview(request.interviewId); !open)
        return open.error();
    Database &db = m_workspace.database();
    Transcript meta;
    meta.interviewId = request.interviewId;
    meta.sourceName = QFileInfo(request.fileName).fileName();
    meta.sourceSha256 = QString::fromLatin1(
        QCryptographicHash::hash(request.bytes, QCryptographicHash::Sha256).toHex());
    TranscriptWriter writer(db);
    IntervieweeData person;
    Id campaignId = 0;
    Interview interviewHeld;
    bool statusMoved = false;
    QStringList labels;
    qint64 total = 0;
    constexpr int kProgressEvery = 250;

    // The file is read twice (see readTranscriptFile); the transcript row goes in between, and
    // each segment as it is read, so a 100 MB file never has all its segments in memory.
    auto store = [&](const ParsedTranscript &scanned) -> VoidResult {
        if (auto confirmed = requireConfirmation(request, scanned); !confirmed)
            return confirmed;
        auto interview = InterviewRepository(db).load(request.interviewId);
        if (!interview)
            return interview.error();
        auto existing =
            TranscriptRepository(db).findBySha256(request.interviewId, meta.sourceSha256);
        if (!existing)
            return existing.error();
        if (*existing != 0) {
            return Error(ErrorCode::Duplicate,
                         QT_TRANSLATE_NOOP("Error", "This file was already imported for this "
                                                    "interview (transcript %1)."),
                         {QString::number(*existing)}, QStringLiteral("file"));
        }
        auto interviewee = IntervieweeRepository(db).load(interview->intervieweeId);
        if (!interviewee)
            return interviewee.error();
        person = interviewee->data;
        campaignId = interviewee->campaignId;
        interviewHeld = *interview;
        meta.sourceFormat = scanned.format;
        meta.sourceEncoding = scanned.encoding;
        total = scanned.segmentCount;
        auto id = writer.begin(meta, request.bytes, m_workspace.actor().id);
        if (!id)
            return id.error();
        meta.id = *id;
        return {};
    };
    std::optional<Error> storeError;
    auto add = [&](ParsedSegment segment) {
        if (!segment.speaker.isEmpty() && !labels.contains(segment.speaker))
            labels.append(segment.speaker);
        if (auto r = writer.add(segment); !r) {
            storeError = r.error();
            return false;
        }
        const int done = writer.count();
        return !request.progress || done % kProgressEvery != 0 || request.progress(done, total);
    };
    ParsedTranscript parsed;
    auto done = db.transact([&]() -> VoidResult {
        auto read =
            readTranscriptFile(request.bytes, request.fileName, request.options, store, add);
        if (storeError)
            return *storeError;
        if (!read)
            return read.error().code() == ErrorCode::Cancelled ? cancelled() : read.error();
        parsed = *read;
        if (auto r = writer.finish(guessSpeakers(labels, person)); !r)
            return r.error();
        auto moved = followStatus(interviewHeld);
        if (!moved)
            return moved.error();
        statusMoved = *moved;
        if (auto r = m_workspace.audit().append(
                QStringLiteral("transcript.imported"), campaignId, interviewHeld.intervieweeId,
                QStringLiteral("transcript %1").arg(meta.id), {}, meta.sourceName);
            !r)
            return r;
        // A last word before the commit: a Cancel pressed at the very end still cancels.
        if (request.progress && !request.progress(writer.count(), writer.count()))
            return cancelled();
        return {};
    });
    if (!done)
        return done.error();
    log::info("imported transcript {} ({} segments, {}, {}) for interview {}", meta.id,
              writer.count(), parsed.format, parsed.encoding, request.interviewId);
    emit transcriptImported(request.interviewId, meta.id);
    if (statusMoved) {
        if (auto p = IntervieweeRepository(db).load(interviewHeld.intervieweeId))
            emit m_workspace.roster().intervieweeChanged(p->campaignId, p->id);
    }
    auto stored = TranscriptRepository(db).loadMeta(meta.id);
    if (!stored)
        return stored.error();
    return ImportedTranscript{*stored, writer.count(), parsed.skipped};
}

Result<bool> TranscriptService::followStatus(const Interview &interview)
{
    if (interview.state == InterviewState::Cancelled ||
        (interview.startsAt.isValid() && interview.startsAt > m_workspace.clock().now()))
        return false;
    auto person = IntervieweeRepository(m_workspace.database()).load(interview.intervieweeId);
    if (!person)
        return person.error();
    switch (person->data.status) {
    case PipelineStatus::NotContacted:
    case PipelineStatus::RequestSent:
    case PipelineStatus::Accepted:
    case PipelineStatus::Declined:
    case PipelineStatus::Scheduled:
        break;
    default: // interviewed already, in review, approved or withdrawn: never backward
        return false;
    }
    if (auto r = m_workspace.roster().moveStatus(*person, PipelineStatus::Interviewed); !r)
        return r.error();
    return true;
}

void TranscriptService::announceImport(Id interviewId, Id transcriptId)
{
    emit transcriptImported(interviewId, transcriptId);
    // The worker may have moved the person along: their row shows it at once.
    auto interview = InterviewRepository(m_workspace.database()).load(interviewId);
    if (!interview)
        return;
    if (auto p = IntervieweeRepository(m_workspace.database()).load(interview->intervieweeId))
        emit m_workspace.roster().intervieweeChanged(p->campaignId, p->id);
}

Result<Transcript> TranscriptService::load(Id transcriptId)
{
    return TranscriptRepository(m_workspace.database()).load(transcriptId);
}

Result<QList<Transcript>> TranscriptService::forInterview(Id interviewId)
{
    return TranscriptRepository(m_workspace.database()).forInterview(interviewId);
}

Result<QList<Transcript>> TranscriptService::forCampaign(Id campaignId)
{
    return TranscriptRepository(m_workspace.database()).forCampaign(campaignId);
}

Result<QByteArray> TranscriptService::original(Id transcriptId)
{
    return TranscriptRepository(m_workspace.database()).originalBytes(transcriptId);
}

Result<Segment> TranscriptService::segment(Id segmentId)
{
    return TranscriptRepository(m_workspace.database()).segment(segmentId);
}

Result<QList<SegmentRevision>> TranscriptService::revisions(Id segmentId)
{
    return TranscriptRepository(m_workspace.database()).revisions(segmentId);
}

Result<Segment> TranscriptService::editSegment(Id segmentId, const QString &speaker,
                                               const QString &text, int expectedRevision)
{
    if (auto allowed = requireWriter(); !allowed)
        return allowed.error();
    if (text.trimmed().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "A segment's text must not be empty."), {},
                     QStringLiteral("text"));
    }
    if (text.size() > kMaxEditedSegmentLength) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Error", "The entry is too long."),
                     {}, QStringLiteral("text"));
    }
    Database &db = m_workspace.database();
    TranscriptRepository repo(db);
    Id transcriptId = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto owner = repo.transcriptOfSegment(segmentId);
        if (!owner)
            return owner.error();
        transcriptId = *owner;
        if (auto open = requireOpenTranscript(transcriptId); !open)
            return open;
        auto before = AnswerRepository(db).excerpt(segmentId);
        if (!before)
            return before.error();
        auto person = IntervieweeRepository(db).load(before->intervieweeId);
        if (!person)
            return person.error();
        auto saved = repo.updateSegment(segmentId, speaker.trimmed(), text, expectedRevision,
                                        m_workspace.actor().id);
        if (!saved)
            return saved.error();
        return m_workspace.audit().append(QStringLiteral("transcript.edited"), person->campaignId,
                                          person->id, QStringLiteral("segment %1").arg(segmentId),
                                          before->text, text);
    });
    if (!done)
        return done.error();
    emit segmentChanged(transcriptId, segmentId);
    return repo.segment(segmentId);
}

VoidResult TranscriptService::requireOpenTranscript(Id transcriptId)
{
    auto transcript = TranscriptRepository(m_workspace.database()).loadMeta(transcriptId);
    if (!transcript)
        return transcript.error();
    return m_workspace.campaigns().requireOpenForInterview(transcript->interviewId);
}

VoidResult TranscriptService::mapSpeakers(Id transcriptId, const QList<SpeakerMapping> &speakers)
{
    if (auto allowed = requireWriter(); !allowed)
        return allowed;
    Database &db = m_workspace.database();
    auto done = db.transact([&]() -> VoidResult {
        TranscriptRepository repo(db);
        auto transcript = repo.load(transcriptId);
        if (!transcript)
            return transcript.error();
        if (auto open = m_workspace.campaigns().requireOpenForInterview(transcript->interviewId);
            !open)
            return open;
        const QStringList labels = transcript->speakerLabels();
        QList<SpeakerMapping> merged = transcript->speakers;
        for (const SpeakerMapping &m : speakers) {
            if (!labels.contains(m.label)) {
                return Error(ErrorCode::InvalidInput,
                             QT_TRANSLATE_NOOP("Error", "The transcript has no speaker \"%1\" "
                                                        "(speakers: %2)."),
                             {m.label, labels.join(QStringLiteral(", "))},
                             QStringLiteral("speaker"));
            }
            merged.removeIf([&](const SpeakerMapping &old) { return old.label == m.label; });
            merged.append(m);
        }
        return repo.setSpeakers(transcriptId, merged);
    });
    if (!done)
        return done;
    emit speakersChanged(transcriptId);
    return {};
}

} // namespace shuzai
