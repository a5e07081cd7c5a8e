#include "searchresultmodel.h"

#include "transcripts/segmentmodel.h"
#include "util/datetext.h"

#include <QTimeZone>

namespace shuzai::ui {

void SearchResultModel::setResults(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultModel::highlightedHtml(const SearchHit &hit)
{
    QString body;
    int at = 0;
    for (const auto &[b, e] : hit.highlights) {
        body += hit.context.mid(at, b - at).toHtmlEscaped();
        body += QStringLiteral("<span style=\"background:#fff176;font-weight:bold\">") +
                hit.context.mid(b, e - b).toHtmlEscaped() + QStringLiteral("</span>");
        at = e;
    }
    body += hit.context.mid(at).toHtmlEscaped();
    const SearchRow &r = hit.row;
    QString where;
    if (r.kind == SearchRow::Kind::Note) {
        where = SearchResultModel::tr("%1 — notes").arg(r.intervieweeName.toHtmlEscaped());
    } else {
        const QString when =
            r.interviewAt.isValid()
                ? datetext::shortDate(r.interviewAt.toTimeZone(datetext::displayZone()).date())
                : QString(); // the day where the user is: 09:00 in Tokyo is 00:00 UTC
        where = SearchResultModel::tr("%1 — %2 %3 %4")
                    .arg(r.intervieweeName.toHtmlEscaped(), r.speaker.toHtmlEscaped(), when,
                         SegmentModel::formatTime(r.startMs));
    }
    return QStringLiteral("<div style=\"color:#555\">%1 · %2</div><div>%3</div>")
        .arg(where, r.campaignTitle.toHtmlEscaped(), body);
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return h.row.intervieweeName + QStringLiteral(": ") + h.context;
    case HtmlRole:
        return highlightedHtml(h);
    case TranscriptIdRole:
        return h.row.transcriptId;
    case SegmentIdRole:
        return h.row.segmentId;
    case IntervieweeIdRole:
        return h.row.intervieweeId;
    default:
        return {};
    }
}

} // namespace shuzai::ui
