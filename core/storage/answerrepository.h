#pragma once

#include "domain/campaign.h"
#include "transcripts/transcript.h"
#include "util/result.h"

namespace shuzai {

class Database;

// A passage of a transcript with where it was said.
struct Excerpt {
    Id segmentId = 0;
    Id transcriptId = 0;
    Id interviewId = 0;
    Id intervieweeId = 0;
    int position = 0;
    QString speaker;
    qint64 startMs = -1;
    QString text;
};

struct AnswerLink {
    Id id = 0;
    Id questionId = 0;      // template question, or
    Id customisationId = 0; // a question added for the interviewee
    Excerpt excerpt;
};

struct QuoteCandidate {
    Id id = 0;
    int startOffset = 0;
    int endOffset = 0;
    QString text; // as the passage read when it was marked
    QString note;
    QDateTime createdAt;
    Excerpt excerpt;
    QString intervieweeName;
};

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
