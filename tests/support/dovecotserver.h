#pragma once

#include "mailbox/imapclient.h"

#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace shuzai::test {

// A real Dovecot IMAP server (tests/support/dovecot_server.sh) on 127.0.0.1 with TLS from a
// throw-away CA; the user "editor" with the password "secret". Stopped when the test ends.
class DovecotServer {
public:
    DovecotServer() { start(QStringLiteral("start")); }
    ~DovecotServer()
    {
        if (port)
            stop();
    }
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    void stop() { script(QStringLiteral("stop")); }
    void resume() { start(QStringLiteral("resume")); }

    QString caFile() const { return dir() + QStringLiteral("/ca.pem"); }
    ImapSettings settings(const QString &password = QStringLiteral("secret")) const
    {
        ImapSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.user = QStringLiteral("editor");
        s.password = password;
        s.caFile = caFile();
        s.timeoutMs = 10000;
        return s;
    }

    // Puts messages into the editor's inbox, as mail arriving would.
    void append(const QList<QByteArray> &messages) const
    {
        ImapClient client(settings());
        auto login = client.connectAndLogin();
        ASSERT_TRUE(login) << login.error().untranslatedMessage().toStdString()
                           << login.error().libraryText().toStdString();
        for (const QByteArray &m : messages) {
            auto appended = client.append(QStringLiteral("INBOX"), m);
            ASSERT_TRUE(appended) << appended.error().libraryText().toStdString();
        }
        client.logout();
    }

    // The flags of every message in the inbox, read without changing them.
    QList<QList<QByteArray>> flags() const
    {
        QList<QList<QByteArray>> out;
        ImapClient client(settings());
        EXPECT_TRUE(client.connectAndLogin());
        EXPECT_TRUE(client.examine());
        auto uids = client.uidsFrom(1);
        for (quint32 uid : uids ? *uids : QList<quint32>())
            out.append(client.flags(uid).value());
        client.logout();
        return out;
    }

    QString dir() const { return m_dir.filePath(QStringLiteral("dovecot")); }
    quint16 port = 0;

private:
    QByteArray script(const QString &command)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral("sh"),
                {QStringLiteral(SHUZAI_TEST_SUPPORT "/dovecot_server.sh"), command, dir()});
        EXPECT_TRUE(p.waitForFinished(60000));
        EXPECT_EQ(p.exitCode(), 0) << "dovecot_server.sh " << command.toStdString();
        return p.readAllStandardOutput();
    }
    void start(const QString &command)
    {
        const QByteArray out = script(command).trimmed();
        if (out.startsWith("READY "))
            port = quint16(out.mid(6).toUInt());
        ASSERT_NE(port, 0) << "the test IMAP server did not start";
    }

    QTemporaryDir m_dir;
};

} // namespace shuzai::test
