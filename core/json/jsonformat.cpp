#include "jsonformat.h"

#include "domain/slotformat.h"

namespace shuzai::json {

namespace {
QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
QString time(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}
} // namespace

QJsonObject campaignSummary(const Campaign &c)
{
    QJsonArray modes;
    for (InterviewMode m : c.modes)
        modes.append(toCode(m));
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("title"), c.title},
        {QStringLiteral("publication"), c.publication},
        {QStringLiteral("publicationDate"), date(c.publicationDate)},
        {QStringLiteral("interviewWindow"),
         QJsonObject{{QStringLiteral("start"), date(c.windowStart)},
                     {QStringLiteral("end"), date(c.windowEnd)}}},
        {QStringLiteral("interviewMinutes"), c.interviewMinutes},
        {QStringLiteral("modes"), modes},
        {QStringLiteral("timeZone"), c.timeZone},
        {QStringLiteral("bufferMinutes"), c.bufferMinutes},
        {QStringLiteral("followUpDays"), c.followUpDays},
        {QStringLiteral("reviewMarginDays"), c.reviewMarginDays},
        {QStringLiteral("version"), c.version},
        {QStringLiteral("archived"), c.archived()},
        {QStringLiteral("archivedAt"),
         c.archived() ? QJsonValue(c.archivedAt.toString(Qt::ISODate)) : QJsonValue()},
    };
}

QJsonObject question(const Question &q)
{
    QJsonObject o{{QStringLiteral("id"), q.id}, {QStringLiteral("text"), q.text}};
    if (q.removedAt.isValid()) {
        o.insert(QStringLiteral("removed"), true);
        o.insert(QStringLiteral("removedAt"), q.removedAt.toString(Qt::ISODate));
        o.insert(QStringLiteral("afterNumber"), q.removedAfter);
    } else {
        o.insert(QStringLiteral("number"), q.position);
    }
    return o;
}

QJsonObject category(const Category &cat)
{
    QJsonArray questions;
    for (const Question &q : cat.questions)
        questions.append(question(q));
    QJsonArray removed;
    for (const Question &q : cat.removedQuestions)
        removed.append(question(q));
    return QJsonObject{{QStringLiteral("id"), cat.id},
                       {QStringLiteral("code"), cat.code},
                       {QStringLiteral("name"), cat.name},
                       {QStringLiteral("position"), cat.position},
                       {QStringLiteral("organisationHonorific"), cat.organisationHonorific},
                       {QStringLiteral("personHonorific"), cat.personHonorific},
                       {QStringLiteral("questions"), questions},
                       {QStringLiteral("removedQuestions"), removed}};
}

QJsonObject campaign(const Campaign &c)
{
    QJsonObject out = campaignSummary(c);
    out.insert(QStringLiteral("editor"), QJsonObject{{QStringLiteral("name"), c.editorName},
                                                     {QStringLiteral("email"), c.editorEmail},
                                                     {QStringLiteral("phone"), c.editorPhone},
                                                     {QStringLiteral("website"), c.website}});
    QJsonArray categories;
    for (const Category &cat : c.categories)
        categories.append(category(cat));
    out.insert(QStringLiteral("categories"), categories);
    QJsonArray candidateSlots;
    for (const AvailabilityWindow &w : c.windows) {
        candidateSlots.append(QJsonObject{{QStringLiteral("id"), w.id},
                                          {QStringLiteral("date"), date(w.day)},
                                          {QStringLiteral("start"), time(w.start)},
                                          {QStringLiteral("end"), time(w.end)},
                                          {QStringLiteral("note"), w.note}});
    }
    out.insert(QStringLiteral("candidateSlots"), candidateSlots);
    out.insert(QStringLiteral("candidateSlotBlock"), candidateSlotBlock(c.windows));
    QJsonArray attribution;
    for (Attribution a : c.attributionOptions)
        attribution.append(QJsonObject{{QStringLiteral("code"), toCode(a)},
                                       {QStringLiteral("label"), displayName(a)}});
    out.insert(QStringLiteral("attributionOptions"), attribution);
    return out;
}

QJsonObject interviewee(const Interviewee &i, const Campaign &c)
{
    const IntervieweeData &d = i.data;
    const Category *category = c.category(d.categoryId);
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("campaignId"), i.campaignId},
        {QStringLiteral("familyName"), d.familyName},
        {QStringLiteral("givenName"), d.givenName},
        {QStringLiteral("familyReading"), d.familyReading},
        {QStringLiteral("givenReading"), d.givenReading},
        {QStringLiteral("name"), d.fullName()},
        {QStringLiteral("reading"), d.fullReading()},
        {QStringLiteral("organisation"), d.organisation},
        {QStringLiteral("department"), d.department},
        {QStringLiteral("title"), d.jobTitle},
        {QStringLiteral("email"), d.email},
        {QStringLiteral("phone"), d.phone},
        {QStringLiteral("category"), category ? category->code : QString()},
        {QStringLiteral("categoryName"), category ? category->name : QString()},
        {QStringLiteral("attribution"), toCode(d.attribution)},
        {QStringLiteral("status"), toCode(d.status)},
        {QStringLiteral("notes"), d.notes},
        {QStringLiteral("timeZone"), d.timeZone},
        {QStringLiteral("alias"), d.alias},
        {QStringLiteral("version"), i.version},
        {QStringLiteral("createdAt"), i.createdAt.toString(Qt::ISODate)},
        {QStringLiteral("updatedAt"), i.updatedAt.toString(Qt::ISODate)},
    };
}

QJsonArray questions(const QList<EffectiveQuestion> &list)
{
    QJsonArray out;
    for (const EffectiveQuestion &q : list) {
        QJsonObject o{{QStringLiteral("number"), q.number},
                      {QStringLiteral("text"), q.text},
                      {QStringLiteral("origin"), toCode(q.origin)}};
        if (q.templatePosition)
            o.insert(QStringLiteral("templateNumber"), q.templatePosition);
        if (!q.templateText.isEmpty())
            o.insert(QStringLiteral("templateText"), q.templateText);
        if (q.removed)
            o.insert(QStringLiteral("removedFromTemplate"), true);
        out.append(o);
    }
    return out;
}

QJsonObject user(const User &u)
{
    return QJsonObject{{QStringLiteral("id"), u.id},
                       {QStringLiteral("login"), u.login},
                       {QStringLiteral("name"), u.displayName},
                       {QStringLiteral("role"), toCode(u.role)}};
}

} // namespace shuzai::json
