// Reading what an interviewee sent back against the passages as sent: which item each piece of
// returned text is, and only real changes count.
#include "review/returnedtext.h"

#include <gtest/gtest.h>

using namespace shuzai;

namespace {
QList<ReviewItem> packet()
{
    return {
        {1,
         QStringLiteral("quote"),
         {},
         QStringLiteral("弊社では日本語に特化した小規模言語モデルを開発しています。"),
         {},
         {},
         -1},
        {2,
         QStringLiteral("quote"),
         {},
         QStringLiteral("4bit量子化でも精度の低下はわずかです。"),
         {},
         {},
         -1},
        {3,
         QStringLiteral("excerpt"),
         QStringLiteral("1. 今後の計画は？"),
         QStringLiteral("来年には医療分野向けのモデルを公開する予定です。"),
         {},
         {},
         -1},
        {4,
         QStringLiteral("excerpt"),
         QStringLiteral("2. 会社の規模は？"),
         QStringLiteral("社員は現在30名ほどで、半数がエンジニアです。"),
         {},
         {},
         -1},
    };
}

QString textOf(const ReturnedTextReading &r, int item)
{
    for (const ReturnedItem &i : r.items) {
        if (i.item == item)
            return i.text;
    }
    return QStringLiteral("<none>");
}
} // namespace

TEST(ReturnedText, TrivialDifferencesAreTheSameText)
{
    EXPECT_TRUE(
        sameReviewText(QStringLiteral("4bit量子化でも精度の低下はわずかです。"),
                       QStringLiteral("「４ｂｉｔ量子化でも　精度の低下は\nわずかです。」")));
    EXPECT_FALSE(sameReviewText(QStringLiteral("4bit量子化でも精度の低下はわずかです。"),
                                QStringLiteral("4bit量子化でも精度の低下はごくわずかです。")));
}

TEST(ReturnedText, NumberedItemsWithACorrectedLine)
{
    const QString mail =
        QStringLiteral("田中様\n\nお世話になっております。\n\n"
                       "【2】\n修正前：「4bit量子化でも精度の低下はわずかです。」\n"
                       "修正後：「4bit量子化でも、精度の低下は\nごくわずかです。」\n\n"
                       "③ このままで結構です\n\n"
                       "7. 引用\n「存在しない項目」\n\nよろしくお願いいたします。\n");
    const auto r = readReturnedText(packet(), mail);
    EXPECT_EQ(textOf(r, 2), QStringLiteral("4bit量子化でも、精度の低下はごくわずかです。"));
    // "③ このままで結構です" names item 3 but is no version of it: kept for the reviewer.
    EXPECT_EQ(textOf(r, 1), QStringLiteral("<none>"));
    EXPECT_EQ(textOf(r, 3), QStringLiteral("<none>"));
    EXPECT_TRUE(r.unmatched.contains(QStringLiteral("このままで結構です")));
    EXPECT_TRUE(r.unmatched.contains(QStringLiteral("「存在しない項目」")) ||
                r.unmatched.contains(QStringLiteral("存在しない項目")))
        << r.unmatched.join(u'|').toStdString();
}

TEST(ReturnedText, AQuotedPacketEditedBelowEachPassage)
{
    const QString mail = QStringLiteral(
        "お世話になっております。\n\n"
        "> 1. 引用\n> 「弊社では日本語に特化した小規模言語モデルを開発しています。」\n>\n"
        "> 2. 引用\n> 「4bit量子化でも精度の低下はわずかです。」\n"
        "「4bit量子化でも、精度の低下はごくわずかです。」\n\n"
        "> 3. 抜粋\n> 質問：1. 今後の計画は？\n> "
        "「来年には医療分野向けのモデルを公開する予定です。」\n\n"
        "問題ございません。\n");
    const auto r = readReturnedText(packet(), mail);
    EXPECT_EQ(textOf(r, 1), packet()[0].text);
    EXPECT_EQ(textOf(r, 2), QStringLiteral("4bit量子化でも、精度の低下はごくわずかです。"));
    EXPECT_EQ(textOf(r, 3), packet()[2].text); // the remark below it does not replace it
    EXPECT_TRUE(r.unmatched.contains(QStringLiteral("問題ございません。")));
}

TEST(ReturnedText, TheQuotedLineItselfEdited)
{
    const QString mail =
        QStringLiteral("> 4. 抜粋\n> 「社員は現在約40名で、半数がエンジニアです。」\n");
    const auto r = readReturnedText(packet(), mail);
    EXPECT_EQ(textOf(r, 4), QStringLiteral("社員は現在約40名で、半数がエンジニアです。"));
}

TEST(ReturnedText, WithoutNumbersAParagraphGoesToTheItemItClearlyResembles)
{
    const QString docx =
        QStringLiteral("掲載内容のご確認のお願い\n佐藤 花子 様\n"
                       "社員は現在約40名で、半数がエンジニアです。\n"
                       "弊社では日本語に特化した小規模言語モデルを開発しています。\n"
                       "精度について一言添えたいと思います。\n");
    const auto r = readReturnedText(packet(), docx, ReturnedLayout::Paragraphs);
    EXPECT_EQ(textOf(r, 4), QStringLiteral("社員は現在約40名で、半数がエンジニアです。"));
    EXPECT_EQ(textOf(r, 1), packet()[0].text);
    EXPECT_EQ(textOf(r, 2), QStringLiteral("<none>"));
    EXPECT_EQ(textOf(r, 3), QStringLiteral("<none>"));
}

TEST(ReturnedText, NumbersInsideTheTextDoNotStartItems)
{
    const QString mail = QStringLiteral("2、3年前から開発しています。\n1.5倍の速さです。\n");
    const auto r = readReturnedText(packet(), mail);
    EXPECT_TRUE(r.items.isEmpty());
}

TEST(ReturnedText, OtherWaysOfNamingItemsAndCorrections)
{
    // The English packet's headings, the text on the heading line, an arrow for the new text.
    const QString mail = QStringLiteral(
        "Dear Mr Tanaka,\n\n"
        "2. Quotation: 「4bit量子化でも精度の低下はわずかです。」\n"
        "→「4bit量子化でも精度の低下は1%未満です。」\n\n"
        "(4) 「社員は現在30名ほどで、半数以上がエンジニアです。」\n\nBest regards\n");
    const auto r = readReturnedText(packet(), mail);
    EXPECT_EQ(textOf(r, 2), QStringLiteral("4bit量子化でも精度の低下は1%未満です。"));
    EXPECT_EQ(textOf(r, 4), QStringLiteral("社員は現在30名ほどで、半数以上がエンジニアです。"));
    EXPECT_EQ(r.items.size(), 2);
}
