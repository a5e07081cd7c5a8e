#pragma once

#include "util/result.h"

#include <QDateTime>

namespace shuzai {

struct MailAddress {
    QString name;
    QString email;
};

// A file sent along, such as a review packet (base64, its name per RFC 2231).
struct MailAttachment {
    QString fileName;
    QByteArray contentType; // e.g. "application/pdf"
    QByteArray data;
};

// An e-mail as RFC 5322 wants it: Japanese in headers as RFC 2047 encoded words, the text in
// UTF-8 (base64) or ISO-2022-JP (7bit) for recipients whose software needs it. With `html`, the
// text goes as multipart/alternative: text/plain first, then text/html in the same charset.
struct MailMessage {
    enum class Charset { Utf8, Iso2022Jp };
    MailAddress from;
    MailAddress replyTo;
    QList<MailAddress> to;
    QString subject;
    QString body;
    QString html; // the same content as an HTML document; empty: text/plain only
    Charset charset = Charset::Utf8;
    QDateTime date;    // written with its own offset (the campaign's zone: +0900), never made UTC
    QString messageId; // without <>; made from the date and a random part when empty
    // Any: multipart/mixed with the text (or its multipart/alternative) first.
    QList<MailAttachment> attachments;
};

// The message's bytes, CRLF line ends, header lines folded under 78 characters. Refused when
// an address is not valid or the text has characters ISO-2022-JP cannot carry.
Result<QByteArray> formatMessage(const MailMessage &message);

// "=?UTF-8?B?...?=" words (or ISO-2022-JP), split so no word exceeds 75 characters.
QList<QByteArray> encodedWords(const QString &text, MailMessage::Charset charset);

} // namespace shuzai
