#include "transcriptjson.h"

namespace shuzai::json {

namespace {
QJsonValue optionalMs(qint64 ms)
{
    return ms >= 0 ? QJsonValue(ms) : QJsonValue();
}
} // namespace

QJsonObject interview(const Interview &i)
{
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("intervieweeId"), i.intervieweeId},
        {QStringLiteral("startsAt"), i.startsAt.isValid()
                                         ? QJsonValue(i.startsAt.toUTC().toString(Qt::ISODate))
                                         : QJsonValue()},
        {QStringLiteral("minutes"), i.minutes},
        {QStringLiteral("mode"), toCode(i.mode)},
        {QStringLiteral("place"), i.place},
        {QStringLiteral("meetingUrl"), i.meetingUrl},
        {QStringLiteral("writerId"), i.writerId},
        {QStringLiteral("state"), toCode(i.state)},
        {QStringLiteral("version"), i.version},
    };
}

QJsonObject transcriptSummary(const Transcript &t)
{
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("interviewId"), t.interviewId},
        {QStringLiteral("sourceName"), t.sourceName},
        {QStringLiteral("format"), t.sourceFormat},
        {QStringLiteral("encoding"), t.sourceEncoding},
        {QStringLiteral("sha256"), t.sourceSha256},
        {QStringLiteral("importedAt"), t.importedAt.toString(Qt::ISODate)},
        {QStringLiteral("version"), t.version},
    };
}

QJsonObject segment(const Segment &s)
{
    QJsonObject o{{QStringLiteral("id"), s.id},
                  {QStringLiteral("position"), s.position},
                  {QStringLiteral("speaker"), s.speaker},
                  {QStringLiteral("startMs"), optionalMs(s.startMs)},
                  {QStringLiteral("endMs"), optionalMs(s.endMs)},
                  {QStringLiteral("text"), s.text},
                  {QStringLiteral("revision"), s.revision}};
    if (s.revision > 0) {
        o.insert(QStringLiteral("originalText"), s.originalText);
        o.insert(QStringLiteral("originalSpeaker"), s.originalSpeaker);
    }
    return o;
}

QJsonObject transcript(const Transcript &t)
{
    QJsonObject o = transcriptSummary(t);
    QJsonArray segments;
    for (const Segment &s : t.segments)
        segments.append(segment(s));
    o.insert(QStringLiteral("segments"), segments);
    QJsonArray speakers;
    for (const SpeakerMapping &m : t.speakers) {
        speakers.append(QJsonObject{{QStringLiteral("label"), m.label},
                                    {QStringLiteral("role"), toCode(m.role)},
                                    {QStringLiteral("userId"), m.userId}});
    }
    o.insert(QStringLiteral("speakers"), speakers);
    return o;
}

QJsonObject preview(const ParsedTranscript &p)
{
    QStringList labels;
    for (const ParsedSegment &s : p.segments) {
        if (!s.speaker.isEmpty() && !labels.contains(s.speaker))
            labels.append(s.speaker);
    }
    QJsonArray skipped;
    for (const SkippedPart &part : p.skipped) {
        skipped.append(QJsonObject{{QStringLiteral("line"), part.line},
                                   {QStringLiteral("firstLine"), part.firstLine},
                                   {QStringLiteral("lastLine"), part.lastLine},
                                   {QStringLiteral("problem"), part.problem},
                                   {QStringLiteral("reason"), part.message()},
                                   {QStringLiteral("text"), part.excerpt}});
    }
    return QJsonObject{
        {QStringLiteral("format"), p.format},
        {QStringLiteral("encoding"), p.encoding},
        {QStringLiteral("encodingCertain"), p.encodingCertain},
        {QStringLiteral("encodingCandidates"), QJsonArray::fromStringList(p.encodingCandidates)},
        {QStringLiteral("segments"), int(p.segments.size())},
        {QStringLiteral("speakers"), QJsonArray::fromStringList(labels)},
        {QStringLiteral("skipped"), skipped}};
}

