#include "proposaldecision.h"

namespace shuzai {

QString toCode(ProposalDecision::Kind kind)
{
    return kind == ProposalDecision::Kind::Dismissed ? QStringLiteral("dismissed")
                                                     : QStringLiteral("accepted");
}

} // namespace shuzai
