#include "calendarscreen.h"

#include "calendarlegend.h"
#include "calendarstyle.h"
#include "common/htmldelegate.h"
#include "monthview.h"
#include "services/caldavservice.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/workspace.h"
#include "util/clock.h"
#include "util/datetext.h"
#include "windowsdialog.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace shuzai::ui {

namespace {
// A conflict's text as the list paints it, word-wrapped to the panel's width.
constexpr int kConflictHtmlRole = Qt::UserRole + 1;

QString conflictHtml(const QString &text, const QColor &colour)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(colour.name(), text.toHtmlEscaped());
}
} // namespace

CalendarScreen::CalendarScreen(ScreenContext context, QWidget *parent)
    : Screen(parent)
    , m_context(context)
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_window(new QPushButton(this))
    , m_today(new QPushButton(this))
    , m_book(new QPushButton(this))
    , m_windows(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_caldavButton(new QPushButton(this))
    , m_label(new QLabel(this))
    , m_zoneLabel(new QLabel(this))
    , m_legendBox(new QGroupBox(this))
    , m_conflictsBox(new QGroupBox(this))
    , m_filesBox(new QGroupBox(this))
    , m_legend(new CalendarLegend(this))
    , m_conflicts(new QListWidget(this))
    , m_week(new WeekView(this))
    , m_month(new MonthView(this))
    , m_views(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_toggle(new QPushButton(this))
{
    setObjectName(QStringLiteral("calendarScreen"));
    m_views->addWidget(m_week);
    m_views->addWidget(m_month);
    m_toggle->setCheckable(true);
    m_toggle->setObjectName(QStringLiteral("monthToggle"));
    m_today->setObjectName(QStringLiteral("today"));
    m_label->setObjectName(QStringLiteral("calendarHeader"));
    QFont headerFont = m_label->font();
    headerFont.setBold(true);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.15);
    m_label->setFont(headerFont);
    // The header can be squeezed (elided by the layout) rather than widen the window.
    m_label->setMinimumWidth(120);
    m_zoneLabel->setObjectName(QStringLiteral("calendarZone"));
    m_conflicts->setObjectName(QStringLiteral("conflicts"));
    m_conflicts->setItemDelegate(new HtmlDelegate(kConflictHtmlRole, m_conflicts));
    // Rows wrap again to the panel's width when the splitter moves.
    m_conflicts->setResizeMode(QListView::Adjust);
    // A big campaign has thousands of conflicts, each a wrapped rich-text row to measure: the
    // list lays them out a batch at a time (the first before it shows, the rest when idle).
    m_conflicts->setLayoutMode(QListView::Batched);
    m_conflicts->setBatchSize(50);
    connect(m_toggle, &QPushButton::toggled, this, &CalendarScreen::showMonth);
    connect(m_month, &MonthView::dayActivated, this, [this](const QDate &day) {
        m_week->setWeekStart(day);
        m_toggle->setChecked(false);
    });
    connect(m_month, &MonthView::monthChanged, this, &CalendarScreen::updateHeader);
    connect(m_month, &MonthView::monthChanged, this, &CalendarScreen::reloadBusy);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        if (m_toggle->isChecked())
            m_month->setMonth(m_month->month().addMonths(-1));
        else
            m_week->setWeekStart(m_week->weekStart().addDays(-7));
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_toggle->isChecked())
            m_month->setMonth(m_month->month().addMonths(1));
        else
            m_week->setWeekStart(m_week->weekStart().addDays(7));
    });
    connect(m_today, &QPushButton::clicked, this, &CalendarScreen::goToToday);
    connect(m_window, &QPushButton::clicked, this, [this] {
        if (auto c = m_context.workspace.campaigns().load(m_campaignId)) {
            m_week->setWeekStart(c->windowStart);
            m_month->setMonth(c->windowStart);
        }
    });
    connect(m_week, &WeekView::weekChanged, this, &CalendarScreen::updateHeader);
    connect(m_week, &WeekView::weekChanged, this, &CalendarScreen::reloadBusy);
    connect(m_week, &WeekView::moveRequested, this, &CalendarScreen::moveRequested);
    connect(m_week, &WeekView::openRequested, this, &CalendarScreen::openInterview);
    connect(m_week, &WeekView::bookRequested, this,
            [this](const QDateTime &start, int minutes) { bookInterview(0, start, minutes); });
    connect(m_week, &WeekView::interviewSelected, this, &CalendarScreen::updateBookButton);
    connect(m_week, &WeekView::contextMenuRequested, this,
            [this](Id interviewId, const QDateTime &time, const QPoint &globalPos) {
                contextMenu(interviewId, time)->exec(globalPos);
            });
    connect(m_conflicts, &QListWidget::itemActivated, this, &CalendarScreen::conflictActivated);
    m_book->setObjectName(QStringLiteral("bookInterview"));
    connect(m_book, &QPushButton::clicked, this, [this] { bookInterview(); });
    m_exportButton->setObjectName(QStringLiteral("exportCalendar"));
    m_importButton->setObjectName(QStringLiteral("importBusyTimes"));
    connect(m_exportButton, &QPushButton::clicked, this, &CalendarScreen::exportCampaign);
    connect(m_importButton, &QPushButton::clicked, this, &CalendarScreen::importBusyTimes);
    m_caldavButton->setObjectName(QStringLiteral("teamCalendars"));
    connect(m_caldavButton, &QPushButton::clicked, this, &CalendarScreen::openTeamCalendars);
    connect(m_windows, &QPushButton::clicked, this, [this] {
        WindowsDialog dialog(m_context.workspace, m_context.undoStack, m_campaignId, this);
        dialog.exec();
        reload();
    });
    connect(&context.workspace.scheduling(), &SchedulingService::scheduleChanged, this,
            &CalendarScreen::reload);
    connect(&context.workspace.campaigns(), &CampaignService::campaignChanged, this,
            &CalendarScreen::reload);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_today);
    bar->addWidget(m_window);
    bar->addSpacing(8);
    bar->addWidget(m_label, 1);
    bar->addWidget(m_toggle);
    bar->addWidget(m_windows);
    bar->addWidget(m_book);

    // The side panel: what the marks mean, what clashes (a scrolled list, however many), and
    // the calendar files; beside the views so they keep the height a laptop screen has.
    auto *legendLayout = new QVBoxLayout(m_legendBox);
    legendLayout->addWidget(m_legend);
    auto *conflictsLayout = new QVBoxLayout(m_conflictsBox);
    conflictsLayout->addWidget(m_conflicts);
    auto *filesLayout = new QVBoxLayout(m_filesBox);
    filesLayout->addWidget(m_importButton);
    filesLayout->addWidget(m_exportButton);
    filesLayout->addWidget(m_caldavButton);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_legendBox);
    sideLayout->addWidget(m_conflictsBox, 1);
    sideLayout->addWidget(m_filesBox);
    m_conflicts->setMinimumHeight(3 * fontMetrics().height());

    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(m_zoneLabel);
    mainLayout->addWidget(m_views, 1);
    m_splitter->setObjectName(QStringLiteral("calendarSplitter"));
    m_splitter->addWidget(main);
    m_splitter->addWidget(side);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    retranslate();
}

