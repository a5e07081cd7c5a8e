#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace shuzai::bench {

// The machine's limit for database work: SQLite's C API on a file of its own, with the same
// journal and synchronous settings as a Shuzai archive (WAL, NORMAL), no layers above it.
class BareSqlite {
public:
    explicit BareSqlite(const QString &path);
    ~BareSqlite();
    BareSqlite(const BareSqlite &) = delete;
    BareSqlite &operator=(const BareSqlite &) = delete;

    void exec(const char *sql);
    sqlite3 *handle() const { return m_db; }

    // A prepared statement, finalized when it goes.
    class Statement {
    public:
        Statement(BareSqlite &db, const char *sql);
        ~Statement();
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
        void bind(int index, const QByteArray &utf8);
        void bind(int index, qint64 value);
        bool step(); // true: a row
        void reset();
        QByteArray text(int column) const;
        qint64 integer(int column) const;

    private:
        sqlite3_stmt *m_stmt = nullptr;
    };

private:
    sqlite3 *m_db = nullptr;
};

} // namespace shuzai::bench
