#pragma once

#include "lineparser.h"

#include <QString>
#include <optional>

namespace shuzai::transcriptparsing {

// Cuts decoded text, handed over a piece at a time, into lines for a LineParser: CR LF, CR and
// LF all end a line (also when a CR LF is split between two pieces); NUL becomes U+FFFD, as the
// WebVTT parser does. A line or a line count beyond transcriptlimits refuses the file.
class LineSplitter {
public:
    explicit LineSplitter(LineParser &parser)
        : m_parser(parser)
    {
    }
    // `last`: no more text follows (the final line needs no line break).
    std::optional<Error> feed(QStringView text, bool last);

private:
    std::optional<Error> deliver(QStringView line);

    LineParser &m_parser;
    QString m_carry; // the start of a line the previous piece did not finish
    bool m_pendingCr = false;
    int m_number = 0;
};

} // namespace shuzai::transcriptparsing
