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

// The fields an interview document's header or a sidebar labels ("取材日：5月27日", "囲み：",
// "Note:"): who is speaking is never one of these.
bool isDocumentField(QStringView label)
{
    static const QStringList fields = {
        QStringLiteral("取材日"),    QStringLiteral("取材日時"),     QStringLiteral("日時"),
        QStringLiteral("日付"),      QStringLiteral("場所"),         QStringLiteral("会場"),
        QStringLiteral("注"),        QStringLiteral("注記"),         QStringLiteral("備考"),
        QStringLiteral("囲み"),      QStringLiteral("写真"),         QStringLiteral("撮影"),
        QStringLiteral("構成"),      QStringLiteral("執筆"),         QStringLiteral("件名"),
        QStringLiteral("タイトル"),  QStringLiteral("テーマ"),       QStringLiteral("出席者"),
        QStringLiteral("参加者"),    QStringLiteral("所属"),         QStringLiteral("肩書"),
        QStringLiteral("肩書き"),    QStringLiteral("所要時間"),     QStringLiteral("日程"),
        QStringLiteral("媒体"),      QStringLiteral("掲載日"),       QStringLiteral("掲載予定"),
        QStringLiteral("公開日"),    QStringLiteral("見出し"),       QStringLiteral("小見出し"),
        QStringLiteral("リード"),    QStringLiteral("URL"),          QStringLiteral("Date"),
        QStringLiteral("Time"),      QStringLiteral("Location"),     QStringLiteral("Place"),
        QStringLiteral("Venue"),     QStringLiteral("Note"),         QStringLiteral("Notes"),
        QStringLiteral("Title"),     QStringLiteral("Subject"),      QStringLiteral("Topic"),
        QStringLiteral("Attendees"), QStringLiteral("Participants"), QStringLiteral("Photo"),
        QStringLiteral("Caption"),   QStringLiteral("Duration"),
    };
    for (const QString &field : fields) {
        if (label.compare(field, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
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
            if (plausibleName(label) && !isDocumentField(label))
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
    if (!plausibleName(label) || isDocumentField(label) || rest.startsWith(QLatin1String("//")))
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
