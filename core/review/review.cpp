#include "review.h"

#include "domain/enumtable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shuzai {

namespace {
constexpr std::array<enumtable::Entry<ReviewStatus>, 6> kStatuses{{
    {ReviewStatus::NotSent, "not_sent", QT_TRANSLATE_NOOP("Enum", "Not sent")},
    {ReviewStatus::AwaitingResponse, "awaiting_response",
     QT_TRANSLATE_NOOP("Enum", "Awaiting response")},
    {ReviewStatus::CorrectionsRequested, "corrections_requested",
     QT_TRANSLATE_NOOP("Enum", "Corrections requested")},
    {ReviewStatus::Approved, "approved", QT_TRANSLATE_NOOP("Enum", "Approved")},
    {ReviewStatus::ApprovedWithChanges, "approved_with_changes",
     QT_TRANSLATE_NOOP("Enum", "Approved with changes")},
    {ReviewStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Enum", "Withdrawn")},
}};

constexpr std::array<enumtable::Entry<ReviewChannel>, 3> kChannels{{
    {ReviewChannel::Email, "email", QT_TRANSLATE_NOOP("Enum", "E-mail")},
    {ReviewChannel::Pdf, "pdf", QT_TRANSLATE_NOOP("Enum", "PDF handed over")},
    {ReviewChannel::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
}};
} // namespace

QString toCode(ReviewStatus status)
{
    return enumtable::codeOf(kStatuses, status);
}
std::optional<ReviewStatus> reviewStatusFromCode(const QString &code)
{
    return enumtable::fromCode(kStatuses, code);
}
QString displayName(ReviewStatus status)
{
    return enumtable::labelOf(kStatuses, status);
}
bool isPublishable(ReviewStatus status)
{
    return status == ReviewStatus::Approved || status == ReviewStatus::ApprovedWithChanges;
}

QString toCode(ReviewChannel channel)
{
    return enumtable::codeOf(kChannels, channel);
}
std::optional<ReviewChannel> reviewChannelFromCode(const QString &code)
{
    return enumtable::fromCode(kChannels, code);
}
QString displayName(ReviewChannel channel)
{
    return enumtable::labelOf(kChannels, channel);
}

QByteArray snapshotBytes(const QList<ReviewItem> &items)
{
    QJsonArray array;
    for (const ReviewItem &i : items) {
        array.append(QJsonObject{{QStringLiteral("number"), i.number},
                                 {QStringLiteral("kind"), i.kind},
                                 {QStringLiteral("question"), i.question},
                                 {QStringLiteral("text"), i.text},
                                 {QStringLiteral("context"), i.context},
                                 {QStringLiteral("speaker"), i.speaker},
                                 {QStringLiteral("startMs"), i.startMs}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QList<ReviewItem> itemsFromSnapshot(const QByteArray &snapshot)
{
    QList<ReviewItem> items;
    const QJsonArray array = QJsonDocument::fromJson(snapshot).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        items.append({o[QStringLiteral("number")].toInt(), o[QStringLiteral("kind")].toString(),
                      o[QStringLiteral("question")].toString(),
                      o[QStringLiteral("text")].toString(), o[QStringLiteral("context")].toString(),
                      o[QStringLiteral("speaker")].toString(),
                      qint64(o[QStringLiteral("startMs")].toDouble(-1))});
    }
    return items;
}

} // namespace shuzai
