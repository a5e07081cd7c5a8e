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
    return CampaignSettings{c.title,      c.publication,      c.publicationDate, c.windowStart,
                            c.windowEnd,  c.interviewMinutes, c.modes,           c.timeZone,
                            c.editorName, c.editorEmail,      c.editorPhone,     c.website};
}

} // namespace shuzai
