#include "textdiff.h"

#include <vector>

namespace shuzai {

namespace {
constexpr qsizetype kMaxCells = 4'000'000;

QString fromCodePoints(const QList<uint> &points, qsizetype from, qsizetype to)
{
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()) + from,
                             to - from);
}

void append(QList<DiffRun> &runs, DiffRun::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!runs.isEmpty() && runs.last().kind == kind)
        runs.last().text += text;
    else
        runs.append({kind, text});
}
} // namespace

QList<DiffRun> diffText(const QString &before, const QString &after)
{
    const QList<uint> a = before.toUcs4();
    const QList<uint> b = after.toUcs4();
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;

    QList<DiffRun> runs;
    append(runs, DiffRun::Kind::Same, fromCodePoints(a, 0, prefix));
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n * m > kMaxCells) {
        append(runs, DiffRun::Kind::Removed, fromCodePoints(a, prefix, prefix + n));
        append(runs, DiffRun::Kind::Added, fromCodePoints(b, prefix, prefix + m));
    } else {
        // Longest common subsequence of the changed middles, read back from the end.
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[i][j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1][j + 1] + 1
                                                           : std::max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                append(runs, DiffRun::Kind::Same,
                       QString::fromUcs4(reinterpret_cast<const char32_t *>(&a[prefix + i]), 1));
                ++i;
                ++j;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                append(runs, DiffRun::Kind::Removed,
                       QString::fromUcs4(reinterpret_cast<const char32_t *>(&a[prefix + i]), 1));
                ++i;
            } else {
                append(runs, DiffRun::Kind::Added,
                       QString::fromUcs4(reinterpret_cast<const char32_t *>(&b[prefix + j]), 1));
                ++j;
            }
        }
    }
    append(runs, DiffRun::Kind::Same, fromCodePoints(a, a.size() - suffix, a.size()));
    return runs;
}

} // namespace shuzai
