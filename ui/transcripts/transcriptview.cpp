#include "transcriptview.h"

#include "commands/transcriptcommands.h"
#include "common/icons.h"
#include "common/lazyrowfitter.h"
#include "common/liverefresh.h"
#include "common/messagebox.h"
#include "segmentmodel.h"
#include "services/answerservice.h"
#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/transcriptservice.h"
#include "services/workspace.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

namespace shuzai::ui {

TranscriptView::TranscriptView(Workspace &workspace, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_undoStack(undoStack)
    , m_model(new SegmentModel(workspace, undoStack, this))
    , m_heading(new QLabel(this))
    , m_find(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_matches(new QLabel(this))
    , m_table(new QTableView(this))
    , m_marksBar(new QToolBar(this))
    , m_linkAction(new QAction(icons::get(QStringLiteral("insert-link")), QString(), this))
    , m_quoteAction(new QAction(icons::get(QStringLiteral("bookmark-new")), QString(), this))
{
    m_heading->setWordWrap(true);
    m_find->setObjectName(QStringLiteral("findInTranscript"));
    m_find->setClearButtonEnabled(true);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);

    m_table->setObjectName(QStringLiteral("segmentTable"));
    m_table->verticalHeader()->hide();
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    // Time and marks are sized by fitNarrowColumns(), not ResizeToContents: that measured
    // every row again whenever a row's height changed.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(SegmentModel::Text, QHeaderView::Stretch);
    m_table->setColumnWidth(SegmentModel::Speaker, 140);
    m_rowFitter = new LazyRowFitter(m_table, SegmentModel::Text, this);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TranscriptView::fitNarrowColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() <= SegmentModel::Marks &&
                    bottomRight.column() >= SegmentModel::Marks)
                    fitNarrowColumns();
            });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &TranscriptView::contextMenu);
    connect(m_model, &SegmentModel::editFailed, this, [this](const QString &message) {
        MessageBox::critical(this, tr("Correction"), message);
    });

    connect(m_find, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFindText(text);
        const int n = int(m_model->matchingRows().size());
        m_matches->setText(text.isEmpty() ? QString() : tr("%n segment(s)", nullptr, n));
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(true); });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });

    // Linking and quoting work on the chosen segment, from the keyboard as from the toolbar.
    m_marksBar->setObjectName(QStringLiteral("transcriptMarksBar"));
    m_marksBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_marksBar->setIconSize(QSize(16, 16));
    m_linkAction->setObjectName(QStringLiteral("linkAnswerAction"));
    m_linkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_linkAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_quoteAction->setObjectName(QStringLiteral("quoteAction"));
    m_quoteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_quoteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_quoteAction->setCheckable(true);
    addAction(m_linkAction);
    addAction(m_quoteAction);
    m_marksBar->addAction(m_linkAction);
    m_marksBar->addAction(m_quoteAction);
    connect(m_linkAction, &QAction::triggered, this, &TranscriptView::popUpLinkMenu);
    connect(m_quoteAction, &QAction::triggered, this, &TranscriptView::toggleQuote);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TranscriptView::updateMarkActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TranscriptView::updateMarkActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TranscriptView::updateMarkActions);
    // Links, quotes and question lists change here, in the matrix, or on another client.
    new LiveRefresh(workspace, Topic::Answers | Topic::Questions, this,
                    [this] { m_model->reloadMarks(); });

    auto *findBar = new QHBoxLayout;
    findBar->addWidget(m_find, 1);
    findBar->addWidget(m_previous);
    findBar->addWidget(m_next);
    findBar->addWidget(m_matches);
    findBar->addWidget(m_marksBar);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(findBar);
    layout->addWidget(m_table, 1);
    retranslate();
}

void TranscriptView::refresh()
{
    if (const Id id = m_model->transcriptId(); id != 0)
        m_model->setTranscript(id);
}

void TranscriptView::showTranscript(Id transcriptId)
{
    if (transcriptId != m_model->transcriptId()) {
        m_model->setTranscript(transcriptId);
        // The speakers' names on one line: the column may have been sized while empty. A
        // transcript has a handful of labels, so measuring them costs nothing.
        int widest = 0;
        for (const QString &label : m_model->transcript().speakerLabels())
            widest = std::max(widest, m_table->fontMetrics().horizontalAdvance(label));
        const int wanted = std::min(widest + 16, 240);
        if (m_table->columnWidth(SegmentModel::Speaker) < wanted)
            m_table->setColumnWidth(SegmentModel::Speaker, wanted);
    }
    retranslate();
}

void TranscriptView::fitNarrowColumns()
{
    // The widest time is the last one (h:mm:ss after mm:ss); the marks are a handful of labels.
    const int rows = m_model->rowCount();
    const QStringList times{
        rows > 0 ? m_model->index(rows - 1, SegmentModel::Time).data().toString() : QString()};
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 8;
    const auto fit = [&](int column, const QStringList &texts) {
        int widest = m_table->horizontalHeader()->sectionSizeHint(column);
        for (const QString &text : texts)
            widest = std::max(widest, metrics.horizontalAdvance(text) + padding);
        m_table->setColumnWidth(column, widest);
    };
    fit(SegmentModel::Time, times);
    fit(SegmentModel::Marks, m_model->marksLabels());
}

void TranscriptView::scrollToRow(int row, QAbstractItemView::ScrollHint hint)
{
    const QModelIndex index = m_model->index(row, SegmentModel::Text);
    m_table->scrollTo(index, hint);
    // The rows that came into view were fitted to their text, which moved this one: again, now
    // that their heights are known.
    m_rowFitter->fitVisible();
    m_table->scrollTo(index, hint);
}

