#include "rostermodel.h"

#include "services/campaignservice.h"
#include "services/outreachservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QColor>
#include <QLocale>
#include <QThread>
#include <QTimer>

#include <optional>

namespace shuzai::ui {

// One roster read on a worker thread, on its own connection. A change to the campaign's people
// while it runs may be missing from what it read: then it is read again.
struct RosterModel::Load {
    Id campaignId = 0;
    int generation = 0;
    std::unique_ptr<QThread> thread;
    // Written by the worker, read after it finished:
    QList<Interviewee> rows;
    QList<FoldedNames> folded;
    QHash<Id, FollowUpDue> due;
    std::optional<Error> failure;
    bool noConnection = false; // e.g. a database only this connection sees: read it here
    // GUI thread only:
    bool changedMeanwhile = false;
};

RosterModel::RosterModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    RosterService *roster = &workspace.roster();
    connect(roster, &RosterService::intervieweeAdded, this, &RosterModel::onAdded);
    connect(roster, &RosterService::intervieweeChanged, this, &RosterModel::onChanged);
    connect(roster, &RosterService::intervieweeRemoved, this, &RosterModel::onRemoved);
    connect(&workspace.campaigns(), &CampaignService::campaignChanged, this,
            &RosterModel::onCampaignChanged);
    connect(&workspace.outreach(), &OutreachService::outreachChanged, this,
            &RosterModel::onOutreachChanged);
    // A booking moves the person's status (日程確定) without a roster edit.
    connect(&workspace.scheduling(), &SchedulingService::scheduleChanged, this,
            [this](Id intervieweeId) { onChanged(m_campaign.id, intervieweeId); });
    auto *timer = new QTimer(this);
    timer->setObjectName(QStringLiteral("followUpRefresh"));
    timer->setInterval(kFollowUpRefreshMs);
    connect(timer, &QTimer::timeout, this, &RosterModel::refreshFollowUps);
    timer->start();
}

RosterModel::~RosterModel()
{
    if (m_loading)
        m_loading->thread->wait();
}

void RosterModel::refreshFollowUps()
{
    if (m_campaign.id == 0 || m_loading)
        return;
    const auto before = m_due;
    reloadDue();
    for (int row = 0; row < m_rows.size(); ++row) {
        const Id id = m_rows.at(row).id;
        const bool was = before.contains(id);
        const bool is = m_due.contains(id);
        if (was != is || (is && before.value(id).daysOverdue != m_due.value(id).daysOverdue))
            emit dataChanged(index(row, Status), index(row, Status));
    }
}

