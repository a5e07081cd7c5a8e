// The request-letter template: checking and rendering a user's template for a recipient whose
// own fields look like placeholders and blanks to fill in, so a value is never taken for part of
// the template.
#include "fuzzcheck.h"
#include "outreach/letter.h"
#include "seed/samplecampaign.h"

namespace {
shuzai::LetterContext context(const QString &language)
{
    shuzai::LetterContext c;
    c.campaign = shuzai::sampleCampaign();
    c.campaign.editorName = QStringLiteral("{{recipient.name}}");
    c.recipient.data.familyName = QStringLiteral("佐藤");
    c.recipient.data.givenName = QStringLiteral("花子");
    c.recipient.data.organisation = QStringLiteral("[社名] {{editor.email}}");
    c.recipient.data.department = QStringLiteral("{{");
    for (const QString &text : {QStringLiteral("御社の製品の特徴は？"), QStringLiteral("}}")}) {
        shuzai::EffectiveQuestion q;
        q.number = int(c.questions.size()) + 1;
        q.text = text;
        c.questions.append(q);
    }
    c.freeSlots = QStringLiteral("5月27日（火） 10:00〜11:00\n5月28日（水） 14:00〜15:00");
    c.language = language;
    return c;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace shuzai;
    const QString templateText =
        QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<LetterProblem> problems = checkTemplate(templateText);
    for (const LetterProblem &p : problems) {
        FUZZ_CHECK(p.line > 0);
        FUZZ_CHECK(!p.message().isEmpty());
    }
    const auto letter =
        renderLetter(templateText, context(size % 2 ? QStringLiteral("en") : QStringLiteral("ja")));
    FUZZ_CHECK(bool(letter) == problems.isEmpty());
    if (letter) {
        for (const LetterProblem &p : letter->unfilled)
            FUZZ_CHECK(p.line >= 0 && !p.text.isEmpty());
    }
    return 0;
}