QString CalendarScreen::screenTitle()
{
    return tr("Calendar");
}

void CalendarScreen::showMonth(bool month)
{
    if (month)
        m_month->setMonth(m_week->weekStart().addDays(3));
    m_views->setCurrentWidget(month ? static_cast<QWidget *>(m_month) : m_week);
    if (m_toggle->isChecked() != month)
        m_toggle->setChecked(month);
    retranslate();
}

void CalendarScreen::goToToday()
{
    const QDate today = m_context.workspace.clock().now().toTimeZone(m_zone).date();
    m_week->setWeekStart(today);
    m_month->setMonth(today);
}

void CalendarScreen::setCampaign(Id campaignId)
{
    m_campaignId = campaignId;
    if (auto c = m_context.workspace.campaigns().load(campaignId)) {
        m_zone = QTimeZone(c->timeZone.toUtf8());
        m_week->setWeekStart(c->windowStart);
        m_month->setMonth(c->windowStart);
    }
    reload();
}

void CalendarScreen::setCurrentInterviewee(Id intervieweeId)
{
    if (m_currentInterviewee == intervieweeId)
        return;
    m_currentInterviewee = intervieweeId;
    // The later choice wins: a person picked in the roster after an interview here.
    m_week->selectInterview(0);
    updateBookButton();
}

