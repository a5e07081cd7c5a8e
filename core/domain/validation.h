#pragma once

#include "interviewee.h"
#include "util/result.h"

namespace shuzai {

// Trims, normalises readings (half-width kana -> full-width) and e-mail (lower-case domain),
// and checks the rules every entry path shares (dialog, CLI, import). The campaign is used to
// check the category. Duplicates across records are the service's job, not this function's.
Result<IntervieweeData> validateInterviewee(IntervieweeData data, const Campaign &campaign);

bool isValidEmail(const QString &email);

Result<CampaignSettings> validateCampaignSettings(CampaignSettings settings);

} // namespace shuzai
