#include "interview.h"

namespace shuzai {

QString toCode(InterviewState state)
{
    switch (state) {
    case InterviewState::Held:
        return QStringLiteral("held");
    case InterviewState::Cancelled:
        return QStringLiteral("cancelled");
    case InterviewState::Tentative:
        return QStringLiteral("tentative");
    case InterviewState::Planned:
        break;
    }
    return QStringLiteral("planned");
}

std::optional<InterviewState> interviewStateFromCode(const QString &code)
{
    for (auto s : {InterviewState::Planned, InterviewState::Held, InterviewState::Cancelled,
                   InterviewState::Tentative}) {
        if (toCode(s) == code)
            return s;
    }
    return std::nullopt;
}

} // namespace shuzai
