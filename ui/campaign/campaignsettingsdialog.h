#pragma once

#include "domain/campaign.h"
#include "util/result.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shuzai::ui {

class ZonePicker;

// The campaign's own settings: title, publication date, interview window and length, modes,
// time zone, the editor's contacts and how letters look (heading and list marks, whether
// tentatively held times are offered). A refusal is shown in the dialog, which stays open.
class CampaignSettingsDialog : public QDialog {
    Q_OBJECT
public:
    using Submit = std::function<VoidResult(const CampaignSettings &)>;
    CampaignSettingsDialog(const Campaign &campaign, Submit submit, QWidget *parent = nullptr);

    CampaignSettings settings() const;

private:
    void trySubmit();

    Submit m_submit;
    QLineEdit *m_title;
    QLineEdit *m_publication;
    QDateEdit *m_publicationDate;
    QDateEdit *m_windowStart;
    QDateEdit *m_windowEnd;
    QSpinBox *m_buffer = nullptr;
    QSpinBox *m_followUpDays = nullptr;
    QSpinBox *m_reviewMargin = nullptr;
    QSpinBox *m_minutes;
    QCheckBox *m_online;
    QCheckBox *m_inPerson;
    ZonePicker *m_timeZone;
    QLineEdit *m_editorName;
    QLineEdit *m_editorEmail;
    QLineEdit *m_editorPhone;
    QLineEdit *m_website;
    QLineEdit *m_headingMark;
    QLineEdit *m_listMark;
    QComboBox *m_tentativeSlots;
    QLabel *m_error;
};

} // namespace shuzai::ui
