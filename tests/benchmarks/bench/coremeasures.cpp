// Search, import, single edits and .ics export through core, each next to the same work on
// bare SQLite (baresqlite.h) or bare Qt.
#include "baresqlite.h"
#include "measures.h"

#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/searchservice.h"
#include "services/transcriptservice.h"
#include "services/workspace.h"

#include <QTimeZone>

#include <sqlite3.h>

namespace shuzai::bench {

namespace {
// The archive's segments copied into a bare FTS5 table (trigram tokenizer, SQLite's own).
void buildBareIndex(BenchContext &c, BareSqlite &bare)
{
    bare.exec("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'trigram')");
    const QByteArray attach =
        "ATTACH DATABASE '" + c.archivePath.toUtf8().replace('\'', "''") + "' AS a";
    bare.exec(attach.constData());
    bare.exec("BEGIN");
    bare.exec("INSERT INTO t(rowid, text) SELECT id, text FROM a.transcript_segments");
    bare.exec("COMMIT");
    bare.exec("DETACH DATABASE a");
}

// The first page of 50 hits with some context either side: FTS5 for three characters or more;
// for fewer, which a trigram index cannot answer, a scan with instr() (what bare SQLite can do).
int bareSearch(BareSqlite &bare, const QString &query)
{
    const QByteArray q = query.toUtf8();
    int hits = 0;
    if (query.size() >= 3) {
        BareSqlite::Statement s(bare, "SELECT rowid, snippet(t, 0, '[', ']', '…', 16) FROM t "
                                      "WHERE t MATCH ?1 LIMIT 50");
        s.bind(1, '"' + q + '"');
        while (s.step())
            hits += s.text(1).isEmpty() ? 0 : 1;
    } else {
        BareSqlite::Statement s(bare,
                                "SELECT rowid, substr(text, max(instr(text, ?1) - 16, 1), 40) "
                                "FROM t WHERE instr(text, ?1) > 0 LIMIT 50");
        s.bind(1, q);
        while (s.step())
            hits += s.text(1).isEmpty() ? 0 : 1;
    }
    return hits;
}

struct BareCue {
    qint64 start = 0, end = 0;
    QByteArray speaker, text;
};

qint64 stampMs(const QByteArray &s)
{
    // hh:mm:ss.mmm
    const QList<QByteArray> parts = s.trimmed().split(':');
    if (parts.size() != 3)
        return 0;
    return (parts[0].toLongLong() * 3600 + parts[1].toLongLong() * 60) * 1000 +
           qint64(parts[2].toDouble() * 1000);
}

// What any program must do with a VTT: split it into cues and insert them, indexed for search,
// in one transaction.
int bareImport(const QByteArray &vtt, const QString &path)
{
    BareSqlite bare(path);
    bare.exec("CREATE TABLE seg(id INTEGER PRIMARY KEY, start_ms INTEGER, end_ms INTEGER, "
              "speaker TEXT, text TEXT)");
    bare.exec("CREATE VIRTUAL TABLE seg_search USING fts5(text, content = 'seg', "
              "content_rowid = 'id', tokenize = 'trigram')");
    bare.exec("BEGIN");
    BareSqlite::Statement insert(
        bare, "INSERT INTO seg(start_ms, end_ms, speaker, text) VALUES(?,?,?,?)");
    BareSqlite::Statement index(
        bare, "INSERT INTO seg_search(rowid, text) VALUES(last_insert_rowid(), ?)");
    int cues = 0;
    qsizetype at = 0;
    BareCue cue;
    bool inCue = false;
    auto flush = [&] {
        if (!inCue)
            return;
        insert.bind(1, cue.start);
        insert.bind(2, cue.end);
        insert.bind(3, cue.speaker);
        insert.bind(4, cue.text);
        insert.step();
        insert.reset();
        index.bind(1, cue.text);
        index.step();
        index.reset();
        ++cues;
        inCue = false;
        cue = {};
    };
    while (at < vtt.size()) {
        qsizetype end = vtt.indexOf('\n', at);
        if (end < 0)
            end = vtt.size();
        const QByteArray line = vtt.mid(at, end - at);
        at = end + 1;
        if (line.isEmpty()) {
            flush();
            continue;
        }
        const qsizetype arrow = line.indexOf("-->");
        if (arrow > 0) {
            cue.start = stampMs(line.left(arrow));
            cue.end = stampMs(line.mid(arrow + 3));
            inCue = true;
        } else if (inCue) {
            const qsizetype colon = line.indexOf(": ");
            if (cue.text.isEmpty() && colon > 0 && colon < 40) {
                cue.speaker = line.left(colon);
                cue.text = line.mid(colon + 2);
            } else {
                cue.text += (cue.text.isEmpty() ? "" : "\n") + line;
            }
        }
    }
    flush();
    bare.exec("COMMIT");
    return cues;
}
} // namespace

QList<Figure> measureSearch(BenchContext &c)
{
    BareSqlite bare(c.scratch.filePath(QStringLiteral("bare-search.db")));
    buildBareIndex(c, bare);
    QList<Figure> out;
    const QList<std::pair<const char *, QString>> queries = {
        {"1 character", QStringLiteral("の")},
        {"2 characters", QStringLiteral("日本")},
        {"3 characters", QStringLiteral("学校へ")},
        {"5 characters", QStringLiteral("坊っちゃん")},
        {"English word", QStringLiteral("Nikkei")},
        {"absent word", QStringLiteral("量子コンピューター")},
    };
    for (const auto &[label, text] : queries) {
        SearchQuery q;
        q.text = text;
        q.limit = 50;
        int hits = 0, bareHits = 0;
        Figure f;
        f.name = QStringLiteral("search first page: %1 (%2)").arg(QLatin1String(label), text);
        f.value = medianMs(c.runs, [&] {
            auto r = c.ws.search().search(q);
            hits = r ? int(r->hits.size()) : -1;
        });
        f.limitName = text.size() >= 3 ? QStringLiteral("bare FTS5 trigram")
                                       : QStringLiteral("bare instr() scan");
        f.limit = medianMs(c.runs, [&] { bareHits = bareSearch(bare, text); });
        f.detail = QStringLiteral("%1 hits vs %2").arg(hits).arg(bareHits);
        out.append(f);
    }
    return out;
}

QList<Figure> measureImport(BenchContext &c)
{
    QList<Figure> out;
    // A two-hour Zoom recording: about 2,000 cues of a sentence each.
    const QList<std::pair<QString, QByteArray>> files = {
        {QStringLiteral("two-hour Zoom VTT"), c.text.zoomVtt(60'000)},
        {QStringLiteral("%1 MB VTT").arg(c.size.bigVttMb),
         c.text.zoomVtt(c.size.bigVttMb * 1024LL * 1024 * 10 / 47)},
    };
    auto people = c.ws.roster().list(c.archive.bigCampaign);
    if (!people || people->isEmpty())
        qFatal("bench: the big campaign has nobody");
    int n = 0;
    for (const auto &[label, bytes] : files) {
        // Fewer runs of the big file: each stores 20 MB more in the archive.
        const bool big = bytes.size() > 512 * 1024;
        const int runs = big ? 1 : std::min(c.runs, 3);
        int segments = 0;
        double growthMb = -1; // the import's peak memory above what the process held before
        Figure f;
        f.name = QStringLiteral("import %1").arg(label);
        f.value = medianMs(
            runs,
            [&] {
                Interview i;
                i.intervieweeId = people->at(n++ % people->size()).id;
                auto interview = c.ws.interviews().create(i);
                if (!interview)
                    qFatal("bench: %s", qPrintable(interview.error().untranslatedMessage()));
                TranscriptImport request;
                request.interviewId = interview->id;
                request.bytes = bytes;
                request.fileName = QStringLiteral("bench-%1.vtt").arg(n);
                request.confirmed = true;
                resetPeakRss();
                const double before = residentMb();
                auto r = c.ws.transcripts().importFile(request);
                if (!r)
                    qFatal("bench: %s", qPrintable(r.error().untranslatedMessage()));
                growthMb = peakRssMb() - before;
                segments = r->segmentCount;
            },
            false);
        int cues = 0;
        f.limitName = QStringLiteral("bare parse + insert + FTS5");
        f.limit = medianMs(
            runs,
            [&] { cues = bareImport(bytes, c.scratch.filePath(QStringLiteral("bare-import.db"))); },
            false);
        const double fileMb = bytes.size() / 1048576.0;
        f.detail =
            QStringLiteral("%1 MB, %2 segments vs %3 cues; peak memory +%4 MB (%5x the file)")
                .arg(fileMb, 0, 'f', 1)
                .arg(segments)
                .arg(cues)
                .arg(growthMb, 0, 'f', 1)
                .arg(growthMb / fileMb, 0, 'f', 2);
        out.append(f);
    }
    return out;
}

QList<Figure> measureEdits(BenchContext &c)
{
    QList<Figure> out;
    auto people = c.ws.roster().list(c.archive.bigCampaign);
    if (!people || people->isEmpty())
        qFatal("bench: the big campaign has nobody");
    BareSqlite bare(c.scratch.filePath(QStringLiteral("bare-edit.db")));
    bare.exec("CREATE TABLE person(id INTEGER PRIMARY KEY, campaign_id INTEGER, family TEXT, "
              "given TEXT, email TEXT, notes TEXT)");
    BareSqlite::Statement insert(bare, "INSERT INTO person(campaign_id, family, given, email, "
                                       "notes) VALUES(?, ?, ?, ?, '')");
    int n = 0;
    const double bareInsert = medianMs(c.runs, [&] {
        bare.exec("BEGIN");
        insert.bind(1, qint64(1));
        insert.bind(2, QByteArrayLiteral("山田"));
        insert.bind(3, QByteArrayLiteral("太郎"));
        insert.bind(4, QByteArray("bare") + QByteArray::number(++n));
        insert.step();
        insert.reset();
        bare.exec("COMMIT");
    });
    const QString limitName = QStringLiteral("bare INSERT in a transaction");

    // Booking: people of the big campaign without an interview yet (the generator booked the
    // first ones).
    int next = int(people->size()) - 1;
    const QTimeZone tokyo("Asia/Tokyo");
    Figure book{QStringLiteral("book an interview"), limitName};
    book.value = medianMs(c.runs, [&] {
        Booking b;
        b.intervieweeId = people->at(std::max(0, next--)).id;
        b.start = QDateTime(QDate(2025, 6, 2).addDays(next % 5), QTime(10, 0), tokyo);
        b.minutes = 60;
        if (auto r = c.ws.scheduling().book(b); !r)
            qFatal("bench: %s", qPrintable(r.error().untranslatedMessage()));
    });
    book.limit = bareInsert;
    out.append(book);

    Figure edit{QStringLiteral("edit a person"), limitName};
    int round = 0;
    edit.value = medianMs(c.runs, [&] {
        auto person = c.ws.roster().load(people->first().id);
        IntervieweeData d = person->data;
        d.notes = QStringLiteral("メモ %1").arg(++round);
        if (auto r = c.ws.roster().update(person->id, d, person->version); !r)
            qFatal("bench: %s", qPrintable(r.error().untranslatedMessage()));
    });
    edit.limit = bareInsert;
    out.append(edit);

    Figure add{QStringLiteral("add a person"), limitName};
    // Unique per run: a kept archive (--archive) still holds the people earlier runs added.
    const qint64 runId = QDateTime::currentMSecsSinceEpoch();
    add.value = medianMs(c.runs, [&] {
        IntervieweeData d = people->first().data;
        d.email = QStringLiteral("added-%1-%2@example.jp").arg(runId).arg(++round);
        if (auto r = c.ws.roster().add(c.archive.bigCampaign, d); !r)
            qFatal("bench: %s", qPrintable(r.error().untranslatedMessage()));
    });
    add.limit = bareInsert;
    out.append(add);
    return out;
}

QList<Figure> measureIcsExport(BenchContext &c)
{
    auto interviews = c.ws.scheduling().interviews(c.archive.bigCampaign);
    if (!interviews)
        qFatal("bench: %s", qPrintable(interviews.error().untranslatedMessage()));
    qsizetype bytes = 0;
    Figure f{QStringLiteral(".ics export of the big campaign"),
             QStringLiteral("bare VEVENT text per interview")};
    f.value = medianMs(c.runs, [&] {
        auto r = c.ws.scheduling().exportCampaign(c.archive.bigCampaign);
        bytes = r ? r->size() : -1;
    });
    // The least any exporter does: one VEVENT of the same fields per interview, as text.
    f.limit = medianMs(c.runs, [&] {
        QByteArray out("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for (const Interview &i : *interviews) {
            if (!i.startsAt.isValid())
                continue;
            out += "BEGIN:VEVENT\r\nUID:" + QByteArray::number(i.id) + "@bench\r\nDTSTART:" +
                   i.startsAt.toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1() +
                   "\r\nDTEND:" +
                   i.startsAt.addSecs(i.minutes * 60)
                       .toString(QStringLiteral("yyyyMMddTHHmmssZ"))
                       .toLatin1() +
                   "\r\nSUMMARY:取材\r\nSEQUENCE:" + QByteArray::number(i.sequence) +
                   "\r\nEND:VEVENT\r\n";
        }
        out += "END:VCALENDAR\r\n";
    });
    f.detail = QStringLiteral("%1 interviews, %2 kB").arg(interviews->size()).arg(bytes / 1024);
    return {f};
}

} // namespace shuzai::bench
