#pragma once

#include "services/dashboardservice.h"
#include "shell/screen.h"

class QBarCategoryAxis;
class QChart;
class QChartView;
class QHorizontalStackedBarSeries;
class QValueAxis;
class QLabel;
class QTableView;
class QTimer;

namespace shuzai::ui {

class AtRiskModel;

// The campaign at a glance: days left to publication, each category's progress as a stacked
// bar (a chart reads better than a table here), and who needs attention now.
class DashboardScreen : public Screen {
    Q_OBJECT
public:
    explicit DashboardScreen(ScreenContext context, QWidget *parent = nullptr);

    // The navigation's name for it, known before the screen is made.
    static QString screenTitle();
    QString title() const override { return screenTitle(); }
    void setCampaign(Id campaignId) override;
    void refresh();

    const Dashboard &dashboard() const { return m_dashboard; }
    AtRiskModel *atRisk() const { return m_atRisk; }
    QString headline() const;
    QStringList categoryLines() const;
    QChart *chart() const { return m_chart; }

signals:
    void openInterviewee(shuzai::Id intervieweeId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateChart();

    ScreenContext m_context;
    Id m_campaignId = 0;
    Dashboard m_dashboard;
    QLabel *m_headline;
    QLabel *m_categories;
    QLabel *m_riskTitle = nullptr;
    QChart *m_chart;
    // Made once and refilled: axes replaced while the screen was hidden stayed drawn (Qt 6.4).
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarCategoryAxis *m_categoryAxis = nullptr;
    QValueAxis *m_countAxis = nullptr;
    QChartView *m_chartView;
    AtRiskModel *m_atRisk;
    QTableView *m_riskView;
    QTimer *m_refresh;
};

} // namespace shuzai::ui
