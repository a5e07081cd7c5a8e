#pragma once

#include <QSize>

class QWidget;

namespace shuzai::ui {

// Sizes a dialog to `preferred`, or less where the screen it opens on is smaller (a 1366×768
// laptop has about 700 pixels under its panel and title bar): a dialog taller than the screen
// hides its buttons below the edge.
void resizeWithinScreen(QWidget *dialog, QSize preferred);

} // namespace shuzai::ui
