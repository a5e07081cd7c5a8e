#include "dialogsize.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace shuzai::ui {

namespace {
// The window manager's frame and title bar, which availableGeometry() does not subtract.
constexpr QSize kFrame{16, 40};
} // namespace

void resizeWithinScreen(QWidget *dialog, QSize preferred)
{
    QScreen *screen = dialog->screen() ? dialog->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        dialog->resize(preferred);
        return;
    }
    const QSize room = screen->availableGeometry().size() - kFrame;
    dialog->resize(preferred.boundedTo(room));
}

} // namespace shuzai::ui
