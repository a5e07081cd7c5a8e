#include "output.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace shuzai::cli {

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, std::size_t(utf8.size()), stream);
    std::fflush(stream);
}
} // namespace

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Duplicate:
        return QStringLiteral("duplicate");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission_denied");
    case ErrorCode::DatabaseNotSqlite:
        return QStringLiteral("not_a_database");
    case ErrorCode::DatabaseMissing:
        return QStringLiteral("no_database");
    case ErrorCode::DatabaseNeedsUpgrade:
        return QStringLiteral("database_needs_upgrade");
    case ErrorCode::DatabaseReadOnly:
        return QStringLiteral("read_only");
    case ErrorCode::DatabaseLocked:
        return QStringLiteral("locked");
    case ErrorCode::DatabaseTooNew:
        return QStringLiteral("database_too_new");
    case ErrorCode::DatabaseFull:
        return QStringLiteral("disk_full");
    case ErrorCode::DatabaseError:
        return QStringLiteral("database_error");
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("keychain_unavailable");
    case ErrorCode::Io:
        return QStringLiteral("io_error");
    case ErrorCode::Usage:
        return QStringLiteral("usage");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::DatabaseCorrupt:
        return QStringLiteral("database_corrupt");
    case ErrorCode::DatabaseUnavailable:
        return QStringLiteral("database_unavailable");
    }
    return QStringLiteral("error");
}

void Output::printJson(const QJsonValue &value) const
{
    m_printedJson = true;
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void Output::line(const QString &text) const
{
    write(stdout, text + u'\n');
}

int Output::fail(const Error &error) const
{
    QString message = error.message();
    message.replace(u'\n', u' ');
    write(stderr, QStringLiteral("shuzai-cli: %1\n").arg(message));
    if (m_json && !m_printedJson) {
        QJsonObject e{{QStringLiteral("code"), errorCodeName(error.code())},
                      {QStringLiteral("message"), message}};
        if (!error.field().isEmpty())
            e.insert(QStringLiteral("field"), error.field());
        printJson(QJsonObject{{QStringLiteral("error"), e}});
    }
    return error.code() == ErrorCode::Usage ? 2 : 1;
}

} // namespace shuzai::cli
