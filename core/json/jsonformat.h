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
// A category with its honorifics, its template questions and the removed ones still kept for
// people whose answers are linked to them.
QJsonObject category(const Category &category);
QJsonObject question(const Question &question);
QJsonObject interviewee(const Interviewee &interviewee, const Campaign &campaign);
QJsonArray questions(const QList<EffectiveQuestion> &questions);
QJsonObject user(const User &user);

} // namespace shuzai::json
