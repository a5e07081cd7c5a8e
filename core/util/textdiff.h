#pragma once

#include <QList>
#include <QString>

namespace shuzai {

// One run of a character diff: text both sides share, or text only the old or new side has.
struct DiffRun {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const DiffRun &) const = default;
};

// The shortest character-by-character difference between two texts (Unicode code points, so
// kana, kanji and emoji each count as one). Runs of the same kind are merged. Very long changed
// middles (over a few million character pairs) come out as one removal and one addition.
QList<DiffRun> diffText(const QString &before, const QString &after);

} // namespace shuzai
