#include "speakerlabels.h"

namespace shuzai::transcriptparsing {

namespace {
constexpr qsizetype kMaxLabelLength = 30;
constexpr int kMaxLabelWords = 5;
// A file this short may have a speaker who says one thing; in a longer one a label must recur.
constexpr qint64 kSmallFileSegments = 20;
// In a long file a speaker takes at least this share of the segments (one in 500).
constexpr qint64 kSegmentsPerRequiredTurn = 500;

bool isColon(QChar c)
{
    return c == u':' || c == u'：';
}

bool isSentencePunctuation(QChar c)
{
    static const QString marks = QStringLiteral("。、，,!?！？「」『』\"“”\t");
    return marks.contains(c);
}

bool plausibleName(QStringView label)
{
    if (label.isEmpty() || label.size() > kMaxLabelLength)
        return false;
    bool allDigits = true;
    int words = 1;
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label[i];
        if (isSentencePunctuation(c) || isColon(c))
            return false;
        if (!c.isDigit())
            allDigits = false;
        if (c == u' ' && i > 0 && label[i - 1] != u' ')
            ++words;
    }
    return !allDigits && words <= kMaxLabelWords && !label.contains(QLatin1String("//"));
}

// ">> ALICE: …" (YouTube's speaker change) and "- Bob: …" (a subtitle's dialogue dash).
QStringView withoutTurnMark(QStringView line)
{
    line = line.trimmed();
    if (line.startsWith(QLatin1String(">>")))
        return line.sliced(2).trimmed();
    if (line.startsWith(QLatin1String("- ")))
        return line.sliced(2).trimmed();
    return line;
}
} // namespace

LineLabel findLineLabel(QStringView line)
{
    line = withoutTurnMark(line);
    if (line.startsWith(u'【')) {
        const qsizetype close = line.indexOf(u'】');
        if (close > 1) {
            const QStringView label = line.sliced(1, close - 1).trimmed();
            if (plausibleName(label))
                return {label.toString(), line.sliced(close + 1).trimmed().toString()};
        }
        return {};
    }
    qsizetype colon = -1;
    for (qsizetype i = 0; i < line.size() && i <= kMaxLabelLength + 1; ++i) {
        if (isColon(line[i])) {
            colon = i;
            break;
        }
    }
    if (colon <= 0)
        return {};
    // A clock time or a ratio: a digit on both sides of the colon ("2:15", "7:35", "16:9").
    if (line[colon - 1].isDigit() && colon + 1 < line.size() && line[colon + 1].isDigit())
        return {};
    const QStringView label = line.first(colon).trimmed();
    const QStringView rest = line.sliced(colon + 1).trimmed();
    if (!plausibleName(label) || rest.startsWith(QLatin1String("//")))
        return {};
    return {label.toString(), rest.toString()};
}

bool SpeakerVotes::accepts(const QString &label) const
{
    const int n = m_counts.value(label);
    if (n >= 2)
        return n * kSegmentsPerRequiredTurn >= m_segments;
    return n == 1 && m_segments <= kSmallFileSegments;
}

} // namespace shuzai::transcriptparsing
