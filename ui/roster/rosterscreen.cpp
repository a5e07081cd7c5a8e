#include "rosterscreen.h"

#include "commands/rostercommands.h"
#include "common/messagebox.h"
#include "intervieweedetails.h"
#include "intervieweedialog.h"
#include "questionlistmodel.h"
#include "rosterfilterproxy.h"
#include "rostermodel.h"
#include "services/rosterservice.h"
#include "services/workspace.h"
#include "shell/windowstate.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

#include "outreach/letterdialog.h"
#include "outreach/outreachhistorymodel.h"
#include "outreach/outreachpanel.h"
#include "outreach/senddialog.h"
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace shuzai::ui {

RosterScreen::RosterScreen(ScreenContext context, QWidget *parent)
    : Screen(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("rosterScreen"));
    m_model = new RosterModel(context.workspace, this);
    m_proxy = new RosterFilterProxy(m_model, this);
    m_questions = new QuestionListModel(context.workspace, this);
    build();
    retranslate();
}

QString RosterScreen::screenTitle()
{
    return tr("Roster");
}

void RosterScreen::build()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("rosterSearch"));
    m_search->setClearButtonEnabled(true);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("rosterCategoryFilter"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("rosterStatusFilter"));
    // Sized by a fixed length, not by the longest category name: a long name would otherwise
    // widen the whole window's minimum (the layout still gives them the room there is).
    for (QComboBox *filter : {m_category, m_status}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(10);
    }
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("rosterCount"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addInterviewee"));
    m_edit = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_letter = new QPushButton(this);
    m_letter->setObjectName(QStringLiteral("openLetter"));
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendLetters"));
    m_book = new QPushButton(this);
    m_book->setObjectName(QStringLiteral("bookInterview"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_count);
    filters->addStretch();
    filters->addWidget(m_add);
    filters->addWidget(m_edit);
    filters->addWidget(m_remove);
    filters->addWidget(m_letter);
    filters->addWidget(m_send);
    filters->addWidget(m_book);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("rosterTable"));
    // Hidden before the model arrives: a visible row header measures every row for its width.
    m_view->verticalHeader()->hide();
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RosterModel::Reading, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several people at once for sending letters; the rest acts on one.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(false);
    // The address is in the details panel; a right-click on the header brings the column back.
    m_view->setColumnHidden(RosterModel::Email, true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint &pos) {
                QMenu menu(this);
                for (int column = 0; column < RosterModel::ColumnCount; ++column) {
                    QAction *toggle =
                        menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
                    toggle->setCheckable(true);
                    toggle->setChecked(!m_view->isColumnHidden(column));
                    toggle->setEnabled(column != RosterModel::Name);
                    connect(toggle, &QAction::toggled, this, [this, column](bool shown) {
                        m_view->setColumnHidden(column, !shown);
                    });
                }
                menu.exec(m_view->horizontalHeader()->mapToGlobal(pos));
            });

    m_details = new IntervieweeDetails(m_questions, this);
    m_outreach = new OutreachPanel(m_context.workspace, this);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_details);
    side->addWidget(m_outreach);
    side->setStretchFactor(0, 3);
    side->setStretchFactor(1, 2);
    side->setSizes({440, 260});
    side->setChildrenCollapsible(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({720, 380});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    buildEmptyState();

    connect(m_search, &QLineEdit::textChanged, this, &RosterScreen::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &RosterScreen::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RosterScreen::applyFilter);
    connect(m_add, &QPushButton::clicked, this, &RosterScreen::addInterviewee);
    connect(m_edit, &QPushButton::clicked, this, &RosterScreen::editInterviewee);
    connect(m_remove, &QPushButton::clicked, this, &RosterScreen::removeInterviewee);
    connect(m_letter, &QPushButton::clicked, this, &RosterScreen::openLetter);
    connect(m_send, &QPushButton::clicked, this, &RosterScreen::sendLetters);
    connect(m_book, &QPushButton::clicked, this, &RosterScreen::bookInterview);
    connect(m_view, &QTableView::doubleClicked, this, &RosterScreen::editInterviewee);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RosterScreen::selectionChanged);
    // Only the count and the buttons follow the rows. Retranslating here would emit dataChanged
    // for every row while the proxy is still inside its own update: it re-filters re-entrantly
    // and its mapping breaks (duplicate rows, then a crash).
    const auto rowsChanged = [this] {
        updateCount();
        selectionChanged();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, rowsChanged);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &RosterScreen::selectionChanged);
    connect(m_model, &RosterModel::loaded, this, &RosterScreen::rosterLoaded);
    connect(m_model, &RosterModel::loadFailed, this,
            [this](const QString &message) { MessageBox::critical(this, tr("Roster"), message); });

    connect(m_details, &IntervieweeDetails::addQuestionRequested, this, &RosterScreen::addQuestion);
    connect(m_details, &IntervieweeDetails::rewordQuestionRequested, this,
            &RosterScreen::rewordQuestion);
    connect(m_details, &IntervieweeDetails::dropQuestionRequested, this,
            &RosterScreen::dropQuestion);
    connect(m_details, &IntervieweeDetails::resetQuestionsRequested, this,
            &RosterScreen::resetQuestions);
}

