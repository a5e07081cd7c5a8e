#pragma once

#include "shell/screen.h"

class QLabel;
class QPushButton;
class QStackedWidget;

namespace shuzai::ui {

class MonthView;
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
    MonthView *monthView() const { return m_month; }
    void showMonth(bool month);
    void reload();
    // Without a person: whoever accepted and has no date yet (else the first on the roster).
    // The time is the first free one the person's reply chose, else the first free slot.
    void bookInterview(shuzai::Id intervieweeId = 0);
    void openInterview(Id interviewId);
    // Imports the busy times of an .ics file and says what was kept and left out (or why the
    // file was refused). The import button asks for the file, then comes here.
    void importBusyTimesFrom(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void moveRequested(Id interviewId, const QDateTime &newStart);
    void saveInvitation(Id interviewId);
    void exportCampaign();
    void importBusyTimes();

    ScreenContext m_context;
    Id m_campaignId = 0;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_window;
    QPushButton *m_today;
    QPushButton *m_book;
    QPushButton *m_windows;
    QPushButton *m_exportButton;
    QPushButton *m_importButton;
    QLabel *m_label;
    QLabel *m_conflicts;
    WeekView *m_week;
    MonthView *m_month;
    QStackedWidget *m_views;
    QPushButton *m_toggle;
};

} // namespace shuzai::ui
