// Encodings transcript files really come in. The samples in tests/data/encodings/ were made
// from the *.utf8.txt texts with Python's codecs (make.py there); larger ones are made here with
// glibc's iconv from the Japanese corpus. Both are independent of ICU, which Shuzai decodes with.
#include "qtprinters.h"
#include "testdata.h"
#include "transcripts/textdecoding.h"

#include <QFile>
#include <QProcess>
#include <gtest/gtest.h>

using namespace shuzai;

namespace {
using test::readData;
QByteArray sample(const char *name)
{
    return readData(QStringLiteral("encodings/") + QLatin1String(name));
}

QString reference(const char *source)
{
    return QString::fromUtf8(sample((QByteArray(source) + ".utf8.txt").constData()));
}

QByteArray iconv(const QByteArray &input, const char *from, const char *to)
{
    QProcess p;
    p.start(QStringLiteral("iconv"),
            {QStringLiteral("-f"), QLatin1String(from), QStringLiteral("-t"), QLatin1String(to)});
    p.write(input);
    p.closeWriteChannel();
    EXPECT_TRUE(p.waitForFinished(20000));
    EXPECT_EQ(p.exitCode(), 0) << from << " -> " << to;
    return p.readAllStandardOutput();
}

TextEncoding named(const char *name)
{
    return TextEncoding{QLatin1String(name), 0, true, {}};
}

// Decodes in chunks of `size` bytes.
QString decodeInChunks(const QByteArray &bytes, const TextEncoding &encoding, qsizetype size,
                       bool *error = nullptr, qint64 *errorLine = nullptr)
{
    ChunkDecoder decoder(encoding);
    QString text;
    for (qsizetype at = 0; at < bytes.size(); at += size)
        text += decoder.decode(
            QByteArrayView(bytes.constData() + at, std::min(size, bytes.size() - at)));
    text += decoder.finish();
    if (error)
        *error = decoder.hasError();
    if (errorLine)
        *errorLine = decoder.errorLine();
    return text;
}

const QStringList kJapanese = {QStringLiteral("Shift_JIS"), QStringLiteral("EUC-JP"),
                               QStringLiteral("ISO-2022-JP"), QStringLiteral("ISO-2022-JP-2")};

struct Expected {
    const char *file;
    const char *source;
    const char *encoding;
};

// Files whose encoding is known for certain.
const Expected kCertain[] = {
    {"ja-interview.utf8.txt", "ja-interview", "UTF-8"},
    {"ja-interview.utf8bom.txt", "ja-interview", "UTF-8"},
    {"ja-interview.utf16le-bom.txt", "ja-interview", "UTF-16LE"},
    {"ja-interview.utf16be.txt", "ja-interview", "UTF-16BE"},
    {"ja-interview.utf32le-bom.txt", "ja-interview", "UTF-32LE"},
    {"ja-interview.utf32be-bom.txt", "ja-interview", "UTF-32BE"},
    {"ja-interview.iso2022jp.txt", "ja-interview", "ISO-2022-JP"},
    {"ja-interview.sjis.txt", "ja-interview", "Shift_JIS"},
    {"ja-interview.eucjp.txt", "ja-interview", "EUC-JP"},
    {"ko-interview.utf8.txt", "ko-interview", "UTF-8"},
};

// Legacy files in other languages: a guess, never Japanese.
const Expected kGuessed[] = {
    {"zh-hans-interview.gb2312.txt", "zh-hans-interview", "GB18030"},
    {"zh-hant-interview.big5.txt", "zh-hant-interview", "Big5"},
    {"ko-interview.euckr.txt", "ko-interview", "EUC-KR"},
    {"ko-interview-uhc.cp949.txt", "ko-interview-uhc", "windows-949"},
    {"fr-interview.cp1252.txt", "fr-interview", "windows-1252"},
    {"de-interview.latin1.txt", "de-interview", "ISO-8859-1"},
};
} // namespace

