#include "textdecoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace shuzai {

// Detection. (Decoding is ChunkDecoder, in chunkdecoder.cpp.)

namespace {

constexpr qsizetype kScanChunk = 64 * 1024;
// ICU's charset detector looks at the start of the file only: its statistics settle long before.
constexpr qsizetype kDetectorSample = 256 * 1024;
// Files larger than this are first checked for Japanese on their start (see legacy()).
constexpr qsizetype kJapaneseFirstFrom = 4 * 1024 * 1024;
constexpr qsizetype kJapaneseFirstSample = 1024 * 1024;
// How many encodings a guess offers at most (the preview shows them).
constexpr qsizetype kMaxCandidates = 5;

Error encodingError(const char *text, QStringList args = {})
{
    return Error(ErrorCode::InvalidInput, text, std::move(args), QStringLiteral("encoding"));
}

Error notValid(const QString &name, qint64 line)
{
    return encodingError(QT_TRANSLATE_NOOP("Error", "The file is not valid %1 text (first bad "
                                                    "byte at line %2)."),
                         {name, QString::number(std::max<qint64>(line, 1))});
}

TextEncoding sure(const QString &name, int bomBytes = 0)
{
    return TextEncoding{name, bomBytes, true, {name}};
}

// What a decoding looks like, counted chunk by chunk.
struct TextStats {
    qint64 nonAscii = 0;
    qint64 hiragana = 0;
    qint64 naturalness = 0; // how much it looks like Japanese prose (see count())
    qint64 c1Controls = 0;  // U+0080..U+009F: what some converters make of bytes they lack
    qint64 nuls = 0;

    void count(QStringView text)
    {
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= 0x80)
                ++nonAscii;
            if (u >= 0x80 && u <= 0x9F)
                ++c1Controls;
            if (u >= 0x3041 && u <= 0x309F)
                ++hiragana;
            // Kana, kanji, ASCII and Japanese punctuation count for it; half-width katakana,
            // private use and control characters against it (they are what the wrong legacy
            // decoder typically produces).
            const bool control = u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f';
            if (u == 0)
                ++nuls;
            if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF))
                naturalness += 2;
            else if ((u < 0x80 && !control) || (u >= 0x3000 && u <= 0x303F) ||
                     (u >= 0xFF01 && u <= 0xFF5E))
                naturalness += 1;
            else if ((u >= 0xFF61 && u <= 0xFF9F) || (u >= 0xE000 && u <= 0xF8FF) || control)
                naturalness -= 3;
        }
    }
    // Japanese prose is written with hiragana (particles, endings): at least one character in
    // ten. Chinese and Korean text, and Latin text read as Japanese, have next to none.
    bool looksJapanese() const { return hiragana > 0 && hiragana * 10 >= nonAscii; }
};

struct Trial {
    QString name;
    ChunkDecoder decoder;
    TextStats stats;
    bool alive = true;
    bool japanese = false; // one of the Japanese legacy encodings

    Trial(QString n, int bom = 0, bool ja = false)
        : name(std::move(n))
        , decoder(TextEncoding{name, bom, true, {}})
        , alive(decoder.isValid())
        , japanese(ja)
    {
    }
};

// Runs every trial over all the bytes at once, chunk by chunk, dropping each at its first
// invalid byte. Only the statistics are kept, never the text.
void runTrials(std::vector<Trial> &trials, const QByteArray &bytes, bool withStats = true)
{
    auto feed = [&](Trial &t, const QString &text) {
        if (withStats) // the chunk with the first bad byte too: what the file was up to there
            t.stats.count(text);
        if (t.decoder.hasError())
            t.alive = false;
        // No text has C1 controls: a converter that maps bytes to them (ICU's EUC-KR does so
        // with the bytes of CP949's extra syllables) does not fit the file.
        if (t.stats.c1Controls > 0)
            t.alive = false;
    };
    for (qsizetype at = 0; at < bytes.size(); at += kScanChunk) {
        const QByteArrayView chunk(bytes.constData() + at, std::min(kScanChunk, bytes.size() - at));
        bool any = false;
        for (Trial &t : trials) {
            if (!t.alive)
                continue;
            feed(t, t.decoder.decode(chunk));
            any = any || t.alive;
        }
        if (!any)
            return;
    }
    for (Trial &t : trials) {
        if (t.alive)
            feed(t, t.decoder.finish());
    }
}

