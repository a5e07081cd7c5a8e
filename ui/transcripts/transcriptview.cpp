#include "transcriptview.h"

#include "commands/transcriptcommands.h"
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
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
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
{
    m_heading->setWordWrap(true);
    m_find->setObjectName(QStringLiteral("findInTranscript"));
    m_find->setClearButtonEnabled(true);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);

    m_table->setObjectName(QStringLiteral("segmentTable"));
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SegmentModel::Time,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SegmentModel::Speaker,
                                                      QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(SegmentModel::Text, QHeaderView::Stretch);
    m_table->setColumnWidth(SegmentModel::Speaker, 140);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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

    auto *findBar = new QHBoxLayout;
    findBar->addWidget(m_find, 1);
    findBar->addWidget(m_previous);
    findBar->addWidget(m_next);
    findBar->addWidget(m_matches);
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
        // Fitting every row to its text measures every row: fine for an interview of an hour,
        // too slow for a transcript of tens of thousands of cues, which get two lines a row.
        constexpr int kFitRowsUpTo = 3000;
        QHeaderView *rows = m_table->verticalHeader();
        if (m_model->rowCount() <= kFitRowsUpTo) {
            rows->setSectionResizeMode(QHeaderView::ResizeToContents);
        } else {
            rows->setSectionResizeMode(QHeaderView::Interactive);
            rows->setDefaultSectionSize(2 * fontMetrics().lineSpacing() + 6);
        }
    }
    retranslate();
}

void TranscriptView::showSegment(Id segmentId)
{
    const int row = m_model->rowOfSegment(segmentId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, SegmentModel::Text), QAbstractItemView::PositionAtCenter);
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
    m_table->scrollTo(m_model->index(target, SegmentModel::Text));
}

void TranscriptView::retranslate()
{
    m_find->setPlaceholderText(tr("Find in transcript (Ctrl+F)"));
    m_previous->setToolTip(tr("Previous match"));
    m_next->setToolTip(tr("Next match"));
    const Transcript &t = m_model->transcript();
    m_heading->setText(t.id == 0
                           ? tr("Choose a transcript on the left, or import one.")
                           : tr("%1 — %2, %3, %n segment(s)", nullptr, int(t.segments.size()))
                                 .arg(t.sourceName, t.sourceFormat.toUpper(), t.sourceEncoding));
    m_model->retranslate();
}

void TranscriptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TranscriptView::contextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    const Segment segment = m_model->segment(index.row());
    QMenu menu(this);
    QMenu *link = menu.addMenu(tr("Link as answer to"));
    // The questions of this interviewee, as they are asked.
    auto interview = m_workspace.interviews().load(m_model->transcript().interviewId);
    if (interview) {
        auto questions = m_workspace.roster().questions(interview->intervieweeId);
        if (questions) {
            for (const EffectiveQuestion &q : *questions) {
                QAction *a =
                    link->addAction(QStringLiteral("%1. %2").arg(q.number).arg(q.text.left(50)));
                const int number = q.number;
                connect(a, &QAction::triggered, this, [this, segment, number] {
                    auto command = std::make_unique<LinkAnswerCommand>(m_workspace.answers(),
                                                                       segment.id, number);
                    if (auto r = command->execute(); !r) {
                        MessageBox::critical(this, tr("Link answer"), r.error().message());
                        return;
                    }
                    m_undoStack.push(command.release());
                });
            }
        }
    }
    QAction *quote = menu.addAction(tr("Mark as quote candidate"));
    connect(quote, &QAction::triggered, this, [this, segment] {
        auto command = std::make_unique<AddQuoteCommand>(m_workspace.answers(), segment.id, 0, 0);
        if (auto r = command->execute(); !r) {
            MessageBox::critical(this, tr("Quote candidate"), r.error().message());
            return;
        }
        m_undoStack.push(command.release());
    });
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

} // namespace shuzai::ui
