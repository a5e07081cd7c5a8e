#pragma once

#include <QString>

#include <QFlags>
#include <QObject>

namespace shuzai {

class Workspace;

// What a change touched, in the terms the screens show it.
enum class Topic : quint32 {
    Campaigns = 1u << 0,   // a campaign's settings, categories, template questions, windows
    People = 1u << 1,      // interviewees added, removed, edited, or moved along the pipeline
    Questions = 1u << 2,   // a person's own question list
    Schedule = 1u << 3,    // interviews added, booked, moved, cancelled, removed; busy times
    Transcripts = 1u << 4, // imported, corrected, speakers named
    Answers = 1u << 5,     // answer links and quote candidates
    Outreach = 1u << 6,    // letters and replies
    Review = 1u << 7,      // review rounds, corrections, decisions
    Audit = 1u << 8,       // a new entry in the audit log
    Everything = 0x1ffu,   // after a restore or a reconnection: whatever it was
};
Q_DECLARE_FLAGS(Topics, Topic)
Q_DECLARE_OPERATORS_FOR_FLAGS(Topics)

// One place where every change of the workspace is announced by what it touched, whoever made
// it: this program's services as they commit, or (on the team server) another client, through
// Workspace::changedElsewhere. A screen listens here for what it shows instead of to a handful
// of service signals, so a new kind of change cannot be forgotten by one screen.
// (The services' own signals stay for listeners that update one row in place.)
class ChangeHub : public QObject {
    Q_OBJECT
public:
    // Listens to every service of `workspace` (which owns the hub).
    explicit ChangeHub(Workspace &workspace);

    // What another client's change to `table` touched (an empty table: anything).
    static Topics topicsOfTable(const QString &table);

signals:
    // Emitted as each change is announced, possibly inside its transaction: a listener that
    // reads the database waits for the event loop (ui/common/liverefresh.h does).
    void changed(shuzai::Topics topics);
};

} // namespace shuzai

Q_DECLARE_METATYPE(shuzai::Topics)
