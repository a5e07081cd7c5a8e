#pragma once

#include <QRect>
#include <QString>

class QMainWindow;
class QWidget;

namespace shuzai::ui::windowstate {

// The smallest screen Shuzai promises to fit: a 1366×768 laptop, less a desktop panel and the
// window's title bar.
inline constexpr QSize smallestWindow{1366, 700};

// Places a window that has no remembered geometry: 1280×800 when the screen's free area
// (`available`) allows it, else that area less a small margin; centred in it.
void fitToScreen(QWidget *window, const QRect &available);

// The window's layout as the user left it: geometry, the sizes of every QSplitter and the
// columns of every table and tree (QSettings "ui/…"). restore()
// sizes the columns of a view without remembered widths to their content (capped, so one
// long note does not push the others away). It returns false when no geometry was remembered.
void save(QMainWindow *window);
bool restore(QMainWindow *window);
// The splitters and columns under `root` only: a screen made after the window was restored.
void restoreViews(QWidget *root);
// Columns to their content, each at most `cap` pixels wide.
void fitColumns(QWidget *view, int cap = 320);

} // namespace shuzai::ui::windowstate
