#pragma once

#include "domain/campaign.h"
#include "services/campaignservice.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QPushButton;
class QTableView;
class QUndoStack;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

class CampaignListModel;

// The editor's campaigns: new, duplicate, archive/unarchive, delete while empty. Every change
// is a command on the window's undo stack; archived campaigns are listed when asked to.
class CampaignManagerDialog : public QDialog {
    Q_OBJECT
public:
    CampaignManagerDialog(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    CampaignListModel *model() const { return m_model; }
    QCheckBox *showArchivedBox() const { return m_showArchived; }
    void select(Id campaignId);
    Id selectedCampaign() const;

    // What the buttons do once their questions are answered; false (after a message) when
    // refused. The new campaign's id is selected.
    bool createCampaign(const CampaignSettings &settings);
    bool duplicateSelected(const DuplicateOptions &options);
    bool toggleArchivedSelected();
    bool removeSelected(); // without asking

signals:
    // The campaign to show in the main window (a new one, or the one double-clicked).
    void campaignChosen(shuzai::Id id);

private:
    bool run(std::unique_ptr<class ServiceCommand> command, std::shared_ptr<Id> created = {});
    void askNew();
    void askDuplicate();
    void askRemove();
    void updateButtons();
    // A title and a publication date from the editor, or nothing when cancelled.
    std::optional<std::pair<QString, QDate>>
    askTitleAndDate(const QString &caption, const QString &title, const QDate &date);

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    CampaignListModel *m_model;
    QTableView *m_view;
    QCheckBox *m_showArchived;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_archive;
    QPushButton *m_remove;
};

} // namespace shuzai::ui
