#include "categoryeditordialog.h"

#include "categorytreemodel.h"
#include "commands/lifecyclecommands.h"
#include "common/dialogsize.h"
#include "common/discardguard.h"
#include "common/messagebox.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shuzai::ui {

namespace {
QComboBox *honorificBox(const QStringList &choices, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true); // another form of address may be typed
    box->addItems(choices);
    return box;
}
} // namespace

CategoryEditorDialog::CategoryEditorDialog(Workspace &workspace, QUndoStack &undoStack,
                                           Id campaignId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_model(new CategoryTreeModel(workspace, this))
    , m_tree(new QTreeView(this))
    , m_state(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_organisation(honorificBox(
          {QString::fromUtf8("貴社"), QString::fromUtf8("貴研究室"), QString::fromUtf8("貴学")},
          this))
    , m_person(honorificBox({QString::fromUtf8("様"), QString::fromUtf8("先生")}, this))
    , m_apply(new QPushButton(tr("&Save changes"), this))
    , m_addCategory(new QPushButton(tr("Add &category…"), this))
    , m_addQuestion(new QPushButton(tr("Add &question…"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("categoryEditor"));
    setWindowTitle(tr("Categories and questions"));
    m_model->setCampaign(campaignId);
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CategoryTreeModel::Text, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CategoryTreeModel::OrganisationHonorific,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CategoryTreeModel::PersonHonorific,
                                           QHeaderView::ResizeToContents);
    m_tree->expandAll();
    m_state->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Name or question:"), m_text);
    form->addRow(tr("The organisation in letters:"), m_organisation);
    form->addRow(tr("The person in letters:"), m_person);
    form->addRow(QString(), m_apply);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_addCategory, m_addQuestion, m_up, m_down, m_remove})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(close);
    resizeWithinScreen(this, {760, 560});

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &CategoryEditorDialog::applyEdits);
    connect(m_addCategory, &QPushButton::clicked, this, &CategoryEditorDialog::askCategory);
    connect(m_addQuestion, &QPushButton::clicked, this, &CategoryEditorDialog::askQuestion);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_remove, &QPushButton::clicked, this, &CategoryEditorDialog::removeSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CategoryEditorDialog::reselect);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CategoryEditorDialog::selectionChanged);
    // The fields show the selection; only what was typed there and not applied is a change.
    m_guard = DiscardGuard::install(this);
    selectionChanged();
}

void CategoryEditorDialog::reselect()
{
    m_tree->expandAll();
    const Id question = m_selectedQuestion;
    const Id category = m_selectedCategory;
    if (question && m_model->indexOfQuestion(question).isValid())
        selectQuestion(question);
    else if (category && m_model->indexOfCategory(category).isValid())
        selectCategory(category);
    else
        selectionChanged();
}

void CategoryEditorDialog::selectCategory(Id categoryId)
{
    m_tree->setCurrentIndex(m_model->indexOfCategory(categoryId));
    selectionChanged();
}

void CategoryEditorDialog::selectQuestion(Id questionId)
{
    m_tree->setCurrentIndex(m_model->indexOfQuestion(questionId));
    selectionChanged();
}

void CategoryEditorDialog::selectionChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    const Category *category = m_model->category(current);
    const Question *question = m_model->question(current);
    m_selectedCategory = category ? category->id : 0;
    m_selectedQuestion = question ? question->id : 0;
    auto campaign = m_workspace.campaigns().load(m_model->campaignId());
    const bool archived = campaign && campaign->archived();
    const bool editable = !archived && m_workspace.actor().role == Role::Editor;
    const bool removedQuestion = question && question->removedAt.isValid();
    m_state->setText(archived ? tr("This campaign is archived: read-only until it is "
                                   "unarchived.")
                              : tr("Each person's own changes to their questions stay with the "
                                   "template question they changed."));
    if (question)
        m_text->setText(question->text);
    else if (category)
        m_text->setText(category->name);
    else
        m_text->clear();
    if (category) {
        m_organisation->setCurrentText(category->organisationHonorific);
        m_person->setCurrentText(category->personHonorific);
    }
    const bool onCategory = category && !question;
    m_text->setEnabled(editable && category && !removedQuestion);
    m_organisation->setEnabled(editable && onCategory);
    m_person->setEnabled(editable && onCategory);
    m_apply->setEnabled(editable && category && !removedQuestion);
    m_addCategory->setEnabled(editable);
    m_addQuestion->setEnabled(editable && category);
    m_up->setEnabled(editable && category && !removedQuestion);
    m_down->setEnabled(editable && category && !removedQuestion);
    m_remove->setEnabled(editable && category && !removedQuestion);
    m_guard->markClean();
}

