#pragma once

#include "util/result.h"

namespace shuzai {

// Lays HTML out on A4 pages and writes it as PDF bytes, Japanese fonts embedded (QTextDocument
// on QPdfWriter). Needs a QGuiApplication, for the fonts; the CLI makes an offscreen one.
Result<QByteArray> renderPdf(const QString &html, const QString &title);

} // namespace shuzai
