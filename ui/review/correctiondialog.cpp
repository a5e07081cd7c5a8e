#include "correctiondialog.h"

#include "common/dialogsize.h"
#include "common/discardguard.h"
#include "diffhtml.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace shuzai::ui {

CorrectionDialog::CorrectionDialog(const QList<ReviewItem> &items, QWidget *parent)
    : QDialog(parent)
    , m_items(items)
{
    DiscardGuard::install(this); // Esc or Cancel on a changed form asks first
    setWindowTitle(tr("Record a correction"));
    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("correctionItem"));
    for (const ReviewItem &i : items) {
        QString label = QStringLiteral("%1. %2").arg(i.number).arg(i.text);
        if (label.size() > 60)
            label = label.left(59) + QChar(0x2026);
        m_item->addItem(label, i.number);
    }
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("correctedText"));
    m_text->setTabChangesFocus(true);
    m_diff = new QLabel(this);
    m_diff->setObjectName(QStringLiteral("correctionDiff"));
    m_diff->setWordWrap(true);
    m_diff->setTextFormat(Qt::RichText);
    m_note = new QLineEdit(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Passage:"), m_item);
    form->addRow(tr("&Corrected text:"), m_text);
    form->addRow(tr("Change:"), m_diff);
    form->addRow(tr("&Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {640, 420});

    connect(m_item, &QComboBox::currentIndexChanged, this, &CorrectionDialog::itemChanged);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CorrectionDialog::updateDiff);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    itemChanged();
}

int CorrectionDialog::item() const
{
    return m_item->currentData().toInt();
}

void CorrectionDialog::setItem(int number)
{
    m_item->setCurrentIndex(m_item->findData(number));
}

QString CorrectionDialog::corrected() const
{
    return m_text->toPlainText();
}

void CorrectionDialog::setCorrected(const QString &text)
{
    m_text->setPlainText(text);
}

QString CorrectionDialog::note() const
{
    return m_note->text().trimmed();
}

QString CorrectionDialog::diffPreview() const
{
    return m_diff->text();
}

void CorrectionDialog::itemChanged()
{
    const int index = m_item->currentIndex();
    m_text->setPlainText(index >= 0 ? m_items.at(index).text : QString());
}

void CorrectionDialog::updateDiff()
{
    const int index = m_item->currentIndex();
    if (index < 0)
        return;
    m_diff->setText(diffHtml(diffText(m_items.at(index).text, corrected())));
}

} // namespace shuzai::ui
