#include "screenactions.h"

#include "common/icons.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>

namespace shuzai::ui {

QString ScreenActions::iconName(const Screen *screen)
{
    static const QHash<QString, QString> names{
        {QStringLiteral("rosterScreen"), QStringLiteral("system-users")},
        {QStringLiteral("calendarScreen"), QStringLiteral("x-office-calendar")},
        {QStringLiteral("transcriptsScreen"), QStringLiteral("accessories-text-editor")},
        {QStringLiteral("searchScreen"), QStringLiteral("system-search")},
        {QStringLiteral("matrixScreen"), QStringLiteral("view-list-details")},
        {QStringLiteral("reviewScreen"), QStringLiteral("emblem-default")},
        {QStringLiteral("dashboardScreen"), QStringLiteral("go-home")},
        {QStringLiteral("auditScreen"), QStringLiteral("document-open-recent")},
    };
    return names.value(screen->objectName());
}

ScreenActions::ScreenActions(QWidget *window, const QList<Screen *> &screens, Fallbacks fallbacks)
    : QObject(window)
    , m_screens(screens)
    , m_fallbacks(std::move(fallbacks))
{
    for (int i = 0; i < m_screens.size(); ++i) {
        auto *go = new QAction(icons::get(iconName(m_screens.at(i))), QString(), window);
        go->setObjectName(QStringLiteral("goTo%1").arg(i + 1));
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_fallbacks.showScreen(i); });
        window->addAction(go);
        m_go.append(go);
        connect(m_screens.at(i), &Screen::actionsChanged, this, [this, i] {
            if (m_current == m_screens.at(i))
                update();
        });
    }
    const auto make = [&](const char *name, const char *icon, QKeySequence keys,
                          ScreenAction action) {
        auto *a = new QAction(icons::get(QLatin1String(icon)), QString(), window);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, [this, action] { run(action); });
        window->addAction(a);
        return a;
    };
    m_new = make("newAction", "list-add", QKeySequence::New, ScreenAction::New);
    m_find = make("findAction", "edit-find", QKeySequence::Find, ScreenAction::Find);
    m_delete = make("deleteAction", "edit-delete", QKeySequence::Delete, ScreenAction::Delete);
    m_refresh = make("refreshAction", "view-refresh", QKeySequence::Refresh, ScreenAction::Refresh);
    retranslate();
}

void ScreenActions::addTo(QMenu *go, QMenu *edit, QToolBar *bar)
{
    go->addActions(m_go);
    edit->addSeparator();
    edit->addAction(m_new);
    edit->addAction(m_delete);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addAction(m_refresh);
    bar->addAction(m_new);
    bar->addAction(m_delete);
    bar->addAction(m_find);
    bar->addAction(m_refresh);
}

void ScreenActions::setCurrent(Screen *screen)
{
    m_current = screen;
    for (int i = 0; i < m_go.size(); ++i)
        m_go.at(i)->setChecked(m_screens.at(i) == screen);
    update();
}

void ScreenActions::run(ScreenAction action)
{
    if (m_current && m_current->supports(action)) {
        m_current->trigger(action);
        return;
    }
    if (action == ScreenAction::Find && m_fallbacks.find)
        m_fallbacks.find();
    else if (action == ScreenAction::Refresh && m_fallbacks.refresh && m_current)
        m_fallbacks.refresh(m_current);
}

void ScreenActions::update()
{
    const auto supports = [this](ScreenAction a) {
        return m_current && m_current->supports(a);
    };
    m_new->setEnabled(supports(ScreenAction::New));
    m_delete->setEnabled(supports(ScreenAction::Delete));
    m_find->setEnabled(true);
    m_refresh->setEnabled(m_current != nullptr);
    retranslate();
}

void ScreenActions::retranslate()
{
    for (int i = 0; i < m_go.size(); ++i)
        m_go.at(i)->setText(m_screens.at(i)->title());
    const auto describe = [this](QAction *a, ScreenAction action, const QString &generic) {
        const QString specific = m_current ? m_current->actionText(action) : QString();
        // The menu and toolbar say what it does here ("Add interviewee…"), else the generic name.
        a->setText(specific.isEmpty() ? generic : specific);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
            a->text().remove(QLatin1Char('&')), a->shortcut().toString(QKeySequence::NativeText)));
    };
    describe(m_new, ScreenAction::New, tr("&New"));
    describe(m_delete, ScreenAction::Delete, tr("&Delete"));
    describe(m_find, ScreenAction::Find, tr("&Find"));
    describe(m_refresh, ScreenAction::Refresh, tr("&Refresh"));
}

} // namespace shuzai::ui
