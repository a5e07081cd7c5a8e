#include "guidedialog.h"

#include "common/dialogsize.h"
#include "util/translations.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shuzai::ui {

QUrl GuideDialog::guideUrl()
{
    const QString language = i18n::installedLanguage() == QLatin1String("ja")
                                 ? QStringLiteral("ja")
                                 : QStringLiteral("en");
    return QUrl(QStringLiteral("qrc:/guide/guide_%1.html").arg(language));
}

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("guideDialog"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {820, 640});
    retranslate();
}

void GuideDialog::showGuide(QWidget *window)
{
    auto *guide = window->findChild<GuideDialog *>();
    if (!guide) {
        guide = new GuideDialog(window);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void GuideDialog::retranslate()
{
    setWindowTitle(tr("Shuzai user guide"));
    m_browser->setSource(guideUrl());
}

void GuideDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace shuzai::ui