void RosterScreen::retranslate()
{
    m_search->setPlaceholderText(tr("Search name, reading or organisation"));
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_letter->setText(tr("Request &letter…"));
    m_send->setText(tr("Se&nd letters…"));
    m_send->setToolTip(tr("Send the request letter to everyone selected"));
    m_book->setText(tr("&Book interview…"));
    m_book->setToolTip(tr("Book the selected person's interview in the calendar, at the time "
                          "their reply chose"));

    const QSignalBlocker blockCategory(m_category);
    const QSignalBlocker blockStatus(m_status);
    const QVariant category = m_category->currentData();
    const QVariant status = m_status->currentData();
    m_category->clear();
    m_category->addItem(tr("All categories"), Id(0));
    for (const Category &c : m_model->campaign().categories)
        m_category->addItem(c.name, c.id);
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (PipelineStatus s : allStatuses())
        m_status->addItem(displayName(s), toCode(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));

    updateCount();
    m_model->retranslate();
    emit titleChanged();
}

void RosterScreen::updateCount()
{
    m_count->setText(m_model->isLoading() ? tr("Loading…")
                                          : tr("%n person(s)", nullptr, m_proxy->rowCount()));
}

void RosterScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Screen::changeEvent(event);
}

void RosterScreen::setCampaign(Id campaignId)
{
    m_pendingSelection = 0;
    m_model->setCampaign(campaignId);
    retranslate();
    applyFilter();
    if (!m_model->isLoading())
        rosterLoaded();
}

void RosterScreen::rosterLoaded()
{
    // Long organisation names are elided rather than pushing the rest out of sight.
    windowstate::fitColumns(m_view, 180);
    if (m_pendingSelection != 0)
        selectId(std::exchange(m_pendingSelection, 0));
    else if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
}

void RosterScreen::applyFilter()
{
    RosterFilter filter;
    filter.text = m_search->text();
    filter.categoryId = m_category->currentData().toLongLong();
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        filter.status = statusFromCode(status);
    m_proxy->setFilter(filter);
    updateCount();
}

const Interviewee *RosterScreen::selectedInterviewee() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return nullptr;
    return &m_model->interviewee(m_proxy->mapToSource(rows.first()).row());
}

QList<Id> RosterScreen::selectedIds() const
{
    // In the order shown, which is the order the letters go out in.
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Id> ids;
    for (const QModelIndex &row : std::as_const(rows))
        ids.append(m_model->interviewee(m_proxy->mapToSource(row).row()).id);
    return ids;
}

void RosterScreen::selectId(Id id)
{
    if (m_model->isLoading()) {
        m_pendingSelection = id; // chosen once the rows are in
        return;
    }
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->selectRow(index.row());
}

void RosterScreen::selectionChanged()
{
    const Interviewee *selected = selectedInterviewee();
    m_edit->setEnabled(selected != nullptr);
    m_remove->setEnabled(selected != nullptr);
    m_letter->setEnabled(selected != nullptr);
    m_send->setEnabled(m_view->selectionModel()->hasSelection());
    m_book->setEnabled(selected != nullptr);
    m_add->setEnabled(m_model->campaignId() != 0);
    m_details->show(m_model->campaign(), selected);
    if (!selected)
        m_outreach->setInterviewee(0, 0, {});
    else if (m_outreach->model()->intervieweeId() != selected->id)
        m_outreach->setInterviewee(m_model->campaignId(), selected->id, selected->data.fullName());
    emit actionsChanged();
}

void RosterScreen::bookInterview()
{
    if (const Interviewee *selected = selectedInterviewee())
        emit bookRequested(selected->id);
}

