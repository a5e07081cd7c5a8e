// Search at archive size: SHUZAI_BENCH_TRANSCRIPTS transcripts (default 4000) of
// SHUZAI_BENCH_CHARS characters each (default 25000), made of sentences of the Japanese corpus.
// Reports each query's time and its ratio to a raw SQLite reference measured in the same run
// (a LIKE scan of one transcript's segments), because absolute times vary from machine to
// machine. Not part of the test suite: run build/tests/benchmarks/shuzai_search_benchmark.
#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/searchservice.h"
#include "services/transcriptservice.h"
#include "services/workspace.h"
#include "storage/database.h"
#include "storage/transcriptrepository.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace shuzai;

namespace {
struct Archive {
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Workspace> ws;
    qint64 characters = 0;
    double buildSeconds = 0;
};

Archive &archive()
{
    static Archive a = [] {
        Archive a;
        const int transcripts = qEnvironmentVariableIntValue("SHUZAI_BENCH_TRANSCRIPTS") == 0
                                    ? 4000
                                    : qEnvironmentVariableIntValue("SHUZAI_BENCH_TRANSCRIPTS");
        const int chars = qEnvironmentVariableIntValue("SHUZAI_BENCH_CHARS") == 0
                              ? 25000
                              : qEnvironmentVariableIntValue("SHUZAI_BENCH_CHARS");
        QFile f(QStringLiteral(
            SHUZAI_TEST_DATA
            "/corpora/japanese/kuromoji__kuromoji-ipadic__src__test__resources__bocchan.txt"));
        f.open(QIODevice::ReadOnly);
        const QStringList sentences =
            QString::fromUtf8(f.readAll())
                .split(QRegularExpression(QStringLiteral("(?<=。)")), Qt::SkipEmptyParts);
        WorkspaceOptions creating;
        creating.database.create = true;
        auto opened =
            Workspace::openSqlite(a.dir.filePath(QStringLiteral("archive.db")), a.clock, creating);
        a.ws = std::move(*opened);
        QElapsedTimer timer;
        timer.start();
        QRandomGenerator random(42);
        IntervieweeData d;
        d.categoryId = 1;
        d.familyName = QStringLiteral("取材先");
        const Id person = a.ws->roster().add(1, d)->id;
        Database &db = a.ws->database();
        for (int t = 0; t < transcripts; ++t) {
            Interview i;
            i.intervieweeId = person;
            const Id interview = a.ws->interviews().create(i)->id;
            QList<ParsedSegment> segments;
            int length = 0;
            while (length < chars) {
                ParsedSegment s;
                s.speaker = t % 2 ? QStringLiteral("話者A") : QStringLiteral("話者B");
                s.text = sentences.at(random.bounded(int(sentences.size())));
                length += int(s.text.size());
                segments.append(s);
            }
            Transcript meta;
            meta.interviewId = interview;
            meta.sourceName = QStringLiteral("t%1.txt").arg(t);
            meta.sourceFormat = QStringLiteral("txt");
            meta.sourceEncoding = QStringLiteral("UTF-8");
            meta.sourceSha256 = QString::number(t);
            auto stored = db.transact([&]() -> VoidResult {
                auto id = TranscriptRepository(db).insert(meta, QByteArray("-"), segments, 0);
                return id ? VoidResult() : VoidResult(id.error());
            });
            if (!stored)
                qFatal("could not build the archive");
            a.characters += length;
        }
        QSqlQuery(db.connection())
            .exec(QStringLiteral("INSERT INTO segment_search(segment_search) VALUES('optimize')"));
        a.buildSeconds = timer.elapsed() / 1000.0;
        fprintf(stderr, "archive: %d transcripts, %lld characters, built in %.1f s\n", transcripts,
                a.characters, a.buildSeconds);
        return a;
    }();
    return a;
}

// Raw SQLite reference: LIKE over one transcript's segments (no index).
void BM_RawSqliteLikeOneTranscript(benchmark::State &state)
{
    QSqlDatabase db = archive().ws->database().connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM transcript_segments WHERE transcript_id = 1 "
                             "AND text LIKE ?"));
    q.addBindValue(QStringLiteral("%おれ%"));
    for (auto _ : state) {
        q.exec();
        q.next();
        benchmark::DoNotOptimize(q.value(0).toInt());
    }
}
BENCHMARK(BM_RawSqliteLikeOneTranscript)->Unit(benchmark::kMillisecond);

void BM_Search(benchmark::State &state, const char *query)
{
    SearchQuery q;
    q.text = QString::fromUtf8(query);
    q.limit = 50;
    qint64 hits = 0;
    for (auto _ : state) {
        auto r = archive().ws->search().search(q);
        hits = r ? r->hits.size() : -1;
        benchmark::DoNotOptimize(hits);
    }
    state.counters["hits"] = double(hits);
}
BENCHMARK_CAPTURE(BM_Search, one_char_common, "の")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, one_char_rare, "鼠")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, two_chars, "日本")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, two_chars_kana, "おれ")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, three_chars, "坊っちゃん")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, absent, "量子コンピューター")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, two_terms, "おれ 学校")->Unit(benchmark::kMillisecond);

// The worst case for a filter applied after the index: every segment matches, none passes.
void BM_SearchFilteredAway(benchmark::State &state, const char *query)
{
    SearchQuery q;
    q.text = QString::fromUtf8(query);
    q.limit = 50;
    q.filter.speaker = QStringLiteral("誰でもない話者");
    for (auto _ : state) {
        auto r = archive().ws->search().search(q);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK_CAPTURE(BM_SearchFilteredAway, rare_char, "鼠")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SearchFilteredAway, common_char, "の")->Unit(benchmark::kMillisecond);
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    log::setup({QString(), log::LogSetup::Console::Off});
    archive();
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
