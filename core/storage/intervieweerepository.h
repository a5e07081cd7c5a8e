#pragma once

#include "storage/coreonly.h"
#include <QHash>

#include "domain/interviewee.h"
#include "domain/questionlist.h"
#include "util/result.h"

namespace shuzai {

class Database;

// SQL for interviewees and their question customisations.
class IntervieweeRepository {
public:
    explicit IntervieweeRepository(Database &db)
        : m_db(db)
    {
    }

    Result<QList<Interviewee>> list(Id campaignId);
    // How many people the campaign has, without reading them.
    Result<qint64> count(Id campaignId);
    // Only the people at one pipeline status (the follow-ups read the few still waiting, not a
    // roster of thousands).
    Result<QList<Interviewee>> listWithStatus(Id campaignId, PipelineStatus status);
    Result<Interviewee> load(Id id);
    // The interviewee of this campaign using the e-mail address, other than excludeId; 0 if none.
    Result<Id> findByEmail(Id campaignId, const QString &email, Id excludeId = 0);
    Result<Id> insert(Id campaignId, const IntervieweeData &data);
    // Puts back a removed interviewee under its old id (undo of a removal).
    VoidResult restore(const Interviewee &interviewee);
    // Saves if the stored version is still expectedVersion; returns the new version.
    Result<int> update(Id id, const IntervieweeData &data, int expectedVersion);
    // Only the pipeline status (what review and outreach move), so a role allowed to move it
    // needs no right to the rest of the record.
    Result<int> updateStatus(Id id, PipelineStatus status, int expectedVersion);
    VoidResult remove(Id id);

    Result<QList<QuestionCustomisation>> customisations(Id intervieweeId);
    // Everyone's in a campaign, by interviewee, in one query.
    Result<QHash<Id, QList<QuestionCustomisation>>> customisationsInCampaign(Id campaignId);
    Result<Id> addCustomisation(Id intervieweeId, const QuestionCustomisation &c);
    VoidResult removeCustomisation(Id intervieweeId, Id customisationId);
    Result<int> countInterviews(Id intervieweeId);

private:
    // The refusal of a save made on a version someone else has since replaced.
    Error staleVersion(Id id);
    Database &m_db;
};

} // namespace shuzai
