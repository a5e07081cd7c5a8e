#include "outreachrecord.h"

#include <QCoreApplication>

namespace shuzai {

QString displayName(OutreachRecord::Kind kind)
{
    switch (kind) {
    case OutreachRecord::Kind::Sent:
        return QCoreApplication::translate("Outreach", "Letter sent");
    case OutreachRecord::Kind::Exported:
        return QCoreApplication::translate("Outreach", "Letter saved as a file");
    case OutreachRecord::Kind::Failed:
        return QCoreApplication::translate("Outreach", "Letter not delivered");
    }
    return {};
}

QString displayName(OutreachReply::Kind kind)
{
    switch (kind) {
    case OutreachReply::Kind::Accepted:
        return QCoreApplication::translate("Outreach", "Accepted");
    case OutreachReply::Kind::Declined:
        return QCoreApplication::translate("Outreach", "Declined");
    case OutreachReply::Kind::Question:
        return QCoreApplication::translate("Outreach", "Asked a question");
    case OutreachReply::Kind::NoReply:
        return QCoreApplication::translate("Outreach", "No reply yet (noted)");
    }
    return {};
}

} // namespace shuzai
