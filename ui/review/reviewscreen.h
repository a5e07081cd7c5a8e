#pragma once

#include "review/review.h"
#include "shell/screen.h"
#include "util/result.h"

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace shuzai::ui {

class MailCorrectionsPanel;
class ReviewOverviewModel;

// The pre-publication check: everyone's status and due date on the left; on the right what the
// selected person was sent in each round and the corrections they asked for, as differences.
// Sending, corrections and decisions are records of what happened (kept in the audit log), so
// they are not undone: a later step supersedes an earlier one.
class ReviewScreen : public Screen {
    Q_OBJECT
public:
    explicit ReviewScreen(ScreenContext context, QWidget *parent = nullptr);

    // The navigation's name for it, known before the screen is made.
    static QString screenTitle();
    QString title() const override { return screenTitle(); }
    void setCampaign(Id campaignId) override;

    ReviewOverviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void selectInterviewee(Id intervieweeId);
    Id selectedInterviewee() const;
    QString roundsText() const;
    // The selected person's answers by mail and the corrections they propose.
    MailCorrectionsPanel *mailCorrections() const { return m_mailCorrections; }

    // What the buttons do once their dialog is answered (and what tests drive).
    VoidResult send(ReviewChannel channel, const QString &note = {});
    VoidResult recordCorrection(int item, const QString &corrected, const QString &note = {});
    VoidResult approve(const QString &note = {});
    VoidResult withdraw(const QString &note = {});
    VoidResult savePacket(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showSelected();
    void updateButtons();
    void report(const QString &title, const VoidResult &result);
    void askToSend();
    void askForCorrection();
    void askToApprove();
    void askToWithdraw();
    void askWhereToSavePacket();

    ScreenContext m_context;
    Id m_campaignId = 0;
    Id m_keepSelected = 0;
    ReviewOverviewModel *m_model;
    QLabel *m_summary;
    QTableView *m_view;
    QTextBrowser *m_rounds;
    MailCorrectionsPanel *m_mailCorrections;
    QPushButton *m_send;
    QPushButton *m_correction;
    QPushButton *m_approve;
    QPushButton *m_withdraw;
    QPushButton *m_packet;
};

} // namespace shuzai::ui
