#include "transcriptfile.h"

#include "lineparser.h"
#include "linesplitter.h"
#include "parsers.h"
#include "textdecoding.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

namespace shuzai {

namespace {
using namespace transcriptlimits;
using namespace transcriptparsing;

// The name a message shows: the file's own name, not the folders it came from.
QString shownName(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    return name.isEmpty() ? fileName : name;
}

QString detectTextFormat(QStringView text, const QString &suffix)
{
    QStringView head = text.left(4096);
    if (head.startsWith(QChar(0xFEFF)))
        head = head.sliced(1);
    if (head.startsWith(QLatin1String("WEBVTT")) || suffix == QLatin1String("vtt"))
        return QStringLiteral("vtt");
    if (suffix == QLatin1String("srt") || suffix == QLatin1String("sbv"))
        return suffix;
    static const QRegularExpression srtStart(
        QStringLiteral(R"(^\s*(\d+\s*\n)?\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}\s*-->)"));
    if (srtStart.match(head).hasMatch())
        return QStringLiteral("srt");
    static const QRegularExpression sbvStart(
        QStringLiteral(R"(^\s*\d{1,2}:\d{2}:\d{2}\.\d{3},\d{1,2}:\d{2}:\d{2}\.\d{3}\s*\n)"));
    if (sbvStart.match(head).hasMatch())
        return QStringLiteral("sbv");
    return QStringLiteral("txt");
}

// Control characters beyond the odd stray one (a NUL, which the WebVTT parser reads as U+FFFD).
bool looksBinary(QStringView text)
{
    const QStringView head = text.left(65536);
    qsizetype control = 0;
    for (QChar c : head) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f' && u != 0x1B)
            ++control;
    }
    return control > 8 && control * 20 > head.size();
}

// A transcript file ready to be read: docx text as a whole, any other file's bytes with their
// encoding, decoded a piece at a time on every reading (a 100 MB file's text is never whole).
struct DecodedFile {
    QString text;            // docx
    const QByteArray *bytes; // the others
    TextEncoding textEncoding;
    QString format;
    QString encoding;
    bool certain = true;
    QStringList candidates;
};

constexpr qsizetype kDecodeChunk = 1024 * 1024;

Result<DecodedFile> decodeFile(const QByteArray &bytes, const QString &fileName,
                               const TranscriptFileOptions &options)
{
    if (bytes.isEmpty())
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Error", "The file is empty."), {},
                     QStringLiteral("file"));
    if (bytes.size() > kMaxFileBytes) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The file is too large for a transcript (%1 MB; "
                                                "the limit is %2 MB)."),
                     {QString::number(bytes.size() / (1024 * 1024)),
                      QString::number(kMaxFileBytes / (1024 * 1024))},
                     QStringLiteral("file"));
    }
    if (!options.format.isEmpty() && !transcriptFormats().contains(options.format)) {
        return Error(ErrorCode::Usage,
                     QT_TRANSLATE_NOOP("Error", "Unknown transcript format \"%1\" (use vtt, srt, "
                                                "sbv, txt or docx)."),
                     {options.format});
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool zip = bytes.startsWith("PK\x03\x04");
    DecodedFile out;
    out.bytes = &bytes;
    out.format = options.format;
    if (out.format.isEmpty() && (zip || suffix == QLatin1String("docx")))
        out.format = QStringLiteral("docx");
    if (out.format == QLatin1String("docx")) {
        auto docText = readDocxText(bytes, shownName(fileName));
        if (!docText)
            return docText.error();
        out.text = *docText;
        out.bytes = nullptr;
        out.encoding = QStringLiteral("UTF-8");
        out.format = QStringLiteral("docx");
        return out;
    }
    if (zip) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The file is a zip archive, not a transcript in "
                                                "text form (a Word file ends in .docx)."),
                     {}, QStringLiteral("file"));
    }
    auto encoding = detectEncoding(bytes, options.encoding);
    if (!encoding)
        return encoding.error();
    ChunkDecoder headDecoder(*encoding);
    const QString head = headDecoder.decode(
        QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 64 * 1024)));
    if (looksBinary(head)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The file holds binary data, not text."), {},
                     QStringLiteral("file"));
    }
    out.textEncoding = *encoding;
    out.encoding = encoding->name;
    out.certain = encoding->certain;
    if (!encoding->certain)
        out.candidates = encoding->candidates;
    if (out.format.isEmpty())
        out.format = detectTextFormat(head, suffix);
    return out;
}
// The parsers read lines; docx text is lines too, and plain text rules apply to it.
QString parserFormat(const QString &format)
{
    return format == QLatin1String("docx") ? QStringLiteral("txt") : format;
}

