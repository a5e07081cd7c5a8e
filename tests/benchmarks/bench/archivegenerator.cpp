#include "archivegenerator.h"

#include "services/campaignservice.h"
#include "services/interviewservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/transcriptservice.h"
#include "services/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>

namespace shuzai::bench {

std::optional<ArchiveSize> archiveSize(const QString &name)
{
    // campaigns, interviewees, transcripts, characters, roster of the big campaign, bookings,
    // MB of the big import
    if (name == QLatin1String("smoke"))
        return ArchiveSize{name, 2, 10, 4, 3000, 60, 40, 1};
    if (name == QLatin1String("S"))
        return ArchiveSize{name, 20, 400, 400, 25000, 400, 300, 20};
    if (name == QLatin1String("M"))
        return ArchiveSize{name, 50, 1000, 1000, 25000, 1000, 500, 20};
    if (name == QLatin1String("L"))
        return ArchiveSize{name, 200, 4000, 4000, 25000, 4000, 1000, 20};
    return std::nullopt;
}

QStringList loadSentences(const QString &directory)
{
    QStringList out;
    const QRegularExpression end(QStringLiteral("(?<=[。！？])"));
    const QDir dir(directory);
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (QString s : QString::fromUtf8(f.readAll()).split(end, Qt::SkipEmptyParts)) {
            s = s.simplified();
            // Sentences with kana or kanji only: the corpus has some lines of markup too.
            if (s.size() >= 4 && s.size() <= 200 && s.at(0).unicode() >= 0x3000)
                out.append(s);
        }
    }
    return out;
}

TextSource::TextSource(QStringList sentences, quint32 seed)
    : m_sentences(std::move(sentences))
    , m_state(seed * 6364136223846793005ULL + 1442695040888963407ULL)
{
}

// A small generator of our own (PCG-style LCG): the same archive for a seed on every platform
// and Qt version.
quint32 TextSource::bounded(quint32 n)
{
    m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return quint32((m_state >> 33) % n);
}

QString TextSource::sentence()
{
    return m_sentences.at(bounded(quint32(m_sentences.size())));
}

TextSource::Person TextSource::person()
{
    static const char *const families[][2] = {
        {"山田", "ヤマダ"},   {"佐藤", "サトウ"},   {"鈴木", "スズキ"},   {"高橋", "タカハシ"},
        {"田中", "タナカ"},   {"伊藤", "イトウ"},   {"渡辺", "ワタナベ"}, {"中村", "ナカムラ"},
        {"小林", "コバヤシ"}, {"加藤", "カトウ"},   {"吉田", "ヨシダ"},   {"山本", "ヤマモト"},
        {"松本", "マツモト"}, {"井上", "イノウエ"}, {"木村", "キムラ"},   {"林", "ハヤシ"}};
    static const char *const givens[][2] = {
        {"太郎", "タロウ"},   {"花子", "ハナコ"}, {"健", "ケン"},     {"陽子", "ヨウコ"},
        {"誠", "マコト"},     {"美咲", "ミサキ"}, {"翔", "ショウ"},   {"直美", "ナオミ"},
        {"大輔", "ダイスケ"}, {"由美", "ユミ"},   {"拓也", "タクヤ"}, {"恵", "メグミ"}};
    static const char *const organisations[] = {
        "東京大学",     "京都大学",         "株式会社サンプル", "日本電気研究所",
        "大阪工業大学", "未来技術株式会社", "北海道大学",       "合同会社テスト"};
    Person p;
    const auto &f = families[bounded(std::size(families))];
    const auto &g = givens[bounded(std::size(givens))];
    p.family = QString::fromUtf8(f[0]);
    p.familyReading = QString::fromUtf8(f[1]);
    p.given = QString::fromUtf8(g[0]);
    p.givenReading = QString::fromUtf8(g[1]);
    p.organisation = QString::fromUtf8(organisations[bounded(std::size(organisations))]);
    return p;
}

QByteArray TextSource::zoomVtt(qint64 characters)
{
    QByteArray out("WEBVTT\n\n");
    out.reserve(characters * 4);
    qint64 written = 0;
    int cue = 0;
    qint64 ms = 0;
    auto stamp = [](qint64 t) {
        return QStringLiteral("%1:%2:%3.%4")
            .arg(t / 3600000, 2, 10, QLatin1Char('0'))
            .arg(t / 60000 % 60, 2, 10, QLatin1Char('0'))
            .arg(t / 1000 % 60, 2, 10, QLatin1Char('0'))
            .arg(t % 1000, 3, 10, QLatin1Char('0'));
    };
    while (written < characters) {
        const QString text = sentence();
        const qint64 length = 1000 + 80 * text.size();
        out += QByteArray::number(++cue) + '\n';
        out += (stamp(ms) + QStringLiteral(" --> ") + stamp(ms + length)).toLatin1() + '\n';
        out += (cue % 3 ? "山田 太郎: " : "記者: ") + text.toUtf8() + "\n\n";
        ms += length + 200;
        written += text.size();
    }
    return out;
}