// A single encoding checked over the whole file: the line of its first bad byte, 0 when valid.
qint64 firstBadLine(const QByteArray &bytes, const TextEncoding &encoding)
{
    std::vector<Trial> trials;
    trials.emplace_back(encoding.name, encoding.bomBytes);
    runTrials(trials, bytes, false);
    return trials.front().alive ? 0 : std::max<qint64>(trials.front().decoder.errorLine(), 1);
}

struct Bom {
    const char *bytes;
    int size;
    const char *name;
};
// UTF-32LE's mark starts with UTF-16LE's, so it is tried first.
constexpr Bom kBoms[] = {{"\xFF\xFE\x00\x00", 4, "UTF-32LE"},
                         {"\x00\x00\xFE\xFF", 4, "UTF-32BE"},
                         {"\xEF\xBB\xBF", 3, "UTF-8"},
                         {"\xFF\xFE", 2, "UTF-16LE"},
                         {"\xFE\xFF", 2, "UTF-16BE"}};

const Bom *findBom(const QByteArray &bytes)
{
    for (const Bom &bom : kBoms) {
        if (bytes.startsWith(QByteArrayView(bom.bytes, bom.size)))
            return &bom;
    }
    return nullptr;
}

QByteArray icuCanonicalName(const QByteArray &name)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(name.constData(), &status);
    if (!converter || U_FAILURE(status)) {
        if (converter)
            ucnv_close(converter);
        return {};
    }
    QByteArray canonical = ucnv_getName(converter, &status);
    ucnv_close(converter);
    return canonical;
}

// ICU's charset detector over the start of the file: names with confidence (0..100), best first.
QList<std::pair<QString, int>> icuGuesses(const QByteArray &bytes)
{
    QList<std::pair<QString, int>> guesses;
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status))
        return guesses;
    qsizetype size = std::min(bytes.size(), kDetectorSample);
    if (size < bytes.size()) { // end the sample at a line, not inside a character
        const qsizetype newline = bytes.lastIndexOf('\n', size - 1);
        if (newline > 0)
            size = newline + 1;
    }
    ucsdet_setText(detector, bytes.constData(), int32_t(size), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &count, &status);
    for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
        const char *name = ucsdet_getName(matches[i], &status);
        const int confidence = ucsdet_getConfidence(matches[i], &status);
        if (U_SUCCESS(status) && name)
            guesses.append({QString::fromLatin1(name), confidence});
    }
    ucsdet_close(detector);
    return guesses;
}

// UTF-32 or UTF-16 without a byte order mark: ASCII characters (newlines at least) leave NUL
// bytes in fixed places of their units; text in other encodings has none. The byte order whose
// decoding is valid and natural wins.
std::optional<TextEncoding> unmarkedUnicode(const QByteArray &bytes)
{
    qsizetype nulsAt[4] = {0, 0, 0, 0};
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\0')
            ++nulsAt[i % 4];
    }
    const qsizetype units32 = bytes.size() / 4;
    std::vector<Trial> trials;
    if (bytes.size() % 4 == 0 && units32 > 0) {
        if (nulsAt[3] == units32) // the high byte of every UTF-32LE unit
            trials.emplace_back(QStringLiteral("UTF-32LE"));
        if (nulsAt[0] == units32)
            trials.emplace_back(QStringLiteral("UTF-32BE"));
    }
    // (ASCII in UTF-16LE has a NUL in every fourth byte as well: tried after UTF-32.)
    if (bytes.size() % 2 == 0) {
        const qsizetype even = nulsAt[0] + nulsAt[2], odd = nulsAt[1] + nulsAt[3];
        trials.emplace_back(odd >= even ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
    }
    runTrials(trials, bytes);
    for (const Trial &t : trials) {
        const qint64 characters = bytes.size() / (t.name.startsWith(u"UTF-32") ? 4 : 2);
        if (t.alive && t.stats.nuls == 0 && t.stats.naturalness > characters / 2)
            return sure(t.name);
    }
    return std::nullopt;
}

