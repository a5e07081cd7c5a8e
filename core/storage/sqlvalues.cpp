#include "sqlvalues.h"

namespace shuzai::sqlvalues {

namespace {
// The digits at [at, at + count), or -1.
int digits(const QString &s, qsizetype at, int count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}
} // namespace

QDateTime toTimestamp(const QString &s)
{
    // Every row read carries timestamps: the form written by timestamp() is read directly,
    // since QDateTime::fromString took a tenth of a window's start-up on a large roster.
    static const QTimeZone utc = QTimeZone::utc();
    if (s.size() == 24 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T' &&
        s.at(13) == u':' && s.at(16) == u':' && s.at(19) == u'.' && s.at(23) == u'Z') {
        const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
        const int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
        const int ms = digits(s, 20, 3);
        const QDate date(year, month, day);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || ms < 0 ||
            !date.isValid() || !QTime::isValid(hour, minute, second, ms))
            return {};
        return QDateTime(date, QTime(hour, minute, second, ms), utc);
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(utc);
    else
        t = t.toTimeZone(utc);
    return t;
}

QString modes(const QList<InterviewMode> &modes)
{
    QStringList codes;
    for (InterviewMode m : modes)
        codes.append(toCode(m));
    return codes.join(u',');
}

QList<InterviewMode> toModes(const QString &text)
{
    QList<InterviewMode> out;
    for (const QString &code : text.split(u',', Qt::SkipEmptyParts)) {
        if (auto m = modeFromCode(code))
            out.append(*m);
    }
    return out;
}

} // namespace shuzai::sqlvalues
