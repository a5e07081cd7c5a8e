#include "preferencesdialog.h"

#include "common/zonepicker.h"
#include "util/appsettings.h"
#include "util/datetext.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace shuzai::ui {

namespace {

const QString kZoneKey = QStringLiteral("ui/timeZone");

// The menu entry, in the language of the moment.
class PreferencesAction : public QAction {
public:
    explicit PreferencesAction(QWidget *parent)
        : QAction(parent)
    {
        setObjectName(QStringLiteral("preferencesAction"));
        setMenuRole(QAction::PreferencesRole);
        retranslate();
        parent->installEventFilter(this);
        connect(this, &QAction::triggered, this, [parent] {
            PreferencesDialog dialog(parent);
            if (dialog.exec() == QDialog::Accepted)
                dialog.apply();
        });
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        return QAction::eventFilter(watched, event);
    }

private:
    void retranslate() { setText(PreferencesDialog::tr("&Preferences…")); }
};

} // namespace

void applySavedDisplayZone()
{
    const QByteArray id = appSettings().value(kZoneKey).toByteArray();
    const QTimeZone zone(id);
    datetext::setDisplayZone(!id.isEmpty() && zone.isValid() ? zone : QTimeZone());
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_zone(new ZonePicker(this))
    , m_zoneLabel(new QLabel(this))
    , m_example(new QLabel(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_zone->setZoneId(datetext::displayZone().id());
    m_zoneLabel->setBuddy(m_zone);
    m_example->setObjectName(QStringLiteral("zoneExample"));
    auto *form = new QFormLayout;
    form->addRow(m_zoneLabel, m_zone);
    form->addRow(QString(), m_example);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_zone, &ZonePicker::zoneChanged, this, &PreferencesDialog::showExample);
    retranslate();
}

QAction *PreferencesDialog::createAction(QWidget *parent)
{
    return new PreferencesAction(parent);
}

void PreferencesDialog::apply()
{
    const QByteArray id = m_zone->zoneId();
    const QTimeZone zone(id);
    if (!zone.isValid())
        return;
    // The system's zone is kept as "none", so the program follows the computer when it moves.
    const bool system = zone == QTimeZone::systemTimeZone();
    QSettings settings = appSettings();
    if (system)
        settings.remove(kZoneKey);
    else
        settings.setValue(kZoneKey, id);
    datetext::setDisplayZone(system ? QTimeZone() : zone);
    // Every screen writes its times again as it does after a language switch.
    for (QWidget *window : QApplication::topLevelWidgets())
        QCoreApplication::postEvent(window, new QEvent(QEvent::LanguageChange));
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    m_zoneLabel->setText(tr("Show times &in:"));
    showExample();
}

void PreferencesDialog::showExample()
{
    const QTimeZone zone(m_zone->zoneId());
    if (!zone.isValid()) {
        m_example->clear();
        return;
    }
    //: Under the zone choice: what the time is now in the chosen zone.
    m_example->setText(
        tr("Now: %1").arg(datetext::longDateTime(QDateTime::currentDateTimeUtc(), zone)));
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace shuzai::ui
