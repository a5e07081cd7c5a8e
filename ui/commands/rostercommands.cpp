#include "rostercommands.h"

#include <QCoreApplication>

namespace shuzai::ui {

namespace {
QString commandText(const char *source)
{
    return QCoreApplication::translate("Command", source);
}

} // namespace

AddIntervieweeCommand::AddIntervieweeCommand(RosterService &roster, Id campaignId,
                                             IntervieweeData data)
    : ServiceCommand(commandText(QT_TRANSLATE_NOOP("Command", "Add %1")).arg(data.fullName()))
    , m_roster(roster)
    , m_campaignId(campaignId)
    , m_data(std::move(data))
{
}

VoidResult AddIntervieweeCommand::apply()
{
    if (m_created) // redo after undo: the same record, same id
        return m_roster.restore(m_removed);
    auto added = m_roster.add(m_campaignId, m_data);
    if (!added)
        return added.error();
    m_created = true;
    m_removed.interviewee = *added;
    return {};
}

VoidResult AddIntervieweeCommand::revert()
{
    auto removed = m_roster.remove(m_removed.interviewee.id);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    return {};
}

EditIntervieweeCommand::EditIntervieweeCommand(RosterService &roster, const Interviewee &before,
                                               IntervieweeData after)
    : ServiceCommand(commandText(QT_TRANSLATE_NOOP("Command", "Edit %1")).arg(after.fullName()))
    , m_roster(roster)
    , m_id(before.id)
    , m_before(before.data)
    , m_baseVersion(before.version)
    , m_after(std::move(after))
{
}

// Saves `target` if the record still holds `expected`, whatever its version number: other
// commands on the same record (and undo itself) move the version on, and that is no conflict.
// Anything else in the record means someone changed it meanwhile, and that is refused.
VoidResult EditIntervieweeCommand::save(const IntervieweeData &expected,
                                        const IntervieweeData &target)
{
    auto current = m_roster.load(m_id);
    if (!current)
        return current.error();
    if (current->data != expected) {
        return Error(ErrorCode::Conflict,
                     QT_TRANSLATE_NOOP("Error", "%1 was changed by someone else in the meantime. "
                                                "Reload and apply your change again."),
                     {current->data.fullName()});
    }
    auto saved = m_roster.update(m_id, target, current->version);
    if (!saved)
        return saved.error();
    return {};
}

VoidResult EditIntervieweeCommand::apply()
{
    if (!m_applied) {
        auto questions = m_roster.customisations(m_id);
        if (!questions)
            return questions.error();
        m_questionsBefore = *questions;
        // Saved on the version the form was filled from: if someone else saved meanwhile, the
        // update is refused (Conflict) instead of silently undoing their change.
        auto saved = m_roster.update(m_id, m_after, m_baseVersion);
        if (!saved)
            return saved.error();
        m_after = saved->data; // as stored: trimmed and normalised
        m_applied = true;
        return {};
    }
    return save(m_before, m_after);
}

VoidResult EditIntervieweeCommand::revert()
{
    if (auto r = save(m_after, m_before); !r)
        return r;
    if (m_before.categoryId != m_after.categoryId)
        return m_roster.replaceCustomisations(m_id, m_questionsBefore);
    return {};
}

RemoveIntervieweeCommand::RemoveIntervieweeCommand(RosterService &roster,
                                                   const Interviewee &interviewee)
    : ServiceCommand(
          commandText(QT_TRANSLATE_NOOP("Command", "Remove %1")).arg(interviewee.data.fullName()))
    , m_roster(roster)
    , m_id(interviewee.id)
{
}

VoidResult RemoveIntervieweeCommand::apply()
{
    auto removed = m_roster.remove(m_id);
    if (!removed)
        return removed.error();
    m_removed = *removed;
    return {};
}

VoidResult RemoveIntervieweeCommand::revert()
{
    return m_roster.restore(m_removed);
}

CustomiseQuestionCommand::CustomiseQuestionCommand(RosterService &roster, Id intervieweeId,
                                                   QuestionCustomisation::Kind kind,
                                                   int templatePosition, QString text)
    : ServiceCommand(commandText(kind == QuestionCustomisation::Kind::Add
                                     ? QT_TRANSLATE_NOOP("Command", "Add a question")
                                 : kind == QuestionCustomisation::Kind::Drop
                                     ? QT_TRANSLATE_NOOP("Command", "Leave out a question")
                                     : QT_TRANSLATE_NOOP("Command", "Reword a question")))
    , m_roster(roster)
    , m_intervieweeId(intervieweeId)
    , m_kind(kind)
    , m_templatePosition(templatePosition)
    , m_text(std::move(text))
{
}

VoidResult CustomiseQuestionCommand::apply()
{
    auto before = m_roster.customisations(m_intervieweeId);
    if (!before)
        return before.error();
    m_before = *before;
    using Kind = QuestionCustomisation::Kind;
    Result<QuestionCustomisation> made =
        m_kind == Kind::Add ? m_roster.addQuestion(m_intervieweeId, m_text, m_templatePosition)
        : m_kind == Kind::Drop
            ? m_roster.dropQuestion(m_intervieweeId, m_templatePosition)
            : m_roster.rewordQuestion(m_intervieweeId, m_templatePosition, m_text);
    if (!made)
        return made.error();
    m_createdId = made->id;
    return {};
}

VoidResult CustomiseQuestionCommand::revert()
{
    return m_roster.replaceCustomisations(m_intervieweeId, m_before);
}

ResetQuestionsCommand::ResetQuestionsCommand(RosterService &roster, Id intervieweeId,
                                             int listedNumber)
    : ServiceCommand(commandText(QT_TRANSLATE_NOOP("Command", "Restore template questions")))
    , m_roster(roster)
    , m_intervieweeId(intervieweeId)
    , m_listedNumber(listedNumber)
{
}

VoidResult ResetQuestionsCommand::apply()
{
    auto before = m_roster.customisations(m_intervieweeId);
    if (!before)
        return before.error();
    m_before = *before;
    return m_roster.resetQuestions(m_intervieweeId, m_listedNumber);
}

VoidResult ResetQuestionsCommand::revert()
{
    return m_roster.replaceCustomisations(m_intervieweeId, m_before);
}

} // namespace shuzai::ui
