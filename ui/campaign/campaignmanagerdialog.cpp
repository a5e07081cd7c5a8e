#include "campaignmanagerdialog.h"

#include "campaignlistmodel.h"
#include "commands/lifecyclecommands.h"
#include "common/datefield.h"
#include "common/dialogsize.h"
#include "common/messagebox.h"
#include "services/workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shuzai::ui {

CampaignManagerDialog::CampaignManagerDialog(Workspace &workspace, QUndoStack &undoStack,
                                             QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_model(new CampaignListModel(workspace, this))
    , m_view(new QTableView(this))
    , m_showArchived(new QCheckBox(tr("Show archived campaigns"), this))
    , m_new(new QPushButton(tr("&New…"), this))
    , m_duplicate(new QPushButton(tr("&Duplicate…"), this))
    , m_archive(new QPushButton(tr("&Archive"), this))
    , m_remove(new QPushButton(tr("De&lete…"), this))
{
    setObjectName(QStringLiteral("campaignManager"));
    setWindowTitle(tr("Campaigns"));
    m_view->verticalHeader()->hide();
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(CampaignListModel::Title,
                                                     QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_duplicate, m_archive, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_showArchived);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resizeWithinScreen(this, {640, 360});

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_showArchived, &QCheckBox::toggled, this, [this](bool show) {
        const Id current = selectedCampaign();
        m_model->setShowArchived(show);
        select(current);
    });
    connect(m_new, &QPushButton::clicked, this, &CampaignManagerDialog::askNew);
    connect(m_duplicate, &QPushButton::clicked, this, &CampaignManagerDialog::askDuplicate);
    connect(m_archive, &QPushButton::clicked, this, &CampaignManagerDialog::toggleArchivedSelected);
    connect(m_remove, &QPushButton::clicked, this, &CampaignManagerDialog::askRemove);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const Id id = selectedCampaign())
            emit campaignChosen(id);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignManagerDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CampaignManagerDialog::updateButtons);
    connect(&workspace, &Workspace::actorChanged, this, &CampaignManagerDialog::updateButtons);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateButtons();
}

void CampaignManagerDialog::select(Id campaignId)
{
    const int row = m_model->rowOf(campaignId);
    if (row >= 0)
        m_view->selectRow(row);
    else
        m_view->clearSelection();
    updateButtons();
}

Id CampaignManagerDialog::selectedCampaign() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->campaign(rows.first().row()).id;
}

void CampaignManagerDialog::updateButtons()
{
    const bool editor = m_workspace.actor().role == Role::Editor;
    const int row = m_model->rowOf(selectedCampaign());
    const bool archived = row >= 0 && m_model->campaign(row).archived();
    m_new->setEnabled(editor);
    m_duplicate->setEnabled(editor && row >= 0);
    m_archive->setEnabled(editor && row >= 0);
    m_archive->setText(archived ? tr("Un&archive") : tr("&Archive"));
    m_remove->setEnabled(editor && row >= 0);
}

bool CampaignManagerDialog::run(std::unique_ptr<ServiceCommand> command,
                                std::shared_ptr<Id> created)
{
    const Id before = selectedCampaign();
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Campaigns"), r.error().message());
        return false;
    }
    m_undoStack.push(command.release());
    select(created && *created ? *created : before);
    return true;
}

bool CampaignManagerDialog::createCampaign(const CampaignSettings &settings)
{
    auto created = std::make_shared<Id>(0);
    if (!run(newCampaignCommand(m_workspace.campaigns(), settings, created), created))
        return false;
    emit campaignChosen(*created);
    return true;
}

bool CampaignManagerDialog::duplicateSelected(const DuplicateOptions &options)
{
    const Id source = selectedCampaign();
    if (!source)
        return false;
    auto created = std::make_shared<Id>(0);
    if (!run(duplicateCampaignCommand(m_workspace.campaigns(), source, options, created), created))
        return false;
    emit campaignChosen(*created);
    return true;
}

bool CampaignManagerDialog::toggleArchivedSelected()
{
    const int row = m_model->rowOf(selectedCampaign());
    if (row < 0)
        return false;
    const Campaign &c = m_model->campaign(row);
    return run(archiveCampaignCommand(m_workspace.campaigns(), c.id, !c.archived()));
}

bool CampaignManagerDialog::removeSelected()
{
    const Id id = selectedCampaign();
    return id && run(removeCampaignCommand(m_workspace.campaigns(), id));
}

std::optional<std::pair<QString, QDate>>
CampaignManagerDialog::askTitleAndDate(const QString &caption, const QString &title,
                                       const QDate &date)
{
    QDialog ask(this);
    ask.setWindowTitle(caption);
    auto *titleEdit = new QLineEdit(title, &ask);
    auto *dateEdit = new QDateEdit(date, &ask);
    setUpDateField(dateEdit);
    auto *form = new QFormLayout(&ask);
    form->addRow(tr("Title:"), titleEdit);
    form->addRow(tr("Publication date:"), dateEdit);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return std::nullopt;
    return std::pair{titleEdit->text(), dateEdit->date()};
}

void CampaignManagerDialog::askNew()
{
    const QDate in6Weeks = m_workspace.clock().now().date().addDays(42);
    auto answer = askTitleAndDate(tr("New campaign"), QString(), in6Weeks);
    if (!answer)
        return;
    CampaignSettings s;
    s.title = answer->first;
    s.publicationDate = answer->second;
    // The interviews from three weeks to eight days before publication, as the CLI does; the
    // editor changes them in the campaign's settings.
    s.windowStart = s.publicationDate.addDays(-21);
    s.windowEnd = s.publicationDate.addDays(-8);
    s.modes = allModes();
    createCampaign(s);
}

void CampaignManagerDialog::askDuplicate()
{
    const int row = m_model->rowOf(selectedCampaign());
    if (row < 0)
        return;
    const Campaign &source = m_model->campaign(row);
    auto answer = askTitleAndDate(tr("Duplicate campaign"), tr("%1 (copy)").arg(source.title),
                                  source.publicationDate);
    if (!answer)
        return;
    DuplicateOptions o;
    o.title = answer->first;
    o.publicationDate = answer->second;
    duplicateSelected(o);
}

void CampaignManagerDialog::askRemove()
{
    const int row = m_model->rowOf(selectedCampaign());
    if (row < 0)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete campaign"),
        tr("Delete the campaign \"%1\"? Only a campaign with nobody on its roster can be "
           "deleted; Edit ▸ Undo brings it back.")
            .arg(m_model->campaign(row).title),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        removeSelected();
}

} // namespace shuzai::ui
