#pragma once

#include <QString>
#include <QStringList>

namespace shuzai {

enum class ErrorCode {
    InvalidInput,
    NotFound,
    Duplicate,
    Conflict,
    PermissionDenied,
    DatabaseNotSqlite,
    DatabaseMissing,
    DatabaseNeedsUpgrade,
    DatabaseReadOnly,
    DatabaseLocked,
    DatabaseTooNew,
    DatabaseFull,
    DatabaseCorrupt,
    DatabaseUnavailable,
    DatabaseError,
    KeychainUnavailable,
    Io,
    Usage,
    Cancelled,
};

// An error as core reports it. The text is kept untranslated (marked with QT_TRANSLATE_NOOP in
// context "Error") and translated only when shown, so the language can change after the error
// was made and logs can keep the English form.
class Error {
public:
    Error(ErrorCode code, const char *sourceText, QStringList args = {}, QString field = {});

    ErrorCode code() const { return m_code; }
    // The translated, user-facing message with arguments filled in (and the library's own
    // words on a line below, when there are some).
    QString message() const;
    // The English message, for logs.
    QString untranslatedMessage() const;
    // The input field the error is about ("email", "givenReading", ...), empty if none.
    QString field() const { return m_field; }
    // A technical detail (driver message) for the log; may be empty. Never shown as the message.
    QString detail() const { return m_detail; }
    Error &withDetail(const QString &detail);
    // The words of the library that failed (libpq, the keychain, the TLS stack, a mail
    // server's reply), shown on a line of their own below the translated sentence ("Details:
    // connection refused …") so whoever helps can look them up. The sentence never carries them.
    Error &withLibraryText(const QString &text);
    QString libraryText() const { return m_libraryText; }
    Error &withField(const QString &field);
    // Where the error is: a file's name, "file.vtt, line 12". Shown before the message
    // ("file.vtt, line 12: …") so a refusal always names what it refused. Set once: a second
    // call keeps the first (the innermost code knows the place best).
    Error &at(const QString &where);
    QString where() const { return m_where; }

private:
    QString fill(QString text) const;

    ErrorCode m_code;
    const char *m_sourceText;
    QStringList m_args;
    QString m_field;
    QString m_detail;
    QString m_libraryText;
    QString m_where;
};

} // namespace shuzai
