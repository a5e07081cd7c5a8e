#pragma once

#include "outreach/letter.h"
#include "outreach/lettersender.h"
#include "outreach/mailmessage.h"
#include "outreach/outreachrecord.h"
#include "util/result.h"

#include "domain/interviewee.h"

#include <QObject>
#include <functional>

namespace shuzai {

class Workspace;

struct LetterTemplate {
    QString text;
    bool custom = false; // the campaign's own, not the built-in one
};

// Request letters to interviewees and the log of every letter that left (or failed to).
class OutreachService : public QObject {
    Q_OBJECT
public:
    explicit OutreachService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // The template letters of the campaign use in `language` ("ja" or "en"): its own if the
    // editor saved one, else the built-in one.
    Result<LetterTemplate> letterTemplate(Id campaignId, const QString &language);
    // Keeps `text` as the campaign's template. Refused unless the editor acts, and with the
    // first mistake and its line for a template with unknown or malformed placeholders. Saving
    // the built-in text, or an empty one, returns to the built-in template.
    VoidResult saveLetterTemplate(Id campaignId, const QString &language, const QString &text);

    // The letter for one interviewee: their own questions and the candidate times still free.
    // `templateText` empty: the campaign's template of `language` ("ja" or "en").
    Result<RenderedLetter> render(Id intervieweeId, const QString &language = QStringLiteral("ja"),
                                  const QString &templateText = {});

    // The letter as an e-mail to the interviewee, from the campaign's editor. Refused while the
    // letter has parts to fill in, or without the two addresses.
    Result<QByteArray> message(Id intervieweeId, MailMessage::Charset charset,
                               const QString &language = QStringLiteral("ja"),
                               const QString &templateText = {});

    // The messages for many people at once, in the given order; one that cannot be made carries
    // its reason instead of stopping the others. Refused unless the editor acts, before any
    // letter leaves: every letter sent is logged, and only the editor may log one.
    Result<QList<OutgoingLetter>> prepare(const QList<Id> &intervieweeIds,
                                          MailMessage::Charset charset,
                                          const QString &language = QStringLiteral("ja"),
                                          const QString &templateText = {});

    // A message from the campaign's editor to the interviewee, subject and body still empty:
    // what request letters and review packets are sent as. Refused without both addresses.
    Result<MailMessage> addressedTo(Id intervieweeId, const QString &language);

    // Logs a letter with its exact bytes, in one transaction with its consequence: a person not
    // yet contacted becomes "request sent" once a letter was sent or exported to them.
    Result<Id> record(Id intervieweeId, OutreachRecord::Kind kind, const QByteArray &message,
                      const QString &detail = {});
    // Writes the letter to `path` (atomically) and logs it as exported, as one change: a file
    // that could not be written is never logged as exported.
    Result<Id> exportLetter(Id intervieweeId, const QByteArray &message, const QString &path);
    // Oldest first; `intervieweeId` non-zero: that person's letters only.
    Result<QList<OutreachRecord>> log(Id campaignId, Id intervieweeId = 0);

    // Records a reply; accepted and declined move the pipeline, unless the person is already
    // further along (scheduled, interviewed, ...). `preferredStarts`: the campaign's candidate
    // slots the person chose (an acceptance only), each the start of one of its slots; without
    // `prefers`, they are written out as its text ("5月28日（水）15:00-16:00").
    Result<Id> recordReply(Id intervieweeId, OutreachReply::Kind kind, const QString &prefers = {},
                           const QString &note = {}, const QList<QDateTime> &preferredStarts = {});
    Result<QList<OutreachReply>> replies(Id campaignId, Id intervieweeId = 0);
    // People whose last letter has waited the campaign's follow-up days with no reply since,
    // most overdue first. A "no reply" record does not count as a reply.
    // `asOf` invalid: now; otherwise "what will be due by then", for planning the week.
    Result<QList<FollowUpDue>> due(Id campaignId, const QDateTime &asOf = {});

signals:
    // A letter or reply was recorded (the person's pipeline status may have moved with it).
    void outreachChanged(Id campaignId, Id intervieweeId);

private:
    // Stores one letter or reply (`add`) and moves the person's pipeline status through `next`,
    // with their audit entries, in one transaction; refused unless the editor acts.
    Result<Id> recordEvent(Id intervieweeId, const char *action, const QString &auditAction,
                           const QString &auditAfter,
                           const std::function<Result<Id>(const Interviewee &)> &add,
                           const std::function<PipelineStatus(PipelineStatus)> &next);

    Workspace &m_workspace;
};

} // namespace shuzai
