#pragma once

#include "util/result.h"

namespace shuzai {

struct SmtpSettings;

// SMTP passwords in the system keychain (Secret Service through QtKeychain); Shuzai itself never
// writes one to disk. Where no keychain answers (no session bus, no Secret Service) the calls
// fail with ErrorCode::KeychainUnavailable, and the app asks for the password each time instead.
// Blocking: each call waits for its keychain job.
namespace passwordstore {

// The entry name for an SMTP account: "smtp://user@host:port".
QString smtpKey(const SmtpSettings &settings);

Result<QString> read(const QString &key);
VoidResult write(const QString &key, const QString &password);
VoidResult remove(const QString &key);

} // namespace passwordstore
} // namespace shuzai
