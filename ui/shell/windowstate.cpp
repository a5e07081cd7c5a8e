#include "windowstate.h"

#include "util/appsettings.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace shuzai::ui::windowstate {

namespace {

// A name that stays the same from run to run: the object's own name, else its nearest named
// ancestor's and its place among that ancestor's children of the same kind ("rosterScreen/1").
template <typename T> QString key(const char *kind, T *object)
{
    QString name = object->objectName();
    if (name.isEmpty()) {
        QObject *named = object->parent();
        while (named && named->objectName().isEmpty())
            named = named->parent();
        if (!named)
            return {};
        const auto same = named->template findChildren<T *>();
        name = QStringLiteral("%1/%2").arg(named->objectName()).arg(same.indexOf(object));
    }
    return QStringLiteral("ui/%1/%2").arg(QLatin1String(kind), name);
}

QHeaderView *columnsOf(QWidget *view)
{
    if (auto *table = qobject_cast<QTableView *>(view))
        return table->horizontalHeader();
    if (auto *tree = qobject_cast<QTreeView *>(view))
        return tree->header();
    return nullptr;
}

// A widget on a screen never opened this run has no sizes of its own yet: keeping its state
// would replace what the user set last time with a default. restore() marks each one when it
// is first shown.
const char *const kShown = "shuzaiWasShown";

class ShownMarker : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            watched->setProperty(kShown, true);
        return false;
    }
};

void watchShown(QWidget *widget, QObject *marker)
{
    if (widget->isVisible())
        widget->setProperty(kShown, true);
    widget->installEventFilter(marker);
}

bool laidOut(const QWidget *widget)
{
    return widget->property(kShown).toBool() || widget->isVisible();
}

} // namespace

void fitToScreen(QWidget *window, const QRect &available)
{
    const int margin = 16;
    const QSize wanted(1280, 800);
    const QSize room = available.size() - QSize(2 * margin, 2 * margin);
    const QSize size = wanted.boundedTo(room).expandedTo(window->minimumSize());
    window->resize(size);
    // The frame (title bar) is not known before the first show: keep the top a margin below the
    // area's top so the title bar stays on screen.
    QRect frame(QPoint(), size);
    frame.moveCenter(available.center());
    frame.moveTop(std::max(available.top() + margin / 2, frame.top()));
    window->move(frame.topLeft());
}

void save(QMainWindow *window)
{
    QSettings settings = appSettings();
    settings.setValue(QStringLiteral("ui/geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("ui/windowState"), window->saveState());
    for (QSplitter *splitter : window->findChildren<QSplitter *>()) {
        const QString name = key("splitters", splitter);
        if (!name.isEmpty() && laidOut(splitter))
            settings.setValue(name, splitter->saveState());
    }
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        QHeaderView *header = columnsOf(view);
        const QString name = key("columns", view);
        if (header && !name.isEmpty() && header->count() > 0 && laidOut(view))
            settings.setValue(name, header->saveState());
    }
}

namespace {
constexpr int kRowsMeasured = 50;
constexpr char kFitted[] = "shuzaiColumnsFitted";
} // namespace

bool restore(QMainWindow *window)
{
    QSettings settings = appSettings();
    auto *marker = new ShownMarker(window);
    for (QSplitter *splitter : window->findChildren<QSplitter *>()) {
        watchShown(splitter, marker);
        const QByteArray state = settings.value(key("splitters", splitter)).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        QHeaderView *header = columnsOf(view);
        const QString name = key("columns", view);
        if (!header || name.isEmpty())
            continue;
        watchShown(view, marker);
        const QByteArray state = settings.value(name).toByteArray();
        // A screen that fitted its columns to its data (the roster, with its own cap) keeps
        // them: fitting again doubled the roster's share of start-up and undid its cap.
        if ((state.isEmpty() || !header->restoreState(state)) && !view->property(kFitted).toBool())
            fitColumns(view);
    }
    window->restoreState(settings.value(QStringLiteral("ui/windowState")).toByteArray());
    const QByteArray geometry = settings.value(QStringLiteral("ui/geometry")).toByteArray();
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

void fitColumns(QWidget *widget, int cap)
{
    auto *view = qobject_cast<QAbstractItemView *>(widget);
    QHeaderView *header = columnsOf(widget);
    if (!view || !header)
        return;
    // Widths from the first rows, not from a roster of thousands (Qt reads up to 1,000 rows per
    // column while the view is hidden, which was a quarter of start-up at 4,000 people).
    if (auto *table = qobject_cast<QTableView *>(view))
        table->verticalHeader()->setResizeContentsPrecision(kRowsMeasured);
    const bool stretchLast = header->stretchLastSection();
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        if (stretchLast && column == header->count() - 1)
            continue;
        const int wanted =
            std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        header->resizeSection(column, std::min(wanted, cap));
    }
    view->setProperty(kFitted, true);
}

} // namespace shuzai::ui::windowstate
