#include "windowstate.h"

#include "util/appsettings.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHash>
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

// The cap keeps one long organisation name from pushing the other columns away on a laptop;
// on a wide screen the last column took all the room left while the capped ones stayed cut
// (「エッジAIソリューションズ株…」 beside 400 empty pixels). When the view is resized, the capped
// columns get back what the last column can spare, until the user sizes a column by hand.
class CappedColumnsWidener : public QObject {
public:
    CappedColumnsWidener(QAbstractItemView *view, QHeaderView *header, QHash<int, int> wanted)
        : QObject(view)
        , m_view(view)
        , m_header(header)
        , m_wanted(std::move(wanted))
    {
        view->viewport()->installEventFilter(this);
        connect(header, &QHeaderView::sectionResized, this, [this](int column) {
            const bool stretched =
                m_header->stretchLastSection() && column == m_header->count() - 1;
            if (!m_resizing && !stretched)
                deleteLater(); // the user's widths win from now on
        });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == m_view->viewport())
            widen();
        return false;
    }

private:
    void widen()
    {
        const int last = m_header->count() - 1;
        const int lastNeeds =
            m_header->stretchLastSection() && last >= 0 ? m_header->sectionSizeHint(last) * 2 : 0;
        int used = 0;
        for (int column = 0; column < m_header->count(); ++column) {
            if (!m_header->isSectionHidden(column) &&
                !(m_header->stretchLastSection() && column == last))
                used += m_header->sectionSize(column);
        }
        int spare = m_view->viewport()->width() - used - lastNeeds;
        m_resizing = true;
        for (int column = 0; column < m_header->count() && spare > 0; ++column) {
            const int wanted = m_wanted.value(column);
            const int now = m_header->sectionSize(column);
            if (wanted <= now)
                continue;
            const int grow = std::min(wanted - now, spare);
            m_header->resizeSection(column, now + grow);
            spare -= grow;
        }
        m_resizing = false;
    }

    QAbstractItemView *m_view;
    QHeaderView *m_header;
    QHash<int, int> m_wanted; // column → its content's width, for the columns the cap cut
    bool m_resizing = false;
};

} // namespace

void restoreViews(QWidget *root)
{
    QSettings settings = appSettings();
    auto *marker = new ShownMarker(root);
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        watchShown(splitter, marker);
        const QByteArray state = settings.value(key("splitters", splitter)).toByteArray();
        if (!state.isEmpty())
            splitter->restoreState(state);
    }
    for (QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
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
}

bool restore(QMainWindow *window)
{
    restoreViews(window);
    QSettings settings = appSettings();
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
    // column while the view is hidden, which was a quarter of start-up at 4,000 people). The
    // column header's precision counts the rows read for a column's width, in a table as in a
    // tree; the table's row header's counts columns, for a row's height.
    header->setResizeContentsPrecision(kRowsMeasured);
    // dynamic_cast: findChild would need Q_OBJECT to tell this class from any QObject child
    for (QObject *child : view->children()) {
        if (dynamic_cast<CappedColumnsWidener *>(child))
            delete child;
    }
    const bool stretchLast = header->stretchLastSection();
    QHash<int, int> capped;
    for (int column = 0; column < header->count(); ++column) {
        if (header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        if (stretchLast && column == header->count() - 1)
            continue;
        const int wanted =
            std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        header->resizeSection(column, std::min(wanted, cap));
        if (wanted > cap)
            capped.insert(column, wanted);
    }
    if (!capped.isEmpty())
        new CappedColumnsWidener(view, header, std::move(capped));
    view->setProperty(kFitted, true);
}

} // namespace shuzai::ui::windowstate
