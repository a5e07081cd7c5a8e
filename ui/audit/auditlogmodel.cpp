#include "auditlogmodel.h"

#include "domain/slotformat.h"
#include "review/review.h"
#include "services/auditservice.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"

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

QHash<Id, QString> AuditLogModel::loadNames() const
{
    QHash<Id, QString> names;
    if (auto campaigns = m_workspace.campaigns().list()) {
        for (const Campaign &c : *campaigns) {
            if (auto people = m_workspace.roster().list(c.id))
                names.insert(publicationNames(*people));
        }
    }
    return names;
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
    const QHash<Id, QString> names = loadNames();
    beginResetModel();
    m_entries = entries;
    m_names = names;
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
    // Someone new in the log: their printed name is read once.
    for (const AuditEntry &e : *listed) {
        if (e.intervieweeId != 0 && !m_names.contains(e.intervieweeId)) {
            m_names = loadNames();
            break;
        }
    }
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

void AuditLogModel::appended(const AuditEntry &entry)
{
    if (!matches(entry))
        return;
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

namespace {
// Status codes ("in_review", "awaiting_response") at the start of a value read as the user's
// words; the log itself keeps the codes, so exports stay machine-readable.
QString readable(const QString &value)
{
    const QString code = value.section(u' ', 0, 0);
    if (const auto review = reviewStatusFromCode(code))
        return displayName(*review) + value.mid(code.size());
    if (const auto status = statusFromCode(code))
        return displayName(*status) + value.mid(code.size());
    return value;
}
} // namespace

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
    case When: {
        const QDateTime local = e.at.toLocalTime();
        return japaneseMonthDayWeekday(local.date()) + local.toString(QStringLiteral(" HH:mm:ss"));
    }
    case Who:
        return e.actor;
    case What:
        return auditActionLabel(e.action);
    case Interviewee:
        return e.intervieweeId == 0
                   ? QString()
                   : m_names.value(e.intervieweeId, QStringLiteral("#%1").arg(e.intervieweeId));
    case Subject:
        return e.subject;
    case Before:
        return shorten(readable(e.before));
    case After:
        return shorten(readable(e.after));
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
    case What:
        return tr("What");
    case Interviewee:
        return tr("Interviewee");
    case Subject:
        return tr("Record");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    default:
        return {};
    }
}

} // namespace shuzai::ui
