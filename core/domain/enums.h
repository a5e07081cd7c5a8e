#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace shuzai {

enum class Role { Editor, Writer, Reviewer };

// How the interviewee agreed to appear in the article (the letter's 出演形式).
enum class Attribution { Undecided, NameAndAffiliation, WithPhoto, Anonymous };

// Where an interviewee stands in the campaign's pipeline.
enum class PipelineStatus {
    NotContacted,
    RequestSent,
    Accepted,
    Declined,
    Scheduled,
    Interviewed,
    InReview,
    Approved,
    Withdrawn,
};

enum class InterviewMode { Online, InPerson };

// Stable codes used in the database, in JSON and on the command line. Never translated.
QString toCode(Role role);
QString toCode(Attribution attribution);
QString toCode(PipelineStatus status);
QString toCode(InterviewMode mode);

std::optional<Role> roleFromCode(const QString &code);
std::optional<Attribution> attributionFromCode(const QString &code);
std::optional<PipelineStatus> statusFromCode(const QString &code);
std::optional<InterviewMode> modeFromCode(const QString &code);

// Translated labels for display.
QString displayName(Role role);
QString displayName(Attribution attribution);
QString displayName(PipelineStatus status);
QString displayName(InterviewMode mode);

QList<Role> allRoles();
QList<Attribution> allAttributions();
QList<PipelineStatus> allStatuses();
QList<InterviewMode> allModes();

} // namespace shuzai
