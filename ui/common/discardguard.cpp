#include "discardguard.h"

#include "messagebox.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextEdit>

namespace shuzai::ui {

DiscardGuard *DiscardGuard::install(QDialog *dialog)
{
    return new DiscardGuard(dialog);
}

DiscardGuard::DiscardGuard(QDialog *dialog)
    : QObject(dialog)
    , m_dialog(dialog)
{
    setObjectName(QStringLiteral("discardGuard"));
    dialog->installEventFilter(this);
}

QVariantList DiscardGuard::snapshot() const
{
    // Every editor's value in a fixed order (children are found in creation order).
    QVariantList values;
    for (QWidget *w : m_dialog->findChildren<QWidget *>()) {
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            // A spin box's or combo box's own line edit is counted with its owner.
            if (!qobject_cast<QAbstractSpinBox *>(w->parentWidget()) &&
                !qobject_cast<QComboBox *>(w->parentWidget()))
                values << line->text();
        } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
            if (!plain->isReadOnly())
                values << plain->toPlainText();
        } else if (auto *rich = qobject_cast<QTextEdit *>(w)) {
            if (!rich->isReadOnly())
                values << rich->toPlainText();
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            values << combo->currentIndex() << combo->currentText();
        } else if (auto *dateTime = qobject_cast<QDateTimeEdit *>(w)) {
            values << dateTime->dateTime();
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            values << spin->value();
        } else if (auto *doubleSpin = qobject_cast<QDoubleSpinBox *>(w)) {
            values << doubleSpin->value();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->isCheckable())
                values << button->isChecked();
        }
    }
    return values;
}

bool DiscardGuard::isChanged() const
{
    return m_snapshotTaken && snapshot() != m_shown;
}

void DiscardGuard::markClean()
{
    m_shown = snapshot();
    m_snapshotTaken = true;
}

bool DiscardGuard::mayDiscard()
{
    if (!isChanged())
        return true;
    const auto answer = MessageBox::choose(
        m_dialog, m_dialog->windowTitle(), tr("Discard the changes you made in this form?"),
        {{QMessageBox::Discard, tr("Discard changes")}, {QMessageBox::Cancel, tr("Keep editing")}},
        QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void DiscardGuard::takeOverButtonBoxes()
{
    // Cancel goes through the guard instead of straight to reject().
    for (QDialogButtonBox *box : m_dialog->findChildren<QDialogButtonBox *>()) {
        if (disconnect(box, &QDialogButtonBox::rejected, m_dialog, &QDialog::reject))
            connect(box, &QDialogButtonBox::rejected, this, &DiscardGuard::rejectIfAllowed);
    }
}

void DiscardGuard::rejectIfAllowed()
{
    if (mayDiscard())
        m_dialog->reject();
}

bool DiscardGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_dialog)
        return false;
    switch (event->type()) {
    case QEvent::Show:
        if (!m_snapshotTaken) {
            markClean();
            takeOverButtonBoxes();
        }
        break;
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            rejectIfAllowed();
            return true;
        }
        break;
    }
    case QEvent::Close:
        if (m_dialog->isVisible() && m_dialog->result() != QDialog::Accepted && !mayDiscard()) {
            event->ignore();
            return true;
        }
        break;
    default:
        break;
    }
    return false;
}

} // namespace shuzai::ui
