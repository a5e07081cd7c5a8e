#pragma once

#include "outreach/outreachrecord.h"
#include "util/result.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

class OutreachHistoryModel;

// Under the roster's details: the selected person's letters, mail and replies, with the actions
// to record a reply, to accept or dismiss the reply Shuzai read from their mail, and to keep a
// copy of a letter exactly as it went out. Replies are log
// entries, like letters: a mistaken one is put right by recording the next, not by undo.
class OutreachPanel : public QWidget {
    Q_OBJECT
public:
    explicit OutreachPanel(Workspace &workspace, QWidget *parent = nullptr);

    void setInterviewee(Id campaignId, Id intervieweeId, const QString &name);
    OutreachHistoryModel *model() const { return m_model; }

    VoidResult recordReply(OutreachReply::Kind kind, const QString &prefers, const QString &note,
                           const QList<QDateTime> &preferredStarts = {});
    // The letter of `row`, byte for byte as it was sent (atomically written).
    VoidResult saveLetterCopy(int row, const QString &path);
    // Records the reply proposed from the mail of `row` (the editor's `kind` when given).
    VoidResult acceptProposal(int row, std::optional<OutreachReply::Kind> kind = {});
    VoidResult dismissProposal(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void askForReply();
    void offerCandidateSlots(class ReplyDialog &dialog);
    void askWhereToSave();
    int selectedRow() const;
    // 「承認」: at once when the intent is clear, else after the editor chose what it says.
    void acceptSelectedProposal();
    void dismissSelectedProposal();

    Workspace &m_workspace;
    OutreachHistoryModel *m_model;
    QString m_name;
    Id m_campaignId = 0;
    QLabel *m_heading;
    QTableView *m_view;
    QPushButton *m_reply;
    QPushButton *m_save;
    QPushButton *m_acceptProposal;
    QPushButton *m_dismissProposal;
};

} // namespace shuzai::ui
