#pragma once

// Storage is core's own: SQL lives here and only services use it. The GUI and the CLI are
// compiled with SHUZAI_OUTSIDE_CORE, so reaching a storage header from them, even through a
// service's header, stops the build instead of relying on review.
#ifdef SHUZAI_OUTSIDE_CORE
#error "core/storage is reached from outside core: talk to a service (core/services) instead"
#endif
