#pragma once

#include "outreach/lettersender.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QThread;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

class SendResultsModel;

// Sends request letters to the chosen interviewees, one at a time off the GUI thread, showing
// each recipient's result as it comes. Cancel stops after the letter being sent; a failure
// stops no one else. Every letter that reached the server or was refused by it is logged.
// The SMTP password comes from the keychain, or is asked for (and kept there if wanted); where
// no keychain exists it is asked each time and never written anywhere. The letter of the chosen
// row is previewed as it is sent (text and HTML tabs) with the parts still to fill in; a letter
// with any is not sent.
class SendLettersDialog : public QDialog {
    Q_OBJECT
public:
    SendLettersDialog(Workspace &workspace, const QList<Id> &intervieweeIds,
                      QWidget *parent = nullptr);
    ~SendLettersDialog() override;

    SendResultsModel *results() const { return m_results; }
    bool isSending() const { return m_sending; }
    QString statusText() const;
    void setAccount(const SmtpSettings &account);
    void setPassword(const QString &password);
    // Shows the letter to the person of results row `row` in the preview.
    void previewRow(int row);
    QString previewText() const;     // the text part, with its subject
    QString previewHtml() const;     // the HTML part as the HTML tab shows it (its text)
    QString previewProblems() const; // the parts of that letter still to fill in, with lines

public slots:
    void send();
    void cancel();

signals:
    void sendingFinished();

protected:
    void reject() override;

private:
    std::optional<SmtpSettings> accountFromForm();
    void sendNext();
    void letterDone(int index, const VoidResult &result);
    void finish();
    void showProblem(const QString &text);
    void keychainUnavailable(const QString &why);
    void chooseCaFile();

    Workspace &m_workspace;
    QList<Id> m_ids;
    QLineEdit *m_server;
    QComboBox *m_security;
    QLineEdit *m_caFile;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keychainNote;
    QComboBox *m_language;
    QComboBox *m_charset;
    SendResultsModel *m_results;
    QTableView *m_table;
    QTabWidget *m_previewTabs;
    QPlainTextEdit *m_previewText;
    QTextBrowser *m_previewHtml;
    QLabel *m_previewProblems;
    int m_previewRow = 0;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QPushButton *m_close;

    SmtpSettings m_account;
    QList<OutgoingLetter> m_letters;
    QList<int> m_rowOfLetter; // the results row of each letter of this run
    int m_next = 0;
    bool m_sending = false;
    bool m_cancelRequested = false;
    bool m_closeWhenDone = false;
    QString m_accountProblem; // why this run stopped early, if the server or account failed
    QThread *m_worker = nullptr;
    std::optional<VoidResult> m_workerResult;
};

} // namespace shuzai::ui
