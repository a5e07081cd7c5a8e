// The declarations of the campaign lifecycle, category and template question verbs (see
// verbs.h); verbtable.cpp puts them in the table's order.
#include "domain/enums.h"
#include "verbbuilders.h"

#include <QCoreApplication>

namespace shuzai::cli {

using namespace build;

namespace {
const char *const kCampaignId = QT_TRANSLATE_NOOP("Cli", "a campaign's id");
const char *const kCategory =
    QT_TRANSLATE_NOOP("Cli", "a category: its code (researcher), its name or its id");
const char *const kNumber = QT_TRANSLATE_NOOP("Cli", "a question's number in the template");
const char *const kPosition = QT_TRANSLATE_NOOP("Cli", "a place in the list, from 1");

ArgSpec category()
{
    return arg("CATEGORY", value(ValueKind::Name, kCategory));
}

QList<OptionSpec> honorifics()
{
    return {text("organisation-honorific", "貴社|貴研究室|貴学"),
            text("person-honorific", "様|先生")};
}

QList<OptionSpec> dates()
{
    return {option("publication-date", "D", value(ValueKind::Date)),
            option("window-start", "D", value(ValueKind::Date)),
            option("window-end", "D", value(ValueKind::Date))};
}
} // namespace

QList<VerbSpec> campaignLifecycleVerbs()
{
    QList<VerbSpec> v;
    QList<OptionSpec> fresh{required(text("title", "T")), detail(text("publication", "P"))};
    fresh.append(required(dates().at(0)));
    fresh.append(dates().mid(1));
    ValueSpec modes;
    modes.kind = ValueKind::ChoiceList;
    for (InterviewMode m : allModes())
        modes.choices.append(toCode(m));
    fresh << option("minutes", "N", range(10, 480))
          << detail(option("modes", "online,in_person", modes))
          << detail(option("time-zone", "TZ", value(ValueKind::TimeZone)))
          << detail(text("editor-name", "N")) << detail(text("editor-email", "E"))
          << detail(text("editor-phone", "P")) << detail(text("website", "U"));
    v << verb({"campaign", "new"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "a blank campaign (editors only): no categories yet; the "
                                       "interview window defaults to 21 to 8 days before "
                                       "publication"),
              {}, fresh);
    QList<OptionSpec> copy{text("title", "T")};
    copy.append(dates());
    v << verb({"campaign", "duplicate"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli",
                                "a new campaign like campaign ID: settings, categories "
                                "with honorifics, template questions, letter templates; "
                                "not people or candidate times. The window moves with "
                                "--publication-date; the title gets （コピー） unless given"),
              {arg("ID", value(ValueKind::Id, kCampaignId))}, copy);
    v << verb({"campaign", "archive"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "close a campaign: read-only and left out of campaign "
                                       "list (--all shows it) until unarchived"),
              {arg("ID", value(ValueKind::Id, kCampaignId))});
    v << verb({"campaign", "unarchive"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "open an archived campaign again"),
              {arg("ID", value(ValueKind::Id, kCampaignId))});
    v << verb({"campaign", "remove"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "delete a campaign; only while nobody is on its roster"),
              {arg("ID", value(ValueKind::Id, kCampaignId))});
    return v;
}

QList<VerbSpec> categoryAndTemplateVerbs()
{
    QList<VerbSpec> v;
    QList<OptionSpec> adding{text("code", "C")};
    adding << honorifics() << option("position", "N", range(1, 1000, kPosition))
           << campaignOption();
    v << verb({"category", "add"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "a new category (its code from the name unless --code; "
                                       "貴社 and 様 unless told)"),
              {arg("NAME", value(ValueKind::Name))}, adding);
    QList<OptionSpec> editing{text("name", "N")};
    editing << honorifics() << campaignOption();
    v << verb({"category", "edit"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "rename a category or change how letters address its "
                                       "people; the code stays"),
              {category()}, editing);
    v << verb({"category", "move"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "put a category at another place in the list"),
              {category(), arg("POSITION", range(1, 1000, kPosition))}, {campaignOption()});
    v << verb({"category", "remove"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "remove a category; refused while people are in it"),
              {category()}, {campaignOption()});
    v << verb({"template", "questions", "show"}, Access::Read,
              QT_TRANSLATE_NOOP("Cli", "a category's template questions (every category's "
                                       "without CATEGORY), with the removed ones people's "
                                       "answers still keep"),
              {arg("CATEGORY", value(ValueKind::Name, kCategory), true)}, {campaignOption()});
    v << verb({"template", "questions", "add"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "add a question to a category's template (at the end "
                                       "unless --position); everyone in the category gets it"),
              {category(), arg("TEXT", value(ValueKind::Name))},
              {option("position", "N", range(1, 1000, kPosition)), campaignOption()});
    v << verb({"template", "questions", "edit"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "reword template question N; people who reworded it "
                                       "keep their wording"),
              {category(), arg("N", range(1, 1000, kNumber)), arg("TEXT", value(ValueKind::Name))},
              {campaignOption()});
    v << verb(
        {"template", "questions", "move"}, Access::Write,
        QT_TRANSLATE_NOOP("Cli", "move template question N to POSITION; each person's "
                                 "changes move with it"),
        {category(), arg("N", range(1, 1000, kNumber)), arg("POSITION", range(1, 1000, kPosition))},
        {campaignOption()});
    v << verb({"template", "questions", "remove"}, Access::Write,
              QT_TRANSLATE_NOOP("Cli", "remove template question N: gone from every list except "
                                       "where answers are linked to it (kept there, marked)"),
              {category(), arg("N", range(1, 1000, kNumber))}, {campaignOption()});
    return v;
}

} // namespace shuzai::cli
