// The request-letter template: checking and rendering a user's template for a recipient whose
// own fields look like placeholders and blanks to fill in, so a value is never taken for part of
// the template. And the same bytes read as a request letter to import (core/campaignletter).
#include "campaignletter/letterimport.h"
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
    // The same bytes as a request letter to import: whatever it holds, the template proposed
    // from it is one the campaign can keep, and every gap says what it is.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto imported =
            readRequestLetter(bytes, QStringLiteral("letter.md"), QDate(2025, 5, 20))) {
        FUZZ_CHECK(checkTemplate(imported->templateText).isEmpty());
        FUZZ_CHECK(imported->templateText.startsWith(QLatin1String("Subject: ")));
        for (const LetterGap &g : imported->gaps)
            FUZZ_CHECK(g.line >= 0 && !g.message().isEmpty());
    }
    return 0;
}
