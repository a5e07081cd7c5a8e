#include "dashboardscreen.h"

#include "atriskmodel.h"
#include "common/emptystate.h"
#include "common/keptplace.h"
#include "common/liverefresh.h"
#include "common/messagebox.h"
#include "services/dashboardservice.h"
#include "services/outreachservice.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace shuzai::ui {

namespace {
// The chart's stages: a few groups of pipeline statuses, in the order a person moves along.
struct Stage {
    const char *label;
    QList<PipelineStatus> statuses;
    QColor colour;
};

const QList<Stage> &stages()
{
    static const QList<Stage> all{
        {QT_TRANSLATE_NOOP("shuzai::ui::DashboardScreen", "Not yet agreed"),
         {PipelineStatus::NotContacted, PipelineStatus::RequestSent},
         QColor(0xb0, 0xbe, 0xc5)},
        {QT_TRANSLATE_NOOP("shuzai::ui::DashboardScreen", "Confirmed"),
         {PipelineStatus::Accepted, PipelineStatus::Scheduled},
         QColor(0x42, 0x85, 0xf4)},
        {QT_TRANSLATE_NOOP("shuzai::ui::DashboardScreen", "Interviewed"),
         {PipelineStatus::Interviewed, PipelineStatus::InReview},
         QColor(0xfb, 0x8c, 0x00)},
        {QT_TRANSLATE_NOOP("shuzai::ui::DashboardScreen", "Approved"),
         {PipelineStatus::Approved},
         QColor(0x2e, 0x7d, 0x32)},
        {QT_TRANSLATE_NOOP("shuzai::ui::DashboardScreen", "Declined or withdrawn"),
         {PipelineStatus::Declined, PipelineStatus::Withdrawn},
         QColor(0xc6, 0x28, 0x28)},
    };
    return all;
}
} // namespace

DashboardScreen::DashboardScreen(ScreenContext context, QWidget *parent)
    : Screen(parent)
    , m_context(context)
    , m_headline(new QLabel(this))
    , m_categories(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_atRisk(new AtRiskModel(this))
    , m_riskView(new QTableView(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboardScreen"));
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_categories->setWordWrap(true);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_riskView->setObjectName(QStringLiteral("atRiskTable"));
    m_riskView->setModel(m_atRisk);
    m_riskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_riskView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_riskView->verticalHeader()->hide();
    m_riskView->horizontalHeader()->setStretchLastSection(true);
    m_riskView->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_categories);
    layout->addWidget(m_chartView, 3);
    m_riskTitle = new QLabel(this);
    layout->addWidget(m_riskTitle);
    layout->addWidget(m_riskView, 2);

    connect(m_riskView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openInterviewee(index.data(AtRiskModel::IntervieweeIdRole).toLongLong());
    });
    // Whatever moves a person along changes the picture (a transcript too: 取材済み); time
    // passing does too. Hidden, it waits for the next show instead of rebuilding on every change.
    new LiveRefresh(context.workspace,
                    Topic::Campaigns | Topic::People | Topic::Schedule | Topic::Transcripts |
                        Topic::Outreach | Topic::Review,
                    this, [this] { refresh(); });
    keepPlaceAcrossResets(m_riskView, AtRiskModel::IntervieweeIdRole);
    const auto changed = [this] {
        if (isVisible())
            refresh();
    };
    m_refresh->setInterval(10 * 60 * 1000);
    connect(m_refresh, &QTimer::timeout, this, changed);
    m_refresh->start();
    EmptyState::attach(m_riskView,
                       {[] { return tr("Nobody is at risk: every person is on track."); }, {}});
}

QString DashboardScreen::screenTitle()
{
    return tr("Dashboard");
}

void DashboardScreen::setCampaign(Id campaignId)
{
    m_campaignId = campaignId;
    refresh();
}

QString DashboardScreen::headline() const
{
    return m_headline->text();
}

QStringList DashboardScreen::categoryLines() const
{
    return m_categories->text().split(QStringLiteral("<br/>"));
}

void DashboardScreen::refresh()
{
    if (m_campaignId == 0)
        return;
    auto built = DashboardService(m_context.workspace).build(m_campaignId);
    markLoaded();
    if (!built) {
        m_headline->setText(built.error().message());
        return;
    }
    m_dashboard = *built;
    const Dashboard &d = m_dashboard;
    // Parts side by side, not inside each other: a date with its weekday in brackets inside
    // more brackets reads badly (「（6月12日（木））」).
    const QString countdown = publicationCountdown(d.daysLeft);
    const QString published = datetext::longDate(d.publicationDate);
    m_headline->setText(d.daysLeft >= 0
                            //: The dashboard's headline: "3 days to publication · publication
                            //: date Thu 12 Jun 2025 · review answers due Thu 5 Jun".
                            ? tr("%1 · publication date %2 · review answers due %3")
                                  .arg(countdown, published, datetext::shortDate(d.reviewDue))
                            //: "Published (3 days ago) · publication date Thu 12 Jun 2025".
                            : tr("%1 · publication date %2").arg(countdown, published));
    QStringList lines;
    for (const CategoryProgress &c : d.categories)
        lines.append(describe(c).toHtmlEscaped());
    m_categories->setText(lines.join(QStringLiteral("<br/>")));
    m_riskTitle->setText(
        QStringLiteral("<b>%1</b>")
            .arg(tr("Needs attention (%n)", nullptr, int(d.atRisk.size())).toHtmlEscaped()));
    m_atRisk->setRisks(d.atRisk);
    m_riskView->resizeColumnsToContents();
    updateChart();
    emit titleChanged();
}

void DashboardScreen::updateChart()
{
    if (!m_series) {
        m_series = new QHorizontalStackedBarSeries;
        m_chart->addSeries(m_series);
        m_categoryAxis = new QBarCategoryAxis;
        m_chart->addAxis(m_categoryAxis, Qt::AlignLeft);
        m_series->attachAxis(m_categoryAxis);
        m_countAxis = new QValueAxis;
        m_countAxis->setLabelFormat(QStringLiteral("%d"));
        m_chart->addAxis(m_countAxis, Qt::AlignBottom);
        m_series->attachAxis(m_countAxis);
    }
    // Horizontal bars count from the bottom: reversed, they read top-down like the lines above.
    QList<CategoryProgress> shown = m_dashboard.categories;
    std::reverse(shown.begin(), shown.end());
    m_series->clear();
    for (const Stage &stage : stages()) {
        auto *set = new QBarSet(tr(stage.label));
        set->setColor(stage.colour);
        set->setBorderColor(stage.colour);
        for (const CategoryProgress &c : std::as_const(shown)) {
            int n = 0;
            for (PipelineStatus s : stage.statuses)
                n += c.byStatus.value(s);
            *set << n;
        }
        m_series->append(set);
    }
    QStringList names;
    int most = 1;
    for (const CategoryProgress &c : std::as_const(shown)) {
        names.append(c.name);
        most = std::max(most, c.total);
    }
    m_categoryAxis->clear();
    m_categoryAxis->append(names);
    m_countAxis->setRange(0, most);
    m_countAxis->setTickCount(std::min(most, 10) + 1);
}

void DashboardScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    Screen::changeEvent(event);
}

void DashboardScreen::showEvent(QShowEvent *event)
{
    if (needsReloadOnShow())
        refresh();
    Screen::showEvent(event);
}

} // namespace shuzai::ui
