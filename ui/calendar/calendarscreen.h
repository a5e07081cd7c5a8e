#pragma once

#include "shell/screen.h"

class QLabel;
class QPushButton;

namespace shuzai::ui {

class WeekView;

// The campaign's week at a glance: candidate windows, tentative and booked interviews,
// conflicts; drag to reschedule (undoable).
class CalendarScreen : public Screen {
    Q_OBJECT
public:
    explicit CalendarScreen(ScreenContext context, QWidget *parent = nullptr);

    QString title() const override;
    void setCampaign(Id campaignId) override;
    WeekView *weekView() const { return m_week; }
    void reload();
    void bookInterview();
    void openInterview(Id interviewId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void moveRequested(Id interviewId, const QDateTime &newStart);

    ScreenContext m_context;
    Id m_campaignId = 0;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_window;
    QPushButton *m_today;
    QPushButton *m_book;
    QLabel *m_label;
    QLabel *m_conflicts;
    WeekView *m_week;
};

} // namespace shuzai::ui
