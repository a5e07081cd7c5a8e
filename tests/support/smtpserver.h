#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace shuzai::test {

// A real SMTP server (tests/support/smtp_server.py on aiosmtpd) on 127.0.0.1.
class SmtpServer {
public:
    explicit SmtpServer(const QStringList &options)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        QStringList{QStringLiteral(SHUZAI_TEST_SUPPORT "/smtp_server.py"),
                                    QStringLiteral("--maildir"), maildir()} +
                            options);
        while (m_process.waitForReadyRead(15000)) {
            const QByteArray line = m_process.readLine().trimmed();
            if (line.startsWith("READY ")) {
                port = quint16(line.mid(6).toUInt());
                break;
            }
        }
        EXPECT_NE(port, 0) << "the test SMTP server did not start";
    }
    ~SmtpServer()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }
    QString maildir() const { return m_dir.filePath(QStringLiteral("maildir")); }

    // Each delivered message, parsed by Python's email package.
    QJsonArray received() const
    {
        const char *script = R"(
import sys, json, mailbox, email.policy
out = []
for key, msg in mailbox.Maildir(sys.argv[1], create=False).items():
    m = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)
    out.append({'subject': str(m['Subject']), 'to': str(m['To']), 'body': m.get_body(preferencelist=('plain',)).get_content()})
print(json.dumps(out))
)";
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(script), maildir()});
        EXPECT_TRUE(python.waitForFinished(20000));
        return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    }

    // One message as Python's email package reads it (the same fields as received()).
    static QJsonObject parse(const QByteArray &message)
    {
        const char *script = R"(
import sys, json, email, email.policy
m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
print(json.dumps({'subject': str(m['Subject']), 'to': str(m['To']), 'body': m.get_body(preferencelist=('plain',)).get_content()}))
)";
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(script)});
        python.write(message);
        python.closeWriteChannel();
        EXPECT_TRUE(python.waitForFinished(20000));
        return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    }

    quint16 port = 0;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace shuzai::test
