#pragma once

#include "audit/auditentry.h"
#include "audit/auditsentence.h"

#include <QAbstractTableModel>
#include <QHash>

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// The audit log, newest first, through a filter. Entries appended while it is open arrive at
// the top as they are written. Read-only: the log has no edit. Each entry reads as a sentence
// with people's names and times in the display zone (auditSentence()); its codes stay in the
// log and its exports.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, Change, Details, ColumnCount };

    explicit AuditLogModel(Workspace &workspace, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    const AuditFilter &filter() const { return m_filter; }
    void reload();
    // Adds the entries written since the newest one shown (by other clients).
    void fetchNewer();
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    bool matches(const AuditEntry &entry) const;
    AuditNames loadNames() const;
    void noteNames(const AuditEntry &entry);
    const AuditNames &names() const;
    void appended(const AuditEntry &entry);

    Workspace &m_workspace;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries; // newest first
    mutable AuditNames m_names;
    mutable bool m_namesStale = false;
};

} // namespace shuzai::ui