// ISO-2022-JP (and its Korean and Chinese cousins) is 7-bit: recognised by its designations.
std::optional<Result<TextEncoding>> iso2022(const QByteArray &bytes)
{
    const bool japanese = bytes.contains("\x1B$B") || bytes.contains("\x1B$@") ||
                          bytes.contains("\x1B(J") || bytes.contains("\x1B(I") ||
                          bytes.contains("\x1B$(D");
    QStringList names;
    if (japanese)
        names = {QStringLiteral("ISO-2022-JP"), QStringLiteral("ISO-2022-JP-2")};
    else if (bytes.contains("\x1B$)C"))
        names = {QStringLiteral("ISO-2022-KR")};
    else if (bytes.contains("\x1B$)A") || bytes.contains("\x1B$)G"))
        names = {QStringLiteral("ISO-2022-CN")};
    if (names.isEmpty())
        return std::nullopt;
    qint64 firstBad = 0;
    for (const QString &name : names) {
        const qint64 bad = firstBadLine(bytes, sure(name));
        if (bad == 0)
            return Result<TextEncoding>(sure(name));
        if (firstBad == 0)
            firstBad = bad;
    }
    return Result<TextEncoding>(notValid(names.front(), firstBad));
}

// Where UTF-8 failed, and whether the file is likely UTF-8 damaged there: its first few
// non-ASCII characters (4) were good UTF-8, which the bytes of legacy encodings seldom make.
struct Utf8Damage {
    qint64 line = 0;
    bool likely = false;
};

