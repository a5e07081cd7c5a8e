#pragma once

#include "domain/campaign.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace shuzai {
class Workspace;
struct CaldavSyncReport;
} // namespace shuzai

namespace shuzai::ui {

// The team's calendars over CalDAV: the booking collection Shuzai publishes to (its password
// kept in the system keychain), the writers' calendars read for their busy times, what is
// published, waiting or in conflict, and a sync. A conflict (an event changed on the server by
// someone else) is settled here: keep the server's copy or put the booking over it.
class CaldavDialog : public QDialog {
    Q_OBJECT
public:
    CaldavDialog(Workspace &workspace, Id campaignId, QWidget *parent = nullptr);

    // Saves the account from the form (and the password, when one was typed); false with the
    // reason shown when it cannot.
    bool saveAccount();
    bool addCalendar();
    bool sync();
    bool resolveSelected(bool overwrite);

private:
    void refresh();
    QString reportText(const CaldavSyncReport &report) const;
    void showProblem(const QString &text);

    Workspace &m_workspace;
    Id m_campaignId;
    QLineEdit *m_url;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QPushButton *m_saveAccount;
    QTableWidget *m_calendars;
    QLineEdit *m_writer;
    QLineEdit *m_calendarUrl;
    QPushButton *m_addCalendar;
    QPushButton *m_removeCalendar;
    QLabel *m_status;
    QListWidget *m_conflicts;
    QPushButton *m_keepServer;
    QPushButton *m_overwrite;
    QPushButton *m_sync;
    QLabel *m_result;
};

} // namespace shuzai::ui
