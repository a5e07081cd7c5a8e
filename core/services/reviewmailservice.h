#pragma once

#include "review/review.h"
#include "util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shuzai {

class Workspace;

// A correction an answer by mail asks for: item `item` of the round, returned as `returned`.
struct MailCorrectionProposal {
    QString id; // "MAIL:ITEM", e.g. "12:3": stable, as the mail's bytes never change
    Id messageId = 0;
    Id roundId = 0;
    int roundNumber = 0;
    int item = 0;
    QString kind;     // of the item: "quote" or "excerpt"
    QString sent;     // the item's text as sent (the round's snapshot)
    QString returned; // what the interviewee sent back
    QString source;   // where in the mail: an attachment's file name, or empty for the text
    QString fromAddress;
    QString subject;
    QDateTime receivedAt;
    bool accepted = false; // recorded as a correction of the round already
};

// Text of a mailed answer that could be matched to no item.
struct MailUnmatchedText {
    Id messageId = 0;
    QString source;
    QString text;
};

struct MailCorrections {
    Id roundId = 0; // 0: no round awaits an answer
    int roundNumber = 0;
    int messages = 0; // answers by mail read
    QList<MailCorrectionProposal> proposals;
    QList<MailUnmatchedText> unmatched;
    QStringList unreadable; // attachments that could not be read (a broken .docx), by name
};

// The corrections in review answers that came by mail, proposed against the text as sent in
// the open round. Nothing is recorded until a reviewer or editor accepts a proposal.
class ReviewMailService {
public:
    explicit ReviewMailService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // The proposals from every answer attached to the person's open round, oldest mail first.
    Result<MailCorrections> proposals(Id intervieweeId);
    // Records proposal `id` as a correction of the round (ReviewService::recordCorrection, in
    // one transaction with the check that it is still open and not yet accepted).
    Result<ReviewCorrection> accept(const QString &id);

    static QString proposalId(Id messageId, int item);
    static std::optional<std::pair<Id, int>> parseProposalId(const QString &id);

private:
    Result<MailCorrections> proposalsFor(Id intervieweeId, const ReviewRound &round);

    Workspace &m_workspace;
};

} // namespace shuzai
