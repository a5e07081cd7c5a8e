// The main window's geometry on small and large screens, what it remembers between runs, and
// what start-up makes and loads.
#include "people.h"
#include "roster/rostermodel.h"
#include "roster/rosterscreen.h"
#include "search/searchscreen.h"
#include "services/campaignservice.h"
#include "services/rosterservice.h"
#include "shell/windowstate.h"
#include "testwindow.h"
#include "transcripts/transcriptsscreen.h"
#include "util/translations.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QScreen>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace shuzai;
using namespace shuzai::ui;
using namespace shuzai::test;

TEST(MainWindowGeometry, EveryScreenFitsALaptopOf1366By768)
{
    CleanSettings clean;
    TestWindow window;
    QStackedWidget *stack = stackOf(*window);
    i18n::install(QStringLiteral("ja")); // the longer labels
    window->show();
    for (int i = 0; i < stack->count(); ++i) {
        window->showScreen(i);
        const QSize needed = window->minimumSizeHint().expandedTo(window->minimumSize());
        EXPECT_LE(needed.width(), windowstate::smallestWindow.width())
            << stack->widget(i)->objectName().toStdString();
        EXPECT_LE(needed.height(), windowstate::smallestWindow.height())
            << stack->widget(i)->objectName().toStdString() << " needs " << needed.height();
    }
    i18n::install(QStringLiteral("en"));
}

TEST(MainWindowGeometry, ALongOrganisationNameDoesNotWidenTheRosterOnTheFirstStart)
{
    // The roster fits its columns to the people with a cap, and the first start (no saved
    // layout) must not fit them again without it.
    CleanSettings clean;
    test::TestWorkspace database;
    IntervieweeData person = test::someone();
    person.organisation = QStringLiteral("国立研究開発法人 産業技術総合研究所 人工知能研究センター "
                                         "機械学習研究チーム");
    ASSERT_TRUE(database->roster().add(1, person));
    MainWindow window(std::move(database.workspace));
    auto *table = window.findChild<QTableView *>(QStringLiteral("rosterTable"));
    ASSERT_TRUE(table);
    EXPECT_LE(table->columnWidth(RosterModel::Organisation), 180);
    EXPECT_GT(table->columnWidth(RosterModel::Organisation), 60);
}

TEST(MainWindowGeometry, ALongOrganisationNameIsShownWholeWhenTheScreenHasRoom)
{
    // On a 1920×1080 screen the capped column stayed cut while the last column took the rest.
    CleanSettings clean;
    test::TestWorkspace database;
    IntervieweeData person = test::someone();
    person.organisation =
        QStringLiteral("国立研究開発法人 産業技術総合研究所 人工知能研究センター");
    ASSERT_TRUE(database->roster().add(1, person));
    MainWindow window(std::move(database.workspace));
    auto *table = window.findChild<QTableView *>(QStringLiteral("rosterTable"));
    ASSERT_TRUE(table);
    const int whole = static_cast<QAbstractItemView *>(table)->sizeHintForColumn(
        RosterModel::Organisation); // public there, protected in QTableView
    ASSERT_GT(whole, 180);
    window.resize(1900, 1000);
    window.showScreen(QStringLiteral("roster"));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QCoreApplication::processEvents();
    EXPECT_GE(table->columnWidth(RosterModel::Organisation), whole);
    // A column the user sized by hand stays as they left it.
    table->horizontalHeader()->resizeSection(RosterModel::Organisation, 120);
    window.resize(1800, 1000);
    QCoreApplication::processEvents();
    EXPECT_EQ(table->columnWidth(RosterModel::Organisation), 120);
}

TEST(MainWindowGeometry, TheFirstWindowIsPlacedInsideTheScreensFreeArea)
{
    CleanSettings clean;
    TestWindow window;
    const QRect laptop(0, 28, 1366, 740); // a desktop panel on top
    windowstate::fitToScreen(window.get(), laptop);
    EXPECT_TRUE(laptop.contains(window->geometry())) << window->width() << "x" << window->height();
    const QRect large(0, 0, 1920, 1080);
    windowstate::fitToScreen(window.get(), large);
    EXPECT_EQ(window->size(), QSize(1280, 800));
    EXPECT_TRUE(large.contains(window->geometry()));
}

