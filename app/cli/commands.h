#pragma once

#include "commandline.h"
#include "domain/campaign.h"
#include "output.h"
#include "util/textdiff.h"

#include <QJsonArray>

namespace shuzai {
class Clock;
class Workspace;
} // namespace shuzai

namespace shuzai::cli {

struct Context {
    const CommandLine &cl;
    Workspace &ws;
    const Output &out;
};

// Each noun's verbs. They return an error instead of exiting so main decides the status.
VoidResult runInit(Context &ctx);
// The "Modes:" and "Attribution options:" lines of a campaign (campaign show, import-letter).
void printModesAndAttribution(const Output &out, const Campaign &c);
VoidResult runCampaign(Context &ctx);
// campaign new|duplicate|archive|unarchive|remove; category ...; template questions ...
VoidResult runCampaignLifecycle(Context &ctx);
VoidResult runCategory(Context &ctx);
VoidResult runTemplateQuestions(Context &ctx);
// The settings options of campaign edit and campaign new applied to `settings`.
CampaignSettings applySettings(const CommandLine &cl, CampaignSettings settings);
VoidResult runInterviewee(Context &ctx);
VoidResult runQuestions(Context &ctx);
VoidResult runUser(Context &ctx);
VoidResult runInterview(Context &ctx);
VoidResult runTranscript(Context &ctx);
VoidResult runSearch(Context &ctx);
VoidResult runAnswers(Context &ctx);
VoidResult runQuote(Context &ctx);
VoidResult runSlots(Context &ctx);
VoidResult runSchedule(Context &ctx);
VoidResult runCalendar(Context &ctx);
VoidResult runConflicts(Context &ctx);
VoidResult runOutreach(Context &ctx);
VoidResult runReply(Context &ctx);
// reply read FILE.eml: the proposal read from a reply (replyreadcommands.cpp).
VoidResult runReplyRead(Context &ctx);
// reply proposals|accept-proposal|dismiss-proposal: replies read from fetched mail
// (replyproposalcommands.cpp).
VoidResult runReplyProposals(Context &ctx);
VoidResult runOutreachDue(Context &ctx);
VoidResult runSmtp(Context &ctx);
VoidResult runCaldav(Context &ctx);
VoidResult runMailbox(Context &ctx);
VoidResult runReview(Context &ctx);
// A character diff as JSON runs, and inline for a terminal (「日本語[-を-]{+の+}処理」).
QJsonArray diffJson(const QList<DiffRun> &runs);
QString diffLine(const QList<DiffRun> &runs);
// review mail-corrections INTERVIEWEE and review accept-mail-correction MAIL:ITEM
// (reviewmailcommands.cpp).
VoidResult runReviewMailCorrections(Context &ctx, const Campaign &campaign);
VoidResult runAcceptMailCorrection(Context &ctx);
VoidResult runAudit(Context &ctx);
VoidResult runExport(Context &ctx);
VoidResult runDashboard(Context &ctx);
VoidResult runBackup(Context &ctx);
VoidResult runCheck(Context &ctx);
VoidResult runRestore(const CommandLine &cl, const Clock &clock, const Output &out,
                      const QString &path);
VoidResult runServerSetup(const CommandLine &cl, const Clock &clock, const Output &out);
QString passwordFromStdin();
VoidResult runCopy(const CommandLine &cl, const Clock &clock, const Output &out);

// A date and time as checked by the declaration ("2025-05-27T10:00"), in the campaign's zone
// unless it carries an offset ("...+09:00", "...Z"); in UTC.
QDateTime campaignTime(const QString &text, const Campaign &campaign);
// --campaign ID, or the campaign with the latest publication date when there is no option.
Result<Campaign> resolveCampaign(Context &ctx);
// A positional CAMPAIGN at `wordIndex` (slots list 1), else as resolveCampaign().
Result<Campaign> campaignArgument(Context &ctx, qsizetype wordIndex);
// The interviewee named by the optional argument at `word` (id or e-mail); 0 when absent.
Result<Id> optionalInterviewee(Context &ctx, Id campaignId, int word);

// --help for these words: every command, one noun's verbs or one verb (help.cpp).
QString helpFor(const QStringList &words);
// Whether the words name a verb or a noun that has verbs (no words: the whole list).
bool knowsCommand(const QStringList &words);
// help [COMMAND...] [--markdown]; with --json the declaration of every verb.
VoidResult runHelp(const CommandLine &cl, const Output &out);

} // namespace shuzai::cli
