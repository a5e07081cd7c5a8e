// Plain text and encoding detection: the bytes as a .txt file (format and encoding detected),
// and decoded with one of the encodings a user can choose (picked by the input's length, so the
// seeds stay plain files).
#include "fuzzcheck.h"
#include "transcripts/textdecoding.h"
#include "transcripts/transcriptfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shuzai;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::checkTranscript(parseTranscriptFile(bytes, QStringLiteral("fuzz.txt")));

    // Detection alone: what it accepts decodes without replacement characters of its own (a
    // U+FFFD may come only from the bytes EF BF BD of UTF-8 text).
    if (const auto detected = decodeText(bytes)) {
        FUZZ_CHECK(!detected->encoding.isEmpty());
        FUZZ_CHECK(
            !detected->text.contains(QChar::ReplacementCharacter) ||
            (detected->encoding == QLatin1String("UTF-8") && bytes.contains("\xEF\xBF\xBD")));
    }
    const QStringList encodings = supportedEncodings();
    const QString chosen = encodings.at(qsizetype(size % size_t(encodings.size())));
    fuzz::checkTranscript(
        parseTranscriptFile(bytes, QStringLiteral("fuzz.txt"), {QString(), chosen}));
    return 0;
}
