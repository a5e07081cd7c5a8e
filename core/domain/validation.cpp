#include "validation.h"

#include "util/japanesetext.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace shuzai {

namespace {
constexpr qsizetype kMaxNameLength = 100;
constexpr qsizetype kMaxFieldLength = 200;
constexpr qsizetype kMaxNotesLength = 20000;

Error tooLong(const QString &field)
{
    return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Error", "The entry is too long."), {},
                 field);
}
} // namespace

bool isValidEmail(const QString &email)
{
    // Deliberately practical rather than the full RFC 5322 grammar: one @, no spaces, a dotted
    // domain of letters, digits and hyphens; what mail servers will actually accept.
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)"
        R"((?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$)"));
    if (email.size() > 254 || !pattern.match(email).hasMatch())
        return false;
    const QString local = email.section(u'@', 0, 0);
    return local.size() <= 64 && !local.startsWith(u'.') && !local.endsWith(u'.') &&
           !local.contains(QStringLiteral(".."));
}

Result<IntervieweeData> validateInterviewee(IntervieweeData d, const Campaign &campaign)
{
    for (QString *field : {&d.familyName, &d.givenName, &d.organisation, &d.department, &d.jobTitle,
                           &d.email, &d.phone}) {
        *field = field->trimmed();
    }
    d.familyReading = japanese::normalizeReading(d.familyReading);
    d.givenReading = japanese::normalizeReading(d.givenReading);
    // Full-width characters typed by a Japanese IME in an address are a typo, not intent.
    d.email = d.email.normalized(QString::NormalizationForm_KC);
    if (d.email.contains(u'@'))
        d.email = d.email.section(u'@', 0, 0) + u'@' + d.email.section(u'@', 1).toLower();

    if (d.familyName.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The family name must not be empty."), {},
                     QStringLiteral("familyName"));
    }
    if (d.familyName.size() > kMaxNameLength)
        return tooLong(QStringLiteral("familyName"));
    if (d.givenName.size() > kMaxNameLength)
        return tooLong(QStringLiteral("givenName"));
    if (!japanese::isKatakana(d.familyReading)) {
        return Error(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("Error", "The reading of the family name must be in katakana: %1"),
            {d.familyReading}, QStringLiteral("familyReading"));
    }
    if (!japanese::isKatakana(d.givenReading)) {
        return Error(
            ErrorCode::InvalidInput,
            QT_TRANSLATE_NOOP("Error", "The reading of the given name must be in katakana: %1"),
            {d.givenReading}, QStringLiteral("givenReading"));
    }
    if (d.familyReading.size() > kMaxNameLength)
        return tooLong(QStringLiteral("familyReading"));
    if (d.givenReading.size() > kMaxNameLength)
        return tooLong(QStringLiteral("givenReading"));
    if (!d.email.isEmpty() && !isValidEmail(d.email)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The e-mail address is not valid: %1"), {d.email},
                     QStringLiteral("email"));
    }
    for (auto [value, name] :
         {std::pair{&d.organisation, "organisation"}, std::pair{&d.department, "department"},
          std::pair{&d.jobTitle, "jobTitle"}, std::pair{&d.phone, "phone"}}) {
        if (value->size() > kMaxFieldLength)
            return tooLong(QLatin1String(name));
    }
    static const QRegularExpression phonePattern(QStringLiteral(R"(^[0-9+()\-. xX]*$)"));
    d.phone = d.phone.normalized(QString::NormalizationForm_KC);
    if (!phonePattern.match(d.phone).hasMatch()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The phone number is not valid: %1"), {d.phone},
                     QStringLiteral("phone"));
    }
    if (d.notes.size() > kMaxNotesLength)
        return tooLong(QStringLiteral("notes"));
    d.timeZone = d.timeZone.trimmed();
    if (!d.timeZone.isEmpty() && !QTimeZone(d.timeZone.toUtf8()).isValid()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Error", "Unknown time zone: %1"),
                     {d.timeZone}, QStringLiteral("timeZone"));
    }
    if (!campaign.category(d.categoryId)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "Choose a category of this campaign."), {},
                     QStringLiteral("category"));
    }
    if (d.attribution != Attribution::Undecided &&
        !campaign.attributionOptions.contains(d.attribution)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "This campaign does not offer the attribution "
                                                "\"%1\"."),
                     {displayName(d.attribution)}, QStringLiteral("attribution"));
    }
    return d;
}

