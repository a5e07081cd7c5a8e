// SubRip: the whole import path for a file named .srt, and the same bytes with the format chosen
// by the user.
#include "fuzzcheck.h"
#include "transcripts/transcriptfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shuzai;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    fuzz::checkTranscript(parseTranscriptFile(bytes, QStringLiteral("fuzz.srt")));
    fuzz::checkTranscript(
        parseTranscriptFile(bytes, QStringLiteral("fuzz"), {QStringLiteral("srt"), QString()}));
    return 0;
}
