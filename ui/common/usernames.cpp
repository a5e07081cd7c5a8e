#include "usernames.h"

#include "services/workspace.h"

namespace shuzai::ui {

UserNames::UserNames(Workspace &workspace)
{
    if (auto users = workspace.users()) {
        for (const User &u : *users) {
            if (!u.displayName.isEmpty())
                m_names.insert(u.login, u.displayName);
        }
    }
}

QString UserNames::of(const QString &login) const
{
    return m_names.value(login, login);
}

} // namespace shuzai::ui
