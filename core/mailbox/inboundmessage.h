#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace shuzai {

// A file that came with a message (a .docx of corrections, a .txt), decoded from its transfer
// encoding (base64, quoted-printable) to its own bytes.
struct InboundAttachment {
    QString fileName;
    QString mimeType;
    QByteArray bytes;
};

// A message read from the editor's mailbox: the exact bytes as the server gave them, and what
// matching and reading the reply need, decoded.
struct InboundMessage {
    QByteArray raw;         // the exact bytes
    QString messageId;      // without <>
    QString inReplyTo;      // without <>
    QStringList references; // without <>, oldest first
    QString fromAddress;
    QString fromName;
    QString subject; // decoded
    QDateTime date;  // UTC; invalid when missing
    QString text;    // the text/plain body (else text/html reduced to text), decoded
    QList<InboundAttachment> attachments;
};

// Parses an RFC 5322 message (MIME with GMime 3). The body text is decoded by its declared
// charset with Qt's (ICU's) decoders, which keep Shift_JIS ①② and ～ that iconv loses; an
// undeclared charset is guessed (UTF-8, ISO-2022-JP, CP932, EUC-JP). Refused only when the bytes
// are not a message at all (empty, no header); a message with odd parts gives what it can.
Result<InboundMessage> parseInboundMessage(const QByteArray &raw);

// Text for a MIME part's bytes in `charset` (empty: guessed as above). Exposed for tests.
QString decodeMailText(const QByteArray &bytes, const QByteArray &charset);

// A header's raw value with its RFC 2047 encoded words decoded (adjacent words of one charset
// joined first, so a character split between them survives).
QString decodeHeaderText(const QByteArray &raw);

// An HTML body reduced to its text: tags dropped, line breaks kept at <br>, <p>, <div>,
// <li> and <tr>, entities decoded, <style> and <script> left out.
QString htmlToText(const QString &html);

} // namespace shuzai
