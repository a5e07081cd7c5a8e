#pragma once

#include <QSettings>

namespace shuzai {

// The preferences of the GUI and the CLI (language, window layout, the SMTP account), in the user's
// config folder (XDG_CONFIG_HOME/shuzai/shuzai.conf). Never passwords: those live in the system
// keychain.
QSettings appSettings();

} // namespace shuzai
