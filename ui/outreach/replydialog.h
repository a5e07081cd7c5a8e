#pragma once

#include "outreach/outreachrecord.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

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

private:
    void kindChanged();

    QComboBox *m_kind;
    QLineEdit *m_prefers;
    QPlainTextEdit *m_note;
};

} // namespace shuzai::ui
