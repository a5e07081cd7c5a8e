#include "reviewscreen.h"

#include "common/emptystate.h"
#include "common/keptplace.h"
#include "common/liverefresh.h"
#include "common/messagebox.h"
#include "common/savednotice.h"
#include "common/savepath.h"
#include "common/usernames.h"
#include "correctiondialog.h"
#include "diffhtml.h"
#include "mailcorrectionspanel.h"
#include "print/pdfrender.h"
#include "reviewoverviewmodel.h"
#include "services/reviewservice.h"
#include "services/workspace.h"
#include "util/datetext.h"
#include "util/files.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

namespace shuzai::ui {

ReviewScreen::ReviewScreen(ScreenContext context, QWidget *parent)
    : Screen(parent)
    , m_context(context)
    , m_model(new ReviewOverviewModel(context.workspace, this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
    , m_rounds(new QTextBrowser(this))
    , m_mailCorrections(new MailCorrectionsPanel(context.workspace, this))
    , m_send(new QPushButton(this))
    , m_correction(new QPushButton(this))
    , m_approve(new QPushButton(this))
    , m_withdraw(new QPushButton(this))
    , m_packet(new QPushButton(this))
{
    setObjectName(QStringLiteral("reviewScreen"));
    m_view->setObjectName(QStringLiteral("reviewTable"));
    m_rounds->setObjectName(QStringLiteral("reviewRounds"));
    m_send->setObjectName(QStringLiteral("sendForReview"));
    m_correction->setObjectName(QStringLiteral("recordCorrection"));
    m_approve->setObjectName(QStringLiteral("approveReview"));
    m_withdraw->setObjectName(QStringLiteral("withdrawReview"));
    m_packet->setObjectName(QStringLiteral("savePacket"));
    m_view->verticalHeader()->hide();
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_rounds->setOpenLinks(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    for (QPushButton *b : {m_send, m_correction, m_approve, m_withdraw, m_packet})
        buttons->addWidget(b);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    // What was sent above, what came back by mail below.
    auto *right = new QSplitter(Qt::Vertical, splitter);
    right->addWidget(m_rounds);
    right->addWidget(m_mailCorrections);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 1);
    right->setChildrenCollapsible(false);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 540});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewScreen::showSelected);
    // A reload (after any review step) keeps the person selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelected = selectedInterviewee(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keepSelected != 0)
            selectInterviewee(m_keepSelected);
        m_view->resizeColumnsToContents();
        int approved = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            approved += isPublishable(m_model->state(row).status);
        auto due = m_context.workspace.review().dueDate(m_campaignId);
        m_summary->setText(tr("%1 of %n approved; answers due %2", nullptr, m_model->rowCount())
                               .arg(approved)
                               .arg(due ? datetext::shortDate(*due) : QString()));
        showSelected();
    });
    connect(m_model, &ReviewOverviewModel::loadFailed, this,
            [this](const QString &message) { MessageBox::critical(this, title(), message); });
    connect(&context.workspace, &Workspace::actorChanged, this, &ReviewScreen::updateButtons);
    // Review steps and people reload the model at once (ReviewOverviewModel); what would be
    // sent follows the quotes, answers and transcripts too, where the user was.
    new LiveRefresh(context.workspace, Topic::Answers | Topic::Transcripts | Topic::Campaigns, this,
                    [this] {
                        const KeptPlace place(m_view, ReviewOverviewModel::IntervieweeIdRole);
                        m_model->reload();
                        place.restore();
                    });
    connect(m_send, &QPushButton::clicked, this, &ReviewScreen::askToSend);
    connect(m_correction, &QPushButton::clicked, this, &ReviewScreen::askForCorrection);
    connect(m_approve, &QPushButton::clicked, this, &ReviewScreen::askToApprove);
    connect(m_withdraw, &QPushButton::clicked, this, &ReviewScreen::askToWithdraw);
    connect(m_packet, &QPushButton::clicked, this, &ReviewScreen::askWhereToSavePacket);
    retranslate();
    EmptyState::attach(
        m_view,
        {[] {
             return tr("No interviewees yet. Each person of the campaign appears here with "
                       "where their pre-publication check stands.");
         },
         [] {
             return tr("Open the roster");
         }},
        [this] { emit screenRequested(QStringLiteral("roster")); });
}

QString ReviewScreen::screenTitle()
{
    return tr("Review");
}

void ReviewScreen::setCampaign(Id campaignId)
{
    m_campaignId = campaignId;
    m_model->setCampaign(campaignId);
    markLoaded();
    // Open at the first person whose check is under way: that is where the work is.
    int first = m_model->rowCount() > 0 ? 0 : -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->state(row).status != ReviewStatus::NotSent) {
            first = row;
            break;
        }
    }
    if (first >= 0)
        m_view->selectRow(first);
}

