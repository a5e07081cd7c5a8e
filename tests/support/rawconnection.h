#pragma once

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <gtest/gtest.h>

namespace shuzai::test {

// A second, independent connection to the same file, as another program would have.
struct RawConnection {
    explicit RawConnection(const QString &path)
    {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
    }
    ~RawConnection()
    {
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        return q.next() ? q.value(0) : QVariant();
    }
    QByteArray digest() { return databaseDigest(db); }
    QSqlDatabase db;

    // A digest of every row of every ordinary table, on either engine: equal digests, unchanged
    // database.
    static QByteArray databaseDigest(const QSqlDatabase &db)
    {
        return QCryptographicHash::hash(databaseDump(db), QCryptographicHash::Sha256).toHex();
    }

    // Every value of every ordinary table as text, on either engine: what a check that
    // something was never stored searches.
    static QByteArray databaseDump(const QSqlDatabase &db)
    {
        QByteArray dump;
        QSqlQuery tables(db);
        const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
        EXPECT_TRUE(tables.exec(
            sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql "
                                    "NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
                   : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                    "table_schema = 'public' ORDER BY table_name")));
        QStringList names;
        while (tables.next())
            names.append(tables.value(0).toString());
        for (const QString &table : names) {
            QSqlQuery rows(db);
            EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)))
                << table.toStdString();
            dump += table.toUtf8();
            while (rows.next()) {
                for (int c = 0; c < rows.record().count(); ++c)
                    dump += rows.value(c).toString().toUtf8() + '\x1f';
                dump += "\x1e";
            }
        }
        return dump;
    }
};

} // namespace shuzai::test
