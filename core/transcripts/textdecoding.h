#pragma once

#include "util/result.h"

#include <QByteArrayView>

#include <memory>

namespace shuzai {

// What a file's bytes are in: the encoding's name (one ICU knows, so it can be given back as
// --encoding), how many bytes of byte order mark to skip, and how sure the detection is.
struct TextEncoding {
    QString name;        // UTF-8, UTF-16LE, UTF-32BE, Shift_JIS, EUC-JP, ISO-2022-JP, GB18030, ...
    int bomBytes = 0;    // bytes at the start that are a byte order mark (not text)
    bool certain = true; // false: a guess; `candidates` holds the close alternatives
    QStringList candidates; // the plausible encodings, best first (name is the first); for a
                            // certain result just the name
};

struct DecodedText {
    QString text;
    QString encoding;       // canonical name: UTF-8, UTF-16LE, UTF-16BE, Shift_JIS, EUC-JP, ...
    bool certain = true;    // false: a guess between legacy encodings; ask the user
    QStringList candidates; // as in TextEncoding: best first, to show in the preview/dry run
};

// Finds the encoding of a whole file without building its text (each candidate decoding is a
// validation scan in bounded memory, so this works on 100 MB). With `forced` (any encoding ICU
// knows: Shift_JIS, CP932, EUC-JP, ISO-2022-JP, GB2312, GB18030, Big5, EUC-KR, windows-1252,
// ...) the bytes are checked against it alone. Without: a UTF-8/16/32 byte order mark; UTF-32 or
// UTF-16 without one (by their NUL bytes); ISO-2022-JP (by its escapes); pure ASCII and valid
// UTF-8 as UTF-8; else the legacy encoding that decodes cleanly into the most plausible text:
// Shift_JIS (CP932) or EUC-JP for Japanese, otherwise what ICU's charset detector names
// (GB18030, Big5, EUC-KR, windows-1252, ...), never certain. Binary data is refused.
// Errors are about the text (field "encoding") and give the line of the first bad byte; the
// caller adds the file name (Error::at).
Result<TextEncoding> detectEncoding(const QByteArray &bytes, const QString &forced = {});

// Decodes a file piece by piece, in order: a multi-byte sequence or an ISO-2022-JP escape state
// split across chunks decodes as if the bytes came at once. The byte order mark (bomBytes, and a
// leading U+FEFF) is left out. Invalid bytes become U+FFFD and set hasError() (a U+FFFD the
// bytes themselves hold is text, as for the W3C WebVTT parser).
class ChunkDecoder {
public:
    explicit ChunkDecoder(const TextEncoding &encoding);
    ~ChunkDecoder();
    ChunkDecoder(ChunkDecoder &&) noexcept;
    ChunkDecoder &operator=(ChunkDecoder &&) noexcept;

    // False when ICU does not know the encoding (decode() then returns nothing and sets an error).
    bool isValid() const;
    // The text of this chunk (a sequence left unfinished at its end is kept for the next one).
    QString decode(QByteArrayView chunk);
    // The end of the input: a sequence still unfinished is an error (decoded as U+FFFD).
    QString finish();
    bool hasError() const;
    // The line (from 1; LF, CR LF or CR end a line) of the first invalid byte; 0 when none.
    qint64 errorLine() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// Decodes a transcript file: detectEncoding() and a ChunkDecoder over the bytes.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &forced = {});

// The encodings a user can pick when detection is unsure (--encoding takes any name ICU knows).
QStringList supportedEncodings();

} // namespace shuzai
