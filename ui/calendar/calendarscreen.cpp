#include "calendarscreen.h"

#include "commands/schedulecommands.h"
#include "common/messagebox.h"
#include "domain/slotformat.h"
#include "interviewdialog.h"
#include "monthview.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/workspace.h"
#include "util/files.h"
#include "weekview.h"
#include "windowsdialog.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace shuzai::ui {

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
    , m_label(new QLabel(this))
    , m_conflicts(new QLabel(this))
    , m_week(new WeekView(this))
    , m_month(new MonthView(this))
    , m_views(new QStackedWidget(this))
    , m_toggle(new QPushButton(this))
{
    m_views->addWidget(m_week);
    m_views->addWidget(m_month);
    m_toggle->setCheckable(true);
    connect(m_toggle, &QPushButton::toggled, this, &CalendarScreen::showMonth);
    connect(m_month, &MonthView::dayActivated, this, [this](const QDate &day) {
        m_week->setWeekStart(day);
        m_toggle->setChecked(false);
    });
    setObjectName(QStringLiteral("calendarScreen"));
    m_conflicts->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_conflicts->setWordWrap(true);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        if (m_toggle->isChecked())
            m_month->setMonth(m_month->month().addMonths(-1));
        else
            m_week->setWeekStart(m_week->weekStart().addDays(-7));
        retranslate();
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_toggle->isChecked())
            m_month->setMonth(m_month->month().addMonths(1));
        else
            m_week->setWeekStart(m_week->weekStart().addDays(7));
        retranslate();
    });
    connect(m_today, &QPushButton::clicked, this,
            [this] { m_week->setWeekStart(m_context.workspace.clock().now().date()); });
    connect(m_window, &QPushButton::clicked, this, [this] {
        if (auto c = m_context.workspace.campaigns().load(m_campaignId))
            m_week->setWeekStart(c->windowStart);
    });
    connect(m_week, &WeekView::weekChanged, this, [this] { retranslate(); });
    connect(m_week, &WeekView::moveRequested, this, &CalendarScreen::moveRequested);
    connect(m_week, &WeekView::openRequested, this, &CalendarScreen::openInterview);
    m_book->setObjectName(QStringLiteral("bookInterview"));
    connect(m_book, &QPushButton::clicked, this, [this] { bookInterview(); });
    connect(m_exportButton, &QPushButton::clicked, this, &CalendarScreen::exportCampaign);
    connect(m_importButton, &QPushButton::clicked, this, &CalendarScreen::importBusyTimes);
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
    bar->addWidget(m_label, 1);
    bar->addWidget(m_toggle);
    bar->addWidget(m_windows);
    auto *files = new QHBoxLayout;
    files->addStretch();
    files->addWidget(m_importButton);
    files->addWidget(m_exportButton);
    bar->addWidget(m_book);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_conflicts);
    layout->addLayout(files);
    retranslate();
}

QString CalendarScreen::title() const
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

void CalendarScreen::setCampaign(Id campaignId)
{
    m_campaignId = campaignId;
    if (auto c = m_context.workspace.campaigns().load(campaignId)) {
        m_week->setWeekStart(c->windowStart);
        m_month->setMonth(c->windowStart);
    }
    reload();
}

void CalendarScreen::reload()
{
    Workspace &ws = m_context.workspace;
    auto campaign = ws.campaigns().load(m_campaignId);
    if (!campaign)
        return;
    auto interviews = ws.scheduling().interviews(m_campaignId);
    auto people = ws.roster().list(m_campaignId);
    auto conflicts = ws.scheduling().conflicts(m_campaignId);
    if (!interviews || !people || !conflicts)
        return;
    QHash<Id, const Interviewee *> byId;
    for (const Interviewee &p : *people)
        byId.insert(p.id, &p);
    QSet<Id> conflicted;
    QStringList messages;
    for (const Conflict &c : *conflicts) {
        conflicted.insert(c.interviewId);
        if (c.otherInterviewId)
            conflicted.insert(c.otherInterviewId);
        messages.append(c.message());
    }
    QList<WeekView::Item> items;
    for (const Interview &i : *interviews) {
        const Interviewee *p = byId.value(i.intervieweeId);
        items.append({i, p ? p->data.fullName() : QString(), p ? p->data.categoryId : 0,
                      conflicted.contains(i.id)});
    }
    m_week->setData(*campaign, items, ws.clock().now());
    m_month->setData(*campaign, items, ws.clock().now());
    m_conflicts->setText(messages.join(u'\n'));
    m_conflicts->setVisible(!messages.isEmpty());
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
    const QDate monday = m_week->weekStart();
    if (month && m_month->month().isValid()) {
        m_label->setText(tr("%1/%2").arg(m_month->month().year()).arg(m_month->month().month()));
    } else if (monday.isValid()) {
        m_label->setText(tr("%1 – %2").arg(japaneseMonthDayWeekday(monday),
                                           japaneseMonthDayWeekday(monday.addDays(6))));
    }
    reload();
    emit titleChanged();
}

void CalendarScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Screen::changeEvent(event);
}

namespace {
QList<User> writersOf(Workspace &ws)
{
    QList<User> out;
    if (auto users = ws.users()) {
        for (const User &u : *users) {
            if (u.role == Role::Writer || u.role == Role::Editor)
                out.append(u);
        }
    }
    return out;
}
} // namespace

void CalendarScreen::bookInterview(Id intervieweeId)
{
    Workspace &ws = m_context.workspace;
    auto campaign = ws.campaigns().load(m_campaignId);
    auto people = ws.roster().list(m_campaignId);
    if (!campaign || !people)
        return;
    if (people->isEmpty()) {
        MessageBox::critical(this, tr("Book interview"),
                             tr("Add the interviewee to the roster first."));
        return;
    }
    Interview proposal;
    proposal.intervieweeId = intervieweeId;
    if (!proposal.intervieweeId) {
        const auto waiting = std::find_if(people->cbegin(), people->cend(), [](const auto &p) {
            return p.data.status == PipelineStatus::Accepted;
        });
        proposal.intervieweeId = waiting != people->cend() ? waiting->id : people->first().id;
    }
    proposal.minutes = campaign->interviewMinutes;
    if (auto preferred = ws.scheduling().preferredStart(proposal.intervieweeId);
        preferred && preferred->has_value()) {
        proposal.startsAt = **preferred;
    } else if (auto offered = ws.scheduling().slotsOf(m_campaignId)) {
        const QDateTime now = ws.clock().now();
        for (const Slot &s : *offered) {
            if (s.state != Slot::State::Booked && s.start > now) {
                proposal.startsAt = s.start;
                break;
            }
        }
    }
    InterviewDialog dialog(*campaign, *people, writersOf(ws), proposal, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Interview chosen = dialog.interview();
    Booking b;
    b.intervieweeId = chosen.intervieweeId;
    b.start = chosen.startsAt;
    b.minutes = chosen.minutes;
    b.mode = chosen.mode;
    b.place = chosen.place;
    b.meetingUrl = chosen.meetingUrl;
    b.writerId = chosen.writerId;
    b.tentative = dialog.tentative();
    auto command = std::make_unique<BookInterviewCommand>(ws.scheduling(), b);
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Book interview"), r.error().message());
        return;
    }
    m_context.undoStack.push(command.release());
    m_week->setWeekStart(chosen.startsAt.toTimeZone(QTimeZone(campaign->timeZone.toUtf8())).date());
}

void CalendarScreen::openInterview(Id interviewId)
{
    Workspace &ws = m_context.workspace;
    auto campaign = ws.campaigns().load(m_campaignId);
    auto people = ws.roster().list(m_campaignId);
    auto interviews = ws.scheduling().interviews(m_campaignId);
    if (!campaign || !people || !interviews)
        return;
    for (const Interview &before : *interviews) {
        if (before.id != interviewId)
            continue;
        InterviewDialog dialog(*campaign, *people, writersOf(ws), before, false, this);
        const int answer = dialog.exec();
        if (answer == InterviewDialog::SaveInvitation) {
            saveInvitation(before.id);
            return;
        }
        std::unique_ptr<ServiceCommand> command;
        if (answer == InterviewDialog::ConfirmInterview)
            command = std::make_unique<ConfirmInterviewCommand>(ws.scheduling(), before.id);
        else if (answer == InterviewDialog::CancelInterview)
            command = std::make_unique<CancelInterviewCommand>(ws.scheduling(), before);
        else if (answer == QDialog::Accepted)
            command =
                std::make_unique<EditInterviewCommand>(ws.scheduling(), before, dialog.interview());
        if (!command)
            return;
        if (auto r = command->execute(); !r) {
            MessageBox::critical(this, tr("Interview"), r.error().message());
            return;
        }
        m_context.undoStack.push(command.release());
        return;
    }
}

