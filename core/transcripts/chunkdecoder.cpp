#include "textdecoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>

namespace shuzai {

// ChunkDecoder: ICU's converters, used directly. (Qt 6.4's QStringDecoder accepts ICU's names on
// Debian, but through it an invalid Shift_JIS byte vanishes instead of becoming U+FFFD, and an
// ISO-2022-JP escape split across chunks leaks into the text without an error.)

struct ChunkDecoder::Private {
    UConverter *converter = nullptr;
    qint64 bomLeft = 0;   // bytes of byte order mark still to skip
    bool started = false; // a first character has been produced (a leading U+FEFF dropped)
    // The mark is taken off once: as bytes when the encoding came from it, else as U+FEFF.
    bool dropMark = true;
    bool error = false;
    qint64 errorLine = 0;
    qint64 line = 1;      // the line the next character is on
    bool afterCr = false; // the last character was CR (a following LF ends no new line)
    const char16_t *segmentStart = nullptr; // output of the running ucnv_toUnicode call

    // Counts the lines of decoded text. (A U+FFFD the file itself holds is a character like any
    // other, as for the W3C WebVTT parser; the ones our conversion writes are noted by onInvalid.)
    void countLines(const char16_t *from, const char16_t *to, qint64 &lineNo, bool &cr)
    {
        for (const char16_t *p = from; p < to; ++p) {
            if (*p == u'\n') {
                if (!cr)
                    ++lineNo;
                cr = false;
            } else if (*p == u'\r') {
                ++lineNo;
                cr = true;
            } else {
                cr = false;
            }
        }
    }

    // Called by ICU for an illegal, irregular or unassigned sequence: note the first one's line
    // and write U+FFFD for it.
    static void onInvalid(const void *context, UConverterToUnicodeArgs *args, const char *, int32_t,
                          UConverterCallbackReason reason, UErrorCode *status)
    {
        if (reason > UCNV_IRREGULAR)
            return; // reset, close, clone: nothing to substitute
        auto *self = static_cast<Private *>(const_cast<void *>(context));
        if (!self->error) {
            qint64 lineNo = self->line;
            bool cr = self->afterCr;
            self->countLines(self->segmentStart, reinterpret_cast<const char16_t *>(args->target),
                             lineNo, cr);
            if (!self->error) {
                self->error = true;
                self->errorLine = lineNo;
            }
        }
        *status = U_ZERO_ERROR;
        const UChar replacement = 0xFFFD;
        ucnv_cbToUWriteUChars(args, &replacement, 1, 0, status);
    }

    QString convert(const char *source, const char *end, bool flush)
    {
        QString out;
        if (!converter)
            return out;
        qsizetype used = 0;
        for (;;) {
            out.resize(used + (end - source) + 64);
            char16_t *base = reinterpret_cast<char16_t *>(out.data());
            UChar *target = reinterpret_cast<UChar *>(base + used);
            segmentStart = base + used;
            UErrorCode status = U_ZERO_ERROR;
            ucnv_toUnicode(converter, &target, reinterpret_cast<UChar *>(base + out.size()),
                           &source, end, nullptr, flush, &status);
            const char16_t *written = reinterpret_cast<const char16_t *>(target);
            countLines(segmentStart, written, line, afterCr);
            used = written - base;
            if (status == U_BUFFER_OVERFLOW_ERROR)
                continue;
            if (U_FAILURE(status) && !error) {
                error = true;
                errorLine = line;
            }
            break;
        }
        out.truncate(used);
        if (!started && !out.isEmpty()) {
            started = true;
            if (dropMark && out.front() == QChar(0xFEFF))
                out.remove(0, 1);
        }
        return out;
    }
};

ChunkDecoder::ChunkDecoder(const TextEncoding &encoding)
    : d(std::make_unique<Private>())
{
    d->bomLeft = encoding.bomBytes;
    d->dropMark = encoding.bomBytes == 0;
    const QByteArray name = encoding.name.toLatin1();
    UErrorCode status = U_ZERO_ERROR;
    // ucnv_open("") would open the default converter: an empty name is not an encoding.
    if (!name.isEmpty())
        d->converter = ucnv_open(name.constData(), &status);
    if (U_FAILURE(status) && d->converter) {
        ucnv_close(d->converter);
        d->converter = nullptr;
    }
    if (d->converter) {
        ucnv_setToUCallBack(d->converter, &Private::onInvalid, d.get(), nullptr, nullptr, &status);
    } else {
        d->error = true;
        d->errorLine = 1;
    }
}

ChunkDecoder::~ChunkDecoder()
{
    if (d && d->converter)
        ucnv_close(d->converter);
}

ChunkDecoder::ChunkDecoder(ChunkDecoder &&) noexcept = default;
ChunkDecoder &ChunkDecoder::operator=(ChunkDecoder &&other) noexcept
{
    if (this != &other) {
        if (d && d->converter)
            ucnv_close(d->converter);
        d = std::move(other.d);
    }
    return *this;
}

bool ChunkDecoder::isValid() const
{
    return d->converter != nullptr;
}

QString ChunkDecoder::decode(QByteArrayView chunk)
{
    const char *source = chunk.data();
    const char *end = source + chunk.size();
    if (d->bomLeft > 0) {
        const qint64 skip = std::min<qint64>(d->bomLeft, chunk.size());
        source += skip;
        d->bomLeft -= skip;
    }
    if (source == end)
        return {};
    return d->convert(source, end, false);
}

QString ChunkDecoder::finish()
{
    static const char nothing = 0;
    return d->convert(&nothing, &nothing, true);
}

bool ChunkDecoder::hasError() const
{
    return d->error;
}

qint64 ChunkDecoder::errorLine() const
{
    return d->errorLine;
}

} // namespace shuzai
