#pragma once

#include "domain/campaign.h"
#include "domain/interviewee.h"
#include "domain/questionlist.h"
#include "domain/user.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON shapes of `shuzai-cli --json`: a stable interface for scripts, so keys are only ever
// added, never renamed. Codes (not translated labels) are used for enumerations.
namespace shuzai::json {

QJsonObject campaignSummary(const Campaign &campaign);
QJsonObject campaign(const Campaign &campaign); // with categories, questions, slots, options
QJsonObject interviewee(const Interviewee &interviewee, const Campaign &campaign);
QJsonArray questions(const QList<EffectiveQuestion> &questions);
QJsonObject user(const User &user);

} // namespace shuzai::json
