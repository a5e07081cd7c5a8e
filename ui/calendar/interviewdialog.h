#pragma once

#include "domain/campaign.h"
#include "domain/interview.h"
#include "domain/interviewee.h"
#include "domain/user.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace shuzai::ui {

// Book a new interview or change one: who, when (in the campaign's zone, with the interviewee's
// own time alongside when they live elsewhere), how long, online or in person, which writer.
class InterviewDialog : public QDialog {
    Q_OBJECT
public:
    // exec() results of the extra buttons.
    static constexpr int CancelInterview = 3;
    static constexpr int ConfirmInterview = 4;
    static constexpr int SaveInvitation = 5;

    InterviewDialog(const Campaign &campaign, const QList<Interviewee> &people,
                    const QList<User> &writers, const Interview &interview, bool isNew,
                    QWidget *parent = nullptr);

    Interview interview() const;
    bool tentative() const;

private:
    void updateTheirTime();

    Campaign m_campaign;
    QList<Interviewee> m_people;
    Interview m_original;
    QComboBox *m_person;
    QDateEdit *m_date;
    QTimeEdit *m_time;
    QLabel *m_theirTime;
    QSpinBox *m_minutes;
    QComboBox *m_mode;
    QLineEdit *m_place;
    QLineEdit *m_url;
    QComboBox *m_writer;
    QCheckBox *m_tentative;
};

} // namespace shuzai::ui
