#pragma once

#include "domain/campaign.h"
#include "domain/interviewee.h"
#include "domain/rosterfilter.h"
#include "outreach/outreachrecord.h"
#include "util/result.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>

class QThread;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// The interviewees of one campaign, one row each, kept in step with the roster service's
// announcements (so undo, the CLI-style services and other screens all show up here).
class RosterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Reading, Organisation, Category, Status, Attribution, Email, ColumnCount };
    // OverdueRole: days a follow-up is overdue, or null when none is due.
    enum Roles { IdRole = Qt::UserRole + 1, CategoryIdRole, StatusRole, OverdueRole };

    explicit RosterModel(Workspace &workspace, QObject *parent = nullptr);
    ~RosterModel() override;

    // Loads the campaign's roster; 0 empties the model. A roster of kBackgroundLoadFrom people
    // or more is read on a worker thread with its own connection, so the window shows (and
    // takes input) at once: the model stays empty and isLoading() until loaded() is emitted.
    void setCampaign(Id campaignId);
    bool isLoading() const { return m_loading != nullptr; }
    static constexpr int kBackgroundLoadFrom = 1000;
    // For tests: from how many people on the roster loads in the background.
    void setBackgroundLoadFrom(int people) { m_backgroundFrom = people; }
    Id campaignId() const { return m_campaign.id; }
    const Campaign &campaign() const { return m_campaign; }

    // Headers and labels are translated: call after the language changed.
    void retranslate();
    // Follow-ups fall due as time passes, not only when something is recorded: the model asks
    // again every few minutes (and on demand), and repaints the statuses that changed.
    void refreshFollowUps();
    static constexpr int kFollowUpRefreshMs = 10 * 60 * 1000;

    const Interviewee &interviewee(int row) const { return m_rows.at(row); }
    // The row's names folded for the filter and the order, kept with the row.
    const FoldedNames &folded(int row) const { return m_folded.at(row); }
    int rowOf(Id intervieweeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);
    // A background load put its rows in (after the model's reset).
    void loaded();

private:
    struct Load;
    // Reads the campaign's rows on this thread.
    VoidResult readNow();
    void startBackgroundLoad();
    void finishBackgroundLoad();
    // What a change to the campaign's people does while its roster is still being read.
    bool deferWhileLoading(Id campaignId);
    void onAdded(Id campaignId, Id id);
    void onChanged(Id campaignId, Id id);
    void onRemoved(Id campaignId, Id id);
    void onCampaignChanged(Id campaignId);
    void onOutreachChanged(Id campaignId, Id id);
    // Which follow-ups are due now; the roster shows them on the status column.
    void reloadDue();

    Workspace &m_workspace;
    Campaign m_campaign;
    QList<Interviewee> m_rows;
    QList<FoldedNames> m_folded; // one per row, in step with m_rows
    QHash<Id, FollowUpDue> m_due;
    int m_backgroundFrom = kBackgroundLoadFrom;
    std::unique_ptr<Load> m_loading;
};

} // namespace shuzai::ui
