#pragma once

#include "domain/campaign.h"
#include "util/result.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// The selected person's answers by mail to their open review round, with the corrections they
// propose: the item, the text as sent against the text returned (a diff), and an "Accept
// correction" button for each. Nothing is recorded until the button is pressed.
class MailCorrectionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit MailCorrectionsPanel(Workspace &workspace, QWidget *parent = nullptr);

    void setInterviewee(Id intervieweeId);
    void refresh();
    // Records proposal `id` ("MAIL:ITEM") as a correction; what the button does.
    VoidResult accept(const QString &id);
    // The proposals shown and not yet accepted, by id (for tests and the heading).
    QStringList pendingIds() const { return m_pending; }
    QString text() const; // everything shown, as plain text

protected:
    void changeEvent(QEvent *event) override;

private:
    void clearRows();

    Workspace &m_workspace;
    Id m_interviewee = 0;
    QLabel *m_heading;
    QVBoxLayout *m_rows;
    QStringList m_pending;
};

} // namespace shuzai::ui
