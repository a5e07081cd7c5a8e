#include "imapresponse.h"

namespace shuzai::imap {
namespace {

constexpr int kMaxDepth = 64;           // nested lists; real responses use fewer than 10
constexpr qint64 kMaxLiteral = 1 << 30; // a {n} beyond this is not a message we could hold

Error malformed(const char *what)
{
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Error", "The mail server sent a response that is not valid "
                                            "IMAP (%1)."),
                 {QString::fromLatin1(what)});
}

// A literal's size when the line (without its line end) ends in {n} or {n+}; -1 otherwise.
qint64 literalAtLineEnd(const QByteArray &b, qsizetype lineStart, qsizetype lineEnd)
{
    qsizetype end = lineEnd;
    if (end > lineStart && b[end - 1] == '\r')
        --end;
    if (end - lineStart < 3 || b[end - 1] != '}')
        return -1;
    qsizetype i = end - 2;
    if (b[i] == '+')
        --i;
    const qsizetype digitsEnd = i + 1;
    while (i > lineStart && b[i] >= '0' && b[i] <= '9')
        --i;
    if (b[i] != '{' || i + 1 == digitsEnd || digitsEnd - (i + 1) > 10)
        return -1;
    bool ok = false;
    const qint64 n = b.mid(i + 1, digitsEnd - (i + 1)).toLongLong(&ok);
    return ok ? n : -1;
}

class Parser {
public:
    explicit Parser(const QByteArray &bytes)
        : b(bytes)
    {
    }

    Result<Response> response()
    {
        Response r;
        if (peek() == '+') {
            ++p;
            if (peek() == ' ')
                ++p;
            r.kind = Response::Kind::Continuation;
            r.text = restOfLine();
            return finish(std::move(r));
        }
        const QByteArray tag = word();
        if (tag.isEmpty())
            return malformed("no tag");
        if (!space())
            return malformed("no space after the tag");
        if (tag == "*") {
            r.kind = Response::Kind::Untagged;
        } else {
            r.kind = Response::Kind::Tagged;
            r.tag = tag;
        }
        const qsizetype afterTag = p;
        const QByteArray first = word().toUpper();
        if (first == "OK" || first == "NO" || first == "BAD" || first == "BYE" ||
            first == "PREAUTH") {
            r.status = first;
            if (space() && peek() == '[') {
                ++p;
                while (peek() != ']') {
                    if (atLineEnd())
                        return malformed("unclosed response code");
                    if (peek() == ' ') {
                        ++p;
                        continue;
                    }
                    auto value = this->value(0, true);
                    if (!value)
                        return value.error();
                    r.code.append(std::move(*value));
                }
                ++p;
                space();
            }
            r.text = restOfLine();
            return finish(std::move(r));
        }
        if (r.kind == Response::Kind::Tagged)
            return malformed("a tagged response without OK, NO or BAD");
        p = afterTag;
        while (!atLineEnd()) {
            if (peek() == ' ') {
                ++p;
                continue;
            }
            auto value = this->value(0, false);
            if (!value)
                return value.error();
            r.data.append(std::move(*value));
        }
        return finish(std::move(r));
    }

private:
    char peek() const { return p < b.size() ? b[p] : '\0'; }
    bool atEnd() const { return p >= b.size(); }
    bool atLineEnd() const
    {
        return atEnd() || b[p] == '\n' || (b[p] == '\r' && p + 1 < b.size() && b[p + 1] == '\n');
    }
    bool space()
    {
        if (peek() != ' ')
            return false;
        ++p;
        return true;
    }
    QByteArray word()
    {
        const qsizetype start = p;
        while (!atEnd() && b[p] != ' ' && b[p] != '\r' && b[p] != '\n')
            ++p;
        return b.mid(start, p - start);
    }
    QByteArray restOfLine()
    {
        const qsizetype start = p;
        while (!atLineEnd())
            ++p;
        return b.mid(start, p - start);
    }
    Result<Response> finish(Response r)
    {
        if (atEnd())
            return malformed("no line end");
        p += b[p] == '\r' ? 2 : 1;
        if (!atEnd())
            return malformed("bytes after the response");
        return r;
    }

    static bool isAtomChar(char c, bool inCode)
    {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return false;
        switch (c) {
        case ' ':
        case '(':
        case ')':
        case '{':
        case '"':
            return false;
        case ']':
            return !inCode;
        default:
            return true;
        }
    }

    Result<Value> value(int depth, bool inCode)
    {
        if (depth > kMaxDepth)
            return malformed("lists nested too deeply");
        const char c = peek();
        if (c == '(')
            return list(depth, inCode);
        if (c == '"')
            return quotedString();
        if (c == '{' || (c == '~' && p + 1 < b.size() && b[p + 1] == '{'))
            return literal();
        return atom(inCode);
    }

