#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace shuzai::i18n {

namespace {
struct Installed {
    QString language;
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed state;
    return state;
}
} // namespace

QString systemLanguage()
{
    const QStringList languages = QLocale::system().uiLanguages();
    return !languages.isEmpty() && languages.first().startsWith(QLatin1String("ja"))
               ? QStringLiteral("ja")
               : QStringLiteral("en");
}

bool install(const QString &language)
{
    if (language != QLatin1String("ja") && language != QLatin1String("en"))
        return false;
    Installed &state = installed();
    for (auto *t : {state.app.get(), state.qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    state.app = std::make_unique<QTranslator>();
    if (state.app->load(QStringLiteral(":/i18n/shuzai_%1.qm").arg(language)))
        QCoreApplication::installTranslator(state.app.get());
    state.qt = std::make_unique<QTranslator>();
    // Qt's own strings (dialog buttons, context menus) from the qt6-translations-l10n package.
    if (state.qt->load(QStringLiteral("qtbase_%1").arg(language),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(state.qt.get());
    // Dates and numbers follow the chosen language too ("2025年6月12日木曜日").
    QLocale::setDefault(language == QLatin1String("ja") ? QLocale(QLocale::Japanese, QLocale::Japan)
                                                        : QLocale(QLocale::English));
    state.language = language;
    return true;
}

QString installedLanguage()
{
    return installed().language;
}

QString joinList(const QStringList &items)
{
    return items.join(installedLanguage() == QLatin1String("ja") ? QStringLiteral("、")
                                                                 : QStringLiteral(", "));
}

} // namespace shuzai::i18n
