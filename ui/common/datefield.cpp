#include "datefield.h"

#include "calendar/calendarstyle.h"
#include "util/datetext.h"

#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLocale>
#include <QObject>

namespace shuzai::ui {

namespace {

void applyLanguage(QDateTimeEdit *edit)
{
    // The day names of "ddd" come from the widget's locale, which does not follow
    // QLocale::setDefault() by itself.
    edit->setLocale(QLocale());
    const bool withTime = edit->displayedSections() & QDateTimeEdit::TimeSections_Mask;
    edit->setDisplayFormat(withTime ? datetext::dateTimeEditFormat() : datetext::dateEditFormat());
    if (QCalendarWidget *calendar = edit->calendarWidget()) {
        calendar->setLocale(QLocale());
        calendar->setFirstDayOfWeek(Qt::Monday); // a new locale brings its own first day
    }
}

class LanguageFollower : public QObject {
public:
    explicit LanguageFollower(QDateTimeEdit *edit)
        : QObject(edit)
        , m_edit(edit)
    {
        edit->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit && event->type() == QEvent::LanguageChange)
            applyLanguage(m_edit);
        return false;
    }

private:
    QDateTimeEdit *m_edit;
};

} // namespace

void setUpDateField(QDateTimeEdit *edit)
{
    edit->setCalendarPopup(true);
    auto *calendar = new QCalendarWidget(edit);
    calendar->setGridVisible(false);
    edit->setCalendarWidget(calendar);
    // Monday first, weekend and holiday colours, as in the calendar's views.
    calendarstyle::applyTo(calendar);
    applyLanguage(edit);
    new LanguageFollower(edit);
}

} // namespace shuzai::ui
