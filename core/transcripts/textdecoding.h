#pragma once

#include "util/result.h"

namespace shuzai {

struct DecodedText {
    QString text;
    QString encoding;    // canonical name: UTF-8, UTF-16LE, UTF-16BE, Shift_JIS, EUC-JP, ...
    bool certain = true; // false: a guess between Japanese legacy encodings; ask the user
};

// Decodes a transcript file. With `forced` empty the encoding is detected: a BOM, valid UTF-8,
// UTF-16 without BOM (by its NUL bytes), else Shift_JIS (CP932) or EUC-JP by which decodes
// cleanly into more natural Japanese. Binary data is refused.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &forced = {});

// The encodings a user can pick when detection is unsure.
QStringList supportedEncodings();

} // namespace shuzai
