// CalendarScreen's changes to interviews and its calendar files: booking, opening, moving and
// cancelling an interview (each undoable, a time already past asked about first), invitations
// and the campaign's .ics, busy times imported.
#include "caldavdialog.h"
#include "calendarscreen.h"
#include "commands/schedulecommands.h"
#include "common/messagebox.h"
#include "common/savednotice.h"
#include "common/savepath.h"
#include "interviewdialog.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/workspace.h"
#include "util/clock.h"
#include "util/datetext.h"
#include "util/files.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QUndoStack>
#include <algorithm>

namespace shuzai::ui {

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

QString nameOf(const QList<Interviewee> &people, Id id)
{
    for (const Interviewee &p : people) {
        if (p.id == id)
            return p.data.fullName();
    }
    return {};
}
} // namespace

Id CalendarScreen::bookingPerson() const
{
    auto people = m_context.workspace.roster().list(m_campaignId);
    if (!people || people->isEmpty())
        return 0;
    const auto onRoster = [&](Id id) {
        return id && std::any_of(people->cbegin(), people->cend(),
                                 [id](const Interviewee &p) { return p.id == id; });
    };
    if (const Id picked = m_week->selectedInterview()) {
        for (const WeekView::Item &item : m_items) {
            if (item.interview.id == picked && onRoster(item.interview.intervieweeId))
                return item.interview.intervieweeId;
        }
    }
    if (onRoster(m_currentInterviewee))
        return m_currentInterviewee;
    const auto waiting = std::find_if(people->cbegin(), people->cend(), [](const auto &p) {
        return p.data.status == PipelineStatus::Accepted;
    });
    return waiting != people->cend() ? waiting->id : people->first().id;
}

QString CalendarScreen::campaignTime(const QDateTime &moment) const
{
    const QString when = datetext::longDateTime(moment, m_zone);
    if (m_zone == datetext::displayZone())
        return when;
    return tr("%1 (%2)").arg(when, datetext::zoneName(m_zone, moment));
}

