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
    return s;
}

} // namespace shuzai
