#pragma once

#include "outreach/outreachrecord.h"
#include "util/result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

class OutreachHistoryModel;

// Under the roster's details: the selected person's letters and replies, with the actions to
// record a reply and to keep a copy of a letter exactly as it went out. Replies are log
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

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void askForReply();
    void offerCandidateSlots(class ReplyDialog &dialog);
    void askWhereToSave();

    Workspace &m_workspace;
    OutreachHistoryModel *m_model;
    QString m_name;
    Id m_campaignId = 0;
    QLabel *m_heading;
    QTableView *m_view;
    QPushButton *m_reply;
    QPushButton *m_save;
};

} // namespace shuzai::ui
