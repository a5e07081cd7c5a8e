#include "parsedtranscript.h"

#include <QCoreApplication>

#include <algorithm>

namespace shuzai {

QString SkippedPart::message() const
{
    return QCoreApplication::translate("Transcript", reason);
}

qsizetype ParsedTranscript::problemCount() const
{
    return std::count_if(skipped.cbegin(), skipped.cend(),
                         [](const SkippedPart &p) { return p.problem; });
}

const SkippedPart *ParsedTranscript::firstProblem() const
{
    for (const SkippedPart &p : skipped) {
        if (p.problem)
            return &p;
    }
    return nullptr;
}

} // namespace shuzai