void CalendarScreen::reload()
{
    Workspace &ws = m_context.workspace;
    // The interviews and their conflicts in one reading (the conflicts once, not again for
    // the list).
    auto calendar = ws.scheduling().calendar(m_campaignId);
    if (!calendar)
        return;
    auto people = ws.roster().list(m_campaignId);
    if (!people)
        return;
    const Campaign &campaign = calendar->campaign;
    m_zone = QTimeZone(campaign.timeZone.toUtf8());
    QHash<Id, QString> names;
    for (const Interviewee &p : *people)
        names.insert(p.id, p.data.fullName());
    QSet<Id> conflicted;
    for (const Conflict &c : calendar->conflicts) {
        conflicted.insert(c.interviewId);
        if (c.otherInterviewId)
            conflicted.insert(c.otherInterviewId);
    }
    m_items.clear();
    m_itemOf.clear();
    for (const Interview &i : calendar->interviews) {
        m_itemOf.insert(i.id, m_items.size());
        m_items.append({i, names.value(i.intervieweeId), conflicted.contains(i.id)});
    }
    m_week->setData(campaign, m_items, ws.clock().now());
    m_month->setData(campaign, m_items, ws.clock().now());
    reloadBusy();
    showConflicts(calendar->conflicts);
    updateHeader();
}

void CalendarScreen::reloadBusy()
{
    const QDate monday = m_week->weekStart();
    if (!monday.isValid())
        return;
    const QTimeZone zone = m_week->zone().isValid() ? m_week->zone() : QTimeZone::utc();
    // The week shown and the month's six weeks, read once for both views.
    QDate first = monday;
    QDate last = monday.addDays(7);
    if (const QDate grid = m_month->gridStart(); grid.isValid()) {
        first = std::min(first, grid);
        last = std::max(last, grid.addDays(42));
    }
    const QDateTime from(first, QTime(0, 0), zone);
    auto busy = m_context.workspace.caldav().busyTimes(from, QDateTime(last, QTime(0, 0), zone));
    QList<WeekView::Busy> shown;
    if (busy) {
        for (const ShownBusyTime &b : std::as_const(*busy)) {
            const QString calendar =
                b.fromCaldav() ? tr("%1's calendar (%2)").arg(b.writerLogin, b.calendarUrl)
                               : b.period.source;
            shown.append(
                {b.period.start, b.period.end, b.period.summary, b.fromCaldav(), calendar});
        }
    }
    m_week->setBusyTimes(shown);
    m_month->setBusyTimes(shown);
}

QString CalendarScreen::describe(Id interviewId) const
{
    // By index: thousands of conflicts each naming two of thousands of interviews.
    const qsizetype at = m_itemOf.value(interviewId, -1);
    if (at < 0)
        return {};
    const WeekView::Item &item = m_items.at(at);
    return tr("%1 (%2)").arg(item.title, datetext::shortDateTime(item.interview.startsAt, m_zone));
}

