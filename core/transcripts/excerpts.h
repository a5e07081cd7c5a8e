#pragma once

#include "domain/campaign.h"

#include <QDateTime>
#include <QString>

namespace shuzai {

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

} // namespace shuzai
