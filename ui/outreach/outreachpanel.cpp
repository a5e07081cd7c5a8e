#include "outreachpanel.h"

#include "common/keptplace.h"
#include "common/messagebox.h"
#include "common/savednotice.h"
#include "common/savepath.h"
#include "outreachhistorymodel.h"
#include "replydialog.h"
#include "services/campaignservice.h"
#include "services/mailboxservice.h"
#include "services/outreachservice.h"
#include "services/schedulingservice.h"
#include "services/workspace.h"
#include "util/datetext.h"
#include "util/files.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace shuzai::ui {

OutreachPanel::OutreachPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("outreachPanel"));
    m_model = new OutreachHistoryModel(workspace, this);
    m_heading = new QLabel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("outreachHistory"));
    m_view->verticalHeader()->hide();
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_reply = new QPushButton(this);
    m_reply->setObjectName(QStringLiteral("recordReply"));
    m_save = new QPushButton(this);
    m_acceptProposal = new QPushButton(this);
    m_acceptProposal->setObjectName(QStringLiteral("acceptProposal"));
    m_dismissProposal = new QPushButton(this);
    m_dismissProposal->setObjectName(QStringLiteral("dismissProposal"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_heading, 1);
    buttons->addWidget(m_acceptProposal);
    buttons->addWidget(m_dismissProposal);
    buttons->addWidget(m_reply);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);

    connect(m_reply, &QPushButton::clicked, this, &OutreachPanel::askForReply);
    connect(m_save, &QPushButton::clicked, this, &OutreachPanel::askWhereToSave);
    connect(m_acceptProposal, &QPushButton::clicked, this, &OutreachPanel::acceptSelectedProposal);
    connect(m_dismissProposal, &QPushButton::clicked, this,
            &OutreachPanel::dismissSelectedProposal);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutreachPanel::updateButtons);
    // A letter or reply recorded anywhere reloads the history where the user was.
    keepPlaceAcrossResets(m_view);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnToContents(OutreachHistoryModel::When);
        m_view->resizeColumnToContents(OutreachHistoryModel::Who);
        m_view->resizeColumnToContents(OutreachHistoryModel::What);
        updateButtons();
    });
    connect(m_model, &OutreachHistoryModel::loadFailed, this, [this](const QString &message) {
        MessageBox::critical(this, tr("Outreach"), message);
    });
    retranslate();
    updateButtons();
}

void OutreachPanel::setInterviewee(Id campaignId, Id intervieweeId, const QString &name)
{
    m_name = name;
    m_campaignId = campaignId;
    m_model->setInterviewee(campaignId, intervieweeId);
    // Another person's history starts at its top, not where the last one's was.
    m_view->setCurrentIndex({});
    m_view->scrollToTop();
}

void OutreachPanel::retranslate()
{
    m_heading->setText(QStringLiteral("<b>%1</b>").arg(tr("Letters and replies").toHtmlEscaped()));
    m_reply->setText(tr("Record &reply…"));
    m_save->setText(tr("Save letter &copy…"));
    m_save->setToolTip(tr("The selected letter exactly as it went out, as an .eml file"));
    //: The button that records the reply Shuzai read from the selected mail (承認).
    m_acceptProposal->setText(tr("Accept proposal"));
    m_acceptProposal->setToolTip(
        tr("Record the reply proposed from the selected mail, with the times it names"));
    m_dismissProposal->setText(tr("Dismiss"));
    m_dismissProposal->setToolTip(
        tr("Set the proposed reply aside; nothing is recorded about the person"));
}

void OutreachPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OutreachPanel::updateButtons()
{
    m_reply->setEnabled(m_model->intervieweeId() != 0);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_save->setEnabled(!rows.isEmpty() &&
                       std::holds_alternative<OutreachRecord>(m_model->entry(rows.first().row())));
    const bool pending = m_model->pendingProposal(selectedRow()).has_value();
    m_acceptProposal->setEnabled(pending);
    m_dismissProposal->setEnabled(pending);
}

int OutreachPanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

namespace {
Error noProposal()
{
    return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "No proposed reply is selected."));
}
} // namespace

