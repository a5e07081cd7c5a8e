#include "parsers.h"

#include <QRegularExpression>

namespace shuzai::transcriptparsing {

QString normalizeNewlines(const QString &text)
{
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(u'\r', u'\n');
    out.replace(QChar(u'\0'), QChar::ReplacementCharacter);
    return out;
}

QString stripCueMarkup(const QString &text)
{
    static const QRegularExpression tags(QStringLiteral(R"(<[^>\n]*>|\{\\[^}\n]*\})"));
    QString out = text;
    out.remove(tags);
    out.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    out.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    out.replace(QStringLiteral("&nbsp;"), QStringLiteral("\u00A0"));
    out.replace(QStringLiteral("&lrm;"), QStringLiteral("\u200E"));
    out.replace(QStringLiteral("&rlm;"), QStringLiteral("\u200F"));
    out.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    out.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    out.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    out.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return out;
}

std::pair<QString, QString> splitSpeakerPrefix(const QString &line)
{
    // A speaker label is short and has no sentence punctuation: "山田 太郎: ..." or
    // "話者1：..." but not "注: これは..." followed by prose of a URL like "https://...".
    static const QRegularExpression prefix(QStringLiteral(
        R"(^\s*([^:：。、，,.!?！？「」\s][^:：。、，,!?！？「」]{0,39}?)\s*[:：]\s*(.*)$)"));
    const auto m = prefix.match(line);
    if (!m.hasMatch())
        return {QString(), line};
    const QString speaker = m.captured(1).trimmed();
    const QString rest = m.captured(2);
    if (rest.startsWith(QLatin1String("//")) ||
        speaker.contains(QRegularExpression(QStringLiteral(R"(^\d+$)"))))
        return {QString(), line}; // a URL or a clock time, not a speaker
    return {speaker, rest};
}

} // namespace shuzai::transcriptparsing
