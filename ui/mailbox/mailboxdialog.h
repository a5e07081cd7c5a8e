#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace shuzai {
class Error;
}

namespace shuzai::ui {

class MailboxSession;
struct MailboxFetchOutcome;

// The editor's mailbox: the account (server, port, login, CA file), its password (into the
// keychain, else kept for the session), "Fetch now" with what it brought in sentences, the last
// fetch and how often Shuzai fetches on its own. The account and password are kept only once
// the server has accepted them, so a mistyped password leaves nothing behind.
class MailboxDialog : public QDialog {
    Q_OBJECT
public:
    explicit MailboxDialog(MailboxSession &session, QWidget *parent = nullptr);

    // Fetches with the account in the form; false with the reason shown when nothing could be
    // read.
    bool fetchNow();

    void reject() override;

private:
    void refresh();
    void showProblem(const Error &error);
    void showProblem(const QString &sentence, const QString &detail = {});
    void showOutcome(const MailboxFetchOutcome &outcome);
    void fitHeight();

    MailboxSession &m_session;
    QLineEdit *m_server;
    QSpinBox *m_port;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QComboBox *m_interval;
    QLabel *m_last;
    QLabel *m_result;
    QLabel *m_detail;
    QPushButton *m_fetch;
    bool m_fetching = false;
};

} // namespace shuzai::ui