void RosterScreen::addInterviewee()
{
    if (m_model->campaignId() == 0)
        return;
    IntervieweeData initial;
    initial.categoryId = m_category->currentData().toLongLong();
    if (initial.categoryId == 0 && !m_model->campaign().categories.isEmpty())
        initial.categoryId = m_model->campaign().categories.first().id;
    Id added = 0;
    IntervieweeDialog dialog(
        m_model->campaign(), initial, true,
        [&](const IntervieweeData &data) -> VoidResult {
            auto command = std::make_unique<AddIntervieweeCommand>(m_context.workspace.roster(),
                                                                   m_model->campaignId(), data);
            if (auto r = command->execute(); !r)
                return r;
            added = command->intervieweeId();
            m_context.undoStack.push(command.release());
            return {};
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        selectId(added);
}

void RosterScreen::openLetter()
{
    if (const Interviewee *selected = selectedInterviewee()) {
        LetterDialog dialog(m_context.workspace, selected->id, &m_context.undoStack, this);
        dialog.exec();
    }
}

void RosterScreen::sendLetters()
{
    const QList<Id> ids = selectedIds();
    if (ids.isEmpty())
        return;
    SendLettersDialog dialog(m_context.workspace, ids, this);
    dialog.exec();
}

namespace {
// What differs between two versions of a person, a line a field: "Organisation: A → B".
QStringList differences(const IntervieweeData &a, const IntervieweeData &b)
{
    const QList<std::pair<const char *, std::pair<QString, QString>>> fields{
        {QT_TRANSLATE_NOOP("shuzai::ui::RosterScreen", "Name"), {a.fullName(), b.fullName()}},
        {QT_TRANSLATE_NOOP("shuzai::ui::RosterScreen", "Reading"),
         {a.fullReading(), b.fullReading()}},
        {QT_TRANSLATE_NOOP("shuzai::ui::RosterScreen", "Organisation"),
         {a.organisation, b.organisation}},
        {QT_TRANSLATE_NOOP("shuzai::ui::RosterScreen", "Department"), {a.department, b.department}},
        {QT_TRANSLATE_NOOP("shuzai::ui::RosterScreen", "Title"), {a.jobTitle, b.jobTitle}},
        {QT_TRANSLATE_NOOP("shuzai::ui::RosterScreen", "E-mail"), {a.email, b.email}},
        {QT_TRANSLATE_NOOP("shuzai::ui::RosterScreen", "Phone"), {a.phone, b.phone}},
        {QT_TRANSLATE_NOOP("shuzai::ui::RosterScreen", "Attribution"),
         {displayName(a.attribution), displayName(b.attribution)}},
        {QT_TRANSLATE_NOOP("shuzai::ui::RosterScreen", "Status"),
         {displayName(a.status), displayName(b.status)}},
        {QT_TRANSLATE_NOOP("shuzai::ui::RosterScreen", "Notes"), {a.notes, b.notes}},
        {QT_TRANSLATE_NOOP("shuzai::ui::RosterScreen", "Alias"), {a.alias, b.alias}},
    };
    QStringList lines;
    for (const auto &[label, values] : fields) {
        if (values.first != values.second) {
            lines.append(QStringLiteral("%1: %2 → %3")
                             .arg(QCoreApplication::translate("shuzai::ui::RosterScreen", label),
                                  values.first.isEmpty() ? QStringLiteral("—") : values.first,
                                  values.second.isEmpty() ? QStringLiteral("—") : values.second));
        }
    }
    if (a.categoryId != b.categoryId)
        lines.append(QCoreApplication::translate("shuzai::ui::RosterScreen", "Category changed"));
    return lines;
}
} // namespace

void RosterScreen::editInterviewee()
{
    const Interviewee *selected = selectedInterviewee();
    if (!selected)
        return;
    // The version the form started from; a reload moves it on.
    Interviewee base = *selected;
    IntervieweeDialog *form = nullptr;
    IntervieweeDialog dialog(
        m_model->campaign(), base.data, false,
        [&](const IntervieweeData &data) -> VoidResult {
            if (data == base.data)
                return {};
            RosterService &roster = m_context.workspace.roster();
            auto command = std::make_unique<EditIntervieweeCommand>(roster, base, data);
            const VoidResult saved = command->execute();
            if (saved) {
                m_context.undoStack.push(command.release());
                return {};
            }
            if (saved.error().code() != ErrorCode::Conflict)
                return saved;
            // Someone else saved first: compare, then overwrite deliberately or reload theirs.
            auto current = roster.load(base.id);
            if (!current)
                return saved;
            const QString text =
                tr("%1 was changed by someone else while you were editing.\n\nTheir changes:\n"
                   "%2\n\nYours:\n%3")
                    .arg(current->data.fullName(),
                         differences(base.data, current->data).join(u'\n'),
                         differences(base.data, data).join(u'\n'));
            const auto choice = MessageBox::choose(this, tr("Changed meanwhile"), text,
                                                   {{QMessageBox::Save, tr("&Overwrite with mine")},
                                                    {QMessageBox::Reset, tr("&Reload theirs")},
                                                    {QMessageBox::Cancel, tr("Back to the form")}},
                                                   QMessageBox::Cancel);
            if (choice == QMessageBox::Save) {
                auto overwrite = std::make_unique<EditIntervieweeCommand>(roster, *current, data);
                if (auto r = overwrite->execute(); !r)
                    return r;
                m_context.undoStack.push(overwrite.release());
                return {};
            }
            if (choice == QMessageBox::Reset) {
                base = *current;
                form->setData(current->data);
                return Error(ErrorCode::Conflict,
                             QT_TRANSLATE_NOOP("Error", "The newer version is shown; make your "
                                                        "change again if it is still needed."));
            }
            return saved;
        },
        this);
    form = &dialog;
    dialog.exec();
}

void RosterScreen::removeInterviewee()
{
    const Interviewee *selected = selectedInterviewee();
    if (!selected)
        return;
    const Interviewee victim = *selected;
    const auto answer =
        MessageBox::question(this, tr("Remove interviewee"),
                             tr("Remove %1 from the roster? You can undo this with Edit > Undo.")
                                 .arg(victim.data.fullName()),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    auto command = std::make_unique<RemoveIntervieweeCommand>(m_context.workspace.roster(), victim);
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Remove interviewee"), r.error().message());
        return;
    }
    m_context.undoStack.push(command.release());
}

void RosterScreen::addQuestion()
{
    const Interviewee *selected = selectedInterviewee();
    if (!selected)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Add question"), tr("Question for %1:").arg(selected->data.fullName()), {}, &ok);
    if (!ok)
        return;
    // Placed after the selected template question, or at the end.
    const int row = m_details->currentQuestionRow();
    int after = 1000;
    if (row >= 0 && m_questions->question(row).templatePosition > 0)
        after = m_questions->question(row).templatePosition;
    auto command = std::make_unique<CustomiseQuestionCommand>(
        m_context.workspace.roster(), selected->id, QuestionCustomisation::Kind::Add, after, text);
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Add question"), r.error().message());
        return;
    }
    m_context.undoStack.push(command.release());
}

void RosterScreen::rewordQuestion(int row)
{
    const Interviewee *selected = selectedInterviewee();
    if (!selected || row < 0 || m_questions->question(row).templatePosition == 0)
        return;
    const EffectiveQuestion question = m_questions->question(row);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Reword question"),
        tr("Question %1 for %2:").arg(question.number).arg(selected->data.fullName()),
        question.text, &ok);
    if (!ok || text == question.text)
        return;
    auto command = std::make_unique<CustomiseQuestionCommand>(
        m_context.workspace.roster(), selected->id, QuestionCustomisation::Kind::Reword,
        question.templatePosition, text);
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Reword question"), r.error().message());
        return;
    }
    m_context.undoStack.push(command.release());
}

void RosterScreen::dropQuestion(int row)
{
    const Interviewee *selected = selectedInterviewee();
    if (!selected || row < 0)
        return;
    const EffectiveQuestion question = m_questions->question(row);
    std::unique_ptr<ServiceCommand> command;
    if (question.templatePosition > 0) {
        command = std::make_unique<CustomiseQuestionCommand>(
            m_context.workspace.roster(), selected->id, QuestionCustomisation::Kind::Drop,
            question.templatePosition, QString());
    } else { // an added question: leaving it out takes the addition back
        command = std::make_unique<ResetQuestionsCommand>(m_context.workspace.roster(),
                                                          selected->id, question.number);
    }
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Leave out question"), r.error().message());
        return;
    }
    m_context.undoStack.push(command.release());
}

void RosterScreen::resetQuestions()
{
    const Interviewee *selected = selectedInterviewee();
    if (!selected)
        return;
    auto command =
        std::make_unique<ResetQuestionsCommand>(m_context.workspace.roster(), selected->id, 0);
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Restore template"), r.error().message());
        return;
    }
    m_context.undoStack.push(command.release());
}

} // namespace shuzai::ui
