#pragma once

#include <QSettings>

namespace shuzai::ui {

// The GUI's preferences (language, window layout, last database), in the user's config folder
// (XDG_CONFIG_HOME/shuzai/shuzai.conf). Never passwords: those live in the system keychain.
QSettings appSettings();

} // namespace shuzai::ui
