#pragma once

#include "campaign.h"

#include <QDateTime>
#include <QHash>

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
    QString alias;    // how an anonymous person is printed, e.g. "A社 開発担当"

    QString fullName() const;    // 山田 太郎
    QString fullReading() const; // ヤマダ タロウ
    bool isAnonymous() const { return attribution == Attribution::Anonymous; }
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

// How each person of a campaign appears in anything that leaves the workbench (packets, exports,
// calendar files, letters): their name, or for an anonymous person their alias, by default
// "A社 担当者", "B社 担当者", ... in the order they were added.
QHash<Id, QString> publicationNames(const QList<Interviewee> &people);

// `text` with an anonymous person's name (in its written forms) and organisation replaced by
// their alias, for anything printed or exported; unchanged for anyone else.
QString anonymised(const IntervieweeData &person, const QString &alias, QString text);

} // namespace shuzai
