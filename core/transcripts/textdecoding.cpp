#include "textdecoding.h"

#include <QStringDecoder>

namespace shuzai {

namespace {

struct Attempt {
    QString text;
    bool ok = false;
};

Attempt decodeWith(const QByteArray &bytes, const char *encoding)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return {};
    QString text = decoder.decode(bytes);
    // Qt's own UTF decoders report every invalid sequence; for the others a U+FFFD in the
    // result is the sign (a UTF file may hold a U+FFFD of its own).
    const bool utf = qstrnicmp(encoding, "UTF-", 4) == 0;
    return {text, !decoder.hasError() && (utf || !text.contains(QChar::ReplacementCharacter))};
}

// How much a decoding looks like Japanese prose: kana, kanji, ASCII and Japanese punctuation
// count for it; half-width katakana, private use and control characters against it (they are
// what the wrong legacy decoder typically produces).
int naturalness(const QString &text)
{
    int score = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF))
            score += 2;
        else if (u < 0x80 || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF01 && u <= 0xFF5E))
            score += 1;
        else if ((u >= 0xFF61 && u <= 0xFF9F) || (u >= 0xE000 && u <= 0xF8FF) || u < 0x20)
            score -= 3;
    }
    return score;
}

Error unreadable(const char *text, QStringList args = {})
{
    return Error(ErrorCode::InvalidInput, text, std::move(args), QStringLiteral("encoding"));
}

} // namespace

QStringList supportedEncodings()
{
    return {QStringLiteral("UTF-8"),      QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"),
            QStringLiteral("Shift_JIS"),  QStringLiteral("CP932"),    QStringLiteral("EUC-JP"),
            QStringLiteral("ISO-2022-JP")};
}

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &forced)
{
    if (!forced.isEmpty()) {
        const QByteArray name = forced.toLatin1();
        if (!QStringDecoder(name.constData()).isValid()) {
            return unreadable(QT_TRANSLATE_NOOP("Error", "Unknown text encoding \"%1\"."),
                              {forced});
        }
        QByteArray body = bytes;
        if (name.toUpper().startsWith("UTF-8") && body.startsWith("\xEF\xBB\xBF"))
            body.remove(0, 3);
        Attempt a = decodeWith(body, name.constData());
        if (!a.ok) {
            return unreadable(QT_TRANSLATE_NOOP("Error", "The file is not valid %1 text."),
                              {forced});
        }
        if (a.text.startsWith(QChar(0xFEFF)))
            a.text.remove(0, 1);
        return DecodedText{a.text, forced, true};
    }

    if (bytes.startsWith("\xEF\xBB\xBF")) {
        Attempt a = decodeWith(bytes.mid(3), "UTF-8");
        if (!a.ok)
            return unreadable(QT_TRANSLATE_NOOP("Error", "The file is not valid %1 text."),
                              {QStringLiteral("UTF-8")});
        return DecodedText{a.text, QStringLiteral("UTF-8"), true};
    }
    for (auto [bom, name] :
         {std::pair{"\xFF\xFE", "UTF-16LE"}, std::pair{"\xFE\xFF", "UTF-16BE"}}) {
        if (bytes.startsWith(bom)) {
            Attempt a = decodeWith(bytes.mid(2), name);
            if (!a.ok)
                return unreadable(QT_TRANSLATE_NOOP("Error", "The file is not valid %1 text."),
                                  {QLatin1String(name)});
            return DecodedText{a.text, QLatin1String(name), true};
        }
    }

    // UTF-16 without a BOM: ASCII characters (newlines at least) leave NUL bytes on one side
    // of their pairs; Japanese text has none of its own. Whichever byte order decodes into
    // natural text wins.
    qsizetype evenNuls = 0, oddNuls = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\0')
            (i % 2 == 0 ? evenNuls : oddNuls)++;
    }
    // UTF-16 puts its NULs on one side of the pairs; NULs on both sides are stray bytes in
    // 8-bit text (the W3C WebVTT tests have such a file: each NUL reads as U+FFFD).
    const bool oneSided = std::max(evenNuls, oddNuls) >= 4 * std::min(evenNuls, oddNuls);
    if (evenNuls + oddNuls > 0 && bytes.size() % 2 == 0 && oneSided) {
        const char *order = oddNuls >= evenNuls ? "UTF-16LE" : "UTF-16BE";
        Attempt a = decodeWith(bytes, order);
        if (a.ok && !a.text.contains(QChar(u'\0')) && naturalness(a.text) > a.text.size() / 2)
            return DecodedText{a.text, QLatin1String(order), true};
    }
    if (evenNuls + oddNuls > 0 && (oneSided || (evenNuls + oddNuls) * 20 > bytes.size())) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The file holds binary data, not text."));
    }

    Attempt utf8 = decodeWith(bytes, "UTF-8");
    if (utf8.ok)
        return DecodedText{utf8.text, QStringLiteral("UTF-8"), true};

    Attempt sjis = decodeWith(bytes, "CP932");
    Attempt euc = decodeWith(bytes, "EUC-JP");
    if (sjis.ok && !euc.ok)
        return DecodedText{sjis.text, QStringLiteral("Shift_JIS"), true};
    if (euc.ok && !sjis.ok)
        return DecodedText{euc.text, QStringLiteral("EUC-JP"), true};
    if (sjis.ok && euc.ok) {
        const int s = naturalness(sjis.text);
        const int e = naturalness(euc.text);
        const bool certain = std::abs(s - e) > std::max(8, int(bytes.size() / 20));
        return s >= e ? DecodedText{sjis.text, QStringLiteral("Shift_JIS"), certain}
                      : DecodedText{euc.text, QStringLiteral("EUC-JP"), certain};
    }
    return unreadable(QT_TRANSLATE_NOOP("Error", "The text encoding of the file could not be "
                                                 "recognised. Choose the encoding (for example "
                                                 "UTF-8, Shift_JIS or EUC-JP) and import again."));
}

} // namespace shuzai
