// The child of the kill test: random writes through the services, each acknowledged on stdout
// only after it committed. The parent kills it with SIGKILL at a random moment and then checks
// that every acknowledged write is in the file.
//
//   shuzai_crash_writer DATABASE SEED
//
// Acknowledgements, one per line:
//   added ID EMAIL          a person
//   edited ID COUNTER       a person's notes now read "edit COUNTER" (counters only grow)
//   imported ID SEGMENTS    a transcript of interview ID... (ID: the transcript)
//   booked ID               an interview
//   replied ID              a reply record
//   reviewed ID ROUND       a review round sent for person ID
#include "services/answerservice.h"
#include "services/interviewservice.h"
#include "services/outreachservice.h"
#include "services/reviewservice.h"
#include "services/rosterservice.h"
#include "services/schedulingservice.h"
#include "services/transcriptservice.h"
#include "services/workspace.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <cstdio>
#include <unistd.h>

using namespace shuzai;

namespace {

void acknowledge(const QString &line)
{
    const QByteArray bytes = (line + u'\n').toUtf8();
    // Unbuffered: what the parent reads was acknowledged, nothing more.
    (void)::write(STDOUT_FILENO, bytes.constData(), size_t(bytes.size()));
}

IntervieweeData someone(QRandomGenerator &random, const QString &email)
{
    IntervieweeData d;
    d.categoryId = 1 + random.bounded(3);
    d.familyName = QStringLiteral("試験");
    d.givenName = QStringLiteral("太郎");
    d.familyReading = QStringLiteral("シケン");
    d.givenReading = QStringLiteral("タロウ");
    d.email = email;
    return d;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString path = QString::fromLocal8Bit(argv[1]);
    const quint32 seed = quint32(QByteArray(argv[2]).toUInt());
    QRandomGenerator random(seed);
    SystemClock clock;
    auto opened = Workspace::openSqlite(path, clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().untranslatedMessage()));
        return 1;
    }
    Workspace &ws = **opened;
    for (int step = 0;; ++step) {
        ws.setActor(QStringLiteral("editor"));
        auto people = ws.roster().list(1);
        if (!people)
            return 1;
        const int kind = people->isEmpty() ? 0 : int(random.bounded(7));
        const Interviewee *person =
            people->isEmpty() ? nullptr : &people->at(random.bounded(int(people->size())));
        switch (kind) {
        case 0: {
            const QString email = QStringLiteral("s%1-%2@example.jp").arg(seed).arg(step);
            if (auto added = ws.roster().add(1, someone(random, email)))
                acknowledge(QStringLiteral("added %1 %2").arg(added->id).arg(email));
            break;
        }
        case 1: {
            IntervieweeData d = person->data;
            const qint64 counter = qint64(seed) * 100000 + step;
            d.notes = QStringLiteral("edit %1").arg(counter);
            if (ws.roster().update(person->id, d, person->version))
                acknowledge(QStringLiteral("edited %1 %2").arg(person->id).arg(counter));
            break;
        }
        case 2:
        case 3: {
            Interview planned;
            planned.intervieweeId = person->id;
            auto interview = ws.interviews().create(planned);
            if (!interview)
                break;
            ws.setActor(QStringLiteral("writer"));
            TranscriptImport request;
            request.interviewId = interview->id;
            QByteArray text;
            const int paragraphs = 1 + random.bounded(40);
            for (int i = 0; i < paragraphs; ++i)
                text += QStringLiteral("記者: 質問%1です。\n\n回答者: 日本語の答え%1です。\n\n")
                            .arg(i)
                            .toUtf8();
            request.bytes = text;
            request.fileName = QStringLiteral("crash.txt");
            request.confirmed = true;
            if (auto t = ws.transcripts().import(request)) {
                acknowledge(QStringLiteral("imported %1 %2").arg(t->id).arg(t->segments.size()));
                if (random.bounded(2) == 0 && !t->segments.isEmpty()) {
                    if (ws.answers().addQuote(t->segments.first().id, 0, 3, QStringLiteral("q"))) {
                        ws.setActor(QStringLiteral("editor"));
                        if (auto round = ws.review().send(person->id, ReviewChannel::Email))
                            acknowledge(QStringLiteral("reviewed %1 %2")
                                            .arg(person->id)
                                            .arg(round->number));
                    }
                }
            }
            break;
        }
        case 4:
        case 5: {
            Booking booking;
            booking.intervieweeId = person->id;
            booking.start = QDateTime(QDate(2025, 5, 27).addDays(random.bounded(5)),
                                      QTime(9 + random.bounded(8), 0), Qt::UTC);
            booking.tentative = random.bounded(2) == 0;
            if (auto booked = ws.scheduling().book(booking))
                acknowledge(QStringLiteral("booked %1").arg(booked->id));
            break;
        }
        default: {
            if (auto reply = ws.outreach().recordReply(person->id, OutreachReply::Kind::Question,
                                                       {}, QStringLiteral("質問あり")))
                acknowledge(QStringLiteral("replied %1").arg(*reply));
            break;
        }
        }
    }
}
