#include "mailboxindicator.h"

#include "mailboxsession.h"

namespace shuzai::ui {

MailboxIndicator::MailboxIndicator(MailboxSession &session, QWidget *parent)
    : QToolButton(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("mailboxIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(&m_session, &MailboxSession::changed, this, &MailboxIndicator::refresh);
    refresh();
}

void MailboxIndicator::refresh()
{
    setText(m_session.summary());
    setToolTip(m_session.details());
}

} // namespace shuzai::ui