VoidResult OutreachPanel::acceptProposal(int row, std::optional<OutreachReply::Kind> kind)
{
    const auto proposal = m_model->pendingProposal(row);
    if (!proposal)
        return noProposal();
    ProposalChoice choice;
    choice.kind = kind;
    if (auto r = m_workspace.mailbox().acceptProposal(proposal->messageId, choice); !r)
        return r.error();
    return {};
}

VoidResult OutreachPanel::dismissProposal(int row)
{
    const auto proposal = m_model->pendingProposal(row);
    if (!proposal)
        return noProposal();
    return m_workspace.mailbox().dismissProposal(proposal->messageId);
}

void OutreachPanel::acceptSelectedProposal()
{
    const int row = selectedRow();
    const auto proposal = m_model->pendingProposal(row);
    if (!proposal)
        return;
    std::optional<OutreachReply::Kind> kind;
    if (!replyKindOf(proposal->proposal.intent)) {
        // Shuzai could not tell: the editor says what the mail answers.
        const auto answer = MessageBox::choose(
            this, tr("Accept proposal"),
            tr("Shuzai could not tell what %1's mail answers (\"%2\"). Record it as:")
                .arg(m_name, proposal->subject),
            {{QMessageBox::Yes, displayName(OutreachReply::Kind::Accepted)},
             {QMessageBox::No, displayName(OutreachReply::Kind::Declined)},
             {QMessageBox::Retry, displayName(OutreachReply::Kind::Question)},
             {QMessageBox::Cancel, tr("Cancel")}},
            QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            kind = OutreachReply::Kind::Accepted;
        else if (answer == QMessageBox::No)
            kind = OutreachReply::Kind::Declined;
        else if (answer == QMessageBox::Retry)
            kind = OutreachReply::Kind::Question;
        else
            return;
    }
    if (auto r = acceptProposal(row, kind); !r)
        MessageBox::critical(this, tr("Accept proposal"), r.error().message());
}

void OutreachPanel::dismissSelectedProposal()
{
    if (auto r = dismissProposal(selectedRow()); !r)
        MessageBox::critical(this, tr("Dismiss"), r.error().message());
}

VoidResult OutreachPanel::recordReply(OutreachReply::Kind kind, const QString &prefers,
                                      const QString &note, const QList<QDateTime> &preferredStarts)
{
    auto recorded = m_workspace.outreach().recordReply(m_model->intervieweeId(), kind, prefers,
                                                       note, preferredStarts);
    if (!recorded)
        return recorded.error();
    return {};
}

VoidResult OutreachPanel::saveLetterCopy(int row, const QString &path)
{
    if (row < 0 || row >= m_model->rowCount())
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "No letter is selected."));
    const auto *letter = std::get_if<OutreachRecord>(&m_model->entry(row));
    if (!letter)
        return Error(ErrorCode::NotFound, QT_TRANSLATE_NOOP("Error", "No letter is selected."));
    return files::writeAtomically(path, letter->message);
}

void OutreachPanel::offerCandidateSlots(ReplyDialog &dialog)
{
    auto campaign = m_workspace.campaigns().load(m_campaignId);
    auto offered = m_workspace.scheduling().slotsOf(m_campaignId);
    if (!campaign || !offered)
        return; // the free-text field still takes their times
    const QDateTime now = m_workspace.clock().now();
    QList<Slot> open;
    for (const Slot &s : *offered) {
        if (s.state != Slot::State::Booked && s.start > now)
            open.append(s);
    }
    dialog.setCandidateSlots(open, datetext::displayZone());
}

void OutreachPanel::askForReply()
{
    if (m_model->intervieweeId() == 0)
        return;
    ReplyDialog dialog(m_name, this);
    offerCandidateSlots(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto r =
            recordReply(dialog.kind(), dialog.prefers(), dialog.note(), dialog.preferredStarts());
        !r)
        MessageBox::critical(this, tr("Record reply"), r.error().message());
}

void OutreachPanel::askWhereToSave()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString path = askSavePath(this, tr("Save the letter as"),
                                     m_name + QStringLiteral(".eml"), tr("E-mail files (*.eml)"));
    if (path.isEmpty())
        return;
    if (auto r = saveLetterCopy(rows.first().row(), path); !r)
        MessageBox::critical(this, tr("Save letter copy"), r.error().message());
    else
        announceSaved(this, path);
}

} // namespace shuzai::ui
