#pragma once

#include "campaignletter/letterimport.h"

#include <QDialog>
#include <functional>
#include <optional>

class QAction;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// "New campaign from letter…": the editor chooses or drops the request letter they wrote, sees
// what Shuzai read from it in an editable form with what the letter left out highlighted and
// listed, and saves: the campaign and its letter template are created at once.
class LetterImportDialog : public QDialog {
    Q_OBJECT
public:
    // With `undoStack`, the campaign saved is one undoable change there (undo removes it while
    // nobody is on it yet).
    explicit LetterImportDialog(Workspace &workspace, QWidget *parent = nullptr,
                                QUndoStack *undoStack = nullptr);

    // Reads a letter file into the form; false (with the reason shown) when it is not one.
    bool loadFile(const QString &path);
    // The campaign saved by the dialog; 0 until then.
    Id createdCampaign() const { return m_created; }
    // The proposal as edited so far (the form's fields applied).
    LetterImport proposal() const;
    QStringList gapMessages() const;
    bool canSave() const;
    // Saves as the Save button does; false (the reason shown) when refused.
    bool save();

    // The menu action (its text follows the language); `triggered` opens the dialog.
    static QAction *createAction(QObject *parent, std::function<void()> triggered);
    // Opens the dialog; the id of the campaign it created, else 0.
    static Id ask(Workspace &workspace, QWidget *parent, QUndoStack *undoStack = nullptr);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void fill();
    void refresh();
    void retranslate();
    LetterEdits edits() const;

    Workspace &m_workspace;
    QUndoStack *m_undoStack = nullptr;
    std::optional<LetterImport> m_proposal;
    Id m_created = 0;
    bool m_filling = false; // the form is being filled from the proposal
    QLabel *m_intro;
    QLineEdit *m_file;
    QPushButton *m_choose;
    QLineEdit *m_title;
    QLineEdit *m_publication;
    QDateEdit *m_publicationDate;
    QDateEdit *m_windowStart;
    QDateEdit *m_windowEnd;
    QSpinBox *m_minutes;
    QLineEdit *m_editorName;
    QLineEdit *m_editorEmail;
    QLineEdit *m_editorPhone;
    QLineEdit *m_website;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_template;
    QListWidget *m_gaps;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
};

} // namespace shuzai::ui
