#include "changehub.h"

#include "answerservice.h"
#include "auditservice.h"
#include "backupservice.h"
#include "campaignservice.h"
#include "interviewservice.h"
#include "mailboxservice.h"
#include "outreachservice.h"
#include "reviewservice.h"
#include "rosterservice.h"
#include "schedulingservice.h"
#include "transcriptservice.h"
#include "workspace.h"

#include <QHash>

namespace shuzai {

ChangeHub::ChangeHub(Workspace &ws)
{
    qRegisterMetaType<shuzai::Topics>();
    // Each service signal once, with everything it can touch: a booking or a transcript moves
    // the person's status, a letter or a review step does too.
    const auto announce = [this](Topics topics) {
        return [this, topics] {
            emit changed(topics);
        };
    };
    CampaignService *campaigns = &ws.campaigns();
    connect(campaigns, &CampaignService::campaignChanged, this, announce(Topic::Campaigns));
    connect(campaigns, &CampaignService::campaignsChanged, this, announce(Topic::Campaigns));
    RosterService *roster = &ws.roster();
    for (auto signal : {&RosterService::intervieweeAdded, &RosterService::intervieweeChanged,
                        &RosterService::intervieweeRemoved})
        connect(roster, signal, this, announce(Topic::People));
    connect(roster, &RosterService::questionsChanged, this, announce(Topic::Questions));
    connect(&ws.interviews(), &InterviewService::interviewAdded, this, announce(Topic::Schedule));
    connect(&ws.scheduling(), &SchedulingService::scheduleChanged, this,
            announce(Topic::Schedule | Topic::People));
    TranscriptService *transcripts = &ws.transcripts();
    connect(transcripts, &TranscriptService::transcriptImported, this,
            announce(Topic::Transcripts | Topic::People));
    connect(transcripts, &TranscriptService::segmentChanged, this, announce(Topic::Transcripts));
    connect(transcripts, &TranscriptService::speakersChanged, this, announce(Topic::Transcripts));
    connect(&ws.answers(), &AnswerService::answersChanged, this, announce(Topic::Answers));
    connect(&ws.answers(), &AnswerService::quotesChanged, this, announce(Topic::Answers));
    connect(&ws.outreach(), &OutreachService::outreachChanged, this,
            announce(Topic::Outreach | Topic::People));
    connect(&ws.review(), &ReviewService::reviewChanged, this,
            announce(Topic::Review | Topic::People));
    connect(&ws.mailbox(), &MailboxService::mailboxChanged, this,
            announce(Topic::Outreach | Topic::People));
    connect(&ws.audit(), &AuditService::appended, this, announce(Topic::Audit));
    connect(&ws.backups(), &BackupService::restored, this, announce(Topic::Everything));
    connect(&ws, &Workspace::changedElsewhere, this,
            [this](const QString &table) { emit changed(topicsOfTable(table)); });
}

Topics ChangeHub::topicsOfTable(const QString &table)
{
    static const QHash<QString, Topics> topics{
        {QStringLiteral("campaigns"), Topic::Campaigns},
        {QStringLiteral("categories"), Topic::Campaigns},
        {QStringLiteral("questions"), Topic::Campaigns | Topic::Questions},
        {QStringLiteral("availability_windows"), Topic::Campaigns | Topic::Schedule},
        {QStringLiteral("interviewees"), Topic::People},
        {QStringLiteral("question_customisations"), Topic::Questions},
        {QStringLiteral("interviews"), Topic::Schedule | Topic::People},
        {QStringLiteral("busy_periods"), Topic::Schedule},
        {QStringLiteral("transcripts"), Topic::Transcripts | Topic::People},
        {QStringLiteral("transcript_segments"), Topic::Transcripts},
        {QStringLiteral("transcript_speakers"), Topic::Transcripts},
        {QStringLiteral("answer_links"), Topic::Answers},
        {QStringLiteral("quote_candidates"), Topic::Answers},
        {QStringLiteral("outreach_letters"), Topic::Outreach | Topic::People},
        {QStringLiteral("outreach_replies"), Topic::Outreach | Topic::People},
        {QStringLiteral("inbound_messages"), Topic::Outreach | Topic::People},
        {QStringLiteral("reply_proposal_decisions"), Topic::Outreach | Topic::People},
        {QStringLiteral("review_rounds"), Topic::Review | Topic::People},
        {QStringLiteral("review_corrections"), Topic::Review},
        {QStringLiteral("audit_log"), Topic::Audit},
    };
    return topics.value(table, Topic::Everything);
}

} // namespace shuzai
