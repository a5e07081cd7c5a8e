#pragma once

#include "qtprinters.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

namespace shuzai::test {

// A command line from UTF-8 literals: args({"outreach", "log", "--json"}).
inline QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out.append(QString::fromUtf8(a));
    return out;
}

// Runs the real shuzai-cli binary with its data and config folders in a temporary directory.
class CliRunner {
public:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    };

    CliRunner()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.remove(QStringLiteral("LANGUAGE"));
    }

    QString path(const QString &name) const { return m_home.filePath(name); }
    QString dataHome() const { return m_home.filePath(QStringLiteral("data")); }

    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }

    Run run(const QStringList &arguments, const QByteArray &input = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(SHUZAI_CLI), arguments);
        process.write(input);
        process.closeWriteChannel();
        Run r;
        if (!process.waitForFinished(30000))
            return r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    // The same, on a database file in the temporary directory; made with `init` first when it
    // does not exist yet, as a user would (no other command creates a database).
    Run onDb(const QStringList &arguments, const QString &db = QStringLiteral("test.db"),
             const QByteArray &input = {}) const
    {
        const QStringList dbOption{QStringLiteral("--db"), path(db)};
        if (!QFileInfo::exists(path(db)) && !arguments.contains(QStringLiteral("init"))) {
            const Run made = run(dbOption + QStringList{QStringLiteral("init")});
            if (made.exitCode != 0)
                return made;
        }
        return run(dbOption + arguments, input);
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

} // namespace shuzai::test
