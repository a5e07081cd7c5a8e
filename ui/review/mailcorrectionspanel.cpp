#include "mailcorrectionspanel.h"

#include "common/messagebox.h"
#include "diffhtml.h"
#include "services/mailboxservice.h"
#include "services/reviewmailservice.h"
#include "services/workspace.h"
#include "util/datetext.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace shuzai::ui {

MailCorrectionsPanel::MailCorrectionsPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_heading(new QLabel(this))
    , m_rows(new QVBoxLayout)
{
    setObjectName(QStringLiteral("mailCorrections"));
    m_heading->setObjectName(QStringLiteral("mailCorrectionsHeading"));
    m_heading->setWordWrap(true);
    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addLayout(m_rows);
    innerLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(scroll, 1);
    // Mail fetched meanwhile (the timer, the CLI) may bring answers.
    connect(&workspace.mailbox(), &MailboxService::mailboxChanged, this,
            &MailCorrectionsPanel::refresh);
    connect(&workspace, &Workspace::actorChanged, this, &MailCorrectionsPanel::refresh);
}

void MailCorrectionsPanel::setInterviewee(Id intervieweeId)
{
    m_interviewee = intervieweeId;
    refresh();
}

void MailCorrectionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void MailCorrectionsPanel::clearRows()
{
    // Later, not now: the button being clicked may be among them.
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
}

void MailCorrectionsPanel::refresh()
{
    clearRows();
    m_pending.clear();
    if (m_interviewee == 0) {
        m_heading->clear();
        return;
    }
    auto found = m_workspace.reviewMail().proposals(m_interviewee);
    if (!found) {
        m_heading->setText(found.error().message());
        return;
    }
    if (found->roundId == 0 || found->messages == 0) {
        m_heading->setText(tr("No answers by mail to the open round."));
        return;
    }
    m_heading->setText(tr("Answers by mail to round %1: %n correction(s) proposed", nullptr,
                          int(found->proposals.size()))
                           .arg(found->roundNumber));
    const Role role = m_workspace.actor().role;
    const bool mayAccept = role == Role::Reviewer || role == Role::Editor;
    for (const MailCorrectionProposal &p : std::as_const(found->proposals)) {
        auto *row = new QFrame;
        row->setObjectName(QStringLiteral("mailProposal"));
        row->setProperty("proposalId", p.id);
        row->setFrameShape(QFrame::StyledPanel);
        auto *label = new QLabel(row);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        const QString where = p.source.isEmpty() ? tr("the mail's text") : p.source;
        label->setText(
            QStringLiteral("<b>%1</b> <span style=\"color:#555\">%2</span><br/>%3<br/>%4")
                .arg(tr("Item %1").arg(p.item).toHtmlEscaped(),
                     tr("from %1, %2 (%3)")
                         .arg(p.fromAddress, datetext::shortDateTime(p.receivedAt), where)
                         .toHtmlEscaped(),
                     tr("Sent: %1 → returned: %2").arg(p.sent, p.returned).toHtmlEscaped(),
                     diffHtml(diffText(p.sent, p.returned))));
        auto *button = new QPushButton(row);
        button->setObjectName(QStringLiteral("acceptMailCorrection"));
        button->setProperty("proposalId", p.id);
        button->setText(p.accepted ? tr("Accepted") : tr("Accept correction"));
        button->setEnabled(!p.accepted && mayAccept);
        if (!p.accepted)
            m_pending.append(p.id);
        const QString id = p.id;
        connect(button, &QPushButton::clicked, this, [this, id] {
            if (auto r = accept(id); !r)
                MessageBox::critical(this, tr("Accept correction"), r.error().message());
        });
        auto *h = new QHBoxLayout(row);
        h->addWidget(label, 1);
        h->addWidget(button, 0, Qt::AlignTop);
        m_rows->addWidget(row);
    }
    for (const MailUnmatchedText &u : std::as_const(found->unmatched)) {
        auto *label = new QLabel(tr("Not matched to an item: %1").arg(u.text));
        label->setObjectName(QStringLiteral("mailUnmatched"));
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color:#555"));
        m_rows->addWidget(label);
    }
    for (const QString &name : std::as_const(found->unreadable)) {
        auto *label = new QLabel(tr("Could not be read: %1").arg(name));
        label->setWordWrap(true);
        m_rows->addWidget(label);
    }
}

VoidResult MailCorrectionsPanel::accept(const QString &id)
{
    auto r = m_workspace.reviewMail().accept(id);
    // The review screen reloads on the review change; this panel shows the proposal accepted.
    refresh();
    return r ? VoidResult() : VoidResult(r.error());
}

QString MailCorrectionsPanel::text() const
{
    QStringList out{m_heading->text()};
    for (int i = 0; i < m_rows->count(); ++i) {
        QWidget *w = m_rows->itemAt(i)->widget();
        if (!w)
            continue;
        const auto labels = w->findChildren<QLabel *>();
        if (auto *l = qobject_cast<QLabel *>(w))
            out.append(l->text());
        for (QLabel *l : labels)
            out.append(l->text());
        for (QPushButton *b : w->findChildren<QPushButton *>())
            out.append(b->text());
    }
    return out.join(u'\n');
}

} // namespace shuzai::ui
