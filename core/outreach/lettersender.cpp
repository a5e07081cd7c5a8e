#include "lettersender.h"

namespace shuzai {

VoidResult sendLetter(const SmtpSettings &smtp, const QString &from, const OutgoingLetter &letter)
{
    if (letter.problem)
        return *letter.problem;
    return sendMail(smtp, from, {letter.address}, letter.message);
}

} // namespace shuzai
