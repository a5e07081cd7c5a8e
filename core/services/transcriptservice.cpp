#include "transcriptservice.h"

#include "auditservice.h"
#include "storage/answerrepository.h"
#include "storage/intervieweerepository.h"
#include "storage/interviewrepository.h"
#include "util/japanesetext.h"
#include "util/logging.h"
#include "workspace.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace shuzai {

namespace {
constexpr qsizetype kMaxSegmentLength = 100000;

// First guess at who is who: a label containing the interviewee's family name (in kanji or
// reading) is the interviewee; every other label is an interviewer until the writer says else.
QList<SpeakerMapping> guessSpeakers(const QList<ParsedSegment> &segments,
                                    const IntervieweeData &interviewee)
{
    QStringList labels;
    for (const ParsedSegment &s : segments) {
        if (!s.speaker.isEmpty() && !labels.contains(s.speaker))
            labels.append(s.speaker);
    }
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
    if (auto allowed = requireWriter(); !allowed)
        return allowed.error();
    auto parsed = parseTranscriptFile(request.bytes, request.fileName, request.options);
    if (!parsed)
        return parsed.error();
    if (!request.confirmed && !parsed->skipped.isEmpty()) {
        const SkippedPart &first = parsed->skipped.first();
        return Error(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("Error", "%1 part(s) of the file would be skipped (first "
                                       "at line %2: %3). Check them and confirm the "
                                       "import."),
            {QString::number(parsed->skipped.size()), QString::number(first.line), first.message()},
            QStringLiteral("skipped"));
    }
    if (!request.confirmed && !parsed->encodingCertain) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The text encoding looks like %1 but is not "
                                                "certain. Check the preview and choose the "
                                                "encoding."),
                     {parsed->encoding}, QStringLiteral("encoding"));
    }
    Database &db = m_workspace.database();
    Transcript meta;
    meta.interviewId = request.interviewId;
    meta.sourceName = QFileInfo(request.fileName).fileName();
    meta.sourceFormat = parsed->format;
    meta.sourceEncoding = parsed->encoding;
    meta.sourceSha256 = QString::fromLatin1(
        QCryptographicHash::hash(request.bytes, QCryptographicHash::Sha256).toHex());
    Id transcriptId = 0;
    auto done = db.transact([&]() -> VoidResult {
        auto interview = InterviewRepository(db).load(request.interviewId);
        if (!interview)
            return interview.error();
        TranscriptRepository repo(db);
        auto existing = repo.findBySha256(request.interviewId, meta.sourceSha256);
        if (!existing)
            return existing.error();
        if (*existing != 0) {
            return Error(ErrorCode::Duplicate,
                         QT_TRANSLATE_NOOP("Error", "This file was already imported for this "
                                                    "interview (transcript %1)."),
                         {QString::number(*existing)}, QStringLiteral("file"));
        }
        auto person = IntervieweeRepository(db).load(interview->intervieweeId);
        if (!person)
            return person.error();
        meta.speakers = guessSpeakers(parsed->segments, person->data);
        auto id = repo.insert(meta, request.bytes, parsed->segments, m_workspace.actor().id,
                              request.progress);
        if (!id)
            return id.error();
        transcriptId = *id;
        return {};
    });
    if (!done)
        return done.error();
    log::info("imported transcript {} ({} segments, {}, {}) for interview {}", transcriptId,
              parsed->segments.size(), parsed->format, parsed->encoding, request.interviewId);
    emit transcriptImported(request.interviewId, transcriptId);
    return load(transcriptId);
}

Result<Transcript> TranscriptService::load(Id transcriptId)
{
    return TranscriptRepository(m_workspace.database()).load(transcriptId);
}

Result<QList<Transcript>> TranscriptService::forInterview(Id interviewId)
{
    return TranscriptRepository(m_workspace.database()).forInterview(interviewId);
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
    if (text.size() > kMaxSegmentLength) {
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
