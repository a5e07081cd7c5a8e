#include "replydialog.h"

#include "common/dialogsize.h"
#include "common/discardguard.h"
#include "util/datetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace shuzai::ui {

ReplyDialog::ReplyDialog(const QString &personName, QWidget *parent)
    : QDialog(parent)
{
    DiscardGuard::install(this); // Esc or Cancel on a changed form asks first
    setWindowTitle(tr("Reply from %1").arg(personName));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("replyKind"));
    m_kind->addItem(tr("Accepted"), int(OutreachReply::Kind::Accepted));
    m_kind->addItem(tr("Declined"), int(OutreachReply::Kind::Declined));
    m_kind->addItem(tr("Asked a question"), int(OutreachReply::Kind::Question));
    m_kind->addItem(tr("No reply yet (a note; the follow-up stays due)"),
                    int(OutreachReply::Kind::NoReply));
    m_slots = new QStandardItemModel(this);
    m_slotList = new QListView(this);
    m_slotList->setObjectName(QStringLiteral("replySlots"));
    m_slotList->setModel(m_slots);
    m_slotList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_prefers = new QLineEdit(this);
    m_prefers->setObjectName(QStringLiteral("replyPrefers"));
    m_prefers->setPlaceholderText(tr("In their words, if none of the times above fits"));
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reply:"), m_kind);
    form->addRow(tr("&Candidate times chosen:"), m_slotList);
    form->addRow(tr("&Preferred times:"), m_prefers);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {560, 460});

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReplyDialog::kindChanged);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    kindChanged();
}

OutreachReply::Kind ReplyDialog::kind() const
{
    return OutreachReply::Kind(m_kind->currentData().toInt());
}

void ReplyDialog::setKind(OutreachReply::Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QString ReplyDialog::prefers() const
{
    // Preferred times belong to an acceptance only.
    return kind() == OutreachReply::Kind::Accepted ? m_prefers->text().trimmed() : QString();
}

void ReplyDialog::setPrefers(const QString &prefers)
{
    m_prefers->setText(prefers);
}

QString ReplyDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void ReplyDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

void ReplyDialog::setCandidateSlots(const QList<Slot> &candidates, const QTimeZone &zone)
{
    m_slots->clear();
    for (const Slot &s : candidates) {
        QString label = datetext::shortRange(s.start, s.end, zone);
        if (s.state == Slot::State::Tentative)
            label += u' ' + tr("(held for someone)");
        auto *item = new QStandardItem(label);
        item->setCheckable(true);
        item->setData(s.start, Qt::UserRole);
        m_slots->appendRow(item);
    }
}

QList<QDateTime> ReplyDialog::preferredStarts() const
{
    QList<QDateTime> out;
    if (kind() != OutreachReply::Kind::Accepted)
        return out;
    for (int row = 0; row < m_slots->rowCount(); ++row) {
        const QStandardItem *item = m_slots->item(row);
        if (item->checkState() == Qt::Checked)
            out.append(item->data(Qt::UserRole).toDateTime());
    }
    return out;
}

void ReplyDialog::setPreferredStarts(const QList<QDateTime> &starts)
{
    for (int row = 0; row < m_slots->rowCount(); ++row) {
        QStandardItem *item = m_slots->item(row);
        item->setCheckState(starts.contains(item->data(Qt::UserRole).toDateTime()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
}

void ReplyDialog::kindChanged()
{
    const bool accepted = kind() == OutreachReply::Kind::Accepted;
    m_prefers->setEnabled(accepted);
    m_slotList->setEnabled(accepted);
}

} // namespace shuzai::ui
