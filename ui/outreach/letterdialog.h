#pragma once

#include "domain/campaign.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// The request letter for one interviewee: the template on the left, editable, and the letter it
// gives on the right, updated as the editor types. Template mistakes and parts still to fill in
// are listed with their lines; the letter can be saved as an .eml file once complete.
class LetterDialog : public QDialog {
    Q_OBJECT
public:
    LetterDialog(Workspace &workspace, Id intervieweeId, QWidget *parent = nullptr);

    QString templateText() const;
    void setTemplateText(const QString &text);
    QString preview() const;
    QString problems() const;
    // Renders now instead of after the typing pause.
    void refreshNow();
    // Writes the letter as an e-mail file (atomically) and logs it; false with the reason shown.
    bool exportTo(const QString &path);

private:
    void chooseLanguage();
    void saveAs();

    Workspace &m_workspace;
    Id m_intervieweeId;
    QComboBox *m_language;
    QPlainTextEdit *m_template;
    QPlainTextEdit *m_preview;
    QLabel *m_problems;
    QTimer *m_pause;
};

} // namespace shuzai::ui
