// WebVTT: the whole import path (encoding detection, limits, parser) for a file named .vtt, and
// the same bytes with the format chosen by the user.
#include "fuzzcheck.h"
#include "transcripts/transcriptfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shuzai;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::checkTranscript(parseTranscriptFile(bytes, QStringLiteral("fuzz.vtt")));
    fuzz::checkTranscript(
        parseTranscriptFile(bytes, QStringLiteral("fuzz"), {QStringLiteral("vtt"), QString()}));
    return 0;
}
