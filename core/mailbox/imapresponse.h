#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace shuzai::imap {

// One token of an IMAP response (RFC 9051 §4): an atom (numbers, flags, NIL and BODY[...] are
// atoms too), a string (quoted or a {n} literal, with its exact bytes) or a parenthesised list.
struct Value {
    enum class Kind { Atom, String, List };
    Kind kind = Kind::Atom;
    QByteArray text;    // atom or string bytes
    QList<Value> items; // for a list

    bool isAtom(const char *upper) const; // case-insensitive atom comparison
    bool isNil() const { return isAtom("NIL"); }
};

// One whole response: `* ...` (untagged), `a1 ...` (tagged) or `+ ...` (continuation), with
// every literal it carries.
struct Response {
    enum class Kind { Untagged, Tagged, Continuation };
    Kind kind = Kind::Untagged;
    QByteArray tag;    // tagged only
    QByteArray status; // OK, NO, BAD, BYE or PREAUTH (upper case) for a status response, else empty
    QList<Value> code; // the [response code] of a status response: e.g. atoms UIDVALIDITY, 17
    QByteArray text;   // the human text of a status or continuation response
    QList<Value> data; // the tokens of an untagged data response: "5" "FETCH" (...), "SEARCH" ...

    bool isStatus() const { return !status.isEmpty(); }
};

// Cuts a byte stream from the server into whole responses. feed() takes bytes as they come;
// next() gives a response once all its lines and literals are there. A response that breaks
// the grammar is an error (the stream cannot be trusted after it), as is one larger than
// `maxResponseBytes`: the client gives up rather than buffer without end.
class ResponseReader {
public:
    explicit ResponseReader(qsizetype maxResponseBytes = 256 * 1024 * 1024);

    void feed(const QByteArray &bytes);
    // A response, nothing yet (std::nullopt in the value), or an error.
    Result<std::optional<Response>> next();
    qsizetype buffered() const { return m_buffer.size() - m_start; }

private:
    QByteArray m_buffer;
    qsizetype m_start = 0;   // where the next response starts
    qsizetype m_scanned = 0; // how far (from m_start) the response's lines are known complete
    qsizetype m_max;
};

// Parses exactly one complete response (its lines and literals, ending in CRLF or LF).
Result<Response> parseResponse(const QByteArray &bytes);

// An IMAP quoted string for `text`, or std::nullopt when it has bytes a quoted string cannot
// hold (CR, LF, NUL, 8-bit): send a literal then.
std::optional<QByteArray> quoted(const QByteArray &text);

} // namespace shuzai::imap
