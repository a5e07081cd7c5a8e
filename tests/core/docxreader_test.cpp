// The text of Word documents: the main document once, as Word shows it with changes accepted.
// tests/data/docx/*.docx are built by make.py there; tests/data/corpora/docx/ are python-docx's
// own test files. reference_reader.py (zipfile + ElementTree) is the independent reader.
#include "qtprinters.h"
#include "testdata.h"
#include "transcripts/parsers.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <gtest/gtest.h>

using namespace shuzai;

namespace {
using test::dataPath;
QString readDocx(const QString &relative)
{
    auto text = readDocxText(test::readData(relative), relative);
    EXPECT_TRUE(text) << relative.toStdString() << ": "
                      << (text ? std::string() : text.error().untranslatedMessage().toStdString());
    return text ? *text : QString();
}

QString python()
{
    const QString debian = QStringLiteral("/usr/bin/python3");
    return QFileInfo::exists(debian) ? debian
                                     : QStandardPaths::findExecutable(QStringLiteral("python3"));
}
} // namespace

TEST(DocxReader, ATextBoxIsReadOnceFromTheChoice)
{
    EXPECT_EQ(readDocx(QStringLiteral("docx/textbox.docx")),
              QStringLiteral("記者：本日はよろしくお願いします。\n"
                             "囲み：取材メモ（５月２７日）\n"
                             "山田：こちらこそ。よろしくお願いします。\n"
                             "注：古い形式の囲み\n" // only a Fallback: read from there
                             "\n"
                             "記者：ありがとうございました。"));
}

TEST(DocxReader, TrackedChangesReadAsAccepted)
{
    EXPECT_EQ(readDocx(QStringLiteral("docx/revisions.docx")),
              QStringLiteral("山田：二〇二三年の春に始めました。\n"
                             "記者：順番を変えましたあとで。\n"
                             "山田：はい。\n" // the paragraph deleted whole leaves no blank line
                             "記者：前半と後半です。"));
}

TEST(DocxReader, FieldResultsWithoutFieldCodesAndHyphens)
{
    EXPECT_EQ(readDocx(QStringLiteral("docx/fields.docx")),
              QStringLiteral("ページ 3\n"
                             "取材日：2025年5月27日\n"
                             "資料はこちらです。\n"
                             "e-mail と Transkription\t終"));
}

TEST(DocxReader, TableRowsAreLinesOfTabSeparatedCells)
{
    EXPECT_EQ(readDocx(QStringLiteral("docx/table.docx")),
              QStringLiteral("記者：質問の一覧です。\n"
                             "番号\t質問\t回答者\n"
                             "1\t導入のきっかけは？ （背景も）\n"
                             "2\t内側 の表\t山田\n"
                             "以上です。"));
}

TEST(DocxReader, HeadersAndFootersAreNotText)
{
    for (const QString &file :
         {QStringLiteral("docx/textbox.docx"), QStringLiteral("docx/table.docx"),
          QStringLiteral("corpora/docx/"
                         "python-docx__features__steps__test_files__hdr-header-footer.docx")}) {
        const QString text = readDocx(file);
        EXPECT_FALSE(text.contains(QStringLiteral("ヘッダー"))) << file.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("フッター"))) << file.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Header for"))) << file.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("Footer for"))) << file.toStdString();
    }
    EXPECT_EQ(readDocx(QStringLiteral(
                  "corpora/docx/python-docx__features__steps__test_files__hdr-header-footer.docx")),
              QStringLiteral("section with header\n\nsection without header of its own."));
}

TEST(DocxReader, SameTextAsAnIndependentReader)
{
    const QString interpreter = python();
    if (interpreter.isEmpty())
        GTEST_SKIP() << "python3 not found";
    QStringList files = {QStringLiteral("docx/textbox.docx"), QStringLiteral("docx/revisions.docx"),
                         QStringLiteral("docx/fields.docx"), QStringLiteral("docx/table.docx")};
    for (const char *name :
         {"python-docx__features__steps__test_files__comments-rich-para.docx",
          "python-docx__features__steps__test_files__hdr-header-footer.docx",
          "python-docx__features__steps__test_files__par-hlink-frags.docx",
          "python-docx__features__steps__test_files__par-hyperlinks.docx",
          "python-docx__features__steps__test_files__par-known-paragraphs.docx",
          "python-docx__features__steps__test_files__par-rendered-page-breaks.docx",
          "python-docx__features__steps__test_files__tbl-having-tables.docx",
          "python-docx__tests__test_files__blk-inner-content.docx",
          "python-docx__tests__test_files__test.docx"})
        files.append(QStringLiteral("corpora/docx/") + QLatin1String(name));
    QStringList arguments = {dataPath(QStringLiteral("docx/reference_reader.py"))};
    for (const QString &file : files)
        arguments.append(dataPath(file));
    QProcess reader;
    reader.start(interpreter, arguments);
    ASSERT_TRUE(reader.waitForFinished(20000));
    ASSERT_EQ(reader.exitCode(), 0) << reader.readAllStandardError().toStdString();
    const QJsonObject expected = QJsonDocument::fromJson(reader.readAllStandardOutput()).object();
    ASSERT_EQ(expected.size(), files.size());
    for (const QString &file : files)
        EXPECT_EQ(readDocx(file), expected.value(dataPath(file)).toString()) << file.toStdString();
}
