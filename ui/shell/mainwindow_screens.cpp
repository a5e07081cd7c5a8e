// The main window's screens: each made when first needed, and how they lead to one another.
#include "mainwindow.h"

#include "answers/matrixscreen.h"
#include "audit/auditscreen.h"
#include "calendar/calendarscreen.h"
#include "common/icons.h"
#include "dashboard/dashboardscreen.h"
#include "review/reviewscreen.h"
#include "roster/rosterscreen.h"
#include "screenactions.h"
#include "search/searchscreen.h"
#include "transcripts/transcriptsscreen.h"
#include "windowstate.h"

#include <QListWidget>
#include <QStackedWidget>

namespace shuzai::ui {

void MainWindow::buildScreens()
{
    // Each screen is made when first needed: start-up builds the one in view.
    const ScreenContext context{*m_workspace, *m_undoStack};
    addScreen(
        {QStringLiteral("roster"), &RosterScreen::screenTitle, [this, context](QWidget *page) {
             auto *roster = new RosterScreen(context, page);
             connect(roster, &RosterScreen::bookRequested, this, [this](Id intervieweeId) {
                 showScreen(Page::Calendar);
                 calendarScreen()->bookInterview(intervieweeId);
             });
             return roster;
         }});
    addScreen({QStringLiteral("calendar"), &CalendarScreen::screenTitle, [context](QWidget *page) {
                   return new CalendarScreen(context, page);
               }});
    addScreen(
        {QStringLiteral("transcripts"), &TranscriptsScreen::screenTitle, [context](QWidget *page) {
             return new TranscriptsScreen(context, page);
         }});
    addScreen(
        {QStringLiteral("search"), &SearchScreen::screenTitle, [this, context](QWidget *page) {
             auto *search = new SearchScreen(context, page);
             connect(search, &SearchScreen::openSegment, this, &MainWindow::openSegment);
             connect(search, &SearchScreen::openInterviewee, this, &MainWindow::openInterviewee);
             return search;
         }});
    addScreen(
        {QStringLiteral("matrix"), &MatrixScreen::screenTitle, [this, context](QWidget *page) {
             auto *matrix = new MatrixScreen(context, page);
             connect(matrix, &MatrixScreen::openSegment, this, &MainWindow::openSegment);
             return matrix;
         }});
    addScreen({QStringLiteral("review"), &ReviewScreen::screenTitle, [context](QWidget *page) {
                   return new ReviewScreen(context, page);
               }});
    addScreen({QStringLiteral("dashboard"), &DashboardScreen::screenTitle,
               [this, context](QWidget *page) {
                   auto *dashboard = new DashboardScreen(context, page);
                   connect(dashboard, &DashboardScreen::openInterviewee, this,
                           &MainWindow::openInterviewee);
                   return dashboard;
               }});
    addScreen({QStringLiteral("audit"), &AuditScreen::screenTitle, [context](QWidget *page) {
                   return new AuditScreen(context, page);
               }});
}

void MainWindow::addScreen(ScreenHost::Spec spec)
{
    auto *screen = new ScreenHost(std::move(spec), m_stack);
    m_screens.append(screen);
    m_stack->addWidget(screen);
    m_navigation->addItem(
        new QListWidgetItem(icons::get(ScreenActions::iconName(screen)), screen->title()));
    connect(screen, &Screen::screenRequested, this,
            qOverload<const QString &>(&MainWindow::showScreen));
    connect(screen, &Screen::titleChanged, this, [this, screen] {
        const int row = int(m_screens.indexOf(screen));
        if (QListWidgetItem *item = m_navigation->item(row))
            item->setText(screen->title());
    });
    // A screen made after the window took its remembered layout takes its own part of it.
    connect(screen, &ScreenHost::made, this, [this](Screen *made) {
        if (m_restored)
            windowstate::restoreViews(made);
    });
}

Screen *MainWindow::screenOf(Page page)
{
    return m_screens.at(int(page))->screen();
}

RosterScreen *MainWindow::rosterScreen()
{
    return static_cast<RosterScreen *>(screenOf(Page::Roster));
}

CalendarScreen *MainWindow::calendarScreen()
{
    return static_cast<CalendarScreen *>(screenOf(Page::Calendar));
}

TranscriptsScreen *MainWindow::transcriptsScreen()
{
    return static_cast<TranscriptsScreen *>(screenOf(Page::Transcripts));
}

SearchScreen *MainWindow::searchScreen()
{
    return static_cast<SearchScreen *>(screenOf(Page::Search));
}

MatrixScreen *MainWindow::matrixScreen()
{
    return static_cast<MatrixScreen *>(screenOf(Page::Matrix));
}

ReviewScreen *MainWindow::reviewScreen()
{
    return static_cast<ReviewScreen *>(screenOf(Page::Review));
}

DashboardScreen *MainWindow::dashboardScreen()
{
    return static_cast<DashboardScreen *>(screenOf(Page::Dashboard));
}

AuditScreen *MainWindow::auditScreen()
{
    return static_cast<AuditScreen *>(screenOf(Page::Audit));
}

void MainWindow::showScreen(Page page)
{
    showScreen(int(page));
}

// Hits and matrix cells open the passage in its transcript.
void MainWindow::openSegment(Id transcriptId, Id segmentId)
{
    showScreen(Page::Transcripts);
    transcriptsScreen()->showTranscript(transcriptId, segmentId);
}

void MainWindow::openInterviewee(Id intervieweeId)
{
    showScreen(Page::Roster);
    rosterScreen()->selectInterviewee(intervieweeId);
}

} // namespace shuzai::ui
