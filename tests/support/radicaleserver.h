#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace shuzai::test {

// A real Radicale (tests/support/radicale_server.sh) on 127.0.0.1 with the users editor,
// writer1 and writer2 (password: the login + "-pw"), stopped when the test ends.
class RadicaleServer {
public:
    // With `tls`, https with a certificate of a throw-away CA (caFile()).
    explicit RadicaleServer(bool tls = false)
        : m_tls(tls)
    {
        start({QStringLiteral("start"), dir(), tls ? QStringLiteral("tls") : QString()});
    }
    ~RadicaleServer() { stop(); }

    QString dir() const { return m_dir.filePath(QStringLiteral("radicale")); }
    QString url(const QString &path) const
    {
        return QStringLiteral("%1://127.0.0.1:%2%3")
            .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
            .arg(port)
            .arg(path);
    }
    QString caFile() const { return dir() + QStringLiteral("/ca.pem"); }
    static QString passwordOf(const QString &login) { return login + QStringLiteral("-pw"); }

    void stop()
    {
        if (!m_running)
            return;
        QProcess p;
        p.start(QStringLiteral("sh"), {script(), QStringLiteral("stop"), dir()});
        p.waitForFinished(20000);
        m_running = false;
    }
    // The same server again on its port (a restart as clients see it).
    void resume() { start({QStringLiteral("resume"), dir(), QString::number(port)}); }

    // A second CalDAV client (python3-caldav, as the issue names): runs `body` with `client`
    // logged in as `login`, `url` set to the server and the rest of `args` in `args`; returns
    // what it prints as JSON.
    QJsonDocument python(const QString &login, const char *body, const QStringList &args = {}) const
    {
        const QByteArray script = QByteArray(R"(
import sys, json, caldav
url = sys.argv[1]
client = caldav.DAVClient(url, username=sys.argv[2], password=sys.argv[3])
args = sys.argv[4:]
)") + body;
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     QStringList{QStringLiteral("-c"), QString::fromUtf8(script), url({}), login,
                                 passwordOf(login)} +
                         args);
        EXPECT_TRUE(python.waitForFinished(30000));
        EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
        return QJsonDocument::fromJson(python.readAllStandardOutput());
    }

    quint16 port = 0;

private:
    static QString script() { return QStringLiteral(SHUZAI_TEST_SUPPORT "/radicale_server.sh"); }
    void start(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("sh"), QStringList{script()} + args);
        EXPECT_TRUE(p.waitForFinished(30000));
        const QByteArray out = p.readAllStandardOutput().trimmed();
        EXPECT_TRUE(out.startsWith("READY ")) << p.readAllStandardError().toStdString();
        port = quint16(out.mid(6).toUInt());
        m_running = port != 0;
    }
    QTemporaryDir m_dir;
    bool m_tls = false;
    bool m_running = false;
};

} // namespace shuzai::test
