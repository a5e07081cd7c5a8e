#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

class MailboxIndicator;
class MailboxSession;

// File ▸ Mailbox…, the mailbox indicator of the status bar, and the automatic fetch on the
// interval chosen in the dialog (the session's timer runs while the window is open).
class MailboxActions : public QObject {
    Q_OBJECT
public:
    MailboxActions(Workspace &workspace, QWidget *window);

    void addTo(QMenu *menu);
    MailboxIndicator *indicator() const { return m_indicator; }
    MailboxSession &session() { return *m_session; }
    void retranslate();
    void openDialog();

private:
    QWidget *m_window;
    MailboxSession *m_session;
    MailboxIndicator *m_indicator;
    QAction *m_open;
};

} // namespace shuzai::ui
