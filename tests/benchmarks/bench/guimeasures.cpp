// The roster's keystroke filter and the week view's paint, next to bare Qt widgets doing the
// same in the same run.
#include "measures.h"

#include "calendar/weekview.h"
#include "roster/rostermodel.h"
#include "roster/rosterscreen.h"
#include "seed/samplecampaign.h"
#include "services/rosterservice.h"
#include "services/workspace.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shuzai::bench {

namespace {
// A keystroke: from `before`, the text changes, the event loop runs and the view paints;
// only what follows the change is timed.
double timedKeystroke(int runs, QLineEdit *edit, QWidget *window, const QString &before,
                      const QString &text)
{
    QList<double> times;
    for (int n = 0; n < runs + 1; ++n) {
        edit->setText(before);
        QApplication::processEvents();
        window->repaint();
        QElapsedTimer timer;
        timer.start();
        edit->setText(text);
        QApplication::processEvents();
        window->repaint();
        if (n > 0) // the first is a warm-up
            times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
} // namespace

QList<Figure> measureRosterFilter(BenchContext &c)
{
    auto people = c.ws.roster().list(c.archive.bigCampaign);
    if (!people)
        qFatal("bench: %s", qPrintable(people.error().untranslatedMessage()));

    QUndoStack undo;
    ui::RosterScreen screen(ui::ScreenContext{c.ws, undo});
    screen.resize(1280, 800);
    screen.setCampaign(c.archive.bigCampaign);
    if (screen.model()->isLoading()) {
        QSignalSpy loaded(screen.model(), &ui::RosterModel::loaded);
        if (!loaded.wait(60000))
            qFatal("bench: the roster did not load");
    }
    screen.show();
    if (!QTest::qWaitForWindowExposed(&screen))
        qFatal("bench: the roster did not show");
    auto *search = screen.findChild<QLineEdit *>(QStringLiteral("rosterSearch"));

    // The bare limit: a line edit over a sorted QSortFilterProxyModel of the same strings.
    QWidget bare;
    bare.resize(1280, 800);
    auto *layout = new QVBoxLayout(&bare);
    auto *bareEdit = new QLineEdit(&bare);
    auto *bareView = new QTableView(&bare);
    layout->addWidget(bareEdit);
    layout->addWidget(bareView);
    QStandardItemModel model(0, 5);
    for (const Interviewee &p : *people) {
        model.appendRow({new QStandardItem(p.data.fullName()),
                         new QStandardItem(p.data.fullReading()),
                         new QStandardItem(p.data.organisation), new QStandardItem(p.data.email),
                         new QStandardItem(QStringLiteral("未連絡"))});
    }
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    bareView->setModel(&proxy);
    bareView->setSortingEnabled(true);
    bareView->sortByColumn(1, Qt::AscendingOrder);
    QObject::connect(bareEdit, &QLineEdit::textChanged, &proxy,
                     &QSortFilterProxyModel::setFilterFixedString);
    bare.show();
    if (!QTest::qWaitForWindowExposed(&bare))
        qFatal("bench: the bare window did not show");

    QList<Figure> out;
    const QString count = QString::number(people->size());
    const QList<std::tuple<QString, QString, QString>> strokes = {
        {QStringLiteral("type the first character"), QString(), QStringLiteral("山")},
        {QStringLiteral("type a second character"), QStringLiteral("山"), QStringLiteral("山田")},
        {QStringLiteral("clear the filter"), QStringLiteral("山田"), QString()},
    };
    for (const auto &[label, before, after] : strokes) {
        Figure f;
        f.name = QStringLiteral("roster keystroke, %1 people: %2").arg(count, label);
        f.limitName = QStringLiteral("bare QSortFilterProxyModel");
        f.value = timedKeystroke(c.runs, search, &screen, before, after);
        f.limit = timedKeystroke(c.runs, bareEdit, &bare, before, after);
        out.append(f);
    }
    return out;
}

QList<Figure> measureWeekView(BenchContext &c)
{
    QList<ui::WeekView::Item> items;
    const QTimeZone tokyo("Asia/Tokyo");
    for (int n = 0; n < 500; ++n) {
        ui::WeekView::Item item;
        item.interview.id = n + 1;
        item.interview.startsAt =
            QDateTime(QDate(2025, 5, 26 + n % 7), QTime(8 + (n / 7) % 12, (n % 4) * 15), tokyo);
        item.interview.minutes = 60;
        item.interview.state = n % 5 ? InterviewState::Planned : InterviewState::Tentative;
        item.title = QStringLiteral("取材先 %1").arg(n);
        item.interview.mode = n % 3 ? InterviewMode::Online : InterviewMode::InPerson;
        item.conflicted = n % 11 == 0;
        items.append(item);
    }
    ui::WeekView view;
    view.resize(1200, 800);
    view.setWeekStart(QDate(2025, 5, 26));
    view.setData(sampleCampaign(), items, QDateTime(QDate(2025, 5, 28), QTime(12, 0), tokyo));
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
    QWidget blank;
    blank.resize(view.size());
    Figure f{QStringLiteral("week view paint, 500 interviews"),
             QStringLiteral("blank widget paint")};
    f.value = medianMs(c.runs * 3, [&] { view.render(&image); });
    f.limit = medianMs(c.runs * 3, [&] { blank.render(&image); });
    return {f};
}

} // namespace shuzai::bench