QJsonObject excerpt(const Excerpt &e)
{
    return QJsonObject{{QStringLiteral("segmentId"), e.segmentId},
                       {QStringLiteral("transcriptId"), e.transcriptId},
                       {QStringLiteral("interviewId"), e.interviewId},
                       {QStringLiteral("intervieweeId"), e.intervieweeId},
                       {QStringLiteral("position"), e.position},
                       {QStringLiteral("speaker"), e.speaker},
                       {QStringLiteral("startMs"), optionalMs(e.startMs)},
                       {QStringLiteral("text"), e.text}};
}

QJsonObject searchHit(const SearchHit &h)
{
    const SearchRow &r = h.row;
    QJsonArray highlights;
    for (const auto &[b, e] : h.highlights)
        highlights.append(QJsonArray{b, e});
    QJsonObject o{{QStringLiteral("kind"), r.kind == SearchRow::Kind::Note
                                               ? QStringLiteral("note")
                                               : QStringLiteral("segment")},
                  {QStringLiteral("intervieweeId"), r.intervieweeId},
                  {QStringLiteral("interviewee"), r.intervieweeName},
                  {QStringLiteral("campaignId"), r.campaignId},
                  {QStringLiteral("campaign"), r.campaignTitle},
                  {QStringLiteral("context"), h.context},
                  {QStringLiteral("highlights"), highlights}};
    if (r.kind == SearchRow::Kind::Segment) {
        o.insert(QStringLiteral("segmentId"), r.segmentId);
        o.insert(QStringLiteral("transcriptId"), r.transcriptId);
        o.insert(QStringLiteral("interviewId"), r.interviewId);
        o.insert(QStringLiteral("position"), r.position);
        o.insert(QStringLiteral("speaker"), r.speaker);
        o.insert(QStringLiteral("startMs"), optionalMs(r.startMs));
        o.insert(QStringLiteral("interviewAt"),
                 r.interviewAt.isValid() ? QJsonValue(r.interviewAt.toString(Qt::ISODate))
                                         : QJsonValue());
    }
    return o;
}

QJsonObject quote(const QuoteCandidate &q)
{
    return QJsonObject{{QStringLiteral("id"), q.id},
                       {QStringLiteral("text"), q.text},
                       {QStringLiteral("note"), q.note},
                       {QStringLiteral("start"), q.startOffset},
                       {QStringLiteral("end"), q.endOffset},
                       {QStringLiteral("interviewee"), q.intervieweeName},
                       {QStringLiteral("createdAt"), q.createdAt.toString(Qt::ISODate)},
                       {QStringLiteral("excerpt"), excerpt(q.excerpt)}};
}

QJsonObject matrix(const AnswerMatrix &m)
{
    QJsonArray columns;
    for (const auto &c : m.columns) {
        columns.append(QJsonObject{{QStringLiteral("intervieweeId"), c.intervieweeId},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("categoryId"), c.categoryId}});
    }
    QJsonArray rows;
    for (qsizetype r = 0; r < m.rows.size(); ++r) {
        const auto &row = m.rows.at(r);
        QJsonArray cells;
        for (const auto &cell : m.cells.at(r)) {
            QJsonArray excerpts;
            for (const Excerpt &e : cell.excerpts)
                excerpts.append(excerpt(e));
            cells.append(QJsonObject{{QStringLiteral("state"), toCode(cell.state)},
                                     {QStringLiteral("question"), cell.questionText},
                                     {QStringLiteral("excerpts"), excerpts}});
        }
        rows.append(QJsonObject{{QStringLiteral("category"), row.categoryName},
                                {QStringLiteral("number"), row.templatePosition},
                                {QStringLiteral("added"), row.customisationId != 0},
                                {QStringLiteral("text"), row.text},
                                {QStringLiteral("cells"), cells}});
    }
    return QJsonObject{{QStringLiteral("columns"), columns}, {QStringLiteral("rows"), rows}};
}

} // namespace shuzai::json
