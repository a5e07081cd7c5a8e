#include "auditlogmodel.h"

#include "services/auditservice.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

namespace shuzai::ui {

AuditLogModel::AuditLogModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.audit(), &AuditService::appended, this, &AuditLogModel::appended);
    // Other clients' changes on the team server: only the entries not shown yet are read.
    connect(&workspace, &Workspace::changedElsewhere, this, [this](const QString &table) {
        if (table == QLatin1String("audit_log") || table.isEmpty())
            fetchNewer();
    });
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

AuditNames AuditLogModel::loadNames() const
{
    return m_workspace.audit().names(m_filter.campaignId);
}

void AuditLogModel::reload()
{
    QList<AuditEntry> entries;
    auto listed = m_workspace.audit().list(m_filter);
    if (!listed) {
        emit loadFailed(listed.error().message());
    } else {
        entries = *listed;
        std::reverse(entries.begin(), entries.end());
    }
    const AuditNames names = loadNames();
    beginResetModel();
    m_entries = entries;
    m_names = names;
    m_namesStale = false;
    endResetModel();
}

void AuditLogModel::fetchNewer()
{
    AuditFilter newer = m_filter;
    for (const AuditEntry &e : std::as_const(m_entries))
        newer.afterId = std::max(newer.afterId, e.id);
    auto listed = m_workspace.audit().list(newer);
    if (!listed || listed->isEmpty())
        return;
    for (const AuditEntry &e : *listed)
        noteNames(e);
    beginInsertRows({}, 0, int(listed->size()) - 1);
    for (const AuditEntry &e : *listed)
        m_entries.prepend(e);
    endInsertRows();
}

bool AuditLogModel::matches(const AuditEntry &e) const
{
    const AuditFilter &f = m_filter;
    if (f.since.isValid() && e.at < f.since)
        return false;
    if (f.campaignId != 0 && e.campaignId != f.campaignId)
        return false;
    if (f.intervieweeId != 0 && e.intervieweeId != f.intervieweeId)
        return false;
    if (!f.actor.isEmpty() && e.actor != f.actor)
        return false;
    if (!f.action.isEmpty()) {
        if (f.action.endsWith(u'.') ? !e.action.startsWith(f.action) : e.action != f.action)
            return false;
    }
    return true;
}

void AuditLogModel::noteNames(const AuditEntry &e)
{
    // Someone new in the log: the names are read again when next shown, once for a whole
    // import of people rather than once for each of them.
    if ((e.intervieweeId != 0 && !m_names.people.contains(e.intervieweeId)) ||
        !m_names.users.contains(e.actor))
        m_namesStale = true;
}

const AuditNames &AuditLogModel::names() const
{
    if (m_namesStale) {
        m_names = loadNames();
        m_namesStale = false;
    }
    return m_names;
}

void AuditLogModel::appended(const AuditEntry &entry)
{
    if (!matches(entry))
        return;
    noteNames(entry);
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto shorten = [role](const QString &text) {
        // The table shows one line; the tooltip the whole value.
        if (role == Qt::ToolTipRole)
            return text;
        QString line = text.section(u'\n', 0, 0);
        return line.size() > 80 || line.size() < text.size() ? line.left(80) + QChar(0x2026) : line;
    };
    switch (index.column()) {
    case When:
        return datetext::shortDateTime(e.at) +
               e.at.toTimeZone(datetext::displayZone()).toString(QStringLiteral(":ss"));
    case Who:
        return actorName(e.actor, names());
    case Change:
        return auditSentence(e, names());
    case Details:
        return shorten(auditDetails(e));
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("Who");
    case Change:
        return tr("Change");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace shuzai::ui
