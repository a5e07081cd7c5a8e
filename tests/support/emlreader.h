#pragma once

// A small reader of the reply fixtures' .eml files for the tests (headers, the first text/plain
// part, base64 or quoted-printable, decoded by its charset). Only for the tests' own files:
// Shuzai reads mail through core/mailbox.

#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QStringDecoder>

namespace shuzai::test {

struct EmlText {
    QString text;
    QByteArray charset;
    bool ok = false;
};

namespace eml {
inline QByteArray headerValue(const QByteArray &headers, const QByteArray &name)
{
    QByteArray unfolded = headers;
    unfolded.replace("\r\n ", " ").replace("\r\n\t", " ").replace("\n ", " ").replace("\n\t", " ");
    for (const QByteArray &line : unfolded.split('\n')) {
        if (line.toLower().startsWith(name.toLower() + ':'))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

inline QByteArray parameter(const QByteArray &value, const QByteArray &name)
{
    const QRegularExpression re(
        QStringLiteral("%1\\s*=\\s*\"?([^\";]+)\"?").arg(QString::fromLatin1(name)),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(QString::fromLatin1(value)).captured(1).toLatin1();
}

inline QByteArray quotedPrintable(const QByteArray &in)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] != '=') {
            out.append(in[i]);
            continue;
        }
        if (i + 1 < in.size() && (in[i + 1] == '\r' || in[i + 1] == '\n')) {
            i += (in[i + 1] == '\r' && i + 2 < in.size() && in[i + 2] == '\n') ? 2 : 1;
            continue;
        }
        const QByteArray byte = QByteArray::fromHex(in.mid(i + 1, 2));
        if (!byte.isEmpty())
            out.append(byte.front());
        i += 2;
    }
    return out;
}

inline EmlText textOf(const QByteArray &entity)
{
    qsizetype split = entity.indexOf("\r\n\r\n");
    qsizetype skip = 4;
    if (split < 0) {
        split = entity.indexOf("\n\n");
        skip = 2;
    }
    const QByteArray headers = entity.left(split);
    const QByteArray body = entity.mid(split + skip);
    const QByteArray type = headerValue(headers, "Content-Type");
    if (type.toLower().startsWith("multipart/")) {
        const QByteArray boundary = "--" + parameter(type, "boundary");
        const QList<QByteArray> parts = body.split('\n');
        QByteArray part;
        bool inPart = false;
        for (const QByteArray &line : parts) {
            if (line.trimmed().startsWith(boundary)) {
                if (inPart) {
                    EmlText t = textOf(part);
                    if (t.ok)
                        return t;
                }
                inPart = true;
                part.clear();
                continue;
            }
            if (inPart)
                part.append(line + '\n');
        }
        return {};
    }
    if (!type.isEmpty() && !type.toLower().startsWith("text/plain"))
        return {};
    const QByteArray encoding = headerValue(headers, "Content-Transfer-Encoding").toLower();
    QByteArray bytes = body;
    if (encoding == "base64")
        bytes = QByteArray::fromBase64(body);
    else if (encoding == "quoted-printable")
        bytes = quotedPrintable(body);
    QByteArray charset = parameter(type, "charset");
    if (charset.isEmpty())
        charset = "us-ascii";
    QStringDecoder decoder(charset.constData());
    EmlText out;
    out.charset = charset;
    if (!decoder.isValid())
        return out;
    out.text = decoder.decode(bytes);
    out.ok = !decoder.hasError();
    return out;
}
} // namespace eml

// The first text/plain part of a message, decoded.
inline EmlText readEmlText(const QByteArray &raw)
{
    return eml::textOf(raw);
}

} // namespace shuzai::test
