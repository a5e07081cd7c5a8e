#include "matrixscreen.h"

#include "answermatrixmodel.h"
#include "services/campaignservice.h"
#include "services/workspace.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(260);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setMaximumWidth(360);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(m_category, &QComboBox::currentIndexChanged, this, &MatrixScreen::reload);
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

QString MatrixScreen::title() const
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
    const QVariant current = m_category->currentData();
    m_category->clear();
    m_category->addItem(tr("All categories"), Id(0));
    if (auto campaign = m_context.workspace.campaigns().load(m_campaignId)) {
        for (const Category &c : campaign->categories)
            m_category->addItem(c.name, c.id);
    }
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
    m_table->setToolTip(tr("Double-click an answer to open it in its transcript."));
    reload();
    emit titleChanged();
}

void MatrixScreen::reload()
{
    m_model->load(m_campaignId, m_category->currentData().toLongLong());
}

void MatrixScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Screen::changeEvent(event);
}

void MatrixScreen::showEvent(QShowEvent *event)
{
    reload(); // answers may have been linked elsewhere (another window, the CLI)
    Screen::showEvent(event);
}

} // namespace shuzai::ui