namespace {
// What went wrong while generating, in English (the bench is a developer's tool).
Error failed(const char *what, const Error &e)
{
    return Error(ErrorCode::InvalidInput, "%1: %2", {QLatin1String(what), e.untranslatedMessage()});
}

Result<Campaign> makeCampaign(Workspace &ws, int n, QDate publication)
{
    CampaignSettings s;
    s.title = QStringLiteral("取材キャンペーン %1").arg(n, 3, 10, QLatin1Char('0'));
    s.publication = QStringLiteral("AI Tech Media");
    s.publicationDate = publication;
    s.windowStart = publication.addDays(-60);
    s.windowEnd = publication.addDays(-20);
    s.modes = {InterviewMode::Online, InterviewMode::InPerson};
    s.timeZone = QStringLiteral("Asia/Tokyo");
    s.editorName = QStringLiteral("編集 花子");
    s.editorEmail = QStringLiteral("editor@example.jp");
    auto c = ws.campaigns().create(s);
    if (!c)
        return c;
    CategoryFields category;
    category.code = QStringLiteral("researcher");
    category.name = QStringLiteral("研究者");
    if (auto added = ws.campaigns().addCategory(c->id, category); !added)
        return added.error();
    return ws.campaigns().load(c->id);
}

Result<Id> addPerson(Workspace &ws, const Campaign &c, TextSource &text, int n)
{
    const TextSource::Person p = text.person();
    IntervieweeData d;
    d.categoryId = c.categories.value(0).id;
    d.familyName = p.family;
    d.givenName = p.given;
    d.familyReading = p.familyReading;
    d.givenReading = p.givenReading;
    d.organisation = p.organisation;
    d.email = QStringLiteral("person%1.c%2@example.jp").arg(n).arg(c.id);
    auto added = ws.roster().add(c.id, d);
    if (!added)
        return added.error();
    return added->id;
}
} // namespace

Result<GeneratedArchive> generateArchive(Workspace &ws, const ArchiveSize &size, TextSource &text,
                                         const std::function<void(const QString &)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    GeneratedArchive out;
    const QDate firstPublication(2025, 1, 10);
    QList<Id> people;
    QList<Campaign> campaigns;
    for (int n = 0; n < size.campaigns; ++n) {
        auto c = makeCampaign(ws, n + 1, firstPublication.addDays(7 * n));
        if (!c)
            return failed("campaign", c.error());
        campaigns.append(*c);
    }
    for (int n = 0; n < size.interviewees; ++n) {
        auto id = addPerson(ws, campaigns.at(n % campaigns.size()), text, n);
        if (!id)
            return failed("interviewee", id.error());
        people.append(*id);
    }
    out.campaigns = int(campaigns.size());
    out.interviewees = int(people.size());
    if (progress)
        progress(QStringLiteral("%1 campaigns, %2 interviewees")
                     .arg(out.campaigns)
                     .arg(out.interviewees));

    for (int t = 0; t < size.transcripts; ++t) {
        Interview i;
        i.intervieweeId = people.at(t % people.size());
        auto interview = ws.interviews().create(i);
        if (!interview)
            return failed("interview", interview.error());
        TranscriptImport request;
        request.interviewId = interview->id;
        request.bytes = text.zoomVtt(size.charsPerTranscript);
        request.fileName = QStringLiteral("interview-%1.vtt").arg(t + 1);
        request.confirmed = true;
        auto imported = ws.transcripts().importFile(request);
        if (!imported)
            return failed("transcript", imported.error());
        ++out.transcripts;
        ++out.interviews;
        if (progress && (t + 1) % 100 == 0)
            progress(QStringLiteral("%1 transcripts").arg(t + 1));
    }
    out.characters = qint64(out.transcripts) * size.charsPerTranscript;

    // The campaign the window opens on (the latest publication date lists first): a roster of
    // its own and interviews booked close together, two or three at a time, some for the same
    // writer (conflicts to find and list).
    auto big = makeCampaign(ws, 0, firstPublication.addDays(7 * size.campaigns + 90));
    if (!big)
        return failed("campaign", big.error());
    out.bigCampaign = big->id;
    ++out.campaigns;
    QList<Id> roster;
    for (int n = 0; n < size.rosterPeople; ++n) {
        auto id = addPerson(ws, *big, text, n);
        if (!id)
            return failed("interviewee", id.error());
        roster.append(*id);
    }
    out.interviewees += int(roster.size());
    auto users = ws.users();
    if (!users)
        return users.error();
    QList<Id> writers;
    for (const User &u : *users)
        writers.append(u.id);
    const QTimeZone tokyo("Asia/Tokyo");
    for (int n = 0; n < size.bookings && n < roster.size(); ++n) {
        Booking b;
        b.intervieweeId = roster.at(n);
        const QDate day = big->windowStart.addDays(n / 27);
        b.start = QDateTime(day, QTime(9 + n % 9, (n / 9) % 3 * 20), tokyo);
        b.minutes = 60;
        b.writerId = writers.value(int(text.bounded(quint32(writers.size()))));
        b.tentative = n % 10 == 0;
        auto booked = ws.scheduling().book(b);
        if (!booked)
            return failed("booking", booked.error());
        ++out.interviews;
    }
    if (progress)
        progress(QStringLiteral("big campaign: %1 people, %2 bookings")
                     .arg(roster.size())
                     .arg(size.bookings));
    out.seconds = timer.elapsed() / 1000.0;
    return out;
}

} // namespace shuzai::bench