Result<CampaignSettings> validateCampaignSettings(CampaignSettings s)
{
    s.title = s.title.trimmed();
    s.editorEmail = s.editorEmail.trimmed();
    if (s.title.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The campaign title must not be empty."), {},
                     QStringLiteral("title"));
    }
    if (!s.publicationDate.isValid()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The publication date is not a valid date."), {},
                     QStringLiteral("publicationDate"));
    }
    if (!s.windowStart.isValid() || !s.windowEnd.isValid() || s.windowEnd < s.windowStart) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The interview window must end on or after its "
                                                "first day."),
                     {}, QStringLiteral("window"));
    }
    if (s.windowEnd >= s.publicationDate) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The interviews must end before the publication "
                                                "date."),
                     {}, QStringLiteral("window"));
    }
    if (s.interviewMinutes < 10 || s.interviewMinutes > 480) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The interview length must be between 10 and 480 "
                                                "minutes."),
                     {}, QStringLiteral("interviewMinutes"));
    }
    if (s.bufferMinutes < 0 || s.bufferMinutes > 240) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The buffer between interviews must be between 0 "
                                                "and 240 minutes."),
                     {}, QStringLiteral("bufferMinutes"));
    }
    if (s.followUpDays < 1 || s.followUpDays > 60) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "Follow-ups must fall due between 1 and 60 days "
                                                "after a letter."),
                     {}, QStringLiteral("followUpDays"));
    }
    if (s.reviewMarginDays < 0 || s.reviewMarginDays > 60) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The review margin must be between 0 and 60 "
                                                "working days before publication."),
                     {}, QStringLiteral("reviewMarginDays"));
    }
    if (s.modes.isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "Offer at least one way to hold the interview."),
                     {}, QStringLiteral("modes"));
    }
    if (!QTimeZone(s.timeZone.toUtf8()).isValid()) {
        return Error(ErrorCode::InvalidInput, QT_TRANSLATE_NOOP("Error", "Unknown time zone: %1"),
                     {s.timeZone}, QStringLiteral("timeZone"));
    }
    if (!s.editorEmail.isEmpty() && !isValidEmail(s.editorEmail)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The e-mail address is not valid: %1"),
                     {s.editorEmail}, QStringLiteral("editorEmail"));
    }
    // The letter's marks: a few characters on one line (a heading may go unmarked).
    s.letterHeadingMark = s.letterHeadingMark.trimmed();
    s.letterListMark = s.letterListMark.trimmed();
    auto isMark = [](const QString &mark) {
        return mark.size() <= 4 && !mark.contains(u'{') && !mark.contains(u'}') &&
               std::none_of(mark.cbegin(), mark.cend(), [](QChar c) { return c.isSpace(); });
    };
    if (!isMark(s.letterHeadingMark)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The heading mark of letters must be up to 4 "
                                                "characters without spaces, such as 【】 or ■: %1"),
                     {s.letterHeadingMark}, QStringLiteral("letterHeadingMark"));
    }
    if (s.letterListMark.isEmpty() || !isMark(s.letterListMark)) {
        return Error(ErrorCode::InvalidInput,
                     QT_TRANSLATE_NOOP("Error", "The list mark of letters must be 1 to 4 "
                                                "characters without spaces, such as ・ or -: %1"),
                     {s.letterListMark}, QStringLiteral("letterListMark"));
    }
    return s;
}

} // namespace shuzai