class ListSink final : public TranscriptSink {
public:
    explicit ListSink(ParsedTranscript &out, const std::function<bool(ParsedSegment)> &each = {})
        : m_out(out)
        , m_each(each)
    {
    }
    bool segment(ParsedSegment segment) override
    {
        if (m_each)
            return m_each(std::move(segment));
        m_out.segments.append(std::move(segment));
        return true;
    }
    void skipped(SkippedPart part) override { m_out.skipped.append(std::move(part)); }

private:
    ParsedTranscript &m_out;
    std::function<bool(ParsedSegment)> m_each;
};

std::optional<Error> runPass(const DecodedFile &file, SegmentBuilder &builder)
{
    auto parser = makeLineParser(parserFormat(file.format), builder);
    LineSplitter lines(*parser);
    if (!file.bytes) {
        if (auto error = lines.feed(file.text, true))
            return error;
        return parser->finish();
    }
    ChunkDecoder decoder(file.textEncoding);
    const QByteArray &bytes = *file.bytes;
    for (qsizetype at = 0; at < bytes.size() && !parser->failed(); at += kDecodeChunk) {
        const QString text = decoder.decode(
            QByteArrayView(bytes).sliced(at, std::min(kDecodeChunk, bytes.size() - at)));
        if (auto error = lines.feed(text, false))
            return error;
    }
    if (auto error = lines.feed(decoder.finish(), true))
        return error;
    if (decoder.hasError()) { // detection validated the bytes: a safety net
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The file is not valid %1 text (first bad byte at "
                                                "line %2)."),
                     {file.encoding, QString::number(decoder.errorLine())},
                     QStringLiteral("encoding"));
    }
    return parser->finish();
}

// Nothing to store: say why, with the first problem when there was one.
Error nothingToImport(const ParsedTranscript &parsed)
{
    if (!parsed.firstProblem()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The file contains no transcript text."), {},
                     QStringLiteral("file"));
    }
    const SkippedPart &first = *parsed.firstProblem();
    if (qstrcmp(first.reason, kTimingExpected) == 0) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "No cue could be read. Line %1: a cue timing "
                                                "like 00:00:01.000 --> 00:00:04.000 was "
                                                "expected, found \"%2\"."),
                     {QString::number(first.line), first.excerpt}, QStringLiteral("file"));
    }
    return Error(ErrorCode::InvalidInput,
                 QT_TRANSLATE_NOOP("Error", "No transcript text could be read. Line %1: %2 "
                                            "(\"%3\")."),
                 {QString::number(first.line), first.message(), first.excerpt},
                 QStringLiteral("file"));
}

} // namespace

QStringList transcriptFormats()
{
    return {QStringLiteral("vtt"), QStringLiteral("srt"), QStringLiteral("sbv"),
            QStringLiteral("txt"), QStringLiteral("docx")};
}

Result<ParsedTranscript>
readTranscriptFile(const QByteArray &bytes, const QString &fileName,
                   const TranscriptFileOptions &options,
                   const std::function<VoidResult(const ParsedTranscript &)> &beforeSegments,
                   const std::function<bool(ParsedSegment)> &onSegment)
{
    auto located = [&](Error error) {
        return error.at(shownName(fileName));
    };
    auto file = decodeFile(bytes, fileName, options);
    if (!file)
        return located(file.error());
    ParsedTranscript out;
    out.format = file->format;
    out.encoding = file->encoding;
    out.encodingCertain = file->certain;
    out.encodingCandidates = file->candidates;

    SpeakerVotes votes;
    ListSink listing(out);
    SegmentBuilder counting(listing, votes, SegmentBuilder::Pass::CountSpeakers);
    if (auto error = runPass(*file, counting))
        return located(*error);
    out.segmentCount = counting.segmentCount();
    if (out.segmentCount == 0)
        return located(nothingToImport(out));
    if (beforeSegments) {
        if (auto ready = beforeSegments(out); !ready)
            return ready.error();
    }
    ListSink emitting(out, onSegment);
    SegmentBuilder builder(emitting, votes, SegmentBuilder::Pass::Emit);
    if (auto error = runPass(*file, builder))
        return located(*error);
    if (builder.stopped()) {
        return Error(ErrorCode::Cancelled,
                     QT_TRANSLATE_NOOP("Error", "The import was cancelled. Nothing was stored."));
    }
    return out;
}

Result<ParsedTranscript> parseTranscriptFile(const QByteArray &bytes, const QString &fileName,
                                             const TranscriptFileOptions &options)
{
    return readTranscriptFile(bytes, fileName, options);
}

} // namespace shuzai
