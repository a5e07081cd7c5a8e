#include "transcript.h"

namespace shuzai {

QString toCode(SpeakerRole role)
{
    switch (role) {
    case SpeakerRole::Interviewee:
        return QStringLiteral("interviewee");
    case SpeakerRole::Interviewer:
        return QStringLiteral("interviewer");
    case SpeakerRole::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<SpeakerRole> speakerRoleFromCode(const QString &code)
{
    for (auto r : {SpeakerRole::Interviewee, SpeakerRole::Interviewer, SpeakerRole::Other}) {
        if (toCode(r) == code)
            return r;
    }
    return std::nullopt;
}

QStringList Transcript::speakerLabels() const
{
    QStringList labels;
    for (const Segment &s : segments) {
        if (!s.speaker.isEmpty() && !labels.contains(s.speaker))
            labels.append(s.speaker);
    }
    return labels;
}

} // namespace shuzai
