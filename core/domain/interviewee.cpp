#include "interviewee.h"

namespace shuzai {

namespace {
QString joinNonEmpty(const QString &a, const QString &b, QChar separator)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + separator + b;
}
} // namespace

QString IntervieweeData::fullName() const
{
    // Japanese names carry no separator in print, but a space keeps family/given visible.
    return joinNonEmpty(familyName, givenName, u' ');
}

QString IntervieweeData::fullReading() const
{
    return joinNonEmpty(familyReading, givenReading, u' ');
}

} // namespace shuzai
