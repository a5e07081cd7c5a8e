#include "passwordstore.h"

#include "smtpclient.h"
#include "util/modules.h"

namespace shuzai::passwordstore {

namespace {
// QtKeychain is in the module shuzai-keychain (outreach/keychainstore.cpp).
template <typename Function> Result<Function *> entry(const char *symbol)
{
    return modules::resolve<Function>("shuzai-keychain", symbol);
}
} // namespace

QString smtpKey(const SmtpSettings &s)
{
    return QStringLiteral("smtp://%1@%2:%3").arg(s.user, s.host, QString::number(s.port));
}

Result<QString> read(const QString &key)
{
    static const auto call =
        entry<void(const QString *, Result<QString> *)>("shuzai_keychain_read");
    if (!call)
        return call.error();
    Result<QString> out = QString();
    (*call)(&key, &out);
    return out;
}

VoidResult write(const QString &key, const QString &password)
{
    static const auto call =
        entry<void(const QString *, const QString *, VoidResult *)>("shuzai_keychain_write");
    if (!call)
        return call.error();
    VoidResult out;
    (*call)(&key, &password, &out);
    return out;
}

VoidResult remove(const QString &key)
{
    static const auto call = entry<void(const QString *, VoidResult *)>("shuzai_keychain_remove");
    if (!call)
        return call.error();
    VoidResult out;
    (*call)(&key, &out);
    return out;
}

} // namespace shuzai::passwordstore
