#pragma once

#include "domain/enums.h"
#include "storage/coreonly.h"
#include "util/result.h"

namespace shuzai {

class Database;

// Roles on the team server, so the server enforces them too, not only Shuzai: a group role per
// Shuzai role (shuzai_editor, shuzai_writer, shuzai_reviewer) with the privileges that role
// needs, and one login role per person in their group. A writer's own credentials cannot
// change a review's status even in psql; only a reviewer's can mark an approval.
namespace serverroles {

// Creates or refreshes the group roles and their grants (idempotent). Needs an administrator's
// connection (a superuser, or the owner with CREATEROLE).
VoidResult setUp(Database &db);
// A person's login role, in the group of `role`.
VoidResult addLogin(Database &db, const QString &login, const QString &password, Role role);
// The session's user may administer roles (superuser).
bool isAdministrator(Database &db);

} // namespace serverroles
} // namespace shuzai
