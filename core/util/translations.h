#pragma once

#include <QString>

namespace shuzai::i18n {

// "ja" when the system's preferred UI language is Japanese, otherwise "en".
QString systemLanguage();

// Installs Shuzai's and Qt's own translations for "ja" or "en" on the application, replacing
// any installed before (so the GUI can switch language while running). Returns false for an
// unknown language.
bool install(const QString &language);
QString installedLanguage();

} // namespace shuzai::i18n
