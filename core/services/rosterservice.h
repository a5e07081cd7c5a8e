#pragma once

#include "domain/interviewee.h"
#include "domain/questionlist.h"
#include "util/result.h"

#include <QObject>

namespace shuzai {

class Workspace;

// Everything a removal takes away, so that undo can put it back exactly.
struct RemovedInterviewee {
    Interviewee interviewee;
    QList<QuestionCustomisation> customisations;
};

// The campaign roster: interviewees and their question lists. Validates, checks the acting
// user's role, runs each change in one transaction and announces it.
class RosterService : public QObject {
    Q_OBJECT
public:
    explicit RosterService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    Result<QList<Interviewee>> list(Id campaignId);
    Result<qint64> count(Id campaignId);
    Result<Interviewee> load(Id id);
    // Accepts a numeric id or an e-mail address (as the CLI does).
    Result<Interviewee> find(Id campaignId, const QString &idOrEmail);

    Result<Interviewee> add(Id campaignId, const IntervieweeData &data);
    // A change of category also drops the question changes made for the old category.
    Result<Interviewee> update(Id id, const IntervieweeData &data, int expectedVersion);
    Result<RemovedInterviewee> remove(Id id);
    VoidResult restore(const RemovedInterviewee &removed);

    Result<QList<EffectiveQuestion>> questions(Id intervieweeId);
    // Each person's questions in a campaign already loaded, by interviewee: a few queries for
    // the whole campaign (the answer matrix), not a campaign's worth per person.
    Result<QHash<Id, QList<EffectiveQuestion>>> questionsOf(const Campaign &campaign,
                                                            const QList<Interviewee> &people);
    Result<QList<QuestionCustomisation>> customisations(Id intervieweeId);
    // templatePosition is the question's number in the category template (1..6).
    Result<QuestionCustomisation> rewordQuestion(Id intervieweeId, int templatePosition,
                                                 const QString &text);
    Result<QuestionCustomisation> dropQuestion(Id intervieweeId, int templatePosition);
    Result<QuestionCustomisation> addQuestion(Id intervieweeId, const QString &text,
                                              int afterTemplatePosition);
    // Takes one customisation back (the template wording returns).
    VoidResult removeCustomisation(Id intervieweeId, Id customisationId);
    // Makes the interviewee's changes exactly `changes` (ids kept), in one transaction: undo.
    VoidResult replaceCustomisations(Id intervieweeId, const QList<QuestionCustomisation> &changes);
    // Back to the template: every change (listedNumber 0), or the change to the question listed
    // as number listedNumber.
    VoidResult resetQuestions(Id intervieweeId, int listedNumber = 0);

    // Moves a person's pipeline status (and logs it) as part of another change: a letter, a
    // reply, a review step. Call it inside that change's transaction; no-op when unchanged.
    VoidResult moveStatus(const Interviewee &person, PipelineStatus to);

signals:
    void intervieweeAdded(shuzai::Id campaignId, shuzai::Id id);
    void intervieweeChanged(shuzai::Id campaignId, shuzai::Id id);
    void intervieweeRemoved(shuzai::Id campaignId, shuzai::Id id);
    void questionsChanged(shuzai::Id intervieweeId);

private:
    // The audit entries of an edit (status, then which fields changed), in its transaction.
    VoidResult auditEdit(const Interviewee &before, const IntervieweeData &after);
    VoidResult requireEditor() const;
    VoidResult clearCustomisations(class IntervieweeRepository &repo, Id intervieweeId);
    Result<IntervieweeData> checked(Id campaignId, const IntervieweeData &data, Id selfId);
    Result<QuestionCustomisation> customise(Id intervieweeId, QuestionCustomisation change,
                                            int templatePosition);

    Workspace &m_workspace;
};

} // namespace shuzai
