#pragma once

#include "outreach/letter.h"
#include "outreach/mailmessage.h"
#include "util/result.h"

#include <QObject>

namespace shuzai {

class Workspace;

// Request letters to interviewees. (Sending by e-mail, the outreach log and replies come with
// the rest of the outreach work.)
class OutreachService : public QObject {
    Q_OBJECT
public:
    explicit OutreachService(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    // The letter for one interviewee: their own questions and the candidate times still free.
    // `templateText` empty: the built-in template of `language` ("ja" or "en").
    Result<RenderedLetter> render(Id intervieweeId, const QString &language = QStringLiteral("ja"),
                                  const QString &templateText = {});

    // The letter as an e-mail to the interviewee, from the campaign's editor. Refused while the
    // letter has parts to fill in, or without the two addresses.
    Result<QByteArray> message(Id intervieweeId, MailMessage::Charset charset,
                               const QString &language = QStringLiteral("ja"),
                               const QString &templateText = {});

private:
    Workspace &m_workspace;
};

} // namespace shuzai
