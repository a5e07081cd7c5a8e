#include "outreachcommands.h"

#include "services/outreachservice.h"

#include <QCoreApplication>

namespace shuzai::ui {

SaveLetterTemplateCommand::SaveLetterTemplateCommand(OutreachService &outreach, Id campaignId,
                                                     QString language, QString before,
                                                     QString after)
    : ServiceCommand(QCoreApplication::translate("Command", "Save letter template"))
    , m_outreach(outreach)
    , m_campaignId(campaignId)
    , m_language(std::move(language))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

VoidResult SaveLetterTemplateCommand::apply()
{
    return m_outreach.saveLetterTemplate(m_campaignId, m_language, m_after);
}

VoidResult SaveLetterTemplateCommand::revert()
{
    return m_outreach.saveLetterTemplate(m_campaignId, m_language, m_before);
}

} // namespace shuzai::ui
