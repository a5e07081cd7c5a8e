// Plain text and encoding detection: the bytes as a .txt file (format and encoding detected),
// and decoded with one of the encodings a user can choose (picked by the input's length, so the
// seeds stay plain files).
#include "fuzzcheck.h"
#include "transcripts/textdecoding.h"
#include "transcripts/transcriptfile.h"

namespace {
// How many times U+FFFD is written in the bytes in the given Unicode encoding (0 for others).
qsizetype encodedReplacementCharacters(const QByteArray &bytes, const QString &encoding)
{
    static const std::pair<const char *, QByteArray> forms[] = {
        {"UTF-8", QByteArray("\xEF\xBF\xBD")},
        {"UTF-16BE", QByteArray("\xFF\xFD")},
        {"UTF-16LE", QByteArray("\xFD\xFF")},
        {"UTF-32BE", QByteArray("\x00\x00\xFF\xFD", 4)},
        {"UTF-32LE", QByteArray("\xFD\xFF\x00\x00", 4)}};
    for (const auto &[name, form] : forms)
        if (encoding == QLatin1String(name))
            return bytes.count(form);
    return 0;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shuzai;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::checkTranscript(parseTranscriptFile(bytes, QStringLiteral("fuzz.txt")));

    // Detection alone: what it accepts decodes without replacement characters of its own. A
    // U+FFFD may come only from the file itself: U+FFFD encoded in the detected encoding (EF BF
    // BD in UTF-8, FF FD in UTF-16BE, ...), at most as often as those bytes occur.
    if (const auto detected = decodeText(bytes)) {
        FUZZ_CHECK(!detected->encoding.isEmpty());
        FUZZ_CHECK(detected->text.count(QChar::ReplacementCharacter) <=
                   encodedReplacementCharacters(bytes, detected->encoding));
    }
    const QStringList encodings = supportedEncodings();
    const QString chosen = encodings.at(qsizetype(size % size_t(encodings.size())));
    fuzz::checkTranscript(
        parseTranscriptFile(bytes, QStringLiteral("fuzz.txt"), {QString(), chosen}));
    return 0;
}
