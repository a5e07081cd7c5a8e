#pragma once

#include "domain/campaign.h"
#include "storage/coreonly.h"
#include "transcripts/excerpts.h"
#include "transcripts/transcript.h"
#include "util/result.h"

namespace shuzai {

class Database;

// SQL for answer links and quote candidates.
class AnswerRepository {
public:
    explicit AnswerRepository(Database &db)
        : m_db(db)
    {
    }

    Result<Excerpt> excerpt(Id segmentId);
    Result<Id> link(Id segmentId, Id questionId, Id customisationId, Id createdBy);
    Result<bool> unlink(Id segmentId, Id questionId, Id customisationId);
    Result<QList<AnswerLink>> linksForCampaign(Id campaignId);
    Result<QList<AnswerLink>> linksForTranscript(Id transcriptId);
    // One person's links, in interview and segment order (reads only their transcripts).
    Result<QList<AnswerLink>> linksForInterviewee(Id intervieweeId);

    Result<Id> addQuote(Id segmentId, int start, int end, const QString &text, const QString &note,
                        Id createdBy);
    VoidResult removeQuote(Id quoteId);
    Result<Id> segmentOfQuote(Id quoteId); // 0 when there is no such quote
    Result<QList<QuoteCandidate>> quotes(Id campaignId, Id intervieweeId);
    Result<QList<QuoteCandidate>> quotesForTranscript(Id transcriptId);

private:
    Database &m_db;
};

} // namespace shuzai
