#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/searchservice.h"
#include "services/transcriptservice.h"
#include "storage/searchrepository.h"
#include "testworkspace.h"
#include "util/searchfold.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace shuzai;

namespace {
QString readText(const QString &relative)
{
    QFile f(QStringLiteral(SHUZAI_TEST_DATA "/") + relative);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

// The Japanese corpus as transcripts: each non-empty line a segment, spread over interviews.
struct Archive {
    Archive()
    {
        const QString corpus =
            readText(QStringLiteral(
                "corpora/japanese/kuromoji__kuromoji-ipadic__src__test__resources__bocchan.txt")) +
            u'\n' +
            readText(QStringLiteral("corpora/japanese/"
                                    "kuromoji__kuromoji-ipadic__src__test__resources__"
                                    "jawikisentences.txt")) +
            u'\n' + readText(QStringLiteral("corpora/japanese/janome__tests__text_lemon.txt"));
        // One segment a sentence, as a transcript has one a turn.
        QStringList lines =
            corpus.split(QRegularExpression(QStringLiteral("(?<=。)|\n")), Qt::SkipEmptyParts);
        lines.removeIf([](const QString &l) { return l.trimmed().isEmpty(); });
        constexpr int kInterviews = 4;
        for (int n = 0; n < kInterviews; ++n) {
            IntervieweeData d;
            d.categoryId = 1 + n % 3;
            d.familyName = QStringLiteral("取材先%1").arg(n);
            const Id person = ws->roster().add(1, d)->id;
            Interview i;
            i.intervieweeId = person;
            const Id interview = ws->interviews().create(i)->id;
            QString text;
            for (qsizetype k = n; k < lines.size(); k += kInterviews)
                text += QStringLiteral("話者%1: ").arg(k % 2) + lines.at(k).trimmed() + u'\n';
            TranscriptImport request{interview, text.toUtf8(), QStringLiteral("t.txt"), {}, true};
            auto imported = ws->transcripts().import(request);
            EXPECT_TRUE(imported) << imported.error().untranslatedMessage().toStdString();
            for (const Segment &s : imported->segments)
                segments.insert(s.id, s.text);
        }
    }

    QSet<Id> search(const QString &query)
    {
        SearchQuery q;
        q.text = query;
        q.limit = 100000;
        q.includeNotes = false;
        auto r = ws->search().search(q);
        EXPECT_TRUE(r) << query.toStdString();
        QSet<Id> out;
        for (const SearchHit &h : r->hits)
            out.insert(h.row.segmentId);
        return out;
    }

    // A plain scan of every segment, with the same folding the user is promised.
    QSet<Id> bruteForce(const QString &query) const
    {
        const QString needle = search::foldedString(query).trimmed();
        QSet<Id> out;
        for (auto it = segments.cbegin(); it != segments.cend(); ++it) {
            if (search::foldedString(it.value()).contains(needle))
                out.insert(it.key());
        }
        return out;
    }

    test::TestWorkspace ws;
    QMap<Id, QString> segments;
};
} // namespace

TEST(Search, RecallEqualsABruteForceScanForQueriesOfEveryLength)
{
    Archive a;
    ASSERT_GT(a.segments.size(), 1000);
    QStringList queries{
        QStringLiteral("日本"),   QStringLiteral("量子"),   QStringLiteral("東京"),
        QStringLiteral("の"),     QStringLiteral("赤"),     QStringLiteral("坊っちゃん"),
        QStringLiteral("おれ"),   QStringLiteral("する"),   QStringLiteral("。"),
        QStringLiteral("Nikkei"), QStringLiteral("ニホン"), QStringLiteral("一")};
    // And substrings of the corpus itself, of 1 to 6 characters, from fixed positions.
    QRandomGenerator random(20250612);
    const QList<QString> texts = a.segments.values();
    for (int n = 0; n < 60; ++n) {
        const QString &text = texts.at(random.bounded(int(texts.size())));
        const int length = 1 + n % 6;
        if (text.size() <= length)
            continue;
        const QString piece = text.mid(random.bounded(int(text.size() - length)), length);
        if (!piece.contains(u' ') && !piece.contains(u'\u3000'))
            queries.append(piece);
    }
    for (const QString &q : queries) {
        const QSet<Id> expected = a.bruteForce(q);
        EXPECT_EQ(a.search(q), expected)
            << "query: " << q.toStdString() << " expected " << expected.size();
    }
    EXPECT_FALSE(a.search(QStringLiteral("日本")).isEmpty());
}

TEST(Search, IgnoresWidthKanaAndCaseAndQuotesSyntax)
{
    Archive a;
    // 坊っちゃん is written in hiragana; a katakana or half-width query finds it too.
    const QSet<Id> hiragana = a.search(QStringLiteral("おやじ"));
    ASSERT_FALSE(hiragana.isEmpty());
    EXPECT_EQ(a.search(QStringLiteral("オヤジ")), hiragana);
    EXPECT_EQ(a.search(QStringLiteral("ｵﾔｼﾞ")), hiragana);
    EXPECT_EQ(a.search(QStringLiteral("ＮＩＫＫＥＩ")), a.search(QStringLiteral("nikkei")));
    // Operators and quotes are text, never FTS5 syntax.
    for (const QString &q : {QStringLiteral("e-mail"), QStringLiteral("\""), QStringLiteral("AND"),
                             QStringLiteral("NEAR("), QStringLiteral("*"), QStringLiteral("a:b"),
                             QStringLiteral("^x")}) {
        SearchQuery query;
        query.text = q;
        EXPECT_TRUE(a.ws->search().search(query)) << q.toStdString();
    }
    EXPECT_EQ(SearchRepository::matchExpression(QStringLiteral("日本 ｅ\"x")),
              QStringLiteral("\"日本\" \"e\"\"x\""));
}

TEST(Search, FiltersContextHighlightsAndNotes)
{
    Archive a;
    SearchQuery q;
    q.text = QStringLiteral("日本");
    q.filter.intervieweeId = 3;
    auto r = a.ws->search().search(q);
    ASSERT_TRUE(r);
    for (const SearchHit &h : r->hits) {
        EXPECT_EQ(h.row.intervieweeId, 3);
        ASSERT_FALSE(h.highlights.isEmpty());
        const auto [b, e] = h.highlights.first();
        EXPECT_EQ(search::foldedString(h.context.mid(b, e - b)), QStringLiteral("日本"));
        EXPECT_EQ(h.row.campaignId, 1);
    }
    q.filter = {};
    q.filter.speaker = QStringLiteral("話者1");
    const auto bySpeaker = a.ws->search().search(q);
    ASSERT_TRUE(bySpeaker);
    EXPECT_FALSE(bySpeaker->hits.isEmpty());
    for (const SearchHit &h : bySpeaker->hits)
        EXPECT_EQ(h.row.speaker, QStringLiteral("話者1"));

    // Notes are searched too.
    auto person = a.ws->roster().load(1);
    IntervieweeData d = person->data;
    d.notes = QStringLiteral("量子コンピューターにも詳しい");
    ASSERT_TRUE(a.ws->roster().update(1, d, person->version));
    SearchQuery notes;
    notes.text = QStringLiteral("りょうし"); // no: hiragana reading is not the kanji
    EXPECT_TRUE(a.ws->search().search(notes)->hits.isEmpty() ||
                a.ws->search().search(notes)->hits.first().row.kind == SearchRow::Kind::Segment);
    notes.text = QStringLiteral("こんぴゅーたー");
    auto found = a.ws->search().search(notes);
    ASSERT_TRUE(found);
    ASSERT_FALSE(found->hits.isEmpty());
    EXPECT_EQ(found->hits.first().row.kind, SearchRow::Kind::Note);
    EXPECT_EQ(found->hits.first().row.intervieweeId, 1);
}

TEST(Search, FilteredRecallEqualsTheFilteredScanAcrossPages)
{
    Archive a;
    // Which interviewee each segment belongs to (interviewee n has transcript n).
    QMap<Id, Id> owner;
    for (Id person = 1; person <= 4; ++person) {
        auto interviews = a.ws->interviews().forInterviewee(person);
        const auto transcripts = a.ws->transcripts().forInterview(interviews->first().id);
        for (const Transcript &t : *transcripts) {
            const auto loaded = a.ws->transcripts().load(t.id);
            for (const Segment &s : loaded->segments)
                owner.insert(s.id, person);
        }
    }
    for (const QString &term :
         {QStringLiteral("の"), QStringLiteral("日本"), QStringLiteral("おれ")}) {
        QSet<Id> expected;
        for (Id id : a.bruteForce(term)) {
            if (owner.value(id) == 3)
                expected.insert(id);
        }
        // Page through 7 at a time: pages must neither skip nor repeat.
        QSet<Id> found;
        int pages = 0;
        for (int offset = 0;; offset += 7, ++pages) {
            SearchQuery q;
            q.text = term;
            q.limit = 7;
            q.offset = offset;
            q.includeNotes = false;
            q.filter.intervieweeId = 3;
            auto r = a.ws->search().search(q);
            ASSERT_TRUE(r);
            for (const SearchHit &h : r->hits) {
                EXPECT_FALSE(found.contains(h.row.segmentId));
                found.insert(h.row.segmentId);
            }
            if (!r->more || pages > 2000)
                break;
        }
        EXPECT_EQ(found, expected) << term.toStdString();
    }
}
