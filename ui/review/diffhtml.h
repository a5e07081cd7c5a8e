#pragma once

#include "util/textdiff.h"

namespace shuzai::ui {

// A correction as the reviewer reads it: removed characters struck through in red, added ones
// underlined in green, the rest as it was.
QString diffHtml(const QList<DiffRun> &runs);

} // namespace shuzai::ui
