#pragma once

#include "domain/campaign.h"
#include "domain/user.h"

namespace shuzai {

// The campaign of the request letter in shared/seed: an SLM implementation guide published on
// 2025-06-12, interviews 2025-05-27..31, three categories with six questions each. Every new
// database starts with it so a team sees a complete example and can copy its structure.
Campaign sampleCampaign();

// One local user per role, so a single-machine database can act in each role (--as).
QList<User> sampleUsers();

} // namespace shuzai