bool CategoryEditorDialog::run(std::unique_ptr<ServiceCommand> command)
{
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Categories and questions"), r.error().message());
        reselect();
        return false;
    }
    m_undoStack.push(command.release());
    return true;
}

bool CategoryEditorDialog::addCategory(const QString &name)
{
    CategoryFields f;
    f.name = name;
    auto before = m_workspace.campaigns().load(m_model->campaignId());
    if (!run(addCategoryCommand(m_workspace.campaigns(), m_model->campaignId(), f)))
        return false;
    // The new one is the category that was not there before.
    if (auto after = m_workspace.campaigns().load(m_model->campaignId()); after && before) {
        for (const Category &c : after->categories) {
            if (!before->category(c.id))
                selectCategory(c.id);
        }
    }
    return true;
}

bool CategoryEditorDialog::addQuestion(const QString &text)
{
    const Category *category = m_model->category(m_tree->currentIndex());
    if (!category)
        return false;
    const Id categoryId = category->id;
    const qsizetype count = category->questions.size();
    if (!run(addTemplateQuestionCommand(m_workspace.campaigns(), categoryId, text)))
        return false;
    if (auto after = m_workspace.campaigns().load(m_model->campaignId())) {
        if (const Category *c = after->category(categoryId); c && c->questions.size() > count)
            selectQuestion(c->questions.last().id);
    }
    return true;
}

bool CategoryEditorDialog::applyEdits()
{
    const QModelIndex current = m_tree->currentIndex();
    const Category *category = m_model->category(current);
    if (!category)
        return false;
    if (const Question *question = m_model->question(current)) {
        if (question->text == m_text->text().trimmed())
            return true;
        return run(
            rewordTemplateQuestionCommand(m_workspace.campaigns(), *question, m_text->text()));
    }
    CategoryFields f{category->code, m_text->text(), m_organisation->currentText(),
                     m_person->currentText()};
    if (f == CategoryFields{category->code, category->name, category->organisationHonorific,
                            category->personHonorific})
        return true;
    return run(editCategoryCommand(m_workspace.campaigns(), *category, f));
}

bool CategoryEditorDialog::moveSelected(int delta)
{
    const QModelIndex current = m_tree->currentIndex();
    const Category *category = m_model->category(current);
    if (!category)
        return false;
    if (const Question *question = m_model->question(current)) {
        const int to = question->position + delta;
        if (question->removedAt.isValid() || to < 1 || to > category->questions.size())
            return false;
        return run(moveTemplateQuestionCommand(m_workspace.campaigns(), *question, to));
    }
    const int to = category->position + delta;
    if (to < 1 || to > m_model->rowCount())
        return false;
    return run(moveCategoryCommand(m_workspace.campaigns(), *category, to));
}

bool CategoryEditorDialog::removeSelected()
{
    const QModelIndex current = m_tree->currentIndex();
    const Category *category = m_model->category(current);
    if (!category)
        return false;
    if (const Question *question = m_model->question(current)) {
        if (question->removedAt.isValid())
            return false;
        return run(removeTemplateQuestionCommand(m_workspace.campaigns(), *question));
    }
    return run(removeCategoryCommand(m_workspace.campaigns(), m_model->campaignId(), category->id));
}

void CategoryEditorDialog::askCategory()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add category"), tr("Name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        addCategory(name);
}

void CategoryEditorDialog::askQuestion()
{
    bool ok = false;
    const QString text =
        QInputDialog::getMultiLineText(this, tr("Add question"), tr("Question:"), QString(), &ok);
    if (ok)
        addQuestion(text);
}

} // namespace shuzai::ui
