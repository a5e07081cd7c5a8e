#pragma once

class QDateTimeEdit;

namespace shuzai::ui {

// Makes a QDateEdit or QDateTimeEdit read like every date of the program: the installed
// language's form (2025年5月27日（火） / Tue 27 May 2025, datetext::dateEditFormat()), a calendar
// popup whose weeks start on Monday as the week view's do, and both again after a language
// switch. Call it once, after creating the edit.
void setUpDateField(QDateTimeEdit *edit);

} // namespace shuzai::ui
