#pragma once

namespace shuzai {

struct DatabaseOptions {
    // How long a write waits for another program holding the file before giving up.
    int busyTimeoutMs = 5000;
    // A missing or empty file becomes a new database. Off, such a file is an error naming it:
    // a deleted or truncated database must never silently turn into an empty one.
    bool create = false;
    // Reads only: no write lock is ever taken (a busy writer elsewhere does not block it) and
    // a file without write permission can be read. Any attempt to write fails as read-only.
    bool readOnly = false;
};

} // namespace shuzai