void ReviewScreen::retranslate()
{
    m_send->setText(tr("&Send for review…"));
    m_correction->setText(tr("Record &correction…"));
    m_approve->setText(tr("&Approve"));
    m_withdraw->setText(tr("&Withdrawn…"));
    m_packet->setText(tr("Save &packet…"));
    m_approve->setToolTip(tr("Reviewers only: the interviewee approved what was sent"));
    m_model->reload();
    emit titleChanged();
}

void ReviewScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    Screen::changeEvent(event);
}

void ReviewScreen::showEvent(QShowEvent *event)
{
    if (needsReloadOnShow()) {
        const Id selected = selectedInterviewee();
        m_model->reload(); // quotes may have been picked, or the CLI used, meanwhile
        markLoaded();
        selectInterviewee(selected);
    }
    Screen::showEvent(event);
}

void ReviewScreen::selectInterviewee(Id intervieweeId)
{
    const int row = m_model->rowOf(intervieweeId);
    if (row >= 0)
        m_view->selectRow(row);
}

Id ReviewScreen::selectedInterviewee() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->state(rows.first().row()).intervieweeId;
}

QString ReviewScreen::roundsText() const
{
    return m_rounds->toPlainText();
}

void ReviewScreen::updateButtons()
{
    // Mirrors what core allows; core refuses anything else regardless.
    const Role role = m_context.workspace.actor().role;
    const bool runsReviews = role == Role::Reviewer || role == Role::Editor;
    const Id selected = selectedInterviewee();
    const int row = m_model->rowOf(selected);
    const ReviewStatus status = row >= 0 ? m_model->state(row).status : ReviewStatus::NotSent;
    const bool open =
        status == ReviewStatus::AwaitingResponse || status == ReviewStatus::CorrectionsRequested;
    m_send->setEnabled(
        selected != 0 && runsReviews &&
        (status == ReviewStatus::NotSent || status == ReviewStatus::CorrectionsRequested));
    m_correction->setEnabled(selected != 0 && runsReviews && open);
    m_approve->setEnabled(selected != 0 && role == Role::Reviewer && open);
    m_withdraw->setEnabled(selected != 0 && runsReviews && status != ReviewStatus::Withdrawn);
    m_packet->setEnabled(selected != 0);
}

void ReviewScreen::showSelected()
{
    updateButtons();
    const Id selected = selectedInterviewee();
    m_mailCorrections->setInterviewee(selected);
    if (selected == 0) {
        m_rounds->clear();
        return;
    }
    ReviewService &review = m_context.workspace.review();
    auto rounds = review.rounds(selected);
    if (!rounds) {
        m_rounds->setPlainText(rounds.error().message());
        return;
    }
    QString html;
    if (rounds->isEmpty()) {
        auto items = review.currentItems(selected);
        const bool nothing = items && items->isEmpty();
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg((nothing ? tr("Not sent yet, and no passages are picked: choose quotes "
                                       "in the transcript or link answers first.")
                                  : tr("Not sent yet. These passages would be sent:"))
                             .toHtmlEscaped());
        for (const ReviewItem &i : items ? *items : QList<ReviewItem>{})
            html += QStringLiteral("<p>%1. %2</p>").arg(i.number).arg(i.text.toHtmlEscaped());
    }
    const UserNames people(m_context.workspace);
    for (auto it = rounds->crbegin(); it != rounds->crend(); ++it) {
        const ReviewRound &r = *it;
        html +=
            QStringLiteral("<h3>%1</h3>")
                .arg(tr("Round %1: %2").arg(r.number).arg(displayName(r.status)).toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Sent %1 by %2 (%3); answer due %4")
                             .arg(datetext::shortDateTime(r.sentAt), people.of(r.sentBy),
                                  displayName(r.channel), datetext::shortDate(r.dueDate))
                             .toHtmlEscaped());
        const bool decided = isPublishable(r.status) || r.status == ReviewStatus::Withdrawn;
        if (decided && r.decidedAt.isValid() && !r.decidedBy.isEmpty()) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Decided %1 by %2")
                                 .arg(datetext::shortDateTime(r.decidedAt), people.of(r.decidedBy))
                                 .toHtmlEscaped());
        }
        auto corrections = review.corrections(r.id);
        for (const ReviewItem &i : itemsFromSnapshot(r.snapshot)) {
            html +=
                QStringLiteral("<p><b>%1.</b> %2</p>").arg(i.number).arg(i.text.toHtmlEscaped());
            for (const ReviewCorrection &c :
                 corrections ? *corrections : QList<ReviewCorrection>{}) {
                if (c.item != i.number)
                    continue;
                html += QStringLiteral("<p style=\"margin-left:16px\">%1 %2</p>")
                            .arg(tr("Correction:").toHtmlEscaped(),
                                 diffHtml(diffText(c.original, c.corrected)));
                if (!c.note.isEmpty())
                    html += QStringLiteral("<p style=\"margin-left:16px; color:#555\">%1</p>")
                                .arg(c.note.toHtmlEscaped());
            }
        }
        if (!r.note.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(r.note.toHtmlEscaped());
    }
    m_rounds->setHtml(html);
}

