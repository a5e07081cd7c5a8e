#include "replydialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace shuzai::ui {

ReplyDialog::ReplyDialog(const QString &personName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Reply from %1").arg(personName));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("replyKind"));
    m_kind->addItem(tr("Accepted"), int(OutreachReply::Kind::Accepted));
    m_kind->addItem(tr("Declined"), int(OutreachReply::Kind::Declined));
    m_kind->addItem(tr("Asked a question"), int(OutreachReply::Kind::Question));
    m_kind->addItem(tr("No reply yet (a note; the follow-up stays due)"),
                    int(OutreachReply::Kind::NoReply));
    m_prefers = new QLineEdit(this);
    m_prefers->setObjectName(QStringLiteral("replyPrefers"));
    m_prefers->setPlaceholderText(tr("e.g. 5月28日（水）15:00-16:00"));
    m_note = new QPlainTextEdit(this);
    m_note->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reply:"), m_kind);
    form->addRow(tr("&Preferred times:"), m_prefers);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 300);

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

void ReplyDialog::kindChanged()
{
    m_prefers->setEnabled(kind() == OutreachReply::Kind::Accepted);
}

} // namespace shuzai::ui
