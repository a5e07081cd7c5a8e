#pragma once

#include <QString>

namespace shuzai::paths {

// The embedded default database: <user data dir>/shuzai.db (QStandardPaths::AppDataLocation,
// e.g. ~/.local/share/shuzai on Linux). Tests point XDG_DATA_HOME at a temporary folder.
QString defaultDatabasePath();
QString logDirectory();

} // namespace shuzai::paths
