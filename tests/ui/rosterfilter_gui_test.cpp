// The roster's filter as a person types into it: characters, Backspace, clearing. Each state
// must show exactly the people the filter matches, once each, with the proxy consistent.
#include "roster/rosterfilterproxy.h"
#include "roster/rostermodel.h"
#include "roster/rosterscreen.h"
#include "services/rosterservice.h"
#include "shell/mainwindow.h"
#include "storage/database.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace shuzai;
using namespace shuzai::ui;

namespace {

const char16_t *const kFamilies[][2] = {
    {u"佐藤", u"サトウ"}, {u"佐々木", u"ササキ"}, {u"斎藤", u"サイトウ"}, {u"田中", u"タナカ"},
    {u"鈴木", u"スズキ"}, {u"高橋", u"タカハシ"}, {u"渡辺", u"ワタナベ"}, {u"坂本", u"サカモト"},
    {u"伊藤", u"イトウ"}, {u"山本", u"ヤマモト"},
};

// `count` people across the categories, added in one transaction before any window exists.
std::unique_ptr<Workspace> rosterOf(test::TestWorkspace &ws, int count)
{
    EXPECT_TRUE(ws->database().transact([&]() -> VoidResult {
        for (int i = 0; i < count; ++i) {
            const auto &family = kFamilies[i % std::size(kFamilies)];
            IntervieweeData d;
            d.categoryId = 1 + i % 3;
            d.familyName = QString::fromUtf16(family[0]);
            d.givenName = QStringLiteral("花子%1").arg(i);
            d.familyReading = QString::fromUtf16(family[1]);
            d.givenReading = QStringLiteral("ハナコ");
            d.organisation = i % 2 ? QStringLiteral("サクラ電機") : QStringLiteral("Edge AI");
            d.email = QStringLiteral("p%1@example.jp").arg(i);
            if (auto r = ws->roster().add(1, d); !r)
                return r.error();
        }
        return {};
    }));
    return std::move(ws.workspace);
}

QSet<Id> shownIds(RosterScreen *roster)
{
    QSet<Id> ids;
    const auto *proxy = roster->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex source = proxy->mapToSource(proxy->index(row, 0));
        const Id id = roster->proxy()->source()->interviewee(source.row()).id;
        EXPECT_FALSE(ids.contains(id)) << "person " << id << " shown twice";
        ids.insert(id);
    }
    EXPECT_EQ(ids.size(), proxy->rowCount());
    return ids;
}

QSet<Id> expectedIds(Workspace &ws, const QString &text)
{
    RosterFilter filter;
    filter.text = text;
    QSet<Id> ids;
    const auto people = ws.roster().list(1);
    EXPECT_TRUE(people);
    for (const Interviewee &i : *people) {
        if (filter.matches(i.data))
            ids.insert(i.id);
    }
    return ids;
}

// Keys as a keyboard sends them, with their text (QTest::keyClicks takes ASCII only).
void typeKeys(QLineEdit *edit, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(edit, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(edit, &release);
    }
}

void typeLikeAPerson(int people)
{
    test::TestWorkspace ws;
    auto window = std::make_unique<MainWindow>(rosterOf(ws, people));
    window->show();
    RosterScreen *roster = window->rosterScreen();
    if (roster->model()->isLoading()) {
        // Thousands of people are read in the background: typing starts once they are in.
        QSignalSpy loaded(roster->model(), &RosterModel::loaded);
        ASSERT_TRUE(loaded.wait(30000));
    }
    QAbstractItemModelTester tester(roster->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *search = roster->findChild<QLineEdit *>(QStringLiteral("rosterSearch"));
    ASSERT_NE(search, nullptr);
    auto *count = roster->findChild<QLabel *>(QStringLiteral("rosterCount"));
    ASSERT_NE(count, nullptr);
    Workspace &workspace = window->workspace();

    auto check = [&](const char *step) {
        const QSet<Id> expected = expectedIds(workspace, search->text());
        EXPECT_EQ(shownIds(roster), expected)
            << step << " \"" << search->text().toStdString() << "\" with " << people << " people";
        EXPECT_TRUE(count->text().contains(QString::number(expected.size())))
            << step << ": " << count->text().toStdString();
    };
    check("start");
    ASSERT_EQ(roster->proxy()->rowCount(), people);
    // ｻ (half-width, as a Japanese keyboard in half-width mode types it), then back and again.
    search->setFocus();
    typeKeys(search, QStringLiteral("ｻ"));
    check("typed ｻ");
    QTest::keyClick(search, Qt::Key_Backspace);
    check("Backspace");
    typeKeys(search, QStringLiteral("ｻ"));
    check("ｻ again");
    typeKeys(search, QStringLiteral("ﾄ"));
    check("ｻﾄ");
    typeKeys(search, QStringLiteral("ウ"));
    check("ｻﾄウ");
    QTest::keyClick(search, Qt::Key_Backspace);
    QTest::keyClick(search, Qt::Key_Backspace);
    check("two Backspaces");
    search->clear();
    check("cleared");
    typeKeys(search, QStringLiteral("さくら"));
    check("さくら");
    search->selectAll();
    QTest::keyClick(search, Qt::Key_Delete);
    check("selected and deleted");
    QTest::keyClicks(search, QStringLiteral("zzz"));
    check("nothing matches");
    search->clear();
    check("cleared again");
    EXPECT_EQ(roster->proxy()->rowCount(), people);
}

} // namespace

TEST(RosterFilterTyping, HundredPeople)
{
    typeLikeAPerson(100);
}

TEST(RosterFilterTyping, FourThousandPeople)
{
    typeLikeAPerson(4000);
}
