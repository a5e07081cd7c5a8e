#include "transcriptfile.h"

#include "parsers.h"
#include "textdecoding.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace shuzai {

namespace {
constexpr qint64 kMaxTranscriptBytes = 512LL * 1024 * 1024;

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
    if (bytes.size() > kMaxTranscriptBytes) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The file is too large for a transcript (%1 MB; "
                                                "the limit is %2 MB)."),
                     {QString::number(bytes.size() / (1024 * 1024)),
                      QString::number(kMaxTranscriptBytes / (1024 * 1024))},
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
        auto docText = readDocxText(bytes);
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
