#include "enums.h"

#include "enumtable.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace shuzai {

namespace {

using enumtable::entryFor;
using enumtable::fromCode;
using enumtable::valuesOf;
template <typename E> using EnumEntry = enumtable::Entry<E>;

constexpr std::array<EnumEntry<Role>, 3> kRoles{{
    {Role::Editor, "editor", QT_TRANSLATE_NOOP("Enum", "Editor")},
    {Role::Writer, "writer", QT_TRANSLATE_NOOP("Enum", "Writer")},
    {Role::Reviewer, "reviewer", QT_TRANSLATE_NOOP("Enum", "Reviewer")},
}};

constexpr std::array<EnumEntry<Attribution>, 4> kAttributions{{
    {Attribution::Undecided, "undecided", QT_TRANSLATE_NOOP("Enum", "Not decided")},
    {Attribution::NameAndAffiliation, "name_affiliation",
     QT_TRANSLATE_NOOP("Enum", "Name and affiliation")},
    {Attribution::WithPhoto, "with_photo",
     QT_TRANSLATE_NOOP("Enum", "Name and affiliation with photo")},
    {Attribution::Anonymous, "anonymous", QT_TRANSLATE_NOOP("Enum", "Anonymous")},
}};

constexpr std::array<EnumEntry<PipelineStatus>, 9> kStatuses{{
    {PipelineStatus::NotContacted, "not_contacted", QT_TRANSLATE_NOOP("Enum", "Not contacted")},
    {PipelineStatus::RequestSent, "request_sent", QT_TRANSLATE_NOOP("Enum", "Request sent")},
    {PipelineStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("Enum", "Accepted")},
    {PipelineStatus::Declined, "declined", QT_TRANSLATE_NOOP("Enum", "Declined")},
    {PipelineStatus::Scheduled, "scheduled", QT_TRANSLATE_NOOP("Enum", "Scheduled")},
    {PipelineStatus::Interviewed, "interviewed", QT_TRANSLATE_NOOP("Enum", "Interviewed")},
    {PipelineStatus::InReview, "in_review", QT_TRANSLATE_NOOP("Enum", "In review")},
    {PipelineStatus::Approved, "approved", QT_TRANSLATE_NOOP("Enum", "Approved")},
    {PipelineStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Enum", "Withdrawn")},
}};

constexpr std::array<EnumEntry<InterviewMode>, 2> kModes{{
    {InterviewMode::Online, "online", QT_TRANSLATE_NOOP("Enum", "Online (Zoom)")},
    {InterviewMode::InPerson, "in_person", QT_TRANSLATE_NOOP("Enum", "In person")},
}};

QString label(const char *source)
{
    return QCoreApplication::translate("Enum", source);
}

} // namespace

QString toCode(Role v)
{
    return QLatin1String(entryFor(kRoles, v).code);
}
QString toCode(Attribution v)
{
    return QLatin1String(entryFor(kAttributions, v).code);
}
QString toCode(PipelineStatus v)
{
    return QLatin1String(entryFor(kStatuses, v).code);
}
QString toCode(InterviewMode v)
{
    return QLatin1String(entryFor(kModes, v).code);
}

std::optional<Role> roleFromCode(const QString &c)
{
    return fromCode(kRoles, c);
}
std::optional<Attribution> attributionFromCode(const QString &c)
{
    return fromCode(kAttributions, c);
}
std::optional<PipelineStatus> statusFromCode(const QString &c)
{
    return fromCode(kStatuses, c);
}
std::optional<InterviewMode> modeFromCode(const QString &c)
{
    return fromCode(kModes, c);
}

QString displayName(Role v)
{
    return label(entryFor(kRoles, v).label);
}
QString displayName(Attribution v)
{
    return label(entryFor(kAttributions, v).label);
}
QString displayName(PipelineStatus v)
{
    return label(entryFor(kStatuses, v).label);
}
QString displayName(InterviewMode v)
{
    return label(entryFor(kModes, v).label);
}

QList<Role> allRoles()
{
    return valuesOf(kRoles);
}
QList<Attribution> allAttributions()
{
    return valuesOf(kAttributions);
}
QList<PipelineStatus> allStatuses()
{
    return valuesOf(kStatuses);
}
QList<InterviewMode> allModes()
{
    return valuesOf(kModes);
}

} // namespace shuzai
