#include "helpmenu.h"

#include "common/dialogsize.h"
#include "common/icons.h"
#include "guidedialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shuzai::ui {

HelpMenu::HelpMenu(QWidget *window, QMenu *menu)
    : QObject(window)
    , m_window(window)
    , m_menu(menu)
{
    m_guide = menu->addAction(icons::get(QStringLiteral("help-contents")), QString(), this,
                              [this] { GuideDialog::showGuide(m_window); });
    m_guide->setObjectName(QStringLiteral("userGuide"));
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_shortcuts =
        menu->addAction(icons::get(QStringLiteral("preferences-desktop-keyboard-shortcuts")),
                        QString(), this, &HelpMenu::showShortcuts);
    m_shortcuts->setObjectName(QStringLiteral("keyboardShortcuts"));
    m_welcome = menu->addAction(icons::get(QStringLiteral("dialog-information")), QString(), this,
                                &HelpMenu::welcomeRequested);
    m_welcome->setObjectName(QStringLiteral("welcome"));
    menu->addSeparator();
    m_about = menu->addAction(icons::get(QStringLiteral("help-about")), QString(), this,
                              &HelpMenu::showAbout);
    retranslate();
}

void HelpMenu::retranslate()
{
    m_menu->setTitle(tr("&Help"));
    m_guide->setText(tr("User &guide"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_welcome->setText(tr("&Welcome and first steps"));
    m_about->setText(tr("&About Shuzai"));
}

QList<std::pair<QString, QString>> HelpMenu::shortcutsOf(QWidget *window)
{
    QList<std::pair<QString, QString>> rows;
    QSet<QString> seen;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        const QString keys = a->shortcut().toString(QKeySequence::NativeText);
        if (seen.contains(keys))
            continue;
        seen.insert(keys);
        rows.append({a->text().remove(QLatin1Char('&')), keys});
    }
    std::sort(rows.begin(), rows.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    return rows;
}

void HelpMenu::showShortcuts()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.setWindowTitle(tr("Keyboard shortcuts"));
    auto *table = new QTableWidget(&dialog);
    const auto rows = shortcutsOf(m_window);
    table->setColumnCount(2);
    table->setRowCount(int(rows.size()));
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnToContents(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resizeWithinScreen(&dialog, {460, 520});
    dialog.exec();
}

void HelpMenu::showAbout()
{
    QMessageBox::about(m_window, tr("About Shuzai"),
                       tr("<b>Shuzai (取材) %1</b><p>A workbench for interview-based feature "
                          "articles: roster, outreach, scheduling, transcripts and "
                          "review.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace shuzai::ui
