#pragma once

#include "domain/campaign.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QUndoStack;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// The request letter for one interviewee: the template (Markdown) on the left, editable, and the
// letter it gives on the right, as it is sent: the text part and the HTML part on two tabs,
// updated as the editor types. Template mistakes and parts still to fill in
// are listed with their lines; the letter can be saved as an .eml file once complete. The edited
// template can be kept as the campaign's own (undoable through `undoStack`), which every later
// letter in that language then uses.
class LetterDialog : public QDialog {
    Q_OBJECT
public:
    LetterDialog(Workspace &workspace, Id intervieweeId, QUndoStack *undoStack = nullptr,
                 QWidget *parent = nullptr);

    QString templateText() const;
    void setTemplateText(const QString &text);
    QString preview() const;     // the text/plain part, with its subject
    QString htmlPreview() const; // the text/html part as the HTML tab shows it (its text)
    QString htmlSource() const;  // the text/html part as sent
    QString problems() const;
    void showHtmlTab(bool html);
    // Renders now instead of after the typing pause.
    void refreshNow();
    // Writes the letter as an e-mail file (atomically) and logs it; false with the reason shown.
    bool exportTo(const QString &path);
    // Keeps the template as the campaign's own for this language; false with the reason shown.
    bool saveTemplate();
    // Puts the built-in template in the editor (saved only by saveTemplate()).
    void useBuiltInTemplate();
    bool isTemplateSaved() const;

private:
    void chooseLanguage();
    void saveAs();
    void updateTemplateState();
    QString language() const;

    Workspace &m_workspace;
    Id m_intervieweeId;
    Id m_campaignId = 0;
    QUndoStack *m_undoStack;
    QString m_savedTemplate;
    QLabel *m_templateState;
    QPushButton *m_saveTemplate;
    QPushButton *m_builtIn;
    QComboBox *m_language;
    QPlainTextEdit *m_template;
    QTabWidget *m_previewTabs;
    QPlainTextEdit *m_preview;
    QTextBrowser *m_htmlPreview;
    QString m_htmlSource;
    QLabel *m_problems;
    QTimer *m_pause;
};

} // namespace shuzai::ui
