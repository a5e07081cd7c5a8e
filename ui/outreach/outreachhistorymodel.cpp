#include "outreachhistorymodel.h"

#include "common/usernames.h"
#include "services/auditservice.h"
#include "services/outreachservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QBrush>
#include <QColor>

namespace shuzai::ui {

namespace {
QDateTime timeOf(const OutreachHistoryModel::Entry &entry)
{
    return std::visit([](const auto &e) { return e.at; }, entry);
}
} // namespace

OutreachHistoryModel::OutreachHistoryModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(&workspace.outreach(), &OutreachService::outreachChanged, this,
            [this](Id, Id intervieweeId) {
                if (intervieweeId == m_intervieweeId)
                    reload();
            });
}

void OutreachHistoryModel::setInterviewee(Id campaignId, Id intervieweeId)
{
    m_campaignId = campaignId;
    m_intervieweeId = intervieweeId;
    reload();
}

bool OutreachHistoryModel::reload()
{
    QList<Entry> entries;
    bool ok = true;
    if (m_intervieweeId != 0) {
        auto letters = m_workspace.outreach().log(m_campaignId, m_intervieweeId);
        auto replies = m_workspace.outreach().replies(m_campaignId, m_intervieweeId);
        if (!letters || !replies) {
            ok = false;
            emit loadFailed(letters ? replies.error().message() : letters.error().message());
        } else {
            for (const OutreachRecord &r : *letters)
                entries.append(r);
            for (const OutreachReply &r : *replies)
                entries.append(r);
            std::stable_sort(entries.begin(), entries.end(),
                             [](const Entry &a, const Entry &b) { return timeOf(a) < timeOf(b); });
        }
    }
    // Who sent a letter or recorded a reply is kept by the audit log, under the record's id.
    QHash<QString, QString> doneBy;
    if (ok && m_intervieweeId != 0) {
        AuditFilter filter;
        filter.intervieweeId = m_intervieweeId;
        if (auto logged = m_workspace.audit().list(filter)) {
            const UserNames people(m_workspace);
            for (const AuditEntry &e : *logged) {
                if (e.action.startsWith(QLatin1String("letter.")) ||
                    e.action.startsWith(QLatin1String("reply.")))
                    doneBy.insert(e.subject, people.of(e.actor));
            }
        }
    }
    beginResetModel();
    m_entries = entries;
    m_doneBy = doneBy;
    endResetModel();
    return ok;
}

int OutreachHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutreachHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutreachHistoryModel::what(const Entry &entry) const
{
    if (const auto *letter = std::get_if<OutreachRecord>(&entry))
        return displayName(letter->kind);
    return displayName(std::get<OutreachReply>(entry).kind);
}

QString OutreachHistoryModel::details(const Entry &entry) const
{
    if (const auto *letter = std::get_if<OutreachRecord>(&entry)) {
        return letter->detail.isEmpty()
                   ? letter->recipient
                   : letter->recipient + QStringLiteral(" — ") + letter->detail;
    }
    const auto &reply = std::get<OutreachReply>(entry);
    QStringList parts;
    if (!reply.prefers.isEmpty())
        parts.append(tr("Prefers: %1").arg(reply.prefers));
    if (!reply.note.isEmpty())
        parts.append(reply.note);
    return parts.join(QStringLiteral(" / "));
}

QString OutreachHistoryModel::who(const Entry &entry) const
{
    if (const auto *letter = std::get_if<OutreachRecord>(&entry))
        return m_doneBy.value(QStringLiteral("letter %1").arg(letter->id));
    return m_doneBy.value(QStringLiteral("reply %1").arg(std::get<OutreachReply>(entry).id));
}

QVariant OutreachHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case When:
            return datetext::shortDateTime(timeOf(entry));
        case Who:
            return who(entry);
        case What:
            return what(entry);
        case Details:
            return details(entry);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == What) {
        const auto *letter = std::get_if<OutreachRecord>(&entry);
        if (letter && letter->kind == OutreachRecord::Kind::Failed)
            return QBrush(QColor(0xb0, 0x00, 0x20));
    }
    return {};
}

QVariant OutreachHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Who:
        return tr("By");
    case What:
        return tr("What");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace shuzai::ui
