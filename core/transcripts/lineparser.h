#pragma once

#include "segmentbuilder.h"
#include "util/error.h"

#include <QStringView>
#include <memory>
#include <optional>

namespace shuzai::transcriptparsing {

// A transcript format read one line at a time (line endings removed, NUL already U+FFFD), so a
// 100 MB file never has to be in memory as one string. Lines are numbered from 1.
class LineParser {
public:
    virtual ~LineParser() = default;
    virtual void line(QStringView text, int number) = 0;
    // After the last line. An error: the file is not of this format at all.
    virtual std::optional<Error> finish() = 0;
    // The file turned out not to be of this format: the remaining lines need not be read.
    virtual bool failed() const { return false; }
};

// vtt, srt, sbv or txt.
std::unique_ptr<LineParser> makeLineParser(const QString &format, SegmentBuilder &out);

std::unique_ptr<LineParser> makeWebVttParser(SegmentBuilder &out);
std::unique_ptr<LineParser> makeSrtParser(SegmentBuilder &out);
std::unique_ptr<LineParser> makeSbvParser(SegmentBuilder &out);
std::unique_ptr<LineParser> makePlainTextParser(SegmentBuilder &out);

// The shared reason for a timing line that is not one, with the form that was expected.
extern const char *const kTimingExpected;

} // namespace shuzai::transcriptparsing