void CalendarScreen::saveInvitation(Id interviewId)
{
    auto ics = m_context.workspace.scheduling().exportInterview(interviewId);
    if (!ics) {
        MessageBox::critical(this, tr("Save invitation"), ics.error().message());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save invitation"), QStringLiteral("interview-%1.ics").arg(interviewId),
        tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    if (auto r = files::writeAtomically(path, *ics); !r)
        MessageBox::critical(this, tr("Save invitation"), r.error().message());
}

void CalendarScreen::exportCampaign()
{
    auto ics = m_context.workspace.scheduling().exportCampaign(m_campaignId);
    if (!ics) {
        MessageBox::critical(this, tr("Export calendar"), ics.error().message());
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export calendar"), QStringLiteral("campaign.ics"), tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    if (auto r = files::writeAtomically(path, *ics); !r)
        MessageBox::critical(this, tr("Export calendar"), r.error().message());
}

void CalendarScreen::importBusyTimes()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import busy times"), QString(),
                                                      tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    importBusyTimesFrom(path);
}

void CalendarScreen::importBusyTimesFrom(const QString &path)
{
    // The errors name the file (or its line) themselves: shown as they are, the name once.
    auto bytes = files::readAll(path);
    if (!bytes) {
        MessageBox::critical(this, tr("Import busy times"), bytes.error().message());
        return;
    }
    auto summary = m_context.workspace.scheduling().importBusyTimes(
        *bytes, QFileInfo(path).fileName(), m_campaignId);
    if (!summary) {
        MessageBox::critical(this, tr("Import busy times"), summary.error().message());
        return;
    }
    const BusyImportSummary &s = *summary;
    const QString first = QLocale().toString(s.windowFirst, QLocale::ShortFormat);
    const QString last = QLocale().toString(s.windowLast, QLocale::ShortFormat);
    QString text = tr("%1: %2 busy time(s) imported from %3 of %4 entries.")
                       .arg(s.source)
                       .arg(s.busyPeriods)
                       .arg(s.kept)
                       .arg(s.entries);
    text += u'\n';
    text += s.campaignWindow ? tr("Read over the campaign's interview days, %1 to %2 (%3).")
                                   .arg(first, last, s.timeZone)
                             : tr("Read from a week before today to a year ahead, %1 to %2 (%3).")
                                   .arg(first, last, s.timeZone);
    text += u'\n';
    text += tr("Left out: %1 outside those days, %2 cancelled, %3 marked free.")
                .arg(s.outsideWindow)
                .arg(s.cancelled)
                .arg(s.free);
    if (s.cutShort > 0) {
        text += u'\n';
        text += tr("%n repeating event(s) repeat so often that they were worked out only part "
                   "of the way through those days.",
                   nullptr, s.cutShort);
    }
    reload();
    MessageBox::information(this, tr("Import busy times"), text);
}

void CalendarScreen::moveRequested(Id interviewId, const QDateTime &newStart)
{
    auto interview = m_context.workspace.scheduling().interviews(m_campaignId);
    if (!interview)
        return;
    for (const Interview &i : *interview) {
        if (i.id != interviewId)
            continue;
        auto command =
            std::make_unique<MoveInterviewCommand>(m_context.workspace.scheduling(), i, newStart);
        if (auto r = command->execute(); !r) {
            MessageBox::critical(this, tr("Move interview"), r.error().message());
            return;
        }
        m_context.undoStack.push(command.release());
    }
}

} // namespace shuzai::ui
