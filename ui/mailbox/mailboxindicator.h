#pragma once

#include <QToolButton>

namespace shuzai::ui {

class MailboxSession;

// The status bar's word on the mailbox: "Mail: not set up", or the last fetch's time and how
// many new messages came from interviewees; its tooltip says more. Clicking it opens the
// mailbox dialog.
class MailboxIndicator : public QToolButton {
    Q_OBJECT
public:
    explicit MailboxIndicator(MailboxSession &session, QWidget *parent = nullptr);

    void refresh();

private:
    MailboxSession &m_session;
};

} // namespace shuzai::ui
