#pragma once

#include "domain/campaign.h"

#include <QDateTime>
#include <QString>

namespace shuzai {

struct SearchFilter {
    Id campaignId = 0;
    Id categoryId = 0;
    Id intervieweeId = 0;
    QString speaker;
};

// One matching transcript segment or interviewee note, with where it belongs.
struct SearchRow {
    enum class Kind { Segment, Note };
    Kind kind = Kind::Segment;
    Id segmentId = 0; // Segment
    Id transcriptId = 0;
    Id interviewId = 0;
    int position = 0;
    QString speaker;
    qint64 startMs = -1;
    QDateTime interviewAt;
    Id intervieweeId = 0;
    QString intervieweeName;
    Id categoryId = 0;
    Id campaignId = 0;
    QString campaignTitle;
    QString campaignTimeZone;
    QString text; // the segment's text or the notes
};

} // namespace shuzai
