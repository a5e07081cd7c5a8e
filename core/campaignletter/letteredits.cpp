// A proposal's gaps, and what the editor's edits make of them.
#include "letterimport.h"

#include <QCoreApplication>

namespace shuzai {

QString LetterGap::message() const
{
    QString m = QCoreApplication::translate("LetterImport", reason);
    if (m.contains(QLatin1String("%1")))
        m = m.arg(text);
    if (line > 0)
        return QCoreApplication::translate("LetterImport", "Line %1: %2").arg(line).arg(m);
    return m;
}

bool LetterImport::hasRequiredGaps() const
{
    return !requiredGaps().isEmpty();
}

QList<LetterGap> LetterImport::requiredGaps() const
{
    QList<LetterGap> out;
    for (const LetterGap &g : gaps) {
        if (g.required)
            out.append(g);
    }
    return out;
}

namespace {
void settle(LetterImport &l, const QString &field)
{
    l.gaps.removeIf([&](const LetterGap &g) { return g.field == field; });
}

void require(LetterImport &l, const QString &field, bool missing, const char *reason)
{
    settle(l, field);
    if (missing)
        l.gaps.append(LetterGap{field, 0, reason, {}, true});
}

template <typename T>
void apply(LetterImport &l, const std::optional<T> &edit, T &target, const QString &field)
{
    if (!edit)
        return;
    target = *edit;
    settle(l, field);
}
} // namespace

LetterImport applyLetterEdits(LetterImport l, const LetterEdits &e)
{
    Campaign &c = l.draft;
    apply(l, e.title, c.title, QStringLiteral("title"));
    apply(l, e.publication, c.publication, QStringLiteral("publication"));
    apply(l, e.publicationDate, c.publicationDate, QStringLiteral("publicationDate"));
    apply(l, e.windowStart, c.windowStart, QStringLiteral("window"));
    apply(l, e.windowEnd, c.windowEnd, QStringLiteral("window"));
    apply(l, e.interviewMinutes, c.interviewMinutes, QStringLiteral("interviewMinutes"));
    apply(l, e.editorName, c.editorName, QStringLiteral("editorName"));
    apply(l, e.editorEmail, c.editorEmail, QStringLiteral("editorEmail"));
    apply(l, e.editorPhone, c.editorPhone, QStringLiteral("editorPhone"));
    apply(l, e.website, c.website, QStringLiteral("website"));
    if (e.templateText)
        l.templateText = *e.templateText;
    if (e.publicationDate || e.windowStart || e.windowEnd)
        settle(l, QStringLiteral("year"));
    // What a campaign cannot do without is checked again on the result.
    if (e.title) {
        require(l, QStringLiteral("title"), c.title.trimmed().isEmpty(),
                QT_TRANSLATE_NOOP("LetterImport", "The campaign needs a title."));
    }
    if (e.publicationDate) {
        require(l, QStringLiteral("publicationDate"), !c.publicationDate.isValid(),
                QT_TRANSLATE_NOOP("LetterImport", "The campaign needs a publication date."));
    }
    if (e.windowStart || e.windowEnd || e.publicationDate) {
        const bool missing =
            !c.windowStart.isValid() || !c.windowEnd.isValid() || c.windowEnd < c.windowStart;
        if (missing) {
            require(l, QStringLiteral("window"), true,
                    QT_TRANSLATE_NOOP("LetterImport", "The interviews need a first and a last "
                                                      "day."));
        } else if (c.publicationDate.isValid() && c.windowEnd >= c.publicationDate) {
            require(l, QStringLiteral("window"), true,
                    QT_TRANSLATE_NOOP("LetterImport", "The interviews must end before the "
                                                      "publication date."));
        } else {
            settle(l, QStringLiteral("window"));
        }
    }
    return l;
}

} // namespace shuzai
