#include "mailmessage.h"

#include "domain/validation.h"

#include <QRandomGenerator>
#include <QStringEncoder>

namespace shuzai {

namespace {
// Encoded words are kept short enough that "Subject: " and one word fit a 78-character line.
constexpr int kMaxWord = 66;

bool isPlainAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 126 || (c.unicode() < 32 && c != u'\t'))
            return false;
    }
    return true;
}

// Encodes text completely in ISO-2022-JP (ending back in ASCII); empty on failure.
std::optional<QByteArray> iso2022jp(const QString &text)
{
    // The ICU encoder uses the Microsoft table for a few JIS X 0208 codes; mail readers decode
    // those codes to the JIS characters, so the JIS characters are sent through their
    // Microsoft twins (〜 U+301C goes out as 0x2141 and is read back as 〜).
    QString mapped = text;
    for (auto [jis, microsoft] : {std::pair{u'\u301C', u'\uFF5E'}, std::pair{u'\u2016', u'\u2225'},
                                  std::pair{u'\u2212', u'\uFF0D'}, std::pair{u'\u2014', u'\u2015'},
                                  std::pair{u'\u00A2', u'\uFFE0'}, std::pair{u'\u00A3', u'\uFFE1'},
                                  std::pair{u'\u00AC', u'\uFFE2'}})
        mapped.replace(QChar(jis), QChar(microsoft));
    QStringEncoder encoder("ISO-2022-JP");
    QByteArray bytes = encoder.encode(mapped);
    if (encoder.hasError())
        return std::nullopt;
    // RFC 1468: every line (and every encoded word) ends back in ASCII.
    const qsizetype jisStart = std::max(bytes.lastIndexOf("\x1b$B"), bytes.lastIndexOf("\x1b$@"));
    if (jisStart >= 0 && bytes.lastIndexOf("\x1b(B") < jisStart)
        bytes += "\x1b(B";
    return bytes;
}

QByteArray charsetName(MailMessage::Charset charset)
{
    return charset == MailMessage::Charset::Iso2022Jp ? QByteArray("ISO-2022-JP")
                                                      : QByteArray("UTF-8");
}

// Header value words: ASCII as it is, anything else as encoded words.
QList<QByteArray> headerWords(const QString &text, MailMessage::Charset charset)
{
    if (isPlainAscii(text))
        return {text.toLatin1()};
    return encodedWords(text, charset);
}

QByteArray fold(const QByteArray &name, const QList<QByteArray> &words)
{
    QByteArray out = name + ": ";
    int lineLength = int(out.size());
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &w = words.at(i);
        if (i > 0) {
            if (lineLength + 1 + w.size() > 76) {
                out += "\r\n ";
                lineLength = 1;
            } else {
                out += ' ';
                ++lineLength;
            }
        }
        out += w;
        lineLength += int(w.size());
    }
    return out + "\r\n";
}

Result<QList<QByteArray>> address(const MailAddress &a, MailMessage::Charset charset)
{
    if (!isValidEmail(a.email)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The e-mail address is not valid: %1"), {a.email},
                     QStringLiteral("email"));
    }
    const QByteArray mailbox = "<" + a.email.toLatin1() + ">";
    if (a.name.isEmpty())
        return QList<QByteArray>{mailbox};
    QList<QByteArray> pieces;
    if (isPlainAscii(a.name)) {
        QString quoted = a.name;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        pieces.append('"' + quoted.toLatin1() + '"');
    } else {
        pieces = encodedWords(a.name, charset);
    }
    pieces.append(mailbox);
    return pieces;
}

QByteArray base64Lines(const QByteArray &bytes)
{
    const QByteArray encoded = bytes.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}
} // namespace

QList<QByteArray> encodedWords(const QString &text, MailMessage::Charset charset)
{
    const QByteArray prefix = "=?" + charsetName(charset) + "?B?";
    QList<QByteArray> words;
    QString chunk;
    auto encode = [&](const QString &part) -> QByteArray {
        const QByteArray raw = charset == MailMessage::Charset::Iso2022Jp
                                   ? iso2022jp(part).value_or(QByteArray())
                                   : part.toUtf8();
        return prefix + raw.toBase64() + "?=";
    };
    // Whole characters only (never half a surrogate pair), as many as fit in one word.
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString next = chunk + text.at(i);
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            next += text.at(++i);
        if (!chunk.isEmpty() && encode(next).size() > kMaxWord) {
            words.append(encode(chunk));
            chunk = next.mid(chunk.size());
        } else {
            chunk = next;
        }
    }
    if (!chunk.isEmpty())
        words.append(encode(chunk));
    return words;
}

