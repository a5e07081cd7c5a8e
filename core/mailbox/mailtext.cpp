// The text parts of mail: charsets, encoded words, HTML. Pure Qt (no GMime), so the code that
// reads the text of a returned correction does not need the mail parser's module.
#include "inboundmessage.h"

#include "transcripts/textdecoding.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace shuzai {
namespace {

QString tryDecode(const QByteArray &bytes, const char *name, bool *ok)
{
    QStringDecoder decoder(name);
    if (!decoder.isValid()) {
        *ok = false;
        return {};
    }
    QString text = decoder.decode(bytes);
    *ok = !decoder.hasError();
    return text;
}

} // namespace

QString decodeMailText(const QByteArray &bytes, const QByteArray &charset)
{
    bool ok = false;
    const QByteArray name = charset.trimmed().toLower();
    if (!name.isEmpty() && name != "us-ascii" && name != "unknown-8bit" && name != "x-unknown") {
        // Mail says Shift_JIS but means Microsoft's CP932 (①, ～, NEC and IBM extensions):
        // decode with the superset, as mail clients do.
        const char *qtName =
            (name == "shift_jis" || name == "shift-jis" || name == "sjis" || name == "x-sjis")
                ? "windows-31j"
                : name.constData();
        QString text = tryDecode(bytes, qtName, &ok);
        if (ok)
            return text;
        if (QStringDecoder(qtName).isValid() && name != "utf-8")
            return text; // the declared charset, with U+FFFD where bytes are bad
    }
    // Undeclared (or us-ascii with 8-bit bytes, or UTF-8 that is not): guess. ISO-2022-JP is
    // 7-bit and so valid UTF-8 too: its escapes decide first.
    if (bytes.contains("\x1b$")) {
        QString jis = tryDecode(bytes, "ISO-2022-JP", &ok);
        if (ok)
            return jis;
    }
    QString text = tryDecode(bytes, "UTF-8", &ok);
    if (ok)
        return text;
    // CP932 or EUC-JP: whichever reads as the more plausible Japanese (the transcript
    // importer's detection), CP932 when unsure.
    if (auto decoded = decodeText(bytes); decoded && !decoded->text.isEmpty()) {
        const QString guessed = decoded->encoding.toUpper();
        if (guessed.contains(QLatin1String("EUC")))
            return decoded->text;
    }
    for (const char *candidate : {"windows-31j", "EUC-JP"}) {
        QString guess = tryDecode(bytes, candidate, &ok);
        if (ok)
            return guess;
    }
    return text; // UTF-8 with U+FFFD: at least the ASCII reads
}

QString decodeHeaderText(const QByteArray &raw)
{
    // Unfolded: a line break before white space is not part of the value.
    QByteArray value = raw;
    value.replace("\r\n", "");
    value.replace('\n', "");
    static const QRegularExpression word(
        QStringLiteral("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?="));
    const QString latin = QString::fromLatin1(value);
    QString out;
    QByteArray pendingCharset;
    QByteArray pending;
    const auto flush = [&] {
        if (!pending.isEmpty())
            out += decodeMailText(pending, pendingCharset);
        pending.clear();
        pendingCharset.clear();
    };
    qsizetype last = 0;
    bool afterWord = false;
    auto it = word.globalMatch(latin);
    while (it.hasNext()) {
        const auto m = it.next();
        const QByteArray gap = value.mid(last, m.capturedStart() - last);
        if (!(afterWord && gap.trimmed().isEmpty())) {
            flush();
            out += decodeMailText(gap, {});
        }
        // Words in one charset are joined before decoding: a character may be split across two.
        QByteArray charset = m.captured(1).toLatin1().toLower();
        charset = charset.left(charset.indexOf('*') < 0 ? charset.size() : charset.indexOf('*'));
        const QByteArray payload = m.captured(3).toLatin1();
        QByteArray bytes;
        if (m.captured(2).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0) {
            bytes = QByteArray::fromBase64(payload);
        } else {
            for (qsizetype i = 0; i < payload.size(); ++i) {
                if (payload[i] == '_') {
                    bytes += ' ';
                } else if (payload[i] == '=' && i + 2 < payload.size()) {
                    bytes += char(payload.mid(i + 1, 2).toInt(nullptr, 16));
                    i += 2;
                } else {
                    bytes += payload[i];
                }
            }
        }
        // ISO-2022 words each end in ASCII: joined, ICU would take the empty segment between
        // two escapes for an error. Each is decoded on its own.
        if (charset != pendingCharset || charset.startsWith("iso-2022"))
            flush();
        pendingCharset = charset;
        pending += bytes;
        last = m.capturedEnd();
        afterWord = true;
    }
    flush();
    out += decodeMailText(value.mid(last), {});
    return out.trimmed();
}

QString htmlToText(const QString &html)
{
    QString text = html;
    static const QRegularExpression hidden(
        QStringLiteral("<(style|script|head)\\b[^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comment(QStringLiteral("<!--.*?-->"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral("<(br|/p|/div|/li|/tr|/h[1-6]|/blockquote)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\n]+"));
    text.remove(hidden);
    text.remove(comment);
    text.replace(spaces, QStringLiteral(" ")); // HTML's own line breaks are spaces
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"));
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        QString replacement = match.captured(0);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF)
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else if (name == QLatin1String("amp")) {
            replacement = QStringLiteral("&");
        } else if (name == QLatin1String("lt")) {
            replacement = QStringLiteral("<");
        } else if (name == QLatin1String("gt")) {
            replacement = QStringLiteral(">");
        } else if (name == QLatin1String("quot")) {
            replacement = QStringLiteral("\"");
        } else if (name == QLatin1String("apos")) {
            replacement = QStringLiteral("'");
        } else if (name == QLatin1String("nbsp")) {
            replacement = QStringLiteral(" ");
        }
        out += replacement;
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    QStringList lines = out.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    return lines.join(u'\n').trimmed();
}

} // namespace shuzai