void RosterModel::setCampaign(Id campaignId)
{
    if (m_loading) {
        // The worker reads a few thousand rows at most: waiting for it is simpler than
        // keeping an abandoned read alive.
        m_loading->thread->wait();
        m_loading.reset();
    }
    QString failure;
    beginResetModel();
    m_rows.clear();
    m_folded.clear();
    m_due.clear();
    m_campaign = Campaign{};
    if (campaignId != 0) {
        auto campaign = m_workspace.campaigns().load(campaignId);
        auto people = m_workspace.roster().count(campaignId);
        if (!campaign) {
            failure = campaign.error().message();
        } else if (people && *people >= m_backgroundFrom) {
            m_campaign = *campaign;
            m_loading = std::make_unique<Load>();
            m_loading->campaignId = campaignId;
        } else {
            m_campaign = *campaign;
            if (auto r = readNow(); !r) {
                m_campaign = Campaign{};
                failure = r.error().message();
            }
        }
    }
    endResetModel();
    if (m_loading)
        startBackgroundLoad();
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

VoidResult RosterModel::readNow()
{
    auto rows = m_workspace.roster().list(m_campaign.id);
    if (!rows)
        return rows.error();
    m_rows = std::move(*rows);
    m_folded.reserve(m_rows.size());
    for (const Interviewee &i : std::as_const(m_rows))
        m_folded.append(FoldedNames::of(i.data));
    reloadDue();
    return {};
}

void RosterModel::startBackgroundLoad()
{
    static int generations = 0;
    Load *load = m_loading.get();
    load->generation = ++generations;
    load->thread.reset(QThread::create([open = m_workspace.anotherConnectionOpener(), load] {
        auto other = open();
        if (!other) {
            load->noConnection = true;
            return;
        }
        auto rows = (*other)->roster().list(load->campaignId);
        if (!rows) {
            load->failure = rows.error();
            return;
        }
        load->rows = std::move(*rows);
        load->folded.reserve(load->rows.size());
        for (const Interviewee &i : std::as_const(load->rows))
            load->folded.append(FoldedNames::of(i.data));
        // Without the follow-ups the roster still shows; the next change asks again.
        if (auto due = (*other)->outreach().due(load->campaignId)) {
            for (const FollowUpDue &d : std::as_const(*due))
                load->due.insert(d.intervieweeId, d);
        }
    }));
    const int generation = load->generation;
    // The generation, not the thread, says whether this read is still wanted: a finished
    // signal queued before setCampaign dropped the read may arrive after it.
    connect(load->thread.get(), &QThread::finished, this, [this, generation] {
        if (m_loading && m_loading->generation == generation)
            finishBackgroundLoad();
    });
    load->thread->start();
}

void RosterModel::finishBackgroundLoad()
{
    std::unique_ptr<Load> load = std::move(m_loading);
    load->thread->wait();
    if (load->changedMeanwhile && !load->noConnection) {
        m_loading = std::make_unique<Load>();
        m_loading->campaignId = load->campaignId;
        startBackgroundLoad();
        return;
    }
    std::optional<Error> failure = load->failure;
    beginResetModel();
    if (load->noConnection) {
        if (auto r = readNow(); !r)
            failure = r.error();
    } else if (!failure) {
        m_rows = std::move(load->rows);
        m_folded = std::move(load->folded);
        m_due = std::move(load->due);
    }
    endResetModel();
    if (failure)
        emit loadFailed(failure->message());
    emit loaded();
}

bool RosterModel::deferWhileLoading(Id campaignId)
{
    if (!m_loading || campaignId != m_campaign.id)
        return false;
    m_loading->changedMeanwhile = true;
    return true;
}

void RosterModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int RosterModel::rowOf(Id intervieweeId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == intervieweeId)
            return row;
    }
    return -1;
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Interviewee &i = m_rows.at(index.row());
    const IntervieweeData &d = i.data;
    switch (role) {
    case IdRole:
        return i.id;
    case CategoryIdRole:
        return d.categoryId;
    case StatusRole:
        return toCode(d.status);
    case OverdueRole:
        return m_due.contains(i.id) ? QVariant(m_due.value(i.id).daysOverdue) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Status && m_due.contains(i.id))
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name && !d.notes.isEmpty())
            return d.notes;
        if (index.column() == Status && m_due.contains(i.id)) {
            return tr("No reply to the letter of %1: follow up.")
                .arg(datetext::shortDateTime(m_due.value(i.id).lastLetter));
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name:
            return d.fullName();
        case Reading:
            return d.fullReading();
        case Organisation:
            return d.department.isEmpty() ? d.organisation
                                          : d.organisation + QStringLiteral("　") + d.department;
        case Category: {
            const shuzai::Category *c = m_campaign.category(d.categoryId);
            return c ? c->name : QString();
        }
        case Status:
            if (m_due.contains(i.id)) {
                return tr("%1 (follow-up overdue by %n day(s))", nullptr,
                          m_due.value(i.id).daysOverdue)
                    .arg(displayName(d.status));
            }
            return displayName(d.status);
        case Attribution:
            return displayName(d.attribution);
        case Email:
            return d.email;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Reading:
        return tr("Reading");
    case Organisation:
        return tr("Organisation");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    case Attribution:
        return tr("Attribution");
    case Email:
        return tr("E-mail");
    case ColumnCount:
        break;
    }
    return {};
}

void RosterModel::onAdded(Id campaignId, Id id)
{
    if (deferWhileLoading(campaignId))
        return;
    if (campaignId != m_campaign.id || rowOf(id) >= 0)
        return;
    auto loaded = m_workspace.roster().load(id);
    if (!loaded)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(*loaded);
    m_folded.append(FoldedNames::of(loaded->data));
    endInsertRows();
}

void RosterModel::onChanged(Id campaignId, Id id)
{
    if (deferWhileLoading(campaignId))
        return;
    const int row = rowOf(id);
    if (campaignId != m_campaign.id || row < 0)
        return;
    auto loaded = m_workspace.roster().load(id);
    if (!loaded)
        return;
    m_rows[row] = *loaded;
    m_folded[row] = FoldedNames::of(loaded->data);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RosterModel::onRemoved(Id campaignId, Id id)
{
    if (deferWhileLoading(campaignId))
        return;
    const int row = rowOf(id);
    if (campaignId != m_campaign.id || row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_folded.removeAt(row);
    endRemoveRows();
}

void RosterModel::reloadDue()
{
    m_due.clear();
    auto due = m_workspace.outreach().due(m_campaign.id);
    if (!due)
        return; // the roster itself still shows; the next change tries again
    for (const FollowUpDue &d : *due)
        m_due.insert(d.intervieweeId, d);
}

void RosterModel::onOutreachChanged(Id campaignId, Id id)
{
    if (campaignId != m_campaign.id || deferWhileLoading(campaignId))
        return;
    reloadDue();
    onChanged(campaignId, id);
}

void RosterModel::onCampaignChanged(Id campaignId)
{
    if (campaignId != m_campaign.id)
        return;
    auto campaign = m_workspace.campaigns().load(campaignId);
    if (!campaign)
        return;
    m_campaign = *campaign;
    if (deferWhileLoading(campaignId))
        return;
    reloadDue(); // the follow-up days may have changed
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace shuzai::ui
