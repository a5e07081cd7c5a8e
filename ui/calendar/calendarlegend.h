#pragma once

#include <QWidget>

class QLabel;

namespace shuzai::ui {

// What the calendar's colours and marks mean, drawn with the same colours as the views:
// interviews online and in person, held (tentative) ones, candidate times, conflicts, holidays,
// Saturdays and today.
class CalendarLegend : public QWidget {
    Q_OBJECT
public:
    explicit CalendarLegend(QWidget *parent = nullptr);

    // The entries' texts, in order (for tests and screen readers).
    QStringList entries() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QList<QLabel *> m_texts;
};

} // namespace shuzai::ui
