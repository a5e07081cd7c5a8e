// GoogleTest's main with a Qt application object, as Qt classes need one. SHUZAI_TEST_GUI picks
// QApplication (widget tests) over QCoreApplication.
#include "util/logging.h"

#include <QLocale>
#include <gtest/gtest.h>

#ifdef SHUZAI_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestApplication app(argc, argv);
    shuzai::log::setup({});
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