void TranscriptView::showSegment(Id segmentId)
{
    const int row = m_model->rowOfSegment(segmentId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    scrollToRow(row, QAbstractItemView::PositionAtCenter);
}

void TranscriptView::findNext(bool backwards)
{
    const QList<int> rows = m_model->matchingRows();
    if (rows.isEmpty())
        return;
    const QModelIndex current = m_table->currentIndex();
    const int from = current.isValid() ? current.row() : (backwards ? INT_MAX : -1);
    int target = backwards ? rows.last() : rows.first();
    for (int i = 0; i < rows.size(); ++i) {
        const int row = backwards ? rows.at(rows.size() - 1 - i) : rows.at(i);
        if (backwards ? row < from : row > from) {
            target = row;
            break;
        }
    }
    m_table->selectRow(target);
    scrollToRow(target, QAbstractItemView::EnsureVisible);
}

void TranscriptView::retranslate()
{
    m_find->setPlaceholderText(tr("Find in transcript (Ctrl+F)"));
    m_previous->setToolTip(tr("Previous match"));
    m_next->setToolTip(tr("Next match"));
    m_linkAction->setText(tr("&Link to question…"));
    m_linkAction->setToolTip(tr("Link the chosen segment as the answer to a question (%1)")
                                 .arg(m_linkAction->shortcut().toString(QKeySequence::NativeText)));
    updateMarkActions();
    const Transcript &t = m_model->transcript();
    m_heading->setText(t.id == 0
                           ? tr("Choose a transcript on the left, or import one.")
                           : tr("%1 — %2, %3, %n segment(s)", nullptr, int(t.segments.size()))
                                 .arg(t.sourceName, t.sourceFormat.toUpper(), t.sourceEncoding));
    m_model->retranslate();
    fitNarrowColumns(); // the headers and the marks' labels changed language
}

void TranscriptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

int TranscriptView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TranscriptView::updateMarkActions()
{
    const int row = currentRow();
    const bool chosen = row >= 0;
    const bool quoted = chosen && !m_model->marks(row).quotes.isEmpty();
    m_linkAction->setEnabled(chosen && !m_model->questions().isEmpty());
    m_quoteAction->setEnabled(chosen);
    m_quoteAction->setChecked(quoted);
    m_quoteAction->setText(quoted ? tr("Remove &quote candidate") : tr("Mark as &quote candidate"));
    m_quoteAction->setToolTip(QStringLiteral("%1 (%2)").arg(
        m_quoteAction->text().remove(u'&'),
        m_quoteAction->shortcut().toString(QKeySequence::NativeText)));
}

void TranscriptView::fillLinkMenu(QMenu *menu)
{
    const int row = currentRow();
    if (row < 0)
        return;
    const QList<int> linked = m_model->marks(row).answers;
    for (const EffectiveQuestion &q : m_model->questions()) {
        // "&1" lets a digit choose the question once the menu is open.
        const QString label = q.text.size() > 60 ? q.text.left(59) + u'…' : q.text;
        QAction *a =
            menu->addAction((q.number <= 9 ? QStringLiteral("&%1. %2") : QStringLiteral("%1. %2"))
                                .arg(q.number)
                                .arg(label));
        a->setCheckable(true);
        a->setChecked(linked.contains(q.number));
        a->setToolTip(q.text);
        const int number = q.number;
        connect(a, &QAction::triggered, this,
                [this, row, number](bool checked) { toggleLink(row, number, !checked); });
    }
}

void TranscriptView::popUpLinkMenu()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("linkMenu"));
    fillLinkMenu(&menu);
    // Beside the chosen segment, where the eye is, whether asked by key or by button.
    const QRect cell = m_table->visualRect(m_model->index(row, SegmentModel::Text));
    menu.exec(m_table->viewport()->mapToGlobal(cell.isValid() ? cell.bottomLeft() : QPoint()));
}

void TranscriptView::toggleLink(int row, int number, bool linked)
{
    const Id segmentId = m_model->segment(row).id;
    std::unique_ptr<ServiceCommand> command;
    if (linked)
        command = std::make_unique<UnlinkAnswerCommand>(m_workspace.answers(), segmentId, number);
    else
        command = std::make_unique<LinkAnswerCommand>(m_workspace.answers(), segmentId, number);
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Link answer"), r.error().message());
        return;
    }
    m_undoStack.push(command.release());
    m_model->reloadMarks(); // at once, not after the live refresh's pause
}

void TranscriptView::toggleQuote()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const SegmentMarks marks = m_model->marks(row);
    std::unique_ptr<ServiceCommand> command;
    if (marks.quotes.isEmpty())
        command = std::make_unique<AddQuoteCommand>(m_workspace.answers(), m_model->segment(row).id,
                                                    0, 0);
    else
        command = std::make_unique<RemoveQuotesCommand>(m_workspace.answers(), marks.quotes);
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Quote candidate"), r.error().message());
        updateMarkActions();
        return;
    }
    m_undoStack.push(command.release());
    m_model->reloadMarks();
}

void TranscriptView::contextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    QMenu menu(this);
    QMenu *link = menu.addMenu(icons::get(QStringLiteral("insert-link")), tr("Link as answer to"));
    fillLinkMenu(link);
    link->setEnabled(!link->isEmpty());
    menu.addAction(m_quoteAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace shuzai::ui
