#pragma once

#include "util/result.h"

namespace shuzai::cli {

// renderPdf (core/print) run in the shuzai-pdf helper program, so this program links no Qt Gui:
// the helper sits next to shuzai-cli (a build tree) or in ../libexec/shuzai (an installation).
Result<QByteArray> renderPdfInHelper(const QString &html, const QString &title);

} // namespace shuzai::cli
