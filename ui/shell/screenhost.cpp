#include "screenhost.h"

#include <QEvent>
#include <QVBoxLayout>

namespace shuzai::ui {

ScreenHost::ScreenHost(Spec spec, QWidget *parent)
    : Screen(parent)
    , m_spec(std::move(spec))
{
    // The name the shell, the tests and the remembered layout know the page by.
    setObjectName(m_spec.name + QStringLiteral("Screen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

Screen *ScreenHost::screen()
{
    if (m_screen)
        return m_screen;
    m_screen = m_spec.make(this);
    layout()->addWidget(m_screen);
    connect(m_screen, &Screen::titleChanged, this, &Screen::titleChanged);
    connect(m_screen, &Screen::actionsChanged, this, &Screen::actionsChanged);
    connect(m_screen, &Screen::screenRequested, this, &Screen::screenRequested);
    emit made(m_screen);
    emit actionsChanged();
    return m_screen;
}

QString ScreenHost::title() const
{
    return m_screen ? m_screen->title() : m_spec.title();
}

void ScreenHost::setCampaign(Id campaignId)
{
    screen()->setCampaign(campaignId);
}

bool ScreenHost::supports(ScreenAction action) const
{
    return m_screen && m_screen->supports(action);
}

void ScreenHost::trigger(ScreenAction action)
{
    screen()->trigger(action);
}

QString ScreenHost::actionText(ScreenAction action) const
{
    return m_screen ? m_screen->actionText(action) : QString();
}

Id ScreenHost::currentInterviewee() const
{
    return m_screen ? m_screen->currentInterviewee() : 0;
}

void ScreenHost::setCurrentInterviewee(Id intervieweeId)
{
    screen()->setCurrentInterviewee(intervieweeId);
}

void ScreenHost::changeEvent(QEvent *event)
{
    // A made screen says so itself; the navigation still needs the new name of one not made.
    if (event->type() == QEvent::LanguageChange && !m_screen)
        emit titleChanged();
    Screen::changeEvent(event);
}

} // namespace shuzai::ui
