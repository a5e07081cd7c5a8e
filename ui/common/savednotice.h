#pragma once

#include <QString>

class QWidget;

namespace shuzai::ui {

// Confirms a save or export in the main window's status bar: "Saved 佐藤様_確認用.pdf" with an
// "Open folder" button that shows the file's folder in the desktop's file manager. `from` is
// any widget of the window (a dialog's parent will do). Without a main window (a dialog shown
// alone in a test) the notice goes nowhere.
void announceSaved(QWidget *from, const QString &path);

} // namespace shuzai::ui
