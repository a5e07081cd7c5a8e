#pragma once

#include "domain/interviewee.h"
#include "servicecommand.h"
#include "services/rosterservice.h"

namespace shuzai::ui {

class AddIntervieweeCommand final : public ServiceCommand {
public:
    AddIntervieweeCommand(RosterService &roster, Id campaignId, IntervieweeData data);
    Id intervieweeId() const { return m_removed.interviewee.id; }

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    RosterService &m_roster;
    Id m_campaignId;
    IntervieweeData m_data;
    bool m_created = false;
    RemovedInterviewee m_removed; // what undo took away, for redo to put back as it was
};

class EditIntervieweeCommand final : public ServiceCommand {
public:
    EditIntervieweeCommand(RosterService &roster, const Interviewee &before, IntervieweeData after);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    VoidResult save(const IntervieweeData &expected, const IntervieweeData &target);
    RosterService &m_roster;
    Id m_id;
    IntervieweeData m_before;
    int m_baseVersion; // the version the edit was made on: a newer one is someone else's save
    IntervieweeData m_after;
    bool m_applied = false;
    QList<QuestionCustomisation> m_questionsBefore; // a category change drops them
};

class RemoveIntervieweeCommand final : public ServiceCommand {
public:
    RemoveIntervieweeCommand(RosterService &roster, const Interviewee &interviewee);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    RosterService &m_roster;
    Id m_id;
    RemovedInterviewee m_removed;
};

// Add, reword or drop one question of an interviewee's list; undo restores what was there.
class CustomiseQuestionCommand final : public ServiceCommand {
public:
    // templatePosition: the template question to reword/drop, or the one an addition follows.
    CustomiseQuestionCommand(RosterService &roster, Id intervieweeId,
                             QuestionCustomisation::Kind kind, int templatePosition, QString text);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    RosterService &m_roster;
    Id m_intervieweeId;
    QuestionCustomisation::Kind m_kind;
    int m_templatePosition;
    QString m_text;
    QList<QuestionCustomisation> m_before; // the interviewee's changes before this one
    Id m_createdId = 0;
};

// Takes back every change to an interviewee's questions (or the one of a listed question).
class ResetQuestionsCommand final : public ServiceCommand {
public:
    ResetQuestionsCommand(RosterService &roster, Id intervieweeId, int listedNumber);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    RosterService &m_roster;
    Id m_intervieweeId;
    int m_listedNumber;
    QList<QuestionCustomisation> m_before;
};

} // namespace shuzai::ui
