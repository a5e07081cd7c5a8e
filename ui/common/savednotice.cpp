#include "savednotice.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

#include "icons.h"

namespace shuzai::ui {

namespace {

// The notice's widget: one per status bar, reused by every save.
class SavedNotice : public QWidget {
    Q_OBJECT
public:
    explicit SavedNotice(QStatusBar *bar)
        : QWidget(bar)
    {
        setObjectName(QStringLiteral("savedNotice"));
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_text = new QLabel(this);
        m_text->setObjectName(QStringLiteral("savedNoticeText"));
        m_open = new QToolButton(this);
        m_open->setObjectName(QStringLiteral("openSavedFolder"));
        m_open->setIcon(icons::get(QStringLiteral("folder")));
        m_open->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        m_open->setAutoRaise(true);
        layout->addWidget(m_text);
        layout->addWidget(m_open);
        m_hide.setSingleShot(true);
        m_hide.setInterval(20000);
        connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
        connect(m_open, &QToolButton::clicked, this, [this] {
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
        });
        bar->addWidget(this, 1);
    }

    void show(const QString &path)
    {
        m_path = path;
        const QFileInfo file(path);
        m_text->setText(tr("Saved %1").arg(file.fileName()));
        m_text->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
        m_open->setText(tr("Open folder"));
        QWidget::show();
        m_hide.start();
    }

private:
    QLabel *m_text = nullptr;
    QToolButton *m_open = nullptr;
    QTimer m_hide;
    QString m_path;
};

} // namespace

void announceSaved(QWidget *from, const QString &path)
{
    QWidget *top = from ? from->window() : nullptr;
    // A dialog's own window is not the main window: climb to it.
    while (top && !qobject_cast<QMainWindow *>(top) && top->parentWidget())
        top = top->parentWidget()->window();
    auto *window = qobject_cast<QMainWindow *>(top);
    if (!window)
        return;
    QStatusBar *bar = window->statusBar();
    auto *notice = bar->findChild<SavedNotice *>();
    if (!notice)
        notice = new SavedNotice(bar);
    bar->clearMessage();
    notice->show(path);
}

} // namespace shuzai::ui

#include "savednotice.moc"
