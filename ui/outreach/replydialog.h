#pragma once

#include "outreach/outreachrecord.h"
#include "scheduling/slots.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QStandardItemModel;

namespace shuzai::ui {

// What an interviewee answered: accepted (with the times they prefer), declined, a question,
// or a note that nothing came back yet.
class ReplyDialog : public QDialog {
    Q_OBJECT
public:
    ReplyDialog(const QString &personName, QWidget *parent = nullptr);

    OutreachReply::Kind kind() const;
    void setKind(OutreachReply::Kind kind);
    QString prefers() const;
    void setPrefers(const QString &prefers);
    QString note() const;
    void setNote(const QString &note);
    // The campaign's candidate times still open, offered as choices (shown in `zone`).
    void setCandidateSlots(const QList<Slot> &candidates, const QTimeZone &zone);
    // The candidate times ticked (UTC starts), in the order offered; an acceptance only.
    QList<QDateTime> preferredStarts() const;
    void setPreferredStarts(const QList<QDateTime> &starts);

private:
    void kindChanged();

    QComboBox *m_kind;
    QStandardItemModel *m_slots;
    QListView *m_slotList;
    QLineEdit *m_prefers;
    QPlainTextEdit *m_note;
};

} // namespace shuzai::ui
