#include "sqlvalues.h"

namespace shuzai::sqlvalues {

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