TEST(MainWindowGeometry, LayoutCampaignAndScreenAreRememberedAfterClosing)
{
    CleanSettings clean;
    test::TestWorkspace database;
    Workspace *ws = database.workspace.get();
    std::unique_ptr<Workspace> second = database.openAnother();
    double share = 0;
    QSize left;
    {
        auto *window = new MainWindow(std::move(database.workspace));
        window->showScreen(QStringLiteral("roster"));
        auto *splitter = window->rosterScreen()->findChild<QSplitter *>();
        ASSERT_NE(splitter, nullptr);
        window->show();
        // A size of the user's own, above what the window needs.
        window->resize(std::max(1100, window->minimumSizeHint().width() + 40), 680);
        QCoreApplication::processEvents();
        left = window->size();
        splitter->setSizes({300, 700});
        QCoreApplication::processEvents();
        const QList<int> before = splitter->sizes();
        share = double(before.at(0)) / (before.at(0) + before.at(1));
        window->showScreen(QStringLiteral("calendar"));
        window->close(); // WA_DeleteOnClose
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    Q_UNUSED(ws);
    MainWindow again(std::move(second));
    again.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(again.size(), left);
    EXPECT_EQ(stackOf(again)->currentWidget()->objectName(), QStringLiteral("calendarScreen"));
    again.showScreen(QStringLiteral("roster"));
    QCoreApplication::processEvents();
    const QList<int> sizes = again.rosterScreen()->findChild<QSplitter *>()->sizes();
    ASSERT_EQ(sizes.size(), 2);
    // The window is the same size, so the division is the one the user left.
    EXPECT_NEAR(double(sizes.at(0)) / (sizes.at(0) + sizes.at(1)), share, 0.05);
    EXPECT_LT(share, 0.5); // not the screen's default division
}

TEST(MainWindowStartUp, OnlyTheScreenInViewIsMadeTheOthersWhenFirstShown)
{
    // Start-up cost every screen's widgets and models whether or not it was opened that day.
    CleanSettings clean;
    TestWindow window;
    window->show();
    const auto count = [&window]<typename T>(T *) {
        return window->findChildren<T *>().size();
    };
    EXPECT_EQ(count((RosterScreen *)nullptr), 1);
    EXPECT_EQ(count((SearchScreen *)nullptr), 0);
    EXPECT_EQ(count((TranscriptsScreen *)nullptr), 0);
    QStackedWidget *stack = stackOf(*window);
    EXPECT_EQ(stack->count(), 8); // every page is in the navigation all the same
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->item(3)->text(), QStringLiteral("Search"));

    window->showScreen(QStringLiteral("search"));
    EXPECT_EQ(count((SearchScreen *)nullptr), 1);
    EXPECT_TRUE(window->searchScreen()->isVisible());
    window->showScreen(QStringLiteral("roster"));
    window->showScreen(QStringLiteral("search"));
    EXPECT_EQ(count((SearchScreen *)nullptr), 1); // made once
    // Ctrl+F where there is nothing to find goes to the search.
    window->showScreen(QStringLiteral("calendar"));
    QAction *find = window->findChild<QAction *>(QStringLiteral("findAction"));
    ASSERT_NE(find, nullptr);
    find->trigger();
    EXPECT_EQ(stack->currentWidget()->objectName(), QStringLiteral("searchScreen"));
}

// Start-up and a change of campaign load the screen in view only; every other screen loads the
// campaign chosen then when it is first shown (a 4,000-person archive no longer waits for
// eight screens), and shows that campaign, not the one of its last showing.
TEST(StartUp, AScreenLoadsTheCurrentCampaignWhenFirstShown)
{
    CleanSettings clean;
    TestWindow window;
    Workspace &ws = window->workspace();
    CampaignSettings settings = settingsOf(*ws.campaigns().load(1));
    settings.title = QStringLiteral("第二の取材");
    auto second = ws.campaigns().create(settings);
    ASSERT_TRUE(second);
    CategoryFields category;
    category.name = QStringLiteral("研究者");
    auto added = ws.campaigns().addCategory(second->id, category);
    ASSERT_TRUE(added);
    IntervieweeData d;
    d.categoryId = added->id;
    d.familyName = QStringLiteral("新人");
    d.familyReading = QStringLiteral("シンジン");
    ASSERT_TRUE(ws.roster().add(second->id, d));

    window->showScreen(QStringLiteral("roster"));
    window->show();
    window->selectCampaign(second->id);
    auto *tree =
        window->transcriptsScreen()->findChild<QTreeView *>(QStringLiteral("interviewTree"));
    ASSERT_NE(tree, nullptr);
    // Not shown yet: nothing read for it.
    EXPECT_EQ(tree->model()->rowCount(), 0);
    window->showScreen(QStringLiteral("transcripts"));
    ASSERT_EQ(tree->model()->rowCount(), 1);
    EXPECT_EQ(tree->model()->index(0, 0).data().toString(), QStringLiteral("新人"));

    // Back on the roster, the first campaign again: the transcripts screen catches up when shown.
    window->showScreen(QStringLiteral("roster"));
    window->selectCampaign(1);
    window->showScreen(QStringLiteral("transcripts"));
    bool newcomer = false;
    for (int row = 0; row < tree->model()->rowCount(); ++row)
        newcomer = newcomer || tree->model()->index(row, 0).data().toString().startsWith(u"新人");
    EXPECT_FALSE(newcomer);
}

namespace {
// A long list that remembers which rows a view read to size its columns.
class LongList : public QAbstractTableModel {
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 4000;
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 3;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        rowsRead.insert(index.row());
        return QStringLiteral("佐藤 花子 %1").arg(index.row());
    }
    mutable QSet<int> rowsRead;
};
} // namespace

TEST(WindowState, ColumnsAreFittedToTheFirstRowsNotToAWholeRosterOfThousands)
{
    // Reading every row of 4,000 people to size three columns was a tenth of start-up on L.
    for (const bool tree : {false, true}) {
        LongList model;
        std::unique_ptr<QAbstractItemView> view;
        if (tree)
            view = std::make_unique<QTreeView>();
        else
            view = std::make_unique<QTableView>();
        view->setModel(&model);
        windowstate::fitColumns(view.get());
        EXPECT_GE(model.rowsRead.size(), 10) << (tree ? "tree" : "table");
        EXPECT_LE(model.rowsRead.size(), 100) << (tree ? "tree" : "table");
    }
}
