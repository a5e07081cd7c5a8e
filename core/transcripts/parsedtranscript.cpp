#include "parsedtranscript.h"

#include <QCoreApplication>

namespace shuzai {

QString SkippedPart::message() const
{
    return QCoreApplication::translate("Transcript", reason);
}

} // namespace shuzai