Utf8Damage utf8Damage(const QByteArray &bytes, qint64 line)
{
    int good = 0;
    for (qsizetype i = 0; i < bytes.size() && good < 4;) {
        const uchar lead = uchar(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const int length = lead >= 0xC2 && lead <= 0xDF   ? 2
                           : lead >= 0xE0 && lead <= 0xEF ? 3
                           : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                          : 0;
        if (length == 0 || i + length > bytes.size())
            break;
        for (int k = 1; k < length; ++k) {
            if ((uchar(bytes[i + k]) & 0xC0) != 0x80)
                return {line, false};
        }
        ++good;
        i += length;
    }
    return {line, good >= 4};
}

using Guesses = QList<std::pair<QString, int>>;

// The decodings to try: the Japanese ones, the common East Asian and Western ones, and the
// first few single-byte encodings ICU's detector names.
std::vector<Trial> makeTrials(const Guesses &guesses, bool japaneseOnly)
{
    std::vector<Trial> trials;
    trials.emplace_back(QStringLiteral("Shift_JIS"), 0, true); // ICU's is Windows' CP932
    trials.emplace_back(QStringLiteral("EUC-JP"), 0, true);
    if (japaneseOnly)
        return trials;
    trials.emplace_back(QStringLiteral("GB18030"));
    trials.emplace_back(QStringLiteral("Big5"));
    trials.emplace_back(QStringLiteral("EUC-KR"));
    trials.emplace_back(QStringLiteral("windows-949")); // EUC-KR with Unified Hangul Code
    trials.emplace_back(QStringLiteral("windows-1252"));
    // A single-byte encoding the detector names (ISO-8859-2, KOI8-R, windows-1251, ...) is tried
    // as well, among its first few guesses.
    for (qsizetype i = 0; i < std::min<qsizetype>(guesses.size(), 3); ++i) {
        const QString &name = guesses[i].first;
        const bool known = std::any_of(trials.begin(), trials.end(), [&](const Trial &t) {
            return t.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!known && guesses[i].second >= 10 && !name.startsWith(u"UTF") &&
            !name.startsWith(u"ISO-2022") && !name.startsWith(u"IBM42"))
            trials.emplace_back(name);
    }
    return trials;
}

// The answer from the trials run over the whole file.
Result<TextEncoding> decide(const std::vector<Trial> &trials, const Guesses &guesses,
                            const QByteArray &bytes, Utf8Damage utf8)
{
    auto trial = [&](const QString &name) -> const Trial * {
        for (const Trial &t : trials) {
            if (t.alive && t.name.compare(name, Qt::CaseInsensitive) == 0)
                return &t;
        }
        return nullptr;
    };
    auto confidence = [&](const QString &name) {
        for (const auto &[guess, value] : guesses) {
            if (guess.compare(name, Qt::CaseInsensitive) == 0 ||
                (name == u"windows-949" && guess == u"EUC-KR"))
                return value;
        }
        return 0;
    };

    std::vector<const Trial *> japanese, others;
    for (const Trial &t : trials) {
        if (!t.alive)
            continue;
        (t.japanese && t.stats.looksJapanese() ? japanese : others).push_back(&t);
    }
    // Japanese text up to a bad byte is a damaged Japanese file, not one in another encoding;
    // likewise UTF-8. The decoding that went furthest says where.
    if (japanese.empty()) {
        QString damaged = utf8.likely ? QStringLiteral("UTF-8") : QString();
        qint64 line = utf8.likely ? utf8.line : 0;
        for (const Trial &t : trials) {
            if (!t.alive && t.japanese && t.stats.looksJapanese() && t.stats.nonAscii >= 10 &&
                t.decoder.errorLine() > line) {
                damaged = t.name;
                line = t.decoder.errorLine();
            }
        }
        if (!damaged.isEmpty())
            return notValid(damaged, line);
    }
    if (japanese.empty() && others.empty()) {
        return encodingError(QT_TRANSLATE_NOOP("Error", "The text encoding of the file could not "
                                                        "be recognised. Choose the encoding (for "
                                                        "example UTF-8, Shift_JIS or EUC-JP) and "
                                                        "import again."));
    }
    std::stable_sort(japanese.begin(), japanese.end(), [](const Trial *a, const Trial *b) {
        return a->stats.naturalness > b->stats.naturalness;
    });
    // EUC-KR where it is valid, else its superset (CP949).
    if (trial(QStringLiteral("EUC-KR"))) {
        std::erase_if(others, [](const Trial *t) { return t->name == u"windows-949"; });
    }
    std::stable_sort(others.begin(), others.end(), [&](const Trial *a, const Trial *b) {
        return confidence(a->name) > confidence(b->name);
    });
    QStringList candidates;
    for (const Trial *t : japanese)
        candidates.append(t->name);
    for (const Trial *t : others) {
        // Guesses ICU gives no weight at all are not worth showing.
        if ((confidence(t->name) >= 10 || candidates.isEmpty()) &&
            candidates.size() < kMaxCandidates)
            candidates.append(t->name);
    }

    TextEncoding result{candidates.front(), 0, false, candidates};
    if (!japanese.empty()) {
        // Japanese for certain when no other Japanese decoding comes close.
        const Trial *best = japanese.front();
        const Trial *rival = nullptr;
        for (const Trial *t : {trial(QStringLiteral("Shift_JIS")), trial(QStringLiteral("EUC-JP"))})
            if (t && t != best)
                rival = t;
        const qint64 margin = std::max<qint64>(8, bytes.size() / 20);
        if (!rival || best->stats.naturalness - rival->stats.naturalness > margin) {
            result.certain = true;
            result.candidates = {best->name};
        } else if (!result.candidates.contains(rival->name)) {
            result.candidates.insert(1, rival->name);
        }
    }
    return result;
}

// Bytes above 0x7F that are not UTF-8: a legacy encoding, chosen from the decodings that are
// valid over the whole file.
Result<TextEncoding> legacy(const QByteArray &bytes, Utf8Damage utf8)
{
    const Guesses guesses = icuGuesses(bytes);
    // A large file that reads as Japanese from its start: first only the two Japanese decodings
    // go through the whole file (the others matter only when the answer is not certain Japanese;
    // then all of them do). This makes 70 MB of EUC-JP three times as fast.
    if (bytes.size() > kJapaneseFirstFrom) {
        qsizetype size = kJapaneseFirstSample;
        const qsizetype newline = bytes.lastIndexOf('\n', size - 1);
        if (newline > 0)
            size = newline + 1;
        std::vector<Trial> start = makeTrials(guesses, false);
        runTrials(start, QByteArray::fromRawData(bytes.constData(), size));
        if (std::any_of(start.begin(), start.end(), [](const Trial &t) {
                return t.alive && t.japanese && t.stats.looksJapanese();
            })) {
            std::vector<Trial> japanese = makeTrials(guesses, true);
            runTrials(japanese, bytes);
            auto result = decide(japanese, guesses, bytes, utf8);
            if (result && result->certain)
                return result;
        }
    }
    std::vector<Trial> trials = makeTrials(guesses, false);
    runTrials(trials, bytes);
    return decide(trials, guesses, bytes, utf8);
}

} // namespace

Result<TextEncoding> detectEncoding(const QByteArray &bytes, const QString &forced)
{
    const Bom *bom = findBom(bytes);
    if (!forced.isEmpty()) {
        const QByteArray canonical = icuCanonicalName(forced.toLatin1());
        if (canonical.isEmpty() || forced.toLatin1() != forced.toUtf8())
            return encodingError(QT_TRANSLATE_NOOP("Error", "Unknown text encoding \"%1\"."),
                                 {forced});
        // A byte order mark of the chosen encoding itself is not text (UTF-16 and UTF-32 without
        // a byte order in the name read and drop theirs).
        const int bomBytes = bom && icuCanonicalName(bom->name) == canonical ? bom->size : 0;
        const TextEncoding encoding = sure(forced, bomBytes);
        if (const qint64 bad = firstBadLine(bytes, encoding))
            return notValid(forced, bad);
        return encoding;
    }

    if (bom) {
        const TextEncoding encoding = sure(QLatin1String(bom->name), bom->size);
        const qint64 bad = firstBadLine(bytes, encoding);
        if (bad == 0)
            return encoding;
        // FF FE 00 00 is also UTF-16LE's mark before a U+0000 (then a binary file, not text).
        if (encoding.name == u"UTF-32LE" &&
            firstBadLine(bytes, sure(QStringLiteral("UTF-16LE"), 2)) == 0)
            return encodingError(
                QT_TRANSLATE_NOOP("Error", "The file holds binary data, not text."));
        return notValid(encoding.name, bad);
    }

    if (bytes.contains('\0')) {
        // A few stray NULs in UTF-8 text (the W3C WebVTT tests have such a file; its parser
        // reads each as U+FFFD, and so does the import). UTF-16 and UTF-32 have far more (every
        // ASCII character brings one) and are seldom valid UTF-8.
        constexpr qsizetype kStrayNulShare = 20; // at most one byte in 20
        if (bytes.count('\0') * kStrayNulShare <= bytes.size() &&
            firstBadLine(bytes, sure(QStringLiteral("UTF-8"))) == 0)
            return sure(QStringLiteral("UTF-8"));
        if (auto unicode = unmarkedUnicode(bytes))
            return *unicode;
        return encodingError(QT_TRANSLATE_NOOP("Error", "The file holds binary data, not text."));
    }

    const bool ascii =
        std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; });
    if (ascii && bytes.contains('\x1B')) {
        if (auto result = iso2022(bytes))
            return *result;
    }
    if (ascii)
        return sure(QStringLiteral("UTF-8"));
    const qint64 utf8Bad = firstBadLine(bytes, sure(QStringLiteral("UTF-8")));
    if (utf8Bad == 0)
        return sure(QStringLiteral("UTF-8"));
    return legacy(bytes, utf8Damage(bytes, utf8Bad));
}

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &forced)
{
    auto encoding = detectEncoding(bytes, forced);
    if (!encoding)
        return encoding.error();
    ChunkDecoder decoder(*encoding);
    QString text = decoder.decode(bytes);
    text += decoder.finish();
    if (decoder.hasError()) // detection validated the bytes; kept as a safety net
        return notValid(encoding->name, decoder.errorLine());
    return DecodedText{text, encoding->name, encoding->certain, encoding->candidates};
}

QStringList supportedEncodings()
{
    return {
        QStringLiteral("UTF-8"),       QStringLiteral("UTF-16LE"),    QStringLiteral("UTF-16BE"),
        QStringLiteral("UTF-32LE"),    QStringLiteral("UTF-32BE"),    QStringLiteral("Shift_JIS"),
        QStringLiteral("EUC-JP"),      QStringLiteral("ISO-2022-JP"), QStringLiteral("GB18030"),
        QStringLiteral("Big5"),        QStringLiteral("EUC-KR"),      QStringLiteral("windows-949"),
        QStringLiteral("windows-1252")};
}

} // namespace shuzai
