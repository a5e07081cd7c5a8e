#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <gtest/gtest.h>

namespace shuzai::test {

// An independent reader written in Python (Debian's python3 and its packages, such as
// python3-icalendar): runs `script` with `input` on stdin and `args` after it, and returns what
// it prints. A failed run fails the test with Python's error.
inline QByteArray runPython(const char *script, const QByteArray &input = {},
                            const QStringList &args = {})
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{QStringLiteral("-c"), QString::fromUtf8(script)} + args);
    python.write(input);
    python.closeWriteChannel();
    EXPECT_TRUE(python.waitForFinished(20000));
    EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
    return python.readAllStandardOutput();
}

} // namespace shuzai::test
