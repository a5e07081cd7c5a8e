#pragma once

#include "domain/campaign.h"
#include "smtpclient.h"
#include "util/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace shuzai {

// One request letter ready to leave: its message, or why it cannot leave.
struct OutgoingLetter {
    Id intervieweeId = 0;
    QString name;
    QString address;
    QString from; // the campaign's editor
    QByteArray message;
    std::optional<Error> problem; // why it cannot be sent (no address, parts to fill in, ...)
};

// Sends one letter in its own SMTP session, so a refused recipient or a dropped connection
// fails that letter only. A letter with a problem fails with it, without contacting the server.
// Blocking: the GUI runs it on a worker thread.
VoidResult sendLetter(const SmtpSettings &smtp, const OutgoingLetter &letter);

} // namespace shuzai
