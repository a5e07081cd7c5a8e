#pragma once

#include "domain/campaign.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace shuzai {

// Where an interviewee's pre-publication check stands.
enum class ReviewStatus {
    NotSent,
    AwaitingResponse,
    CorrectionsRequested,
    Approved,
    ApprovedWithChanges,
    Withdrawn,
};
QString toCode(ReviewStatus status);
std::optional<ReviewStatus> reviewStatusFromCode(const QString &code);
QString displayName(ReviewStatus status);
// Approved, with or without changes: the person may appear in the article.
bool isPublishable(ReviewStatus status);

enum class ReviewChannel { Email, Pdf, Other };
QString toCode(ReviewChannel channel);
std::optional<ReviewChannel> reviewChannelFromCode(const QString &code);
QString displayName(ReviewChannel channel);

// One passage sent for checking: a quote picked from the transcript, or an excerpt linked as an
// answer, with its context and the question it answers.
struct ReviewItem {
    int number = 0; // 1-based, as the packet and corrections name it
    QString kind;   // "quote" or "excerpt"
    QString question;
    QString text;    // what will be printed
    QString context; // the whole passage it comes from
    QString speaker;
    qint64 startMs = -1;
    bool operator==(const ReviewItem &) const = default;
};

// What was sent, frozen: the items as JSON bytes that never change once stored.
QByteArray snapshotBytes(const QList<ReviewItem> &items);
QList<ReviewItem> itemsFromSnapshot(const QByteArray &snapshot);

struct ReviewCorrection {
    Id id = 0;
    Id roundId = 0;
    int item = 0;
    QString original; // the item's text as sent
    QString corrected;
    QString note;
    QDateTime at;
    QString by;
};

struct ReviewRound {
    Id id = 0;
    Id intervieweeId = 0;
    int number = 0;
    ReviewStatus status = ReviewStatus::AwaitingResponse;
    ReviewChannel channel = ReviewChannel::Email;
    QDateTime sentAt;
    QString sentBy;
    QDate dueDate;
    QByteArray snapshot;
    QString note;
    QDateTime decidedAt;
    QString decidedBy;
    int version = 1;
};

// One interviewee's line of the review overview.
struct ReviewState {
    Id intervieweeId = 0;
    QString name; // as it will be printed: an anonymous person's alias
    Id categoryId = 0;
    ReviewStatus status = ReviewStatus::NotSent;
    int round = 0;
    QDate dueDate;
    bool overdue = false; // due date passed with no decision
};

} // namespace shuzai
