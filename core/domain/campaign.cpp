#include "campaign.h"

namespace shuzai {

const Category *Campaign::category(Id categoryId) const
{
    for (const Category &c : categories) {
        if (c.id == categoryId)
            return &c;
    }
    return nullptr;
}

QString toCode(TentativeSlots value)
{
    return value == TentativeSlots::Omit ? QStringLiteral("omit") : QStringLiteral("mark");
}

std::optional<TentativeSlots> tentativeSlotsFromCode(const QString &code)
{
    if (code == QLatin1String("mark"))
        return TentativeSlots::Mark;
    if (code == QLatin1String("omit"))
        return TentativeSlots::Omit;
    return std::nullopt;
}

CampaignSettings settingsOf(const Campaign &c)
{
    CampaignSettings s;
    s.title = c.title;
    s.publication = c.publication;
    s.publicationDate = c.publicationDate;
    s.windowStart = c.windowStart;
    s.windowEnd = c.windowEnd;
    s.interviewMinutes = c.interviewMinutes;
    s.bufferMinutes = c.bufferMinutes;
    s.followUpDays = c.followUpDays;
    s.reviewMarginDays = c.reviewMarginDays;
    s.modes = c.modes;
    s.timeZone = c.timeZone;
    s.editorName = c.editorName;
    s.editorEmail = c.editorEmail;
    s.editorPhone = c.editorPhone;
    s.website = c.website;
    s.letterHeadingMark = c.letterHeadingMark;
    s.letterListMark = c.letterListMark;
    s.tentativeSlots = c.tentativeSlots;
    return s;
}

} // namespace shuzai
