#pragma once

#include "domain/campaign.h"
#include "services/campaignservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class QUndoStack;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

class CategoryTreeModel;
class DiscardGuard;
class ServiceCommand;

// A campaign's categories (name, 貴社/貴研究室/貴学, 様/先生) and their template questions:
// add, rename or reword, reorder, remove. Each change is a command on the window's undo stack;
// people's own changes to their lists follow (see CampaignService).
class CategoryEditorDialog : public QDialog {
    Q_OBJECT
public:
    CategoryEditorDialog(Workspace &workspace, QUndoStack &undoStack, Id campaignId,
                         QWidget *parent = nullptr);

    CategoryTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *textEdit() const { return m_text; }
    QComboBox *organisationHonorific() const { return m_organisation; }
    QComboBox *personHonorific() const { return m_person; }
    void selectCategory(Id categoryId);
    void selectQuestion(Id questionId);

    // What the buttons do; false (after a translated message) when refused.
    bool addCategory(const QString &name);
    bool addQuestion(const QString &text); // to the selected category (or a question's)
    bool applyEdits();                     // the fields below the tree to the selection
    bool moveSelected(int delta);          // -1 up, +1 down
    bool removeSelected();

private:
    bool run(std::unique_ptr<ServiceCommand> command);
    void selectionChanged();
    void askCategory();
    void askQuestion();
    void reselect();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    CategoryTreeModel *m_model;
    QTreeView *m_tree;
    QLabel *m_state;
    QLineEdit *m_text;
    QComboBox *m_organisation;
    QComboBox *m_person;
    QPushButton *m_apply;
    QPushButton *m_addCategory;
    QPushButton *m_addQuestion;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_remove;
    Id m_selectedCategory = 0;
    Id m_selectedQuestion = 0;
    DiscardGuard *m_guard = nullptr;
};

} // namespace shuzai::ui
