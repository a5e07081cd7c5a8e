#include "enginecopy.h"

#include "database.h"
#include "foldedtext.h"
#include "transcriptrepository.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace shuzai::enginecopy {

namespace {
// A value as text that reads the same whichever driver returned it.
QString canonical(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("\\N");
    if (value.typeId() == QMetaType::QByteArray)
        return QStringLiteral("b:") + QString::fromLatin1(value.toByteArray().toBase64());
    return value.toString();
}

bool hasIdColumn(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table)) &&
           q.record().indexOf(QStringLiteral("id")) >= 0;
}
} // namespace

VoidResult foldSearchText(Database &to);

const QStringList &tables()
{
    static const QStringList all{
        QStringLiteral("users"),
        QStringLiteral("campaigns"),
        QStringLiteral("campaign_attribution_options"),
        QStringLiteral("categories"),
        QStringLiteral("questions"),
        QStringLiteral("availability_windows"),
        QStringLiteral("interviewees"),
        QStringLiteral("question_customisations"),
        QStringLiteral("interviews"),
        QStringLiteral("interview_history"),
        QStringLiteral("transcripts"),
        QStringLiteral("transcript_segments"),
        QStringLiteral("segment_revisions"),
        QStringLiteral("transcript_speakers"),
        QStringLiteral("answer_links"),
        QStringLiteral("quote_candidates"),
        QStringLiteral("busy_periods"),
        QStringLiteral("outreach_letters"),
        QStringLiteral("outreach_replies"),
        QStringLiteral("letter_templates"),
        QStringLiteral("review_rounds"),
        QStringLiteral("review_corrections"),
        QStringLiteral("audit_log"),
        QStringLiteral("database_info"),
        QStringLiteral("caldav_account"),
        QStringLiteral("caldav_published"),
        QStringLiteral("caldav_calendars"),
        QStringLiteral("caldav_busy_events"),
    };
    return all;
}

Result<QList<TableChecksum>> checksums(Database &db)
{
    QList<TableChecksum> out;
    for (const QString &table : tables()) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
            return db.errorFrom(q.lastError(), table);
        QStringList rows;
        const QSqlRecord record = q.record();
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < record.count(); ++c)
                values.append(record.fieldName(c) + u'=' + canonical(q.value(c)));
            rows.append(values.join(QChar(0x1f)));
        }
        rows.sort();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &row : std::as_const(rows))
            hash.addData((row + QChar(0x1e)).toUtf8());
        out.append({table, rows.size(), QString::fromLatin1(hash.result().toHex())});
    }
    return out;
}

Result<QList<TableChecksum>> copy(Database &from, Database &to)
{
    if (from.schemaVersion() != to.schemaVersion()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "%1 and %2 have different schema versions; open "
                                                "both with this Shuzai first."),
                     {from.location(), to.location()});
    }
    auto target = checksums(to);
    if (!target)
        return target.error();
    for (const TableChecksum &t : *target) {
        // A new database already has its instance name: the copy's replaces it.
        if (t.rows > 0 && t.table != QLatin1String("database_info")) {
            return Error(ErrorCode::InvalidInput,
                         QT_TRANSLATE_NOOP("Error", "%1 already holds data (%2); copy into an "
                                                    "empty database."),
                         {to.location(), t.table});
        }
    }
    auto before = checksums(from);
    if (!before)
        return before.error();
    const bool toServer = to.dialect().name() != QLatin1String("sqlite");
    QList<TableChecksum> copied;
    auto done = to.transact([&]() -> VoidResult {
        for (const QString &table : tables()) {
            QSqlQuery read(from.connection());
            read.setForwardOnly(true);
            if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(table)))
                return from.errorFrom(read.lastError(), table);
            const QSqlRecord record = read.record();
            QStringList columns, marks;
            for (int c = 0; c < record.count(); ++c) {
                columns.append(record.fieldName(c));
                marks.append(QStringLiteral("?"));
            }
            // The copy's database_info row (its instance name) replaces the new one.
            if (table == QLatin1String("database_info")) {
                QSqlQuery clear(to.connection());
                if (!clear.exec(QStringLiteral("DELETE FROM database_info")))
                    return to.errorFrom(clear.lastError(), table);
            }
            QSqlQuery write(to.connection());
            if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(QStringLiteral(", ")),
                                        marks.join(QStringLiteral(", ")))))
                return to.errorFrom(write.lastError(), table);
            while (read.next()) {
                for (int c = 0; c < record.count(); ++c)
                    write.bindValue(c, read.value(c));
                if (!write.exec())
                    return to.errorFrom(write.lastError(), table);
            }
            // New rows on the server continue after the copied ids.
            if (toServer && hasIdColumn(to, table)) {
                QSqlQuery sequence(to.connection());
                if (!sequence.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                                  "'id'), COALESCE((SELECT MAX(id) FROM %1), 0) "
                                                  "+ 1, false)")
                                       .arg(table)))
                    return to.errorFrom(sequence.lastError(), table);
            }
        }
        if (toServer) {
            if (auto r = foldSearchText(to); !r)
                return r;
        } else if (auto r = TranscriptRepository(to).indexSegments(0); !r) {
            return r;
        }
        // Checked before the commit: a copy that differs is never kept.
        auto after = checksums(to);
        if (!after)
            return after.error();
        for (qsizetype i = 0; i < before->size(); ++i) {
            if (before->at(i) != after->at(i)) {
                return Error(ErrorCode::DatabaseError,
                             QT_TRANSLATE_NOOP("Error", "The copy of table %1 differs from the "
                                                        "original (%2 rows, %3 copied); nothing "
                                                        "was kept."),
                             {before->at(i).table, QString::number(before->at(i).rows),
                              QString::number(after->at(i).rows)});
            }
        }
        copied = *after;
        return {};
    });
    if (!done)
        return done.error();
    return copied;
}

VoidResult foldSearchText(Database &to)
{
    // The server's search text, folded as SQLite's index folds it.
    QSqlQuery transcripts(to.connection());
    if (!transcripts.exec(QStringLiteral("SELECT id FROM transcripts")))
        return to.errorFrom(transcripts.lastError());
    QList<qint64> ids;
    while (transcripts.next())
        ids.append(transcripts.value(0).toLongLong());
    for (qint64 id : std::as_const(ids)) {
        if (auto r = foldedtext::keepSegments(to, id); !r)
            return r;
    }
    QSqlQuery notes(to.connection());
    if (!notes.exec(QStringLiteral("SELECT id, notes FROM interviewees")))
        return to.errorFrom(notes.lastError());
    QList<std::pair<qint64, QString>> people;
    while (notes.next())
        people.append({notes.value(0).toLongLong(), notes.value(1).toString()});
    for (const auto &[id, text] : std::as_const(people)) {
        if (auto r = foldedtext::keepNote(to, id, text); !r)
            return r;
    }
    return {};
}

} // namespace shuzai::enginecopy
