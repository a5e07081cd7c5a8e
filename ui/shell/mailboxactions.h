#pragma once

#include <QObject>
#include <QPointer>

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
    // Takes the indicator out of the status bar with it (it shows the session's state).
    ~MailboxActions() override;

    void addTo(QMenu *menu);
    MailboxIndicator *indicator() const { return m_indicator; }
    MailboxSession &session() { return *m_session; }
    void retranslate();
    void openDialog();

private:
    QWidget *m_window;
    MailboxSession *m_session;
    QPointer<MailboxIndicator> m_indicator;
    QAction *m_open;
};

} // namespace shuzai::ui