void CalendarScreen::showConflicts(const QList<Conflict> &conflicts)
{
    m_conflicts->clear();
    for (const Conflict &c : conflicts) {
        QString text;
        switch (c.kind) {
        case Conflict::Kind::SameWriter:
            text = tr("%1 and %2 overlap for the same writer.")
                       .arg(describe(c.interviewId), describe(c.otherInterviewId));
            break;
        case Conflict::Kind::SameInterviewee:
            text = tr("%1 and %2 overlap for the same interviewee.")
                       .arg(describe(c.interviewId), describe(c.otherInterviewId));
            break;
        case Conflict::Kind::OutsideWindows:
            text = tr("%1 lies outside the candidate times.").arg(describe(c.interviewId));
            break;
        case Conflict::Kind::BusyCalendar:
            text = tr("%1 clashes with \"%2\" in an imported calendar.")
                       .arg(describe(c.interviewId), c.busySummary);
            break;
        }
        auto *item = new QListWidgetItem(text, m_conflicts);
        item->setData(Qt::UserRole, c.interviewId);
        item->setData(kConflictHtmlRole, conflictHtml(text, calendarstyle::conflict()));
        item->setToolTip(text);
    }
    if (conflicts.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No conflicts."), m_conflicts);
        none->setFlags(Qt::NoItemFlags);
        none->setData(kConflictHtmlRole, conflictHtml(none->text(), palette().mid().color()));
    }
    m_conflictsBox->setTitle(tr("Conflicts (%n)", nullptr, int(conflicts.size())));
}

void CalendarScreen::conflictActivated(QListWidgetItem *item)
{
    const Id interviewId = item->data(Qt::UserRole).toLongLong();
    for (const WeekView::Item &i : m_items) {
        if (i.interview.id != interviewId || !i.interview.startsAt.isValid())
            continue;
        m_week->setWeekStart(i.interview.startsAt.toTimeZone(m_zone).date());
        m_week->selectInterview(interviewId);
        showMonth(false);
        m_week->setFocus();
    }
}

QString CalendarScreen::headerText() const
{
    if (m_toggle->isChecked())
        return datetext::yearMonth(m_month->month());
    const QDate monday = m_week->weekStart();
    if (!monday.isValid())
        return {};
    const QDate sunday = monday.addDays(6);
    // The year once, unless the week spans two.
    return tr("%1 – %2").arg(datetext::longDate(monday), monday.year() == sunday.year()
                                                             ? datetext::shortDate(sunday)
                                                             : datetext::longDate(sunday));
}

void CalendarScreen::updateHeader()
{
    m_label->setText(headerText());
    // The views show the campaign's times: its zone named when the user's own is another.
    const QDateTime noon(m_week->weekStart(), QTime(12, 0), m_zone);
    const bool otherZone = m_zone.isValid() && m_zone != datetext::displayZone();
    m_zoneLabel->setVisible(otherZone);
    if (otherZone)
        m_zoneLabel->setText(tr("Times in %1").arg(datetext::zoneName(m_zone, noon)));
}

void CalendarScreen::retranslate()
{
    const bool month = m_toggle->isChecked();
    m_previous->setText(month ? tr("◀ Previous month") : tr("◀ Previous week"));
    m_next->setText(month ? tr("Next month ▶") : tr("Next week ▶"));
    m_toggle->setText(tr("Month"));
    m_today->setText(tr("Today"));
    m_window->setText(tr("Interview window"));
    m_book->setText(tr("Book interview…"));
    m_windows->setText(tr("Candidate times…"));
    m_exportButton->setText(tr("Export calendar (.ics)…"));
    m_importButton->setText(tr("Import busy times (.ics)…"));
    m_caldavButton->setText(tr("Team calendars (CalDAV)…"));
    m_legendBox->setTitle(tr("Legend"));
    m_filesBox->setTitle(tr("Calendar files"));
    updateBookButton();
    reload();
    emit titleChanged();
}

void CalendarScreen::updateBookButton()
{
    emit actionsChanged();
    QString person;
    const Id chosen = bookingPerson();
    if (auto people = m_context.workspace.roster().list(m_campaignId)) {
        for (const Interviewee &p : *people) {
            if (p.id == chosen)
                person = p.data.fullName();
        }
    }
    m_book->setToolTip(person.isEmpty() ? QString()
                                        : tr("Books an interview with %1. Double-click or drag "
                                             "over empty time to choose the time.")
                                              .arg(person));
}

void CalendarScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Screen::changeEvent(event);
}

} // namespace shuzai::ui
