#pragma once

#include "domain/campaign.h"
#include "domain/interviewee.h"
#include "util/result.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace shuzai::ui {

class ZonePicker;

// Add or edit one interviewee. The dialog hands the entered data to `submit` (which runs the
// undoable command); a refusal is shown in the dialog, at the field it is about, and the
// dialog stays open with everything the user typed.
class IntervieweeDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<VoidResult(const IntervieweeData &)>;

    IntervieweeDialog(const Campaign &campaign, const IntervieweeData &initial, bool isNew,
                      Submit submit, QWidget *parent = nullptr);

    IntervieweeData data() const;
    // Shows `d` in the form (a newer version someone else saved).
    void setData(const IntervieweeData &d) { load(d); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    void load(const IntervieweeData &d);
    void trySubmit();
    void showError(const Error &error);
    QWidget *fieldWidget(const QString &field) const;
    void suggestReadings();

    // The readings this dialog last suggested: a reading field still showing its suggestion
    // (or empty) follows the name; one the user typed is never replaced.
    QString m_suggestedFamily;
    QString m_suggestedGiven;

    Campaign m_campaign;
    bool m_isNew;
    Submit m_submit;

    QComboBox *m_category = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_familyReading = nullptr;
    QLineEdit *m_givenReading = nullptr;
    QLineEdit *m_organisation = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_jobTitle = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_attribution = nullptr;
    QLineEdit *m_alias = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    ZonePicker *m_timeZone = nullptr;
    QLabel *m_readingNote = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<QPair<QLabel *, const char *>> m_labels;
};

} // namespace shuzai::ui
