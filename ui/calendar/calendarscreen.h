#pragma once

#include "shell/screen.h"
#include "weekview.h"

#include <QHash>
#include <memory>

class QLabel;
class QMenu;
class QListWidget;
class QListWidgetItem;
class QGroupBox;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace shuzai::ui {

class CalendarLegend;
class MonthView;

// The campaign's calendar, like a desktop diary's: a week (or a month) with the year in the
// header, candidate times, held and booked interviews, holidays and today; a side panel with the
// legend, the conflicts and the calendar files. Double-click or drag over empty time to book the
// selected person there; drag an interview to move it (undoable; a move or booking into the past
// asks first).
class CalendarScreen : public Screen {
    Q_OBJECT
public:
    explicit CalendarScreen(ScreenContext context, QWidget *parent = nullptr);

    // The navigation's name for it, known before the screen is made.
    static QString screenTitle();
    QString title() const override { return screenTitle(); }
    void setCampaign(Id campaignId) override;
    WeekView *weekView() const { return m_week; }
    MonthView *monthView() const { return m_month; }
    CalendarLegend *legend() const { return m_legend; }
    QListWidget *conflictList() const { return m_conflicts; }
    void showMonth(bool month);
    void goToToday();
    void reload();
    // The year and the days shown: 「2025年5月26日（月）〜 6月1日（日）」 / "May 2025".
    QString headerText() const;

    // The person a booking is for unless the calendar's own selection says otherwise (the shell
    // passes the roster's selection); 0: none.
    void setCurrentInterviewee(Id intervieweeId) override;
    Id currentInterviewee() const override { return bookingPerson(); }
    // Ctrl+N books, Del deletes the picked interview (calendarscreenactions.cpp).
    bool supports(ScreenAction action) const override;
    void trigger(ScreenAction action) override;
    QString actionText(ScreenAction action) const override;
    // Deletes the interview picked in the week (asks first; refused while it holds a
    // transcript); undoable.
    void deletePickedInterview();
    // Whom a booking from the calendar is for: the person of the interview picked in the
    // calendar, else the one set above, else whoever accepted and has no date yet, else the
    // first on the roster (0 while the roster is empty).
    Id bookingPerson() const;

    // Without a person: bookingPerson(). Without a start: the first free time the person's reply
    // chose, else the first free slot. minutes 0: the campaign's length.
    void bookInterview(shuzai::Id intervieweeId = 0, const QDateTime &start = {}, int minutes = 0);
    void openInterview(Id interviewId);
    // What the week view's context menu offers for an interview (Open, Save invitation, Cancel,
    // Delete) or for empty time (Book here), its actions wired; shown by the view's request.
    std::unique_ptr<QMenu> contextMenu(Id interviewId, const QDateTime &time);
    // Imports the busy times of an .ics file and says what was kept and left out (or why the
    // file was refused). The import button asks for the file, then comes here.
    void importBusyTimesFrom(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeader();
    // The busy times of the week shown (writers' CalDAV calendars and imported .ics files).
    void reloadBusy();
    void updateBookButton();
    void showConflicts(const QList<Conflict> &conflicts);
    QString describe(Id interviewId) const;
    void conflictActivated(QListWidgetItem *item);
    void moveRequested(Id interviewId, const QDateTime &newStart);
    // A moment in the campaign's zone, the zone named when the user's own is another.
    QString campaignTime(const QDateTime &moment) const;
    // Asks before a booking or a move to a time already past; true: go ahead.
    bool acceptPast(const QDateTime &start, const QString &title);
    bool confirmCancel(const Interview &interview);
    // The interview as the week shows it; null for 0 or one not in the campaign shown.
    const WeekView::Item *itemOf(Id interviewId) const;
    void cancelInterview(Id interviewId);
    void deleteInterview(Id interviewId);
    void saveInvitation(Id interviewId);
    void exportCampaign();
    void importBusyTimes();
    void openTeamCalendars();

    ScreenContext m_context;
    Id m_campaignId = 0;
    Id m_currentInterviewee = 0;
    QTimeZone m_zone;
    QList<WeekView::Item> m_items;
    QHash<Id, qsizetype> m_itemOf; // interview id → index in m_items
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_window;
    QPushButton *m_today;
    QPushButton *m_book;
    QPushButton *m_windows;
    QPushButton *m_exportButton;
    QPushButton *m_importButton;
    QPushButton *m_caldavButton;
    QLabel *m_label;
    QLabel *m_zoneLabel;
    QGroupBox *m_legendBox;
    QGroupBox *m_conflictsBox;
    QGroupBox *m_filesBox;
    CalendarLegend *m_legend;
    QListWidget *m_conflicts;
    WeekView *m_week;
    MonthView *m_month;
    QStackedWidget *m_views;
    QSplitter *m_splitter;
    QPushButton *m_toggle;
};

} // namespace shuzai::ui
