#include "lettersender.h"

namespace shuzai {

VoidResult sendLetter(const SmtpSettings &smtp, const OutgoingLetter &letter)
{
    if (letter.problem)
        return *letter.problem;
    return sendMail(smtp, letter.from, {letter.address}, letter.message);
}

} // namespace shuzai
