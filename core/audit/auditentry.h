#pragma once

#include "domain/campaign.h"

#include <QDateTime>
#include <QString>

namespace shuzai {

// One state change as the audit log keeps it for good: who, when, what, and the values before
// and after. Actions are stable codes ("review.approved"); see auditActionLabel().
struct AuditEntry {
    Id id = 0;
    QDateTime at;
    QString actor; // login of the acting user
    QString action;
    Id campaignId = 0;
    Id intervieweeId = 0; // 0: not about one person
    QString subject;      // what changed, e.g. "interview 12", "segment 40", "round 2"
    QString before;
    QString after;
};

struct AuditFilter {
    QDateTime since; // invalid: from the start
    Id campaignId = 0;
    Id intervieweeId = 0;
    QString action; // a code or a prefix ending in "." ("review.")
    QString actor;
    Id afterId = 0; // only entries appended after this one (a view catching up)
};

// The translated label of an action code, or the code itself if unknown.
QString auditActionLabel(const QString &action);
QStringList auditActions();

} // namespace shuzai
