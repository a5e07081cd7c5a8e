#pragma once

#include "domain/interviewee.h"
#include "shell/screen.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace shuzai::ui {

class IntervieweeDetails;
class OutreachPanel;
class QuestionListModel;
class RosterFilterProxy;
class RosterModel;

// The campaign's people: a filterable table, the selected person's details and questions,
// and the actions to add, edit and remove (all undoable).
class RosterScreen : public Screen {
    Q_OBJECT
public:
    explicit RosterScreen(ScreenContext context, QWidget *parent = nullptr);

    // The navigation's name for it, known before the screen is made.
    static QString screenTitle();
    QString title() const override { return screenTitle(); }
    void setCampaign(Id campaignId) override;
    // New adds a person, Delete removes the selected one, Find goes to the filter
    // (rosterscreenactions.cpp).
    bool supports(ScreenAction action) const override;
    void trigger(ScreenAction action) override;
    QString actionText(ScreenAction action) const override;
    Id currentInterviewee() const override;
    void setCurrentInterviewee(Id intervieweeId) override;

    RosterModel *model() const { return m_model; }
    RosterFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

public slots:
    void addInterviewee();
    void editInterviewee();
    void removeInterviewee();
    void openLetter();
    void sendLetters();
    void selectInterviewee(shuzai::Id intervieweeId) { selectId(intervieweeId); }
    // The selected person's interview, in the calendar.
    void bookInterview();

signals:
    void bookRequested(shuzai::Id intervieweeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    // Fits the columns and selects a row once the campaign's rows are in.
    void rosterLoaded();
    // What the table says when no row shows (rosterscreenactions.cpp).
    void buildEmptyState();
    void retranslate();
    void updateCount();
    void applyFilter();
    void selectionChanged();
    // The one selected person; none while several (or no one) are selected.
    const Interviewee *selectedInterviewee() const;
    QList<Id> selectedIds() const;
    void selectId(Id id);
    void addQuestion();
    void rewordQuestion(int row);
    void dropQuestion(int row);
    void resetQuestions();

    ScreenContext m_context;
    RosterModel *m_model = nullptr;
    RosterFilterProxy *m_proxy = nullptr;
    QuestionListModel *m_questions = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    Id m_pendingSelection = 0; // asked for while the rows were still loading
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_letter = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_book = nullptr;
    QTableView *m_view = nullptr;
    IntervieweeDetails *m_details = nullptr;
    OutreachPanel *m_outreach = nullptr;
};

} // namespace shuzai::ui
