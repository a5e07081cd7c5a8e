#pragma once

#include <QIcon>

namespace shuzai::ui::icons {

// The desktop theme's icon of this freedesktop icon-naming name, else Shuzai's bundled copy
// (resources/icons, from Adwaita): a desktop without a theme (or a minimal one) still shows
// every icon.
QIcon get(const QString &name);

// Shuzai's own icon, for windows: the installed one (hicolor "shuzai"), else the bundled PNGs.
QIcon application();

// True when Shuzai bundles a copy of `name` (every name the program asks for must be).
bool isBundled(const QString &name);

} // namespace shuzai::ui::icons
