// A big file is decoded and cut into lines a piece at a time: wherever the pieces end (inside a
// CR LF, inside a line), the lines are those of the whole text.
#include "transcripts/linesplitter.h"

#include <gtest/gtest.h>

using namespace shuzai;
using namespace shuzai::transcriptparsing;

namespace {
class Collect final : public LineParser {
public:
    void line(QStringView text, int number) override
    {
        EXPECT_EQ(number, lines.size() + 1);
        lines.append(text.toString());
    }
    std::optional<Error> finish() override { return std::nullopt; }
    QStringList lines;
};

QStringList linesInPieces(const QString &text, qsizetype piece)
{
    Collect collect;
    LineSplitter splitter(collect);
    for (qsizetype at = 0; at < text.size(); at += piece) {
        const bool last = at + piece >= text.size();
        EXPECT_FALSE(
            splitter.feed(QStringView(text).sliced(at, std::min(piece, text.size() - at)), last));
    }
    return collect.lines;
}
} // namespace

TEST(LineSplitter, PiecesOfAnySizeGiveTheLinesOfTheWhole)
{
    const QString text = QStringLiteral("WEBVTT\r\n\r\n00:01.000 --> 00:02.000\r記者: 一行目\n"
                                        "二行目\r\n\r\n\rNUL\0here\nlast line without a break")
                             .replace(QStringLiteral("\\0"), QString(QChar(u'\0')));
    const QStringList whole = linesInPieces(text, text.size());
    ASSERT_EQ(whole.size(), 9) << whole.join(u'|').toStdString();
    EXPECT_EQ(whole[3], QStringLiteral("記者: 一行目"));
    EXPECT_EQ(whole[5], QString()); // "\r\n\r\n\r": three empty lines
    EXPECT_EQ(whole[6], QString());
    EXPECT_EQ(whole.last(), QStringLiteral("last line without a break"));
    for (qsizetype piece = 1; piece < 12; ++piece)
        EXPECT_EQ(linesInPieces(text, piece), whole) << "pieces of " << piece;
}

TEST(LineSplitter, NulBecomesTheReplacementCharacter)
{
    QString text = QStringLiteral("a");
    text += QChar(u'\0');
    text += QStringLiteral("b\n");
    const QStringList lines = linesInPieces(text, 1);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0], QStringLiteral("a\uFFFDb"));
}
