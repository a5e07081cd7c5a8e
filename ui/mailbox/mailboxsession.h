#pragma once

#include "mailbox/imapclient.h"
#include "util/error.h"

#include <QDateTime>
#include <QObject>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// What one fetch of the mailbox did, for sentences and the status bar.
struct MailboxFetchOutcome {
    QDateTime endedAt;
    int stored = 0;     // new messages kept
    int matched = 0;    // of those, matched to an interviewee
    int duplicates = 0; // already imported, skipped
    std::optional<Error> error;
    bool loginFailed = false;     // the account's fault (server, TLS, password): nothing was read
    bool passwordMissing = false; // the timer found no password (no keychain, none typed)
};

// The window's side of the editor's mailbox: the saved account, the password typed this session
// (where no keychain answers), the automatic fetch on a timer, and fetches run on a worker
// thread with a connection of their own (the workspace opens one per thread), so the window
// never freezes while a slow server answers. One fetch at a time.
class MailboxSession : public QObject {
    Q_OBJECT
public:
    explicit MailboxSession(Workspace &workspace, QObject *parent = nullptr);
    ~MailboxSession() override;

    Workspace &workspace() { return m_workspace; }

    // The account as saved in the app's settings (an empty host: none yet).
    ImapSettings account() const;
    bool isSetUp() const { return !account().host.isEmpty(); }
    VoidResult saveAccount(const ImapSettings &settings);

    // The password for `settings`: the one kept this session, else the keychain's (or
    // SHUZAI_IMAP_PASSWORD).
    Result<QString> password(const ImapSettings &settings) const;
    // Into the keychain; where none answers, kept in memory until Shuzai closes (the
    // keychain's error is returned so the dialog can say so).
    VoidResult keepPassword(const ImapSettings &settings, const QString &password);

    // Minutes between automatic fetches (0: off), kept in the app's settings.
    static QList<int> intervalChoices() { return {0, 5, 15, 30}; }
    int intervalMinutes() const;
    void setIntervalMinutes(int minutes);
    const QTimer *timer() const { return m_timer; }

    // Fetches with `settings` (password filled) and waits for it with the window still
    // painting; a fetch already running (the timer's) is waited for first.
    MailboxFetchOutcome fetchNow(const ImapSettings &settings);
    // The timer's fetch: the saved account, in the background; nothing happens without an
    // account or a password, or while another fetch runs.
    void fetchInBackground();
    bool isFetching() const { return m_worker != nullptr; }

    std::optional<MailboxFetchOutcome> lastOutcome() const { return m_last; }
    // When the saved account was last read (kept in the database, so known after a restart).
    QDateTime lastFetchTime() const;
    // "Mail: 2 new replies · Wed 3 Dec, 12:05" for the status bar, and a longer tooltip.
    QString summary() const;
    QString details() const;
    // The outcome as sentences ("3 new messages fetched (2 matched to interviewees).").
    static QString describe(const MailboxFetchOutcome &outcome);

signals:
    void fetchStarted();
    void fetchFinished();
    // The account, the interval or the last outcome changed (the indicator redraws).
    void changed();

private:
    bool start(const ImapSettings &settings);
    void applyInterval();

    Workspace &m_workspace;
    QTimer *m_timer;
    QThread *m_worker = nullptr;
    QString m_sessionPassword;
    QString m_sessionPasswordKey; // the account the session password is for
    std::optional<MailboxFetchOutcome> m_last;
};

} // namespace shuzai::ui