TEST(TextDecoding, JapaneseInterviewInEveryEncodingIsRecognisedForCertain)
{
    for (const Expected &e : kCertain) {
        SCOPED_TRACE(e.file);
        const QByteArray bytes = sample(e.file);
        auto encoding = detectEncoding(bytes);
        ASSERT_TRUE(encoding) << encoding.error().untranslatedMessage().toStdString();
        EXPECT_EQ(encoding->name, QLatin1String(e.encoding));
        EXPECT_TRUE(encoding->certain);
        EXPECT_EQ(encoding->candidates, QStringList{QLatin1String(e.encoding)});
        auto decoded = decodeText(bytes);
        ASSERT_TRUE(decoded);
        EXPECT_EQ(decoded->text, reference(e.source));
        EXPECT_EQ(decoded->encoding, QLatin1String(e.encoding));
        EXPECT_TRUE(decoded->certain);
    }
}

TEST(TextDecoding, ChineseKoreanAndWesternFilesAreNeverTakenForJapanese)
{
    for (const Expected &e : kGuessed) {
        SCOPED_TRACE(e.file);
        const QByteArray bytes = sample(e.file);
        auto decoded = decodeText(bytes);
        ASSERT_TRUE(decoded) << decoded.error().untranslatedMessage().toStdString();
        EXPECT_EQ(decoded->encoding, QLatin1String(e.encoding));
        EXPECT_FALSE(decoded->certain);
        ASSERT_FALSE(decoded->candidates.isEmpty());
        EXPECT_EQ(decoded->candidates.front(), QLatin1String(e.encoding));
        EXPECT_LE(decoded->candidates.size(), 5);
        EXPECT_EQ(decoded->text, reference(e.source));
        EXPECT_FALSE(kJapanese.contains(decoded->encoding));
    }
    // The user trial's file: GB2312 subtitles (cdown/srt), compared with iconv's decoding.
    const QByteArray gb =
        readData(QStringLiteral("corpora/srt/srt__srt_tools__tests__files__gb2312.srt"));
    auto decoded = decodeText(gb);
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->encoding, QStringLiteral("GB18030"));
    EXPECT_FALSE(decoded->certain);
    EXPECT_EQ(decoded->text, QString::fromUtf8(iconv(gb, "GB18030", "UTF-8")));
}

TEST(TextDecoding, KanjiOnlyTextIsAGuessWithTheJapaneseCandidates)
{
    // Names alone (no kana) decode as EUC-JP, as Shift_JIS half-width katakana and as Chinese.
    const QByteArray bytes =
        iconv(QStringLiteral("山田太郎\n佐藤花子\n高橋一郎\n").toUtf8(), "UTF-8", "EUC-JP");
    auto decoded = decodeText(bytes);
    ASSERT_TRUE(decoded);
    EXPECT_FALSE(decoded->certain);
    EXPECT_TRUE(decoded->candidates.contains(QStringLiteral("EUC-JP")))
        << decoded->candidates.join(u',').toStdString();
    EXPECT_GE(decoded->candidates.size(), 2);
}

TEST(TextDecoding, LargeJapaneseCorpusThroughIconv)
{
    const QByteArray utf8 = readData(QStringLiteral(
        "corpora/japanese/kuromoji__kuromoji-ipadic__src__test__resources__bocchan.txt"));
    const QString expected = QString::fromUtf8(utf8);
    for (auto [iconvName, name] :
         {std::pair{"CP932", "Shift_JIS"}, std::pair{"EUC-JP", "EUC-JP"},
          std::pair{"ISO-2022-JP", "ISO-2022-JP"}, std::pair{"UTF-16", "UTF-16LE"},
          std::pair{"UTF-32", "UTF-32LE"}, std::pair{"UTF-32BE", "UTF-32BE"}}) {
        SCOPED_TRACE(iconvName);
        const QByteArray bytes = iconv(utf8, "UTF-8", iconvName);
        auto decoded = decodeText(bytes);
        ASSERT_TRUE(decoded) << decoded.error().untranslatedMessage().toStdString();
        EXPECT_EQ(decoded->encoding, QLatin1String(name));
        EXPECT_TRUE(decoded->certain);
        EXPECT_TRUE(decoded->text == expected);
    }
}

