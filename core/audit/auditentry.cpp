#include "auditentry.h"

#include <QCoreApplication>
#include <array>

namespace shuzai {

namespace {
struct ActionLabel {
    const char *code;
    const char *label;
};
constexpr std::array<ActionLabel, 44> kActions{{
    {"letter.sent", QT_TRANSLATE_NOOP("Audit", "Request letter sent")},
    {"letter.exported", QT_TRANSLATE_NOOP("Audit", "Request letter saved as a file")},
    {"letter.failed", QT_TRANSLATE_NOOP("Audit", "Request letter not delivered")},
    {"reply.recorded", QT_TRANSLATE_NOOP("Audit", "Reply recorded")},
    {"mail.received", QT_TRANSLATE_NOOP("Audit", "Mail received")},
    {"proposal.accepted", QT_TRANSLATE_NOOP("Audit", "Proposed reply accepted")},
    {"proposal.dismissed", QT_TRANSLATE_NOOP("Audit", "Proposed reply dismissed")},
    {"template.saved", QT_TRANSLATE_NOOP("Audit", "Letter template changed")},
    {"campaign.imported", QT_TRANSLATE_NOOP("Audit", "Campaign created from a request letter")},
    {"interview.added", QT_TRANSLATE_NOOP("Audit", "Interview added")},
    {"interview.booked", QT_TRANSLATE_NOOP("Audit", "Interview booked")},
    {"interview.moved", QT_TRANSLATE_NOOP("Audit", "Interview moved")},
    {"interview.cancelled", QT_TRANSLATE_NOOP("Audit", "Interview cancelled")},
    {"interview.confirmed", QT_TRANSLATE_NOOP("Audit", "Interview confirmed")},
    {"interview.reinstated", QT_TRANSLATE_NOOP("Audit", "Interview reinstated")},
    {"interview.removed", QT_TRANSLATE_NOOP("Audit", "Interview deleted")},
    {"interview.restored", QT_TRANSLATE_NOOP("Audit", "Deleted interview restored")},
    {"transcript.imported", QT_TRANSLATE_NOOP("Audit", "Transcript imported")},
    {"transcript.edited", QT_TRANSLATE_NOOP("Audit", "Transcript edited")},
    {"review.sent", QT_TRANSLATE_NOOP("Audit", "Sent for review")},
    {"review.correction", QT_TRANSLATE_NOOP("Audit", "Correction recorded")},
    {"review.approved", QT_TRANSLATE_NOOP("Audit", "Approved")},
    {"review.withdrawn", QT_TRANSLATE_NOOP("Audit", "Withdrawn")},
    {"interviewee.status", QT_TRANSLATE_NOOP("Audit", "Pipeline status changed")},
    {"interviewee.added", QT_TRANSLATE_NOOP("Audit", "Interviewee added")},
    {"interviewee.edited", QT_TRANSLATE_NOOP("Audit", "Interviewee details changed")},
    {"interviewee.removed", QT_TRANSLATE_NOOP("Audit", "Interviewee removed")},
    {"user.added", QT_TRANSLATE_NOOP("Audit", "User added")},
    {"database.restored", QT_TRANSLATE_NOOP("Audit", "Database restored from a backup")},
    {"campaign.created", QT_TRANSLATE_NOOP("Audit", "Campaign created")},
    {"campaign.duplicated", QT_TRANSLATE_NOOP("Audit", "Campaign created as a copy")},
    {"campaign.archived", QT_TRANSLATE_NOOP("Audit", "Campaign archived")},
    {"campaign.unarchived", QT_TRANSLATE_NOOP("Audit", "Campaign unarchived")},
    {"campaign.removed", QT_TRANSLATE_NOOP("Audit", "Campaign deleted")},
    {"campaign.restored", QT_TRANSLATE_NOOP("Audit", "Deleted campaign restored")},
    {"category.added", QT_TRANSLATE_NOOP("Audit", "Category added")},
    {"category.edited", QT_TRANSLATE_NOOP("Audit", "Category changed")},
    {"category.moved", QT_TRANSLATE_NOOP("Audit", "Category moved")},
    {"category.removed", QT_TRANSLATE_NOOP("Audit", "Category removed")},
    {"question.added", QT_TRANSLATE_NOOP("Audit", "Template question added")},
    {"question.edited", QT_TRANSLATE_NOOP("Audit", "Template question reworded")},
    {"question.moved", QT_TRANSLATE_NOOP("Audit", "Template question moved")},
    {"question.removed", QT_TRANSLATE_NOOP("Audit", "Template question removed")},
    {"question.restored", QT_TRANSLATE_NOOP("Audit", "Template question restored")},
}};
} // namespace

QString auditActionLabel(const QString &action)
{
    for (const ActionLabel &a : kActions) {
        if (action == QLatin1String(a.code))
            return QCoreApplication::translate("Audit", a.label);
    }
    return action;
}

QStringList auditActions()
{
    QStringList out;
    for (const ActionLabel &a : kActions)
        out.append(QLatin1String(a.code));
    return out;
}

} // namespace shuzai
