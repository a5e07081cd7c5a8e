// The names an audit entry is told with: users, people as printed, campaigns, categories.
#include "auditservice.h"
#include "campaignservice.h"
#include "rosterservice.h"
#include "workspace.h"

namespace shuzai {

AuditNames AuditService::names(Id campaignId)
{
    AuditNames names;
    if (auto users = m_workspace.users()) {
        for (const User &u : *users)
            names.users.insert(u.login, u);
    }
    if (auto campaigns = m_workspace.campaigns().list()) {
        for (const Campaign &c : *campaigns) {
            names.campaigns.insert(c.id, c.title);
            for (const Category &category : c.categories)
                names.categories.insert(category.id, category.name);
            if (campaignId != 0 && c.id != campaignId)
                continue;
            if (auto people = m_workspace.roster().list(c.id))
                names.people.insert(publicationNames(*people));
        }
    }
    return names;
}

} // namespace shuzai
