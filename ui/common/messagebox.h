#pragma once

#include <QMessageBox>
#include <optional>

namespace shuzai::ui {

// All of the UI's message boxes go through here, so GUI tests can answer them without a human
// (after KeePassXC's MessageBox::setNextAnswer).
class MessageBox {
public:
    static void critical(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title,
                                                const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);

    // A question with standard buttons relabelled ({Save, "Overwrite with mine"}, ...): the
    // labels say what happens, the seam below still answers by standard button.
    static QMessageBox::StandardButton
    choose(QWidget *parent, const QString &title, const QString &text,
           const QList<std::pair<QMessageBox::StandardButton, QString>> &buttons,
           QMessageBox::StandardButton defaultButton);

    // Test seam: the next box returns this answer at once instead of waiting for a click.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Test seam: the text of the last box shown (or answered by the seam).
    static QString lastText();

private:
    static std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static QString s_lastText;
};

} // namespace shuzai::ui
