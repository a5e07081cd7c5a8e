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

QString anonymised(const IntervieweeData &person, const QString &alias, QString text)
{
    if (!person.isAnonymous())
        return text;
    // Longest forms first, so "佐藤 花子" goes as a whole before "佐藤" alone.
    QStringList forms{person.fullName(),
                      person.familyName + person.givenName,
                      person.familyName + QChar(0x3000) + person.givenName,
                      person.fullReading(),
                      person.organisation,
                      person.familyName,
                      person.givenName,
                      person.familyReading + person.givenReading};
    forms.removeAll(QString());
    forms.removeDuplicates();
    std::stable_sort(forms.begin(), forms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &form : std::as_const(forms)) {
        if (form.trimmed().isEmpty())
            continue;
        text.replace(form, alias);
    }
    return text;
}

QHash<Id, QString> publicationNames(const QList<Interviewee> &people)
{
    QList<const Interviewee *> ordered;
    for (const Interviewee &p : people)
        ordered.append(&p);
    std::sort(ordered.begin(), ordered.end(),
              [](const Interviewee *a, const Interviewee *b) { return a->id < b->id; });
    QHash<Id, QString> names;
    int anonymous = 0;
    for (const Interviewee *p : std::as_const(ordered)) {
        if (!p->data.isAnonymous()) {
            names.insert(p->id, p->data.fullName());
            continue;
        }
        const int n = anonymous++;
        // A..Z, then AA, AB, ...: as many distinct aliases as there are anonymous people.
        QString letters = QChar(u'A' + n % 26);
        for (int rest = n / 26; rest > 0; rest = rest / 26 - 1)
            letters.prepend(QChar(u'A' + (rest - 1) % 26));
        names.insert(p->id, p->data.alias.isEmpty() ? QStringLiteral("%1社 担当者").arg(letters)
                                                    : p->data.alias);
    }
    return names;
}

} // namespace shuzai
