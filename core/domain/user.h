#pragma once

#include "campaign.h"

namespace shuzai {

struct User {
    Id id = 0;
    QString login; // unique, used with --as
    QString displayName;
    Role role = Role::Editor;
    QString email;
};

} // namespace shuzai
