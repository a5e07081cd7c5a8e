#include "zonepicker.h"

#include "util/datetext.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimeZone>

namespace shuzai::ui {

namespace {

struct CommonZone {
    const char *id;
    const char *city; // translated in context "shuzai::ui::ZonePicker"
};

// Where the people a Japanese editorial team works with mostly are, east to west after Japan.
const CommonZone kCommon[] = {
    {"Asia/Tokyo", nullptr},
    {"UTC", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "Universal time")},
    {"Asia/Seoul", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "Seoul")},
    {"Asia/Shanghai", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "Beijing, Shanghai")},
    {"Asia/Taipei", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "Taipei")},
    {"Asia/Hong_Kong", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "Hong Kong")},
    {"Asia/Singapore", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "Singapore")},
    {"Asia/Bangkok", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "Bangkok")},
    {"Asia/Kolkata", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "India")},
    {"Australia/Sydney", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "Sydney")},
    {"Europe/London", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "London")},
    {"Europe/Paris", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "Paris")},
    {"Europe/Berlin", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "Berlin")},
    {"America/New_York", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "New York")},
    {"America/Chicago", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "Chicago")},
    {"America/Los_Angeles", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "Los Angeles")},
    {"Pacific/Honolulu", QT_TRANSLATE_NOOP("shuzai::ui::ZonePicker", "Honolulu")},
};

QString offsetText(const QTimeZone &zone, const QDateTime &at)
{
    const int offset = zone.offsetFromUtc(at);
    const int minutes = std::abs(offset) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offset < 0 ? QStringLiteral("−") : QStringLiteral("+"))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString folded(QString text)
{
    return text.replace(u'_', u' ').toCaseFolded();
}

constexpr int IdRole = Qt::UserRole;

} // namespace

ZonePicker::ZonePicker(QWidget *parent)
    : QComboBox(parent)
    , m_allZones(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_allZones, this))
{
    setObjectName(QStringLiteral("zonePicker"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(12);
    // On the line edit, not the combo box: the combo would look the choice up in its own
    // short list and lose a zone found by search.
    lineEdit()->setCompleter(m_completer);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                setZoneId(index.data(IdRole).toByteArray());
                emit zoneChanged(zoneId());
            });
    connect(lineEdit(), &QLineEdit::returnPressed, this, &ZonePicker::chooseTyped);
    connect(this, &QComboBox::activated, this, [this] { emit zoneChanged(zoneId()); });
    fill();
    setZoneId(QByteArrayLiteral("Asia/Tokyo"));
}

QList<QByteArray> ZonePicker::commonZones()
{
    QList<QByteArray> out;
    for (const CommonZone &z : kCommon)
        out.append(QByteArray(z.id));
    return out;
}

QString ZonePicker::label(const QByteArray &id, const QDateTime &at)
{
    const QTimeZone zone(id);
    if (!zone.isValid())
        return QString::fromUtf8(id);
    if (id == "Asia/Tokyo")
        return datetext::zoneName(zone, at);
    for (const CommonZone &z : kCommon) {
        if (id == z.id && z.city) {
            //: A time zone in the list: a place and its offset, "Seoul (UTC+09:00)".
            return tr("%1 (%2)").arg(tr(z.city), offsetText(zone, at));
        }
    }
    // Any other zone: its city for people, its region to tell cities of one name apart.
    const QString full = QString::fromUtf8(id);
    const QString city = full.section(u'/', -1).replace(u'_', u' ');
    const QString region = full.section(u'/', 0, -2).replace(u'_', u' ');
    if (region.isEmpty())
        return tr("%1 (%2)").arg(city, offsetText(zone, at));
    //: A time zone found by search: "Buenos Aires (America/Argentina, UTC−03:00)".
    return tr("%1 (%2, %3)").arg(city, region, offsetText(zone, at));
}

QList<QByteArray> ZonePicker::search(const QString &text)
{
    const QString wanted = folded(text.trimmed());
    QList<QByteArray> out;
    if (wanted.isEmpty())
        return out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (folded(QString::fromUtf8(id)).contains(wanted) ||
            folded(label(id, now)).contains(wanted))
            out.append(id);
    }
    return out;
}

void ZonePicker::setNoZoneChoice(const QString &label)
{
    m_noZoneLabel = label;
    const QByteArray chosen = zoneId();
    fill();
    setZoneId(chosen);
}

QByteArray ZonePicker::zoneId() const
{
    return currentData(IdRole).toByteArray();
}

void ZonePicker::setZoneId(const QByteArray &id)
{
    const QSignalBlocker block(this);
    if (id.isEmpty() && !m_noZoneLabel.isEmpty()) {
        setCurrentIndex(0);
        return;
    }
    int at = findData(id, IdRole);
    if (at < 0) {
        m_extra = id;
        fill();
        at = findData(id, IdRole);
    }
    setCurrentIndex(at);
}

void ZonePicker::fill()
{
    const QSignalBlocker block(this);
    const QByteArray chosen = zoneId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    clear();
    if (!m_noZoneLabel.isEmpty())
        addItem(m_noZoneLabel, QByteArray());
    const QList<QByteArray> common = commonZones();
    for (const QByteArray &id : common)
        addItem(label(id, now), id);
    if (!m_extra.isEmpty() && !common.contains(m_extra)) {
        insertSeparator(count());
        addItem(label(m_extra, now), m_extra);
    }
    const int at = findData(chosen, IdRole);
    setCurrentIndex(at >= 0 ? at : 0);
    lineEdit()->setPlaceholderText(tr("Type to search every time zone"));
    setToolTip(tr("Choose a zone from the list, or type part of a city's name (\"york\", "
                  "\"Buenos\") to search all of them."));

    m_allZones->clear();
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        auto *item = new QStandardItem(label(id, now));
        item->setData(id, IdRole);
        m_allZones->appendRow(item);
    }
}

void ZonePicker::chooseTyped()
{
    const QString typed = lineEdit()->text().trimmed();
    if (typed == itemText(currentIndex()))
        return;
    const int listed = findText(typed);
    if (listed >= 0) {
        setCurrentIndex(listed);
        emit zoneChanged(zoneId());
        return;
    }
    const QList<QByteArray> found = search(typed);
    if (found.isEmpty()) {
        showChosen(); // nothing matches: the choice stays as it was
        return;
    }
    // An exact id ("Europe/Vienna") or the first match.
    const QByteArray id = found.contains(typed.toUtf8()) ? typed.toUtf8() : found.first();
    setZoneId(id);
    emit zoneChanged(zoneId());
}

void ZonePicker::showChosen()
{
    lineEdit()->setText(itemText(currentIndex()));
}

void ZonePicker::focusOutEvent(QFocusEvent *event)
{
    // A half-typed search does not stay in the field looking like a choice; the completer's
    // popup taking the focus is not leaving.
    if (!m_completer->popup()->isVisible())
        showChosen();
    QComboBox::focusOutEvent(event);
}

void ZonePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        const QByteArray chosen = zoneId();
        fill();
        setZoneId(chosen);
    }
    QComboBox::changeEvent(event);
}

} // namespace shuzai::ui
