// GoogleTest's main with a Qt application object, as Qt classes need one. SHUZAI_TEST_GUI picks
// QApplication (widget tests) over QCoreApplication, SHUZAI_TEST_GUI_APPLICATION QGuiApplication.
#include "util/logging.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#ifdef SHUZAI_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#elif defined(SHUZAI_TEST_GUI_APPLICATION) // fonts and painting, no widgets
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

namespace {

QtMessageHandler g_logHandler = nullptr;

// A prepared statement that outlives its connection stays allocated on the PostgreSQL server,
// and Qt only warns of it: whichever code does it, the test that runs it fails.
void failOnStatementLeftOpen(QtMsgType type, const QMessageLogContext &context,
                             const QString &message)
{
    if (message.startsWith(QLatin1String("Unable to free statement")))
        ADD_FAILURE() << "A query outlived its database connection: " << message.toStdString();
    g_logHandler(type, context, message);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests never touch the user's own files: data, settings and runtime go to a temp folder.
    QTemporaryDir home;
    for (const char *variable :
         {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString dir = home.filePath(QString::fromLatin1(variable));
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
        qputenv(variable, dir.toLocal8Bit());
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestApplication app(argc, argv);
    shuzai::log::setup({});
    g_logHandler = qInstallMessageHandler(failOnStatementLeftOpen);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