    Result<Value> list(int depth, bool inCode)
    {
        Value v;
        v.kind = Value::Kind::List;
        ++p; // (
        for (;;) {
            if (atLineEnd())
                return malformed("unclosed list");
            const char c = peek();
            if (c == ')') {
                ++p;
                return v;
            }
            if (c == ' ') {
                ++p;
                continue;
            }
            auto item = value(depth + 1, inCode);
            if (!item)
                return item.error();
            v.items.append(std::move(*item));
        }
    }

    Result<Value> quotedString()
    {
        Value v;
        v.kind = Value::Kind::String;
        ++p; // "
        for (;;) {
            if (atEnd() || b[p] == '\r' || b[p] == '\n')
                return malformed("unclosed quoted string");
            char c = b[p++];
            if (c == '"')
                return v;
            if (c == '\\') {
                if (atEnd() || (b[p] != '\\' && b[p] != '"'))
                    return malformed("bad escape in a quoted string");
                c = b[p++];
            }
            v.text.append(c);
        }
    }

    Result<Value> literal()
    {
        if (peek() == '~')
            ++p;
        ++p; // {
        const qsizetype digits = p;
        while (!atEnd() && b[p] >= '0' && b[p] <= '9')
            ++p;
        if (p == digits || p - digits > 10)
            return malformed("bad literal size");
        bool ok = false;
        const qint64 n = b.mid(digits, p - digits).toLongLong(&ok);
        if (!ok || n > kMaxLiteral)
            return malformed("bad literal size");
        if (peek() == '+')
            ++p;
        if (peek() != '}')
            return malformed("bad literal");
        ++p;
        if (peek() == '\r')
            ++p;
        if (peek() != '\n')
            return malformed("no line end after a literal's size");
        ++p;
        if (b.size() - p < n)
            return malformed("literal cut short");
        Value v;
        v.kind = Value::Kind::String;
        v.text = b.mid(p, qsizetype(n));
        p += qsizetype(n);
        return v;
    }

    Result<Value> atom(bool inCode)
    {
        Value v;
        const qsizetype start = p;
        while (!atEnd() && isAtomChar(b[p], inCode)) {
            if (b[p] == '[') {
                // A section (BODY[HEADER.FIELDS (DATE FROM)]) is part of the atom, spaces and all.
                int nesting = 0;
                do {
                    if (atLineEnd())
                        return malformed("unclosed section");
                    if (b[p] == '[')
                        ++nesting;
                    else if (b[p] == ']')
                        --nesting;
                    ++p;
                } while (nesting > 0);
                continue;
            }
            ++p;
        }
        if (p == start)
            return malformed("unexpected character");
        v.text = b.mid(start, p - start);
        return v;
    }

    const QByteArray &b;
    qsizetype p = 0;
};

} // namespace

bool Value::isAtom(const char *upper) const
{
    return kind == Kind::Atom && text.compare(QByteArray(upper), Qt::CaseInsensitive) == 0;
}

Result<Response> parseResponse(const QByteArray &bytes)
{
    return Parser(bytes).response();
}

ResponseReader::ResponseReader(qsizetype maxResponseBytes)
    : m_max(maxResponseBytes)
{
}

void ResponseReader::feed(const QByteArray &bytes)
{
    m_buffer.append(bytes);
}

Result<std::optional<Response>> ResponseReader::next()
{
    qsizetype pos = m_start + m_scanned;
    for (;;) {
        const qsizetype lineEnd = m_buffer.indexOf('\n', pos);
        if (lineEnd < 0) {
            m_scanned = pos - m_start;
            if (m_buffer.size() - m_start > m_max)
                return malformed("response too large");
            return std::optional<Response>();
        }
        const qint64 literal = literalAtLineEnd(m_buffer, pos, lineEnd);
        if (literal >= 0) {
            if (literal > kMaxLiteral || lineEnd + 1 + literal - m_start > m_max)
                return malformed("response too large");
            if (m_buffer.size() < lineEnd + 1 + literal) {
                m_scanned = pos - m_start; // this line again once more bytes came
                return std::optional<Response>();
            }
            pos = lineEnd + 1 + qsizetype(literal);
            continue;
        }
        const QByteArray bytes = m_buffer.mid(m_start, lineEnd + 1 - m_start);
        m_start = lineEnd + 1;
        m_scanned = 0;
        if (m_start > 1024 * 1024 || m_start == m_buffer.size()) {
            m_buffer.remove(0, m_start);
            m_start = 0;
        }
        auto response = parseResponse(bytes);
        if (!response)
            return response.error();
        return std::optional<Response>(std::move(*response));
    }
}

std::optional<QByteArray> quoted(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0 || u == '\r' || u == '\n' || u >= 0x80)
            return std::nullopt;
        if (c == '"' || c == '\\')
            out.append('\\');
        out.append(c);
    }
    out.append('"');
    return out;
}

} // namespace shuzai::imap
