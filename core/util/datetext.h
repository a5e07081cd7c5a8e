#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

// How the program shows dates and times to a person: in the installed language's form
// (Japanese: 2025年5月27日（火）, 5月27日（火）10:00; English: Tue 27 May 2025, Tue 27 May, 10:00)
// and in the user's time zone, never as ISO text or UTC. Letters and packets keep their own fixed
// Japanese forms (slotformat.h): they go to the interviewee, whatever language the editor reads.
namespace shuzai::datetext {

// The zone times are shown in: the one the user chose (set at start from the preferences), else
// the system's.
QTimeZone displayZone();
void setDisplayZone(const QTimeZone &zone); // an invalid zone: the system's again

QString longDate(const QDate &date);  // 2025年5月27日（火） / Tue 27 May 2025
QString shortDate(const QDate &date); // 5月27日（火） / Tue 27 May
QString yearMonth(const QDate &date); // 2025年5月 / May 2025
QString weekdayName(int dayOfWeek);   // 火 / Tue (1 = Monday)

// A moment in `zone` (the display zone unless given).
QString time(const QDateTime &moment, const QTimeZone &zone = displayZone()); // 10:00
QString shortDateTime(const QDateTime &moment, // 5月27日（火）10:00 / Tue 27 May, 10:00
                      const QTimeZone &zone = displayZone());
QString longDateTime(const QDateTime &moment, // 2025年5月27日（火）10:00 / Tue 27 May 2025, 10:00
                     const QTimeZone &zone = displayZone());
// 5月27日（火）10:00–11:00 / Tue 27 May, 10:00–11:00 (the end's date when it differs).
QString shortRange(const QDateTime &start, const QDateTime &end,
                   const QTimeZone &zone = displayZone());

// Display formats for QDateEdit / QDateTimeEdit in the installed language (the widget's locale
// must be the default one, which i18n::install sets).
QString dateEditFormat();     // yyyy年M月d日（ddd） / ddd d MMM yyyy
QString dateTimeEditFormat(); // yyyy年M月d日（ddd） HH:mm / ddd d MMM yyyy HH:mm

// The zone's name for people: "日本時間（東京）" / "Japan (Tokyo)" for Asia/Tokyo, the city and
// the offset for others ("ニューヨーク（UTC−5）" needs ICU data, so "America/New_York
// (UTC−05:00)").
QString zoneName(const QTimeZone &zone, const QDateTime &at);

} // namespace shuzai::datetext
