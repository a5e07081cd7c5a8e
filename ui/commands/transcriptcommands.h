#pragma once

#include "servicecommand.h"
#include "services/answerservice.h"
#include "services/transcriptservice.h"

namespace shuzai::ui {

// A correction of one segment's wording or speaker; undo puts the previous wording back (as a
// new revision: the history keeps both).
class EditSegmentCommand final : public ServiceCommand {
public:
    EditSegmentCommand(TranscriptService &transcripts, const Segment &before, QString speaker,
                       QString text);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    VoidResult save(const QString &expectedText, const QString &expectedSpeaker,
                    const QString &speaker, const QString &text);
    TranscriptService &m_transcripts;
    Id m_segmentId;
    QString m_beforeSpeaker;
    QString m_beforeText;
    QString m_afterSpeaker;
    QString m_afterText;
    bool m_applied = false;
};

class LinkAnswerCommand final : public ServiceCommand {
public:
    LinkAnswerCommand(AnswerService &answers, Id segmentId, int listedNumber);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    AnswerService &m_answers;
    Id m_segmentId;
    int m_number;
    std::optional<AnswerService::LinkTarget> m_target; // resolved once, at the first apply
};

// Takes a passage's link to a question away; undo links it again to the same question.
class UnlinkAnswerCommand final : public ServiceCommand {
public:
    UnlinkAnswerCommand(AnswerService &answers, Id segmentId, int listedNumber);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    AnswerService &m_answers;
    Id m_segmentId;
    int m_number;
    std::optional<AnswerService::LinkTarget> m_target; // resolved once, at the first apply
};

class AddQuoteCommand final : public ServiceCommand {
public:
    AddQuoteCommand(AnswerService &answers, Id segmentId, int start, int end);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    AnswerService &m_answers;
    Id m_segmentId;
    int m_start;
    int m_end;
    Id m_quoteId = 0;
};

// Removes quote candidates (all those of a segment, say); undo marks the same passages again
// with their notes.
class RemoveQuotesCommand final : public ServiceCommand {
public:
    RemoveQuotesCommand(AnswerService &answers, QList<QuoteCandidate> quotes);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    AnswerService &m_answers;
    QList<QuoteCandidate> m_quotes; // ids follow each re-marking
};

} // namespace shuzai::ui
