#pragma once

#include <QObject>
#include <QVariantList>

class QDialog;

namespace shuzai::ui {

// Asks before a form the user changed is thrown away: Esc, the Cancel button and the window's
// close button go through "Discard your changes?" (MessageBox seam) once anything differs from
// how the dialog looked when it was shown. One line in a dialog's constructor:
//     DiscardGuard::install(this);
class DiscardGuard : public QObject {
    Q_OBJECT
public:
    static DiscardGuard *install(QDialog *dialog);

    // True when something differs from the form as shown (or as last marked clean).
    bool isChanged() const;
    // The form's present state is the one to compare with (after a save that keeps it open).
    void markClean();
    // True when the dialog may close: nothing changed, or the user agreed to discard.
    bool mayDiscard();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit DiscardGuard(QDialog *dialog);
    QVariantList snapshot() const;
    void takeOverButtonBoxes();
    void rejectIfAllowed();

    QDialog *m_dialog;
    QVariantList m_shown;
    bool m_snapshotTaken = false;
};

} // namespace shuzai::ui
