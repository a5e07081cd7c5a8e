#pragma once

#include <QString>

class QWidget;

namespace shuzai::ui {

// Asks where to save a file: the dialog opens in the folder the user saved to last (at first
// their Documents folder, never the program's working folder) with `suggestedName`, and
// remembers the folder chosen. Empty when cancelled.
QString askSavePath(QWidget *parent, const QString &title, const QString &suggestedName,
                    const QString &filter, QString *chosenFilter = nullptr);

// For tests (like MessageBox::setNextAnswer): the next askSavePath() answers `path` without a
// dialog; an empty path answers as a cancelled dialog would.
void setNextSavePath(const QString &path);

} // namespace shuzai::ui
