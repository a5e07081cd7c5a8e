#pragma once

#include "review/review.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace shuzai::ui {

// A correction the interviewee asked for: which passage, its corrected wording (starting from
// the text as sent) and a note; the difference shows as it is typed.
class CorrectionDialog : public QDialog {
    Q_OBJECT
public:
    CorrectionDialog(const QList<ReviewItem> &items, QWidget *parent = nullptr);

    int item() const;
    void setItem(int number);
    QString corrected() const;
    void setCorrected(const QString &text);
    QString note() const;
    QString diffPreview() const;

private:
    void itemChanged();
    void updateDiff();

    QList<ReviewItem> m_items;
    QComboBox *m_item;
    QPlainTextEdit *m_text;
    QLabel *m_diff;
    QLineEdit *m_note;
};

} // namespace shuzai::ui
