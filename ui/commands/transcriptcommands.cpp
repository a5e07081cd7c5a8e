#include "transcriptcommands.h"

#include <QCoreApplication>

namespace shuzai::ui {

EditSegmentCommand::EditSegmentCommand(TranscriptService &transcripts, const Segment &before,
                                       QString speaker, QString text)
    : ServiceCommand(QCoreApplication::translate("Command", "Correct the transcript"))
    , m_transcripts(transcripts)
    , m_segmentId(before.id)
    , m_beforeSpeaker(before.speaker)
    , m_beforeText(before.text)
    , m_afterSpeaker(std::move(speaker))
    , m_afterText(std::move(text))
{
}

// Saves if the segment still reads as this command left it (revisions move on with every save,
// undo included, so the wording is compared, not the revision number).
VoidResult EditSegmentCommand::save(const QString &expectedText, const QString &expectedSpeaker,
                                    const QString &speaker, const QString &text)
{
    auto current = m_transcripts.segment(m_segmentId);
    if (!current)
        return current.error();
    if (current->text != expectedText || current->speaker != expectedSpeaker) {
        return Error(ErrorCode::Conflict,
                     QT_TRANSLATE_NOOP("Error", "The segment was changed by someone else in the "
                                                "meantime. Reload the transcript and apply your "
                                                "correction again."));
    }
    auto saved = m_transcripts.editSegment(m_segmentId, speaker, text, current->revision);
    if (!saved)
        return saved.error();
    if (!m_applied) {
        m_afterSpeaker = saved->speaker;
        m_afterText = saved->text;
        m_applied = true;
    }
    return {};
}

VoidResult EditSegmentCommand::apply()
{
    return save(m_beforeText, m_beforeSpeaker, m_afterSpeaker, m_afterText);
}

VoidResult EditSegmentCommand::revert()
{
    return save(m_afterText, m_afterSpeaker, m_beforeSpeaker, m_beforeText);
}

LinkAnswerCommand::LinkAnswerCommand(AnswerService &answers, Id segmentId, int listedNumber)
    : ServiceCommand(QCoreApplication::translate("Command", "Link an answer"))
    , m_answers(answers)
    , m_segmentId(segmentId)
    , m_number(listedNumber)
{
}

VoidResult LinkAnswerCommand::apply()
{
    if (!m_target) {
        auto t = m_answers.target(m_segmentId, m_number);
        if (!t)
            return t.error();
        m_target = *t;
    }
    auto linked = m_answers.link(*m_target);
    return linked ? VoidResult() : VoidResult(linked.error());
}

VoidResult LinkAnswerCommand::revert()
{
    return m_answers.unlink(*m_target);
}

UnlinkAnswerCommand::UnlinkAnswerCommand(AnswerService &answers, Id segmentId, int listedNumber)
    : ServiceCommand(QCoreApplication::translate("Command", "Unlink an answer"))
    , m_answers(answers)
    , m_segmentId(segmentId)
    , m_number(listedNumber)
{
}

VoidResult UnlinkAnswerCommand::apply()
{
    if (!m_target) {
        auto t = m_answers.target(m_segmentId, m_number);
        if (!t)
            return t.error();
        m_target = *t;
    }
    return m_answers.unlink(*m_target);
}

VoidResult UnlinkAnswerCommand::revert()
{
    auto linked = m_answers.link(*m_target);
    return linked ? VoidResult() : VoidResult(linked.error());
}

AddQuoteCommand::AddQuoteCommand(AnswerService &answers, Id segmentId, int start, int end)
    : ServiceCommand(QCoreApplication::translate("Command", "Mark a quote candidate"))
    , m_answers(answers)
    , m_segmentId(segmentId)
    , m_start(start)
    , m_end(end)
{
}

VoidResult AddQuoteCommand::apply()
{
    auto quote = m_answers.addQuote(m_segmentId, m_start, m_end, {});
    if (!quote)
        return quote.error();
    m_quoteId = quote->id;
    return {};
}

VoidResult AddQuoteCommand::revert()
{
    return m_answers.removeQuote(m_quoteId);
}

RemoveQuotesCommand::RemoveQuotesCommand(AnswerService &answers, QList<QuoteCandidate> quotes)
    : ServiceCommand(QCoreApplication::translate("Command", "Remove a quote candidate"))
    , m_answers(answers)
    , m_quotes(std::move(quotes))
{
}

VoidResult RemoveQuotesCommand::apply()
{
    for (const QuoteCandidate &quote : std::as_const(m_quotes)) {
        if (auto r = m_answers.removeQuote(quote.id); !r)
            return r;
    }
    return {};
}

VoidResult RemoveQuotesCommand::revert()
{
    for (QuoteCandidate &quote : m_quotes) {
        auto again = m_answers.addQuote(quote.excerpt.segmentId, quote.startOffset, quote.endOffset,
                                        quote.note);
        if (!again)
            return again.error();
        quote.id = again->id;
    }
    return {};
}

} // namespace shuzai::ui
