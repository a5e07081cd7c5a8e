#include "matrixscreen.h"

#include "answermatrixmodel.h"
#include "common/keptplace.h"
#include "common/liverefresh.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace shuzai::ui {

MatrixScreen::MatrixScreen(ScreenContext context, QWidget *parent)
    : Screen(parent)
    , m_context(context)
    , m_category(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new AnswerMatrixModel(context.workspace, this))
{
    setObjectName(QStringLiteral("matrixScreen"));
    m_table->setObjectName(QStringLiteral("answerMatrix"));
    m_table->verticalHeader()->hide();
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(260);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_model, &QAbstractItemModel::modelReset, m_table,
            [this] { m_table->setColumnWidth(AnswerMatrixModel::QuestionColumn, 320); });
    connect(m_category, &QComboBox::currentIndexChanged, this, &MatrixScreen::reload);
    // Answers linked or unlinked, quotes, questions reworded, people added or moved, a segment
    // corrected, a category renamed: the matrix follows, on the same cell.
    new LiveRefresh(context.workspace,
                    Topic::Answers | Topic::Questions | Topic::People | Topic::Transcripts |
                        Topic::Campaigns,
                    this, [this] {
                        const KeptPlace place(m_table);
                        reload();
                        place.restore();
                    });
    // A first person in a category can change which category shows by default.
    connect(&context.workspace.roster(), &RosterService::intervieweeAdded, this, [this] {
        if (!m_userChoseCategory)
            retranslate();
    });
    connect(m_category, &QComboBox::activated, this, [this] { m_userChoseCategory = true; });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QVariant segment = index.data(AnswerMatrixModel::FirstSegmentRole);
        if (segment.isValid()) {
            emit openSegment(index.data(AnswerMatrixModel::FirstTranscriptRole).toLongLong(),
                             segment.toLongLong());
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        int unanswered = 0;
        for (const auto &row : m_model->matrix().cells) {
            for (const auto &cell : row)
                unanswered += cell.state == AnswerMatrix::CellState::Unanswered;
        }
        m_summary->setText(tr("%n question(s) not yet answered", nullptr, unanswered));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_category);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    retranslate();
}

QString MatrixScreen::screenTitle()
{
    return tr("Question matrix");
}

void MatrixScreen::setCampaign(Id campaignId)
{
    m_campaignId = campaignId;
    retranslate();
}

void MatrixScreen::retranslate()
{
    const QSignalBlocker block(m_category);
    const QVariant current = m_userChoseCategory ? m_category->currentData() : QVariant();
    m_category->clear();
    m_category->addItem(tr("All categories"), Id(0));
    if (auto campaign = m_context.workspace.campaigns().load(m_campaignId)) {
        for (const Category &c : campaign->categories)
            m_category->addItem(c.name, c.id);
    }
    // A category at a time reads best: unless the user chose, the first one with people in it.
    int chosen = current.isValid() ? m_category->findData(current) : -1;
    if (chosen < 0) {
        chosen = std::min(1, m_category->count() - 1);
        if (auto people = m_context.workspace.roster().list(m_campaignId);
            people && !people->isEmpty()) {
            QSet<Id> used;
            for (const Interviewee &p : *people)
                used.insert(p.data.categoryId);
            for (int i = 1; i < m_category->count(); ++i) {
                if (used.contains(m_category->itemData(i).toLongLong())) {
                    chosen = i;
                    break;
                }
            }
        }
    }
    m_category->setCurrentIndex(chosen);
    m_table->setToolTip(tr("Double-click an answer to open it in its transcript."));
    reload();
    emit titleChanged();
}

void MatrixScreen::reload()
{
    m_model->load(m_campaignId, m_category->currentData().toLongLong());
    markLoaded();
}

void MatrixScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Screen::changeEvent(event);
}

void MatrixScreen::showEvent(QShowEvent *event)
{
    if (needsReloadOnShow())
        reload(); // answers may have been linked elsewhere (another window, the CLI)
    Screen::showEvent(event);
}

} // namespace shuzai::ui
