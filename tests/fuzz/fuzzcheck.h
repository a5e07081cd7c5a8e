// What every fuzz target asserts besides "no crash, no sanitizer report": the importers' own
// promises, so a wrong result counts as a finding too.
#pragma once

#include "transcripts/parsedtranscript.h"

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__,             \
                         #condition);                                                              \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace shuzai::fuzz {

// parseTranscriptFile's contract: an error says why; a result has text in every segment,
// times in order (WebVTT excepted: the W3C parser keeps a cue that ends before it starts, and so
// does the import) and lines counted from 1, each part within the lines it was read from.
inline void checkTranscript(const Result<ParsedTranscript> &parsed)
{
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message().isEmpty());
        return;
    }
    FUZZ_CHECK(!parsed->segments.isEmpty());
    for (const ParsedSegment &s : parsed->segments) {
        FUZZ_CHECK(!s.text.trimmed().isEmpty());
        FUZZ_CHECK(s.line > 0);
        FUZZ_CHECK(s.firstLine > 0 && s.firstLine <= s.line && s.line <= s.lastLine);
        FUZZ_CHECK(s.endMs < 0 || s.endMs >= s.startMs || parsed->format == u"vtt");
    }
    for (const SkippedPart &s : parsed->skipped) {
        FUZZ_CHECK(s.line > 0);
        FUZZ_CHECK(s.firstLine > 0 && s.firstLine <= s.lastLine);
        FUZZ_CHECK(!s.message().isEmpty());
    }
}

} // namespace shuzai::fuzz