void ReviewScreen::report(const QString &title, const VoidResult &result)
{
    if (!result)
        MessageBox::critical(this, title, result.error().message());
}

VoidResult ReviewScreen::send(ReviewChannel channel, const QString &note)
{
    auto r = m_context.workspace.review().send(selectedInterviewee(), channel, note);
    return r ? VoidResult() : VoidResult(r.error());
}

VoidResult ReviewScreen::recordCorrection(int item, const QString &corrected, const QString &note)
{
    auto r =
        m_context.workspace.review().recordCorrection(selectedInterviewee(), item, corrected, note);
    return r ? VoidResult() : VoidResult(r.error());
}

VoidResult ReviewScreen::approve(const QString &note)
{
    auto r = m_context.workspace.review().approve(selectedInterviewee(), note);
    return r ? VoidResult() : VoidResult(r.error());
}

VoidResult ReviewScreen::withdraw(const QString &note)
{
    auto r = m_context.workspace.review().withdraw(selectedInterviewee(), note);
    return r ? VoidResult() : VoidResult(r.error());
}

VoidResult ReviewScreen::savePacket(const QString &path)
{
    ReviewService &review = m_context.workspace.review();
    const Id selected = selectedInterviewee();
    auto packet = review.packet(selected);
    if (!packet)
        return packet.error();
    auto pdf = renderPdf(packet->html, packet->title);
    if (!pdf)
        return pdf.error();
    if (path.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive)) {
        auto message = review.packetMessage(selected, *packet, *pdf);
        if (!message)
            return message.error();
        return files::writeAtomically(path, *message);
    }
    return files::writeAtomically(path, *pdf);
}

void ReviewScreen::askToSend()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Send for review"));
    auto *channel = new QComboBox(&dialog);
    for (ReviewChannel c : {ReviewChannel::Email, ReviewChannel::Pdf, ReviewChannel::Other})
        channel->addItem(displayName(c), int(c));
    auto *note = new QLineEdit(&dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("Sent &by:"), channel);
    form->addRow(tr("&Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The passages as they read now are kept exactly as sent; "
                                    "later edits to the transcript do not change them."),
                                 &dialog));
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("Send for review"),
               send(ReviewChannel(channel->currentData().toInt()), note->text().trimmed()));
}

void ReviewScreen::askForCorrection()
{
    auto rounds = m_context.workspace.review().rounds(selectedInterviewee());
    if (!rounds || rounds->isEmpty())
        return;
    CorrectionDialog dialog(itemsFromSnapshot(rounds->constLast().snapshot), this);
    if (dialog.exec() == QDialog::Accepted)
        report(tr("Record correction"),
               recordCorrection(dialog.item(), dialog.corrected(), dialog.note()));
}

void ReviewScreen::askToApprove()
{
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Approve"), tr("How did the interviewee approve (e-mail, phone, …)?"),
        QLineEdit::Normal, {}, &ok);
    if (ok)
        report(tr("Approve"), approve(note.trimmed()));
}

void ReviewScreen::askToWithdraw()
{
    const auto answer = MessageBox::question(
        this, tr("Withdrawn"),
        tr("Record that the interviewee withdrew? They will appear nowhere in the article."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        report(tr("Withdrawn"), withdraw());
}

void ReviewScreen::askWhereToSavePacket()
{
    auto packet = m_context.workspace.review().packet(selectedInterviewee());
    if (!packet) {
        MessageBox::critical(this, tr("Save packet"), packet.error().message());
        return;
    }
    const QString path = askSavePath(this, tr("Save the review packet"), packet->fileName,
                                     tr("PDF (*.pdf);;E-mail with the PDF attached (*.eml)"));
    if (path.isEmpty())
        return;
    const VoidResult saved = savePacket(path);
    if (saved)
        announceSaved(this, path);
    report(tr("Save packet"), saved);
}

} // namespace shuzai::ui
