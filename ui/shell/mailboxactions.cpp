#include "mailboxactions.h"

#include "mailbox/mailboxdialog.h"
#include "mailbox/mailboxindicator.h"
#include "mailbox/mailboxsession.h"

#include <QAction>
#include <QMenu>

namespace shuzai::ui {

MailboxActions::MailboxActions(Workspace &workspace, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_session(new MailboxSession(workspace, this))
    , m_indicator(new MailboxIndicator(*m_session, window))
    , m_open(new QAction(this))
{
    m_open->setObjectName(QStringLiteral("openMailbox"));
    connect(m_open, &QAction::triggered, this, &MailboxActions::openDialog);
    connect(m_indicator, &QToolButton::clicked, this, &MailboxActions::openDialog);
    retranslate();
}

MailboxActions::~MailboxActions()
{
    delete m_indicator;
}

void MailboxActions::addTo(QMenu *menu)
{
    menu->addAction(m_open);
}

void MailboxActions::retranslate()
{
    m_open->setText(tr("&Mailbox…"));
    m_open->setToolTip(tr("Your mail account, and fetching the replies to your letters"));
    m_indicator->refresh();
}

void MailboxActions::openDialog()
{
    MailboxDialog dialog(*m_session, m_window);
    dialog.exec();
}

} // namespace shuzai::ui
