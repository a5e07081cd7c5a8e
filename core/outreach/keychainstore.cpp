// The keychain module (shuzai-keychain): passwords through QtKeychain, which brings D-Bus and
// libsecret's dependencies with it; loaded by passwordstore.cpp when a password is needed.
#include "util/result.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace shuzai::keychainstore {

namespace {
const QString kService = QStringLiteral("Shuzai");

// Runs a keychain job to its end and maps its failure to a translated error naming the entry.
VoidResult run(QKeychain::Job &job, const QString &key)
{
    job.setAutoDelete(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error(ErrorCode::NotFound,
                     QT_TRANSLATE_NOOP("Error", "The keychain holds no password for %1."), {key});
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error(ErrorCode::PermissionDenied,
                     QT_TRANSLATE_NOOP("Error", "The keychain refused access to the password for "
                                                "%1."),
                     {key})
            .withLibraryText(job.errorString());
    default:
        break;
    }
    return Error(ErrorCode::KeychainUnavailable,
                 QT_TRANSLATE_NOOP("Error", "No system keychain is available, so the password "
                                            "for %1 cannot be kept: give it each time (Shuzai "
                                            "never writes it to disk)."),
                 {key})
        .withLibraryText(job.errorString());
}
} // namespace

Result<QString> read(const QString &key)
{
    QKeychain::ReadPasswordJob job(kService);
    if (auto r = run(job, key); !r)
        return r.error();
    return job.textData();
}

VoidResult write(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setTextData(password);
    return run(job, key);
}

VoidResult remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(kService);
    return run(job, key);
}

} // namespace shuzai::keychainstore

using shuzai::Result;
using shuzai::VoidResult;

extern "C" Q_DECL_EXPORT void shuzai_keychain_read(const QString *key, Result<QString> *out)
{
    *out = shuzai::keychainstore::read(*key);
}

extern "C" Q_DECL_EXPORT void shuzai_keychain_write(const QString *key, const QString *password,
                                                    VoidResult *out)
{
    *out = shuzai::keychainstore::write(*key, *password);
}

extern "C" Q_DECL_EXPORT void shuzai_keychain_remove(const QString *key, VoidResult *out)
{
    *out = shuzai::keychainstore::remove(*key);
}
