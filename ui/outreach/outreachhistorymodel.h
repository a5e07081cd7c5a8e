#pragma once

#include "outreach/outreachrecord.h"
#include "services/mailboxservice.h"

#include <QAbstractTableModel>
#include <QHash>
#include <variant>

namespace shuzai {
class Workspace;
}

namespace shuzai::ui {

// A message fetched from the person, with the reply Shuzai read from it when it answers a
// request letter.
struct FetchedMail {
    StoredInboundMessage message; // without its bytes
    std::optional<MailReplyProposal> proposal;
    int interviewMinutes = 60;
    QDateTime at; // = message.receivedAt, for sorting with the rest
};

// One person's outreach as it happened: the letters sent, exported or refused, the mail that
// came back (as it arrived, with the reply proposed from it) and the replies recorded, oldest
// first, each with who did it (by name, from the audit log) or who wrote it. Follows the
// outreach log and the mailbox as letters, mail and replies arrive.
class OutreachHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, What, Details, ColumnCount };
    using Entry = std::variant<OutreachRecord, OutreachReply, FetchedMail>;

    explicit OutreachHistoryModel(Workspace &workspace, QObject *parent = nullptr);

    void setInterviewee(Id campaignId, Id intervieweeId);
    Id intervieweeId() const { return m_intervieweeId; }
    const Entry &entry(int row) const { return m_entries.at(row); }
    // The reply proposed from the mail of `row` while it waits for the editor; none otherwise.
    std::optional<MailReplyProposal> pendingProposal(int row) const;
    // Reads the log again; false (and the rows emptied) when it cannot be read.
    bool reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    QString what(const Entry &entry) const;
    QString details(const Entry &entry) const;
    QString who(const Entry &entry) const;
    Result<QList<FetchedMail>> fetchedMail();

    Workspace &m_workspace;
    Id m_campaignId = 0;
    Id m_intervieweeId = 0;
    QList<Entry> m_entries;
    QHash<QString, QString> m_doneBy; // "letter 12" / "reply 3" -> the acting person's name
};

} // namespace shuzai::ui
