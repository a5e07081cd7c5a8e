#pragma once

#include "domain/campaign.h"
#include "domain/enums.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace shuzai {

class Workspace;

// A campaign at a glance: how each category stands, the days left to publication, and who
// needs attention now.
struct CategoryProgress {
    Id categoryId = 0;
    QString name;
    int total = 0;
    int confirmed = 0; // agreed to the interview, booked, interviewed, in review or approved
    int interviewed = 0;
    int approved = 0;
    QHash<PipelineStatus, int> byStatus;
};

struct AtRisk {
    enum class Reason { NoReply, NotBooked, TranscriptMissing, ReviewOverdue };
    Id intervieweeId = 0;
    QString name; // as printed (an anonymous person's alias)
    Reason reason = Reason::NoReply;
    int days = 0; // overdue by, or (not booked) left until the interview window closes
    QDate since;  // the letter, the interview or the review due date it is counted from
};
QString toCode(AtRisk::Reason reason);
// "no reply, follow-up overdue by 3 days", translated.
QString describe(const AtRisk &risk);
// "SLM導入企業: 2 of 3 confirmed, 1 interviewed, 0 approved", translated.
QString describe(const CategoryProgress &progress);

// The days to or since publication, translated: "3 days to publication" (公開まで3日),
// "Published today" (本日公開), "Published (3 days ago)" (公開済み（3日前）). For the GUI's
// headline and the CLI's dashboard alike.
QString publicationCountdown(int daysLeft);

struct Dashboard {
    Id campaignId = 0;
    QString title;
    QDate today;
    QDate publicationDate;
    int daysLeft = 0; // to publication; negative once published
    QDate reviewDue;
    QList<CategoryProgress> categories;
    QList<AtRisk> atRisk; // most urgent first
};

class DashboardService {
public:
    // A person who accepted but is not booked is at risk this many days before the interview
    // window closes.
    static constexpr int kBookingWarningDays = 3;

    explicit DashboardService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }
    Result<Dashboard> build(Id campaignId);

private:
    Workspace &m_workspace;
};

} // namespace shuzai
