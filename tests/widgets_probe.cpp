// Compiled only by the test core_rejects_widgets, with core's include path: it must fail.
#include <QtWidgets/QWidget>
