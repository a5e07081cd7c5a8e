#pragma once

#include "util/error.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>
#include <optional>

namespace shuzai::ical {

// The physical lines of an .ics file as libical reads them: LF ends a line (a CR before it is
// dropped; a lone CR does not end one), and a line starting with a space or tab continues the
// content line before it. `onLine(number, line, continuation)` sees each line (numbered from 1;
// a continuation without its leading blank) and may return an error, which ends the walk.
template <typename OnLine>
std::optional<Error> forEachIcsLine(const QByteArray &text, OnLine onLine)
{
    const char *const data = text.constData();
    const qsizetype size = text.size();
    int number = 0;
    for (qsizetype start = 0; start < size;) {
        const void *newline = std::memchr(data + start, '\n', size_t(size - start));
        const qsizetype end = newline ? static_cast<const char *>(newline) - data : size;
        const qsizetype length = end - start - (end > start && data[end - 1] == '\r' ? 1 : 0);
        ++number;
        const bool continuation =
            number > 1 && length > 0 && (data[start] == ' ' || data[start] == '\t');
        const QByteArrayView line = continuation ? QByteArrayView(data + start + 1, length - 1)
                                                 : QByteArrayView(data + start, length);
        if (auto error = onLine(number, line, continuation))
            return error;
        start = end + 1;
    }
    return std::nullopt;
}

} // namespace shuzai::ical
