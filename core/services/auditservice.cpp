#include "auditservice.h"

#include "campaignservice.h"
#include "rosterservice.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "util/files.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shuzai {

namespace {
QString csvField(const QString &value)
{
    // RFC 4180: quote every field, double the quotes inside. A leading =, +, - or @ would be a
    // formula to a spreadsheet; a quote mark in front keeps it text.
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@").contains(v.front()))
        v.prepend(u'\'');
    v.replace(u'"', QStringLiteral("\"\""));
    return u'"' + v + u'"';
}
} // namespace

VoidResult AuditService::append(const QString &action, Id campaignId, Id intervieweeId,
                                const QString &subject, const QString &before, const QString &after)
{
    AuditEntry e;
    e.at = m_workspace.clock().now();
    // The Shuzai user acting; before the first one exists (setting up a server), the database
    // login that did it.
    e.actor = m_workspace.actor().login.isEmpty() ? m_workspace.database().connection().userName()
                                                  : m_workspace.actor().login;
    e.action = action;
    e.campaignId = campaignId;
    e.intervieweeId = intervieweeId;
    e.subject = subject;
    e.before = before;
    e.after = after;
    auto id = AuditRepository(m_workspace.database()).append(e);
    if (!id)
        return id.error();
    e.id = *id;
    emit appended(e);
    return {};
}

Result<QList<AuditEntry>> AuditService::list(const AuditFilter &filter)
{
    return AuditRepository(m_workspace.database()).list(filter);
}

Result<QByteArray> AuditService::exported(const AuditFilter &filter, Format format)
{
    auto entries = list(filter);
    if (!entries)
        return entries.error();
    QHash<Id, QString> names;
    auto campaigns = m_workspace.campaigns().list();
    if (!campaigns)
        return campaigns.error();
    for (const Campaign &c : *campaigns) {
        auto people = m_workspace.roster().list(c.id);
        if (!people)
            return people.error();
        names.insert(publicationNames(*people));
    }
    const auto nameOf = [&](Id id) {
        return id == 0 ? QString() : names.value(id, QStringLiteral("#%1").arg(id));
    };
    if (format == Format::Json) {
        QJsonArray rows;
        for (const AuditEntry &e : *entries) {
            rows.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                    {QStringLiteral("actor"), e.actor},
                                    {QStringLiteral("action"), e.action},
                                    {QStringLiteral("campaign"), e.campaignId},
                                    {QStringLiteral("interviewee"), e.intervieweeId},
                                    {QStringLiteral("intervieweeName"), nameOf(e.intervieweeId)},
                                    {QStringLiteral("subject"), e.subject},
                                    {QStringLiteral("before"), e.before},
                                    {QStringLiteral("after"), e.after}});
        }
        return QJsonDocument(rows).toJson(QJsonDocument::Indented);
    }
    QString csv(QChar(0xFEFF));
    csv += QStringLiteral("id,at,actor,action,campaign,interviewee,subject,before,after\r\n");
    for (const AuditEntry &e : *entries) {
        const QStringList fields{QString::number(e.id),
                                 e.at.toString(Qt::ISODate),
                                 e.actor,
                                 e.action,
                                 QString::number(e.campaignId),
                                 nameOf(e.intervieweeId),
                                 e.subject,
                                 e.before,
                                 e.after};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        csv += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

VoidResult AuditService::exportTo(const QString &path, const AuditFilter &filter, Format format)
{
    auto bytes = exported(filter, format);
    if (!bytes)
        return bytes.error();
    return files::writeAtomically(path, *bytes);
}

} // namespace shuzai
