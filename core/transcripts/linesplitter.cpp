#include "linesplitter.h"

#include "transcriptfile.h"

namespace shuzai::transcriptparsing {

using namespace transcriptlimits;

namespace {
Error tooLong(int number)
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Error", "This cannot be a transcript: line %1 is longer "
                                            "than %2 characters."),
                 {QString::number(number), QString::number(kMaxLineLength)},
                 QStringLiteral("file"));
}
} // namespace

std::optional<Error> LineSplitter::deliver(QStringView line)
{
    ++m_number;
    if (line.size() > kMaxLineLength)
        return tooLong(m_number);
    if (m_number > kMaxLines) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "This cannot be a transcript: it has more than "
                                                "%1 lines."),
                     {QString::number(kMaxLines)}, QStringLiteral("file"));
    }
    QString withoutNul;
    if (line.contains(QChar(u'\0'))) {
        withoutNul = line.toString();
        withoutNul.replace(QChar(u'\0'), QChar::ReplacementCharacter);
        line = withoutNul;
    }
    m_parser.line(line, m_number);
    return std::nullopt;
}

std::optional<Error> LineSplitter::feed(QStringView text, bool last)
{
    qsizetype start = 0;
    if (m_pendingCr && !text.isEmpty() && text.front() == u'\n')
        start = 1; // the LF of a CR LF cut between two pieces
    m_pendingCr = false;
    for (qsizetype i = start; i < text.size() && !m_parser.failed(); ++i) {
        const char16_t c = text[i].unicode();
        if (c != u'\n' && c != u'\r')
            continue;
        std::optional<Error> error;
        if (m_carry.isEmpty()) {
            error = deliver(text.sliced(start, i - start));
        } else {
            m_carry += text.sliced(start, i - start);
            error = deliver(m_carry);
            m_carry.clear();
        }
        if (error)
            return error;
        if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            else if (i + 1 == text.size())
                m_pendingCr = true;
        }
        start = i + 1;
    }
    if (m_parser.failed())
        return std::nullopt;
    if (start < text.size()) {
        if (m_carry.size() + (text.size() - start) > kMaxLineLength)
            return tooLong(m_number + 1);
        m_carry += text.sliced(start);
    }
    if (last && !m_carry.isEmpty()) {
        auto error = deliver(m_carry);
        m_carry.clear();
        return error;
    }
    return std::nullopt;
}

} // namespace shuzai::transcriptparsing