TEST(TextDecoding, LargeFilesReadAsJapaneseFromTheirStartAreStillCheckedWhole)
{
    // Over 4 MB the Japanese decodings go first: the result must be the same as for small files.
    const QByteArray utf8 = readData(QStringLiteral(
        "corpora/japanese/kuromoji__kuromoji-ipadic__src__test__resources__bocchan.txt"));
    const QByteArray large = utf8.repeated(5 * 1024 * 1024 / utf8.size() + 1);
    for (auto [iconvName, name] :
         {std::pair{"CP932", "Shift_JIS"}, std::pair{"EUC-JP", "EUC-JP"}}) {
        SCOPED_TRACE(iconvName);
        QByteArray bytes = iconv(large, "UTF-8", iconvName);
        auto encoding = detectEncoding(bytes);
        ASSERT_TRUE(encoding);
        EXPECT_EQ(encoding->name, QLatin1String(name));
        EXPECT_TRUE(encoding->certain);
        // A bad byte near the end is found, with its line, whether the encoding is chosen or not.
        bytes.insert(bytes.lastIndexOf('\n', bytes.size() - 2) + 1, "\xFF");
        const QString expected =
            QStringLiteral("The file is not valid %1 text (first bad byte at line %2).")
                .arg(QLatin1String(name))
                .arg(large.count('\n'));
        for (const QString &forced : {QString::fromLatin1(name), QString()}) {
            auto broken = detectEncoding(bytes, forced);
            ASSERT_FALSE(broken);
            EXPECT_EQ(broken.error().untranslatedMessage(), expected);
        }
    }
}

TEST(TextDecoding, ADamagedJapaneseFileIsReportedWithTheLine)
{
    for (const char *file : {"ja-interview.sjis.txt", "ja-interview.eucjp.txt"}) {
        SCOPED_TRACE(file);
        QByteArray bytes = sample(file);
        qsizetype line5 = 0;
        for (int i = 0; i < 4; ++i)
            line5 = bytes.indexOf('\n', line5) + 1;
        bytes.insert(line5 + 6, "\xFF");
        auto decoded = decodeText(bytes);
        ASSERT_FALSE(decoded) << decoded->encoding.toStdString();
        EXPECT_EQ(decoded.error().untranslatedMessage(),
                  QStringLiteral("The file is not valid %1 text (first bad byte at line 5).")
                      .arg(QLatin1String(qstrcmp(file, "ja-interview.sjis.txt") == 0 ? "Shift_JIS"
                                                                                     : "EUC-JP")));
    }
}

