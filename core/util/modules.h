#pragma once

#include "util/result.h"

#include <QFunctionPointer>

namespace shuzai::modules {

// Libraries only some work needs (GMime with GLib, GIO and GPGME for reading mail; QtKeychain
// with D-Bus for passwords) live in small modules loaded the first time they are used, so a
// command or a start-up that needs neither does not load them: they cost more than the rest
// of the program's libraries together. A module is looked for in the installed place
// (lib/shuzai beside bin/) and then in the build tree.
//
// The function `symbol` of module `name` ("shuzai-mime"); an error naming the module and where
// it was looked for when it is missing or broken.
Result<QFunctionPointer> resolve(const char *name, const char *symbol);

// Typed: resolve<void(const QByteArray *, Result<X> *)>("shuzai-mime", "entry").
template <typename Function> Result<Function *> resolve(const char *name, const char *symbol)
{
    auto function = resolve(name, symbol);
    if (!function)
        return function.error();
    return reinterpret_cast<Function *>(*function);
}

} // namespace shuzai::modules
