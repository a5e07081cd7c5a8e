#include "questionlist.h"

#include <algorithm>

namespace shuzai {

QString toCode(QuestionCustomisation::Kind kind)
{
    switch (kind) {
    case QuestionCustomisation::Kind::Reword:
        return QStringLiteral("reword");
    case QuestionCustomisation::Kind::Drop:
        return QStringLiteral("drop");
    case QuestionCustomisation::Kind::Add:
        break;
    }
    return QStringLiteral("add");
}

std::optional<QuestionCustomisation::Kind> customisationKindFromCode(const QString &code)
{
    using K = QuestionCustomisation::Kind;
    for (K k : {K::Reword, K::Drop, K::Add}) {
        if (toCode(k) == code)
            return k;
    }
    return std::nullopt;
}

QString toCode(EffectiveQuestion::Origin origin)
{
    switch (origin) {
    case EffectiveQuestion::Origin::Reworded:
        return QStringLiteral("reworded");
    case EffectiveQuestion::Origin::Added:
        return QStringLiteral("added");
    case EffectiveQuestion::Origin::Template:
        break;
    }
    return QStringLiteral("template");
}

QList<EffectiveQuestion> effectiveQuestions(const QList<Question> &templateQuestions,
                                            const QList<QuestionCustomisation> &customisations,
                                            const QList<Question> &keptRemoved)
{
    using Kind = QuestionCustomisation::Kind;
    QList<QuestionCustomisation> added;
    for (const auto &c : customisations) {
        if (c.kind == Kind::Add)
            added.append(c);
    }
    std::stable_sort(added.begin(), added.end(), [](const auto &a, const auto &b) {
        return a.afterPosition != b.afterPosition ? a.afterPosition < b.afterPosition : a.id < b.id;
    });

    QList<Question> ordered = templateQuestions;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Question &a, const Question &b) { return a.position < b.position; });

    QList<EffectiveQuestion> out;
    auto appendAdded = [&](int afterPosition, bool orLater) {
        for (const auto &c : added) {
            if (c.afterPosition == afterPosition || (orLater && c.afterPosition > afterPosition)) {
                EffectiveQuestion q;
                q.text = c.text;
                q.origin = EffectiveQuestion::Origin::Added;
                q.customisationId = c.id;
                out.append(q);
            }
        }
    };

    auto appendTemplate = [&](const Question &tq, bool removed) {
        const auto change =
            std::find_if(customisations.begin(), customisations.end(), [&](const auto &c) {
                return c.kind != Kind::Add && c.questionId == tq.id;
            });
        if (change != customisations.end() && change->kind == Kind::Drop)
            return;
        EffectiveQuestion q;
        q.questionId = tq.id;
        q.templatePosition = removed ? 0 : tq.position;
        q.removed = removed;
        if (change != customisations.end()) {
            q.text = change->text;
            q.origin = EffectiveQuestion::Origin::Reworded;
            q.customisationId = change->id;
            q.templateText = tq.text;
        } else {
            q.text = tq.text;
        }
        out.append(q);
    };
    QList<Question> removed = keptRemoved;
    std::stable_sort(removed.begin(), removed.end(), [](const Question &a, const Question &b) {
        return a.removedAfter != b.removedAfter ? a.removedAfter < b.removedAfter : a.id < b.id;
    });
    auto appendRemoved = [&](int afterPosition, bool orLater) {
        for (const Question &r : removed) {
            if (r.removedAfter == afterPosition || (orLater && r.removedAfter > afterPosition))
                appendTemplate(r, true);
        }
    };

    appendRemoved(0, ordered.isEmpty());
    appendAdded(0, ordered.isEmpty());
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const Question &tq = ordered.at(i);
        appendTemplate(tq, false);
        // An addition placed after a position beyond the template goes to the end.
        appendRemoved(tq.position, i == ordered.size() - 1);
        appendAdded(tq.position, i == ordered.size() - 1);
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].number = int(i + 1);
    return out;
}

int remapAnchor(const QList<Id> &before, const QList<Id> &after, int anchor)
{
    for (int k = std::min(anchor, int(before.size())); k >= 1; --k) {
        if (const qsizetype at = after.indexOf(before.at(k - 1)); at >= 0)
            return int(at + 1);
    }
    return 0;
}

} // namespace shuzai
