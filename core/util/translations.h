#pragma once

#include <QString>
#include <QStringList>

namespace shuzai::i18n {

// "ja" when the system's preferred UI language is Japanese, otherwise "en".
QString systemLanguage();

// Installs Shuzai's and Qt's own translations for "ja" or "en" on the application, replacing
// any installed before (so the GUI can switch language while running). Returns false for an
// unknown language.
bool install(const QString &language);
QString installedLanguage();

// Items as a sentence lists them in the installed language: "A、B、C" / "A, B, C".
QString joinList(const QStringList &items);

} // namespace shuzai::i18n
