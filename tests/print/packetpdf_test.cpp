// The review packet's PDF gives back, through pdftotext, exactly the text it was made from, and
// its lines follow the Japanese line-breaking rules.
#include "print/pdfrender.h"
#include "print/tounicode.h"
#include "review/reviewpacket.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextDocument>
#include <gtest/gtest.h>

using namespace shuzai;

namespace {
ReviewPacketInput packetInput(const QString &language)
{
    ReviewPacketInput in;
    in.language = language;
    in.campaign.title = QStringLiteral("日本語に特化した小規模言語モデルの現在");
    in.campaign.publication = QStringLiteral("AI Tech Media");
    in.campaign.publicationDate = QDate(2025, 6, 12);
    in.campaign.editorName = QStringLiteral("田中 一郎");
    in.campaign.editorEmail = QStringLiteral("tanaka@example.jp");
    in.person.data.familyName = QStringLiteral("佐藤");
    in.person.data.givenName = QStringLiteral("花子");
    in.person.data.organisation = QStringLiteral("エッジAI株式会社");
    in.person.data.department = QStringLiteral("研究開発部／言語チーム");
    in.person.data.jobTitle = QStringLiteral("CTO");
    in.person.data.attribution = Attribution::NameAndAffiliation;
    in.printedName = QStringLiteral("佐藤 花子");
    in.dueDate = QDate(2025, 6, 5);
    in.round = 1;
    // Characters whose glyph Noto Sans CJK shares with another code point: 小 言 日 用 方 食
    // (Kangxi and supplement radicals), ・ (U+2027), the ideographic space (U+2003), ／
    // (U+2215), 〈〉 (U+2329/U+232A), ‘ (U+02BB), – (U+2012) and … (U+22EF).
    ReviewItem quote;
    quote.number = 1;
    quote.kind = QStringLiteral("quote");
    quote.question = QStringLiteral("日々の開発で大切にしていることは？");
    quote.text = QStringLiteral("弊社では日本語に特化した小規模言語モデルを開発しています。"
                                "言葉の扱い方、食・住の用語、〈固有名詞〉の読み方まで、"
                                "一つ一つ確かめています…　‘Small is beautiful’ – 2025年");
    quote.context = quote.text + QStringLiteral("（笑）。日本の小さな会社です。");
    ReviewItem excerpt;
    excerpt.number = 2;
    excerpt.kind = QStringLiteral("excerpt");
    excerpt.text = QStringLiteral("ジョン・スミス氏は「立方体の一方を見る」と言った。");
    excerpt.context = excerpt.text;
    in.items = {quote, excerpt};
    return in;
}

// pdftotext's text of `pdf`; -raw keeps the order the text was drawn in (the document's).
QString pdfText(const QByteArray &pdf, bool raw)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("packet.pdf"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess p;
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (raw)
        arguments.append(QStringLiteral("-raw"));
    p.start(QStringLiteral("pdftotext"), arguments + QStringList{path, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(30000));
    EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of the pages without the page numbers QTextDocument prints at their feet.
QString withoutPageNumbers(const QString &text)
{
    QStringList pages = text.split(u'\f');
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QStringList lines = pages[i].trimmed().split(u'\n');
        if (!lines.isEmpty() && lines.last().trimmed() == QString::number(i + 1))
            lines.removeLast();
        pages[i] = lines.join(u'\n');
    }
    return pages.join(u'\n');
}

QString withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

QString sourceText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// The first difference between two texts, for a readable failure.
std::string firstDifference(const QString &expected, const QString &actual)
{
    qsizetype i = 0;
    while (i < expected.size() && i < actual.size() && expected[i] == actual[i])
        ++i;
    return QStringLiteral("at %1: expected \"%2\", got \"%3\"")
        .arg(i)
        .arg(expected.mid(i, 12), actual.mid(i, 12))
        .toStdString();
}
} // namespace

TEST(PacketPdf, TheWholeJapanesePacketCopiesAsTheTextItWasMadeFrom)
{
    const ReviewPacket packet = buildReviewPacket(packetInput(QStringLiteral("ja")));
    auto pdf = renderPdf(packet.html, packet.title);
    ASSERT_TRUE(pdf) << pdf.error().message().toStdString();
    const QString expected = withoutSpaces(sourceText(packet.html));
    const QString actual = withoutSpaces(withoutPageNumbers(pdfText(*pdf, true)));
    ASSERT_GT(expected.size(), 300);
    EXPECT_EQ(actual.toStdString(), expected.toStdString()) << firstDifference(expected, actual);
    // The characters the reader searches for, as typed: no radical (⼩ ⾔ ⽇) stands in.
    for (const QString &word :
         {QStringLiteral("小規模言語モデル"), QStringLiteral("日々の開発"),
          QStringLiteral("ジョン・スミス"), QStringLiteral("研究開発部／言語チーム")})
        EXPECT_TRUE(actual.contains(word)) << word.toStdString();
    for (const char16_t radical : {u'\u2F29', u'\u2F94', u'\u2F47'})
        EXPECT_FALSE(actual.contains(QChar(radical)));
}

TEST(PacketPdf, TheEnglishPacketCopiesAsTheTextItWasMadeFrom)
{
    const ReviewPacket packet = buildReviewPacket(packetInput(QStringLiteral("en")));
    auto pdf = renderPdf(packet.html, packet.title);
    ASSERT_TRUE(pdf);
    const QString expected = withoutSpaces(sourceText(packet.html));
    const QString actual = withoutSpaces(withoutPageNumbers(pdfText(*pdf, true)));
    EXPECT_EQ(actual.toStdString(), expected.toStdString()) << firstDifference(expected, actual);
}

TEST(PacketPdf, NoLineOfThePacketStartsWithClosingPunctuation)
{
    // One passage per offset, so every character of the pattern lands at a line's start in
    // one of them if the layout allowed it.
    ReviewPacketInput in = packetInput(QStringLiteral("ja"));
    in.items.clear();
    const QString pattern = QStringLiteral("小さな言葉、日々の記録。（括弧）「引用」です。"
                                           "ちょっとした・パーティー！本当？");
    for (int offset = 0; offset < 46; ++offset) {
        ReviewItem item;
        item.number = offset + 1;
        item.kind = QStringLiteral("quote");
        item.text = QString(offset, u'あ') + pattern.repeated(3);
        item.context = item.text;
        in.items.append(item);
    }
    const ReviewPacket packet = buildReviewPacket(in);
    auto pdf = renderPdf(packet.html, packet.title);
    ASSERT_TRUE(pdf);
    const QStringList lines = pdfText(*pdf, false).split(u'\n');
    int wrapped = 0;
    const QString forbidden = QStringLiteral("、。）」』】〕！？・ー"
                                             "ぁぃぅぇぉっゃゅょァィゥェォッャュョ");
    for (const QString &line : lines) {
        const QString text = line.trimmed();
        if (text.isEmpty())
            continue;
        if (!text.startsWith(u'「') && !text.startsWith(u'あ') && !text.startsWith(u'小') &&
            !text[0].isDigit())
            ++wrapped;
        EXPECT_FALSE(forbidden.contains(text[0])) << text.toStdString();
    }
    EXPECT_GT(wrapped, 40); // the passages did wrap, in many places
}

TEST(PacketPdf, ARewrittenTargetKeepsTheFileLength)
{
    QByteArray pdf("1 beginbfrange\n<0001> <0003> [<2F29> <3055> <2F47> ]\n<0004> <0004> <2F94>\n"
                   "<0005> <0010> <2F00>\nendbfrange\n");
    const qsizetype size = pdf.size();
    const QHash<char16_t, char16_t> map{
        {u'\u2F29', u'小'}, {u'\u2F47', u'日'}, {u'\u2F94', u'言'}, {u'\u2F00', u'一'}};
    EXPECT_EQ(rewriteToUnicodeTargets(pdf, map), 3);
    EXPECT_EQ(pdf.size(), size);
    EXPECT_TRUE(pdf.contains("[<5C0F> <3055> <65E5> ]")) << pdf.toStdString();
    EXPECT_TRUE(pdf.contains("<0004> <0004> <8A00>"));
    EXPECT_TRUE(pdf.contains("<0005> <0010> <2F00>")); // a consecutive range is left alone
}
