#include "transcriptfile.h"

#include "parsers.h"
#include "textdecoding.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

namespace shuzai {

namespace {
using namespace transcriptlimits;

// The name a message shows: the file's own name, not the folders it came from.
QString shownName(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    return name.isEmpty() ? fileName : name;
}

// Line count and the longest line in one pass, before any parser splits the text: parsers hold
// every line at once and look at a line more than once, so both bound their time and memory.
std::optional<Error> checkLines(QStringView text, const QString &fileName)
{
    qsizetype lines = 1, lineStart = 0;
    auto tooLong = [&](qsizetype end) -> std::optional<Error> {
        if (end - lineStart <= kMaxLineLength)
            return std::nullopt;
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "%1 cannot be a transcript: line %2 is longer "
                                                "than %3 characters."),
                     {shownName(fileName), QString::number(lines), QString::number(kMaxLineLength)},
                     QStringLiteral("file"));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c != u'\n' && c != u'\r')
            continue;
        if (auto error = tooLong(i))
            return error;
        if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        lineStart = i + 1;
        if (lineStart < text.size() && ++lines > kMaxLines) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "%1 cannot be a transcript: it has more "
                                                    "than %2 lines."),
                         {shownName(fileName), QString::number(kMaxLines)}, QStringLiteral("file"));
        }
    }
    return tooLong(text.size());
}

QString detectTextFormat(const QString &text, const QString &suffix)
{
    QString head = text.left(4096);
    if (head.startsWith(QChar(0xFEFF)))
        head.remove(0, 1);
    if (head.startsWith(QLatin1String("WEBVTT")) || suffix == QLatin1String("vtt"))
        return QStringLiteral("vtt");
    if (suffix == QLatin1String("srt"))
        return QStringLiteral("srt");
    static const QRegularExpression srtStart(
        QStringLiteral(R"(^\s*(\d+\s*\r?\n)?\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}\s*-->)"));
    if (srtStart.match(head).hasMatch())
        return QStringLiteral("srt");
    return QStringLiteral("txt");
}

bool looksBinary(const QString &text)
{
    qsizetype control = 0;
    for (QChar c : text.left(65536)) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f')
            ++control;
    }
    return control > 8;
}
} // namespace

QStringList transcriptFormats()
{
    return {QStringLiteral("vtt"), QStringLiteral("srt"), QStringLiteral("txt"),
            QStringLiteral("docx")};
}

Result<ParsedTranscript> parseTranscriptFile(const QByteArray &bytes, const QString &fileName,
                                             const TranscriptFileOptions &options)
{
    if (bytes.isEmpty()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Error", "The file is empty."), {},
                     QStringLiteral("file"));
    }
    if (bytes.size() > kMaxFileBytes) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "%1 is too large for a transcript (%2 MB; the "
                                                "limit is %3 MB)."),
                     {shownName(fileName), QString::number(bytes.size() / (1024 * 1024)),
                      QString::number(kMaxFileBytes / (1024 * 1024))},
                     QStringLiteral("file"));
    }
    if (!options.format.isEmpty() && !transcriptFormats().contains(options.format)) {
        return Error(ErrorCode::Usage,
                     QT_TRANSLATE_NOOP("Error", "Unknown transcript format \"%1\" (use vtt, srt, "
                                                "txt or docx)."),
                     {options.format});
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool zip = bytes.startsWith("PK\x03\x04");
    QString format = options.format;
    if (format.isEmpty())
        format = zip || suffix == QLatin1String("docx") ? QStringLiteral("docx") : QString();

    QString text;
    QString encoding;
    bool certain = true;
    if (format == QLatin1String("docx")) {
        auto docText = readDocxText(bytes, shownName(fileName));
        if (!docText)
            return docText.error();
        text = *docText;
        encoding = QStringLiteral("UTF-8");
    } else {
        if (zip) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "The file is a zip archive, not a %1 "
                                                    "transcript."),
                         {format}, QStringLiteral("file"));
        }
        auto decoded = decodeText(bytes, options.encoding);
        if (!decoded)
            return decoded.error();
        if (looksBinary(decoded->text)) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "The file holds binary data, not text."), {},
                         QStringLiteral("file"));
        }
        text = decoded->text;
        encoding = decoded->encoding;
        certain = decoded->certain;
        if (format.isEmpty())
            format = detectTextFormat(text, suffix);
    }

    if (auto error = checkLines(text, fileName))
        return *error;

    Result<ParsedTranscript> parsed = format == QLatin1String("vtt")   ? parseWebVtt(text)
                                      : format == QLatin1String("srt") ? parseSrt(text)
                                                                       : parsePlainText(text);
    if (!parsed)
        return parsed;
    parsed->format = format;
    parsed->encoding = encoding;
    parsed->encodingCertain = certain;
    if (parsed->segments.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The file contains no transcript text."), {},
                     QStringLiteral("file"));
    }
    return parsed;
}

} // namespace shuzai