namespace {
QByteArray newBoundary(const char *kind)
{
    return QByteArray("=_shuzai_") + kind + '_' +
           QByteArray::number(QRandomGenerator::global()->generate64(), 16);
}

const char *const kOutsideJis = QT_TRANSLATE_NOOP(
    "Error", "This line cannot be sent in ISO-2022-JP (a character outside JIS X 0208): %1");

// One text entity (its own headers, a blank line, the encoded text): text/plain or text/html.
Result<QByteArray> textEntity(const QString &content, const QByteArray &subtype,
                              MailMessage::Charset charset)
{
    QString text = content;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QByteArray body;
    const bool jis = charset == MailMessage::Charset::Iso2022Jp;
    if (jis) {
        QList<QByteArray> lines;
        for (const QString &line : text.split(u'\n')) {
            auto encoded = iso2022jp(line);
            if (!encoded) {
                return Error(ErrorCode::InvalidInput, kOutsideJis, {line.trimmed().left(40)},
                             QStringLiteral("charset"));
            }
            lines.append(*encoded);
        }
        body = lines.join("\r\n");
        if (!body.endsWith("\r\n"))
            body += "\r\n";
    } else {
        text.replace(u'\n', QStringLiteral("\r\n"));
        body = base64Lines(text.toUtf8());
    }
    QByteArray out = "Content-Type: text/" + subtype + "; charset=" + charsetName(charset) + "\r\n";
    out += jis ? QByteArray("Content-Transfer-Encoding: 7bit\r\n")
               : QByteArray("Content-Transfer-Encoding: base64\r\n");
    return out + "\r\n" + body;
}

// The line break before a boundary belongs to the boundary (RFC 2046): a 7bit text's own last
// line break needs one more, or the reader loses it. (Base64 ends its lines anyway.)
QByteArray delimiterLineBreak(MailMessage::Charset charset)
{
    return charset == MailMessage::Charset::Iso2022Jp ? QByteArray("\r\n") : QByteArray();
}

// The text part of the message: text/plain alone, or text/plain and text/html as alternatives.
Result<QByteArray> textContent(const MailMessage &m)
{
    auto plain = textEntity(m.body, "plain", m.charset);
    if (!plain || m.html.isEmpty())
        return plain;
    auto html = textEntity(m.html, "html", m.charset);
    if (!html)
        return html;
    const QByteArray boundary = newBoundary("alt");
    return "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n" + "--" +
           boundary + "\r\n" + *plain + delimiterLineBreak(m.charset) + "--" + boundary + "\r\n" +
           *html + delimiterLineBreak(m.charset) + "--" + boundary + "--\r\n";
}
} // namespace

Result<QByteArray> formatMessage(const MailMessage &m)
{
    if (m.to.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The message has no recipient."), {},
                     QStringLiteral("to"));
    }
    if (m.charset == MailMessage::Charset::Iso2022Jp && !iso2022jp(m.subject))
        return Error(ErrorCode::InvalidInput, kOutsideJis, {m.subject.left(40)},
                     QStringLiteral("charset"));
    auto text = textContent(m);
    if (!text)
        return text.error();

    QByteArray out;
    auto from = address(m.from, m.charset);
    if (!from)
        return from.error();
    out += fold("From", *from);
    if (!m.replyTo.email.isEmpty()) {
        auto reply = address(m.replyTo, m.charset);
        if (!reply)
            return reply.error();
        out += fold("Reply-To", *reply);
    }
    QList<QByteArray> recipients;
    for (qsizetype i = 0; i < m.to.size(); ++i) {
        auto to = address(m.to.at(i), m.charset);
        if (!to)
            return to.error();
        if (i + 1 < m.to.size())
            to->last() += ',';
        recipients += *to;
    }
    out += fold("To", recipients);
    out += fold("Subject", headerWords(m.subject, m.charset));
    // The time as the sender's clock shows it ("+0900"): a UTC time is only ever shown as such.
    const QDateTime date = m.date.isValid() ? m.date : QDateTime::currentDateTime();
    out += "Date: " + date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    QString id = m.messageId;
    if (id.isEmpty()) {
        const QString domain = m.from.email.section(u'@', 1);
        id = QStringLiteral("%1.%2@%3")
                 .arg(date.toMSecsSinceEpoch())
                 .arg(QRandomGenerator::global()->generate64(), 0, 16)
                 .arg(domain);
    }
    out += "Message-ID: <" + id.toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\n";
    if (m.attachments.isEmpty())
        return out + *text;
    const QByteArray boundary = newBoundary("mixed");
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\n" + *text;
    if (m.html.isEmpty())
        out += delimiterLineBreak(m.charset);
    for (const MailAttachment &a : m.attachments) {
        // RFC 2231: the name's UTF-8 bytes percent-encoded, so a Japanese file name survives.
        const QByteArray name = a.fileName.toUtf8().toPercentEncoding();
        out += "--" + boundary + "\r\n";
        out += "Content-Type: " + a.contentType + "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n";
        out += "Content-Disposition: attachment; filename*=UTF-8''" + name + "\r\n\r\n";
        out += base64Lines(a.data);
    }
    out += "--" + boundary + "--\r\n";
    return out;
}

} // namespace shuzai
