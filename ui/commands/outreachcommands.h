#pragma once

#include "domain/campaign.h"
#include "servicecommand.h"

namespace shuzai {
class OutreachService;
}

namespace shuzai::ui {

// Keeps a campaign's letter template in one language; undo puts the previous text back (the
// built-in text meaning "no template of its own").
class SaveLetterTemplateCommand final : public ServiceCommand {
public:
    SaveLetterTemplateCommand(OutreachService &outreach, Id campaignId, QString language,
                              QString before, QString after);

protected:
    VoidResult apply() override;
    VoidResult revert() override;

private:
    OutreachService &m_outreach;
    Id m_campaignId;
    QString m_language;
    QString m_before;
    QString m_after;
};

} // namespace shuzai::ui