TEST(TextDecoding, UnmarkedUtf16AndUtf32OfAsciiText)
{
    // English only: every second byte of UTF-16 is NUL, so every fourth is too, as in UTF-32.
    const QString text = QStringLiteral("Interviewer: Thank you for your time.\nGuest: Sure!!\n");
    ASSERT_EQ(text.size() % 2, 0);
    for (const char *name : {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
        SCOPED_TRACE(name);
        auto decoded = decodeText(iconv(text.toUtf8(), "UTF-8", name));
        ASSERT_TRUE(decoded) << decoded.error().untranslatedMessage().toStdString();
        EXPECT_EQ(decoded->encoding, QLatin1String(name));
        EXPECT_EQ(decoded->text, text);
    }
}

TEST(TextDecoding, AsciiIsUtf8ForCertain)
{
    auto decoded = decodeText("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello.\n");
    ASSERT_TRUE(decoded);
    EXPECT_EQ(decoded->encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(decoded->certain);
    EXPECT_EQ(decoded->candidates, QStringList{QStringLiteral("UTF-8")});
}

TEST(TextDecoding, HalfWidthKatakanaInIso2022JpIsTheExtendedForm)
{
    // ESC ( I (JIS X 0201 katakana), as Windows' CP50221 writes it: not in plain ISO-2022-JP.
    const QByteArray bytes =
        iconv(QStringLiteral("記者：ｱﾝｹｰﾄの結果です。\n").toUtf8(), "UTF-8", "ISO-2022-JP-3");
    ASSERT_TRUE(bytes.contains("\x1B(I")) << bytes.toHex().toStdString();
    auto decoded = decodeText(bytes);
    ASSERT_TRUE(decoded) << decoded.error().untranslatedMessage().toStdString();
    EXPECT_TRUE(decoded->encoding.startsWith(QStringLiteral("ISO-2022-JP")));
    EXPECT_EQ(decoded->text, QStringLiteral("記者：ｱﾝｹｰﾄの結果です。\n"));
}

TEST(TextDecoding, ChunksOfOneToSevenBytesDecodeAsTheWhole)
{
    QList<std::pair<QByteArray, QString>> files;
    for (const Expected &e : kCertain)
        files.append({sample(e.file), QLatin1String(e.file)});
    for (const Expected &e : kGuessed)
        files.append({sample(e.file), QLatin1String(e.file)});
    files.append(
        {iconv(QStringLiteral("記者：ｱﾝｹｰﾄの結果です。\n").toUtf8(), "UTF-8", "ISO-2022-JP-3"),
         QStringLiteral("half-width kana in ISO-2022-JP")});
    for (const auto &[bytes, label] : files) {
        SCOPED_TRACE(label.toStdString());
        auto encoding = detectEncoding(bytes);
        ASSERT_TRUE(encoding);
        auto whole = decodeText(bytes);
        ASSERT_TRUE(whole);
        for (qsizetype size = 1; size <= 7; ++size) {
            bool error = true;
            EXPECT_EQ(decodeInChunks(bytes, *encoding, size, &error), whole->text) << size;
            EXPECT_FALSE(error) << size;
        }
    }
}

TEST(TextDecoding, AChosenEncodingIsAnyIcuKnows)
{
    const QByteArray sjis = sample("ja-interview.sjis.txt");
    for (const char *name : {"Shift_JIS", "CP932", "windows-31j", "MS932", "sjis"}) {
        auto decoded = decodeText(sjis, QLatin1String(name));
        ASSERT_TRUE(decoded) << name;
        EXPECT_EQ(decoded->encoding, QLatin1String(name));
        EXPECT_TRUE(decoded->certain);
        EXPECT_EQ(decoded->text, reference("ja-interview"));
    }
    auto jis = decodeText(sample("ja-interview.iso2022jp.txt"), QStringLiteral("ISO-2022-JP"));
    ASSERT_TRUE(jis);
    EXPECT_EQ(jis->text, reference("ja-interview"));
    auto gb = decodeText(sample("zh-hans-interview.gb2312.txt"), QStringLiteral("GB2312"));
    ASSERT_TRUE(gb);
    EXPECT_EQ(gb->text, reference("zh-hans-interview"));
    EXPECT_TRUE(gb->certain);
    // A byte order mark of the chosen encoding is not text.
    auto bom = decodeText(sample("ja-interview.utf8bom.txt"), QStringLiteral("UTF-8"));
    ASSERT_TRUE(bom);
    EXPECT_EQ(bom->text, reference("ja-interview"));
    auto utf16 = decodeText(sample("ja-interview.utf16le-bom.txt"), QStringLiteral("UTF-16"));
    ASSERT_TRUE(utf16);
    EXPECT_EQ(utf16->text, reference("ja-interview"));

    for (const char *unknown : {"KLINGON-8", "UTF-9", "日本語"}) {
        auto refused = decodeText(sjis, QString::fromUtf8(unknown));
        ASSERT_FALSE(refused) << unknown;
        EXPECT_EQ(refused.error().field(), QStringLiteral("encoding"));
        EXPECT_EQ(refused.error().untranslatedMessage(),
                  QStringLiteral("Unknown text encoding \"%1\".").arg(QString::fromUtf8(unknown)));
    }
}

TEST(TextDecoding, ErrorsGiveTheLineOfTheFirstBadByte)
{
    QByteArray utf8 = sample("ja-interview.utf8.txt");
    utf8 += "山田：追加の行です。\n";
    // Line 12: a Shift_JIS word pasted into UTF-8 text.
    utf8 += "記者：" + iconv(QStringLiteral("はい").toUtf8(), "UTF-8", "CP932") + "\n";
    utf8 += "山田：おしまい。\n";
    auto chosen = decodeText(utf8, QStringLiteral("UTF-8"));
    ASSERT_FALSE(chosen);
    EXPECT_EQ(chosen.error().untranslatedMessage(),
              QStringLiteral("The file is not valid UTF-8 text (first bad byte at line 12)."));
    EXPECT_EQ(chosen.error().field(), QStringLiteral("encoding"));
    // Detected: nothing else fits, and the text starts as UTF-8.
    auto detected = decodeText(utf8);
    ASSERT_FALSE(detected);
    EXPECT_EQ(detected.error().untranslatedMessage(), chosen.error().untranslatedMessage());

    // The same place in UTF-16 (lines counted in the text, not in bytes), with a CR LF file.
    QByteArray crlf = sample("ja-interview.utf8.txt").replace("\n", "\r\n");
    QByteArray utf16 = QByteArray("\xFF\xFE", 2) + iconv(crlf, "UTF-8", "UTF-16LE");
    utf16 += QByteArray("\x00\xDC", 2); // a lone low surrogate on line 11
    auto broken = decodeText(utf16);
    ASSERT_FALSE(broken);
    EXPECT_EQ(broken.error().untranslatedMessage(),
              QStringLiteral("The file is not valid UTF-16LE text (first bad byte at line 11)."));

    // Chunked, the line is the same; a sequence cut off at the end is an error too.
    const QByteArray eucJp = sample("ja-interview.eucjp.txt");
    for (qsizetype size : {1, 3, 7, 4096}) {
        bool error = false;
        qint64 line = 0;
        decodeInChunks(utf8, named("UTF-8"), size, &error, &line);
        EXPECT_TRUE(error);
        EXPECT_EQ(line, 12) << size;
        decodeInChunks(eucJp.left(eucJp.size() - 3) + "\xA4", named("EUC-JP"), size, &error, &line);
        EXPECT_TRUE(error);
        EXPECT_EQ(line, 10) << size;
    }
    // A forced legacy encoding that does not fit.
    auto wrong = decodeText(sample("ja-interview.utf8.txt"), QStringLiteral("Shift_JIS"));
    ASSERT_FALSE(wrong);
    EXPECT_TRUE(wrong.error().untranslatedMessage().startsWith(
        QStringLiteral("The file is not valid Shift_JIS text (first bad byte at line ")));
}

TEST(TextDecoding, BinaryDataIsRefused)
{
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 7919) % 251));
    auto decoded = decodeText(bytes);
    ASSERT_FALSE(decoded);
    EXPECT_EQ(decoded.error().untranslatedMessage(),
              QStringLiteral("The file holds binary data, not text."));
}

TEST(TextDecoding, BinaryWithNulBytesIsNotUtf16)
{
    // A PNG's first bytes: their NULs make them look like UTF-16 at first sight.
    static const char pngStart[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    auto decoded = decodeText(QByteArray(pngStart, sizeof pngStart - 1));
    ASSERT_FALSE(decoded) << decoded->encoding.toStdString();
    EXPECT_EQ(decoded.error().untranslatedMessage(),
              QStringLiteral("The file holds binary data, not text."));
}

TEST(TextDecoding, AReplacementCharacterTheFileHoldsIsText)
{
    // U+FFFD is a character like any other in valid UTF-8 (the W3C WebVTT test nulls.vtt holds
    // two); only bytes that are not UTF-8 are damage.
    QByteArray bytes = sample("ja-interview.utf8.txt");
    bytes.insert(bytes.indexOf("山田：はい。"), "\xEF\xBF\xBD");
    auto decoded = decodeText(bytes);
    ASSERT_TRUE(decoded) << decoded.error().untranslatedMessage().toStdString();
    EXPECT_EQ(decoded->encoding, QStringLiteral("UTF-8"));
    EXPECT_TRUE(decoded->text.contains(QStringLiteral("\uFFFD山田：はい。")));
}
