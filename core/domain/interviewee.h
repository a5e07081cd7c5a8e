#pragma once

#include "campaign.h"

#include <QDateTime>

namespace shuzai {

// What an editor types about a person; the fields of the add/edit dialog and `interviewee add`.
struct IntervieweeData {
    Id categoryId = 0;
    QString familyName;
    QString givenName;
    QString familyReading; // katakana
    QString givenReading;  // katakana
    QString organisation;
    QString department;
    QString jobTitle;
    QString email;
    QString phone;
    Attribution attribution = Attribution::Undecided;
    PipelineStatus status = PipelineStatus::NotContacted;
    QString notes;
    QString timeZone; // IANA zone when not the campaign's (then letters show both times)

    QString fullName() const;    // 山田 太郎
    QString fullReading() const; // ヤマダ タロウ
    bool operator==(const IntervieweeData &) const = default;
};

struct Interviewee {
    Id id = 0;
    Id campaignId = 0;
    IntervieweeData data;
    int version = 0; // increases with every saved change; a stale version is refused
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace shuzai
