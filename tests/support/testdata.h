#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <gtest/gtest.h>

namespace shuzai::test {

// A file under tests/data (SHUZAI_TEST_DATA), by its path relative to that folder.
inline QString dataPath(const QString &relative)
{
    return QStringLiteral(SHUZAI_TEST_DATA "/") + relative;
}

// Its bytes; a file that cannot be read fails the test.
inline QByteArray readData(const QString &relative)
{
    QFile f(dataPath(relative));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << relative.toStdString();
    return f.readAll();
}

} // namespace shuzai::test
