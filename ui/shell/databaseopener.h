#pragma once

#include "util/result.h"

#include <memory>

class QWidget;

namespace shuzai {
class Clock;
class Workspace;
} // namespace shuzai

namespace shuzai::ui {

// Opens a database file for the desktop: a file that is not there (or is empty) becomes a new
// database only after the user agreed; a damaged one offers its latest good backup by name and
// is replaced by it on request (the damaged file kept aside). Cancelled when the user declines.
Result<std::unique_ptr<Workspace>> openDatabaseFile(QWidget *parent, const QString &path,
                                                    const Clock &clock);

} // namespace shuzai::ui