bool CalendarScreen::acceptPast(const QDateTime &start, const QString &title)
{
    if (!start.isValid() || start >= m_context.workspace.clock().now())
        return true;
    const QString when = campaignTime(start);
    const auto answer = MessageBox::question(
        this, title, tr("%1 has already passed. Put the interview there all the same?").arg(when),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void CalendarScreen::bookInterview(Id intervieweeId, const QDateTime &start, int minutes)
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
    proposal.intervieweeId = intervieweeId ? intervieweeId : bookingPerson();
    proposal.minutes = minutes > 0 ? minutes : campaign->interviewMinutes;
    if (start.isValid()) {
        proposal.startsAt = start;
    } else if (auto preferred = ws.scheduling().preferredStart(proposal.intervieweeId);
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
    // Asked about a time already past, the user goes back to the dialog as they filled it.
    Interview chosen;
    bool tentative = false;
    for (;;) {
        InterviewDialog dialog(*campaign, *people, writersOf(ws), proposal, true, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        chosen = dialog.interview();
        tentative = dialog.tentative();
        if (acceptPast(chosen.startsAt, tr("Book interview")))
            break;
        proposal = chosen;
        proposal.state = tentative ? InterviewState::Tentative : InterviewState::Planned;
    }
    Booking b;
    b.intervieweeId = chosen.intervieweeId;
    b.start = chosen.startsAt;
    b.minutes = chosen.minutes;
    b.mode = chosen.mode;
    b.place = chosen.place;
    b.meetingUrl = chosen.meetingUrl;
    b.writerId = chosen.writerId;
    b.tentative = tentative;
    auto command = std::make_unique<BookInterviewCommand>(ws.scheduling(), b);
    if (auto r = command->execute(); !r) {
        MessageBox::critical(this, tr("Book interview"), r.error().message());
        return;
    }
    m_context.undoStack.push(command.release());
    m_week->setWeekStart(chosen.startsAt.toTimeZone(m_zone).date());
}

bool CalendarScreen::confirmCancel(const Interview &interview)
{
    auto people = m_context.workspace.roster().list(m_campaignId);
    const QString name = people ? nameOf(*people, interview.intervieweeId) : QString();
    const auto answer =
        MessageBox::question(this, tr("Cancel interview"),
                             tr("Cancel the interview with %1 on %2? Edit ▸ Undo brings it back.")
                                 .arg(name, campaignTime(interview.startsAt)),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
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
        m_week->selectInterview(interviewId);
        InterviewDialog dialog(*campaign, *people, writersOf(ws), before, false, this);
        const int answer = dialog.exec();
        if (answer == InterviewDialog::SaveInvitation) {
            saveInvitation(before.id);
            return;
        }
        std::unique_ptr<ServiceCommand> command;
        if (answer == InterviewDialog::ConfirmInterview) {
            command = std::make_unique<ConfirmInterviewCommand>(ws.scheduling(), before.id);
        } else if (answer == InterviewDialog::CancelInterview) {
            if (!confirmCancel(before))
                return;
            command = std::make_unique<CancelInterviewCommand>(ws.scheduling(), before);
        } else if (answer == QDialog::Accepted) {
            const Interview after = dialog.interview();
            if (after.startsAt != before.startsAt && !acceptPast(after.startsAt, tr("Interview")))
                return;
            command = std::make_unique<EditInterviewCommand>(ws.scheduling(), before, after);
        }
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

void CalendarScreen::moveRequested(Id interviewId, const QDateTime &newStart)
{
    auto interview = m_context.workspace.scheduling().interviews(m_campaignId);
    if (!interview)
        return;
    for (const Interview &i : *interview) {
        if (i.id != interviewId)
            continue;
        if (!acceptPast(newStart, tr("Move interview"))) {
            reload(); // the block goes back where it was
            return;
        }
        auto command =
            std::make_unique<MoveInterviewCommand>(m_context.workspace.scheduling(), i, newStart);
        if (auto r = command->execute(); !r) {
            MessageBox::critical(this, tr("Move interview"), r.error().message());
            return;
        }
        m_context.undoStack.push(command.release());
    }
}

void CalendarScreen::saveInvitation(Id interviewId)
{
    auto ics = m_context.workspace.scheduling().exportInterview(interviewId);
    if (!ics) {
        MessageBox::critical(this, tr("Save invitation"), ics.error().message());
        return;
    }
    const QString path =
        askSavePath(this, tr("Save invitation"),
                    QStringLiteral("interview-%1.ics").arg(interviewId), tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    if (auto r = files::writeAtomically(path, *ics); !r)
        MessageBox::critical(this, tr("Save invitation"), r.error().message());
    else
        announceSaved(this, path);
}

void CalendarScreen::exportCampaign()
{
    auto ics = m_context.workspace.scheduling().exportCampaign(m_campaignId);
    if (!ics) {
        MessageBox::critical(this, tr("Export calendar"), ics.error().message());
        return;
    }
    const QString path = askSavePath(this, tr("Export calendar"), QStringLiteral("campaign.ics"),
                                     tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return;
    if (auto r = files::writeAtomically(path, *ics); !r)
        MessageBox::critical(this, tr("Export calendar"), r.error().message());
    else
        announceSaved(this, path);
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
    const QString first = datetext::longDate(s.windowFirst);
    const QString last = datetext::longDate(s.windowLast);
    const QTimeZone zone(s.timeZone.toUtf8());
    const QString zoneText =
        zone.isValid() ? datetext::zoneName(zone, QDateTime(s.windowFirst, QTime(12, 0), zone))
                       : s.timeZone;
    QString text = tr("%1: %n busy time(s) imported from %2 of %3 entries.", nullptr, s.busyPeriods)
                       .arg(s.source)
                       .arg(s.kept)
                       .arg(s.entries);
    text += u'\n';
    text += s.campaignWindow ? tr("Read over the campaign's interview days, %1 to %2 (%3).")
                                   .arg(first, last, zoneText)
                             : tr("Read from a week before today to a year ahead, %1 to %2 (%3).")
                                   .arg(first, last, zoneText);
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

void CalendarScreen::openTeamCalendars()
{
    if (m_campaignId == 0)
        return;
    CaldavDialog dialog(m_context.workspace, m_campaignId, this);
    dialog.exec();
    reload(); // writers' busy times read by a sync
}

} // namespace shuzai::ui
