#include "outreachservice.h"

#include "campaignservice.h"
#include "rosterservice.h"
#include "schedulingservice.h"
#include "workspace.h"

namespace shuzai {

Result<RenderedLetter> OutreachService::render(Id intervieweeId, const QString &language,
                                               const QString &templateText)
{
    auto person = m_workspace.roster().load(intervieweeId);
    if (!person)
        return person.error();
    auto campaign = m_workspace.campaigns().load(person->campaignId);
    if (!campaign)
        return campaign.error();
    auto questions = m_workspace.roster().questions(intervieweeId);
    if (!questions)
        return questions.error();
    auto slots_ = m_workspace.scheduling().freeSlotBlock(person->campaignId);
    if (!slots_)
        return slots_.error();
    LetterContext ctx{*campaign, *person, *questions, *slots_, language};
    return renderLetter(templateText.isEmpty() ? defaultLetterTemplate(language) : templateText,
                        ctx);
}

} // namespace shuzai
