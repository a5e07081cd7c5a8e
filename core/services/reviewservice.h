#pragma once

#include "review/review.h"
#include "review/reviewpacket.h"
#include "util/result.h"
#include "util/textdiff.h"

#include <QObject>

namespace shuzai {

class Workspace;

// The pre-publication check: what each interviewee was sent (a snapshot that never changes),
// what they asked to correct, and who approved. Reviewers and editors run rounds; only a
// reviewer approves. Every step is written to the audit log in the same transaction.
class ReviewService : public QObject {
    Q_OBJECT
public:
    explicit ReviewService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // The quotes and linked excerpts that would be sent now, numbered.
    Result<QList<ReviewItem>> currentItems(Id intervieweeId);
    // When answers are due: the campaign's margin in working days before publication.
    Result<QDate> dueDate(Id campaignId);

    // Sends the current items as a new round. Refused while a round awaits an answer, after a
    // withdrawal or approval, and when there is nothing to check.
    Result<ReviewRound> send(Id intervieweeId, ReviewChannel channel, const QString &note = {});
    // A correction to item `item` of the latest round, asked for by the interviewee.
    Result<ReviewCorrection> recordCorrection(Id intervieweeId, int item, const QString &corrected,
                                              const QString &note = {});
    // The interviewee approved the latest round: "approved", or "approved with changes" when
    // corrections were recorded. Reviewers only.
    Result<ReviewRound> approve(Id intervieweeId, const QString &note = {});
    // The interviewee withdrew; they appear nowhere in the article.
    Result<ReviewRound> withdraw(Id intervieweeId, const QString &note = {});

    // The packet for the interviewee: what the open round sent, or (nothing sent yet) a preview
    // of what would be sent now.
    Result<ReviewPacket> packet(Id intervieweeId, const QString &language = QStringLiteral("ja"));
    // The packet as an e-mail to the interviewee from the campaign's editor, the PDF attached:
    // the same message path as request letters.
    Result<QByteArray> packetMessage(Id intervieweeId, const ReviewPacket &packet,
                                     const QByteArray &pdf,
                                     const QString &language = QStringLiteral("ja"));

    Result<QList<ReviewRound>> rounds(Id intervieweeId);
    Result<QList<ReviewCorrection>> corrections(Id roundId);
    // Where every person of the campaign stands, in roster order (by reading).
    Result<QList<ReviewState>> overview(Id campaignId);
    // The same for the campaign's people already read (the dashboard has them).
    Result<QList<ReviewState>> overview(Id campaignId, const QList<Interviewee> &people);
    Result<ReviewStatus> status(Id intervieweeId);

signals:
    void reviewChanged(shuzai::Id campaignId, shuzai::Id intervieweeId);

private:
    Result<ReviewRound> decide(Id intervieweeId, ReviewStatus status, const char *action,
                               const QString &auditAction, const QString &note);

    Workspace &m_workspace;
};

} // namespace shuzai
