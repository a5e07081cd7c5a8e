#pragma once

#include "domain/campaign.h"
#include "domain/interviewee.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace shuzai::ui {

class QuestionListModel;

// The right-hand panel of the roster: who the selected person is and their question list,
// with buttons to customise the list.
class IntervieweeDetails : public QWidget {
    Q_OBJECT
public:
    IntervieweeDetails(QuestionListModel *questions, QWidget *parent = nullptr);

    void show(const Campaign &campaign, const Interviewee *interviewee);
    // The selected question's row, or -1.
    int currentQuestionRow() const;

signals:
    void addQuestionRequested();
    void rewordQuestionRequested(int row);
    void dropQuestionRequested(int row);
    void resetQuestionsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QuestionListModel *m_questions;
    Campaign m_campaign;
    std::optional<Interviewee> m_interviewee;
    QLabel *m_heading = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_questionsHeading = nullptr;
    QListView *m_questionView = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_reword = nullptr;
    QPushButton *m_drop = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace shuzai::ui
