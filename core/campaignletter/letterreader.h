#pragma once

// The state of reading one request letter, shared by the files that read its parts
// (letterimport.cpp, letterdates.cpp, lettersections.cpp). Internal to core/campaignletter.

#include "letterimport.h"
#include "letterparts.h"
#include "letterscan.h"

#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace shuzai::letterimport {

using letterparts::Parts;
using letterparts::Span;
using letterscan::FoundDate;

// A case-insensitive Unicode pattern.
inline QRegularExpression ci(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::UseUnicodePropertiesOption);
}

struct Reader {
    QDate today;
    Parts p;
    QStringList folded;
    LetterImport out;
    QSet<int> used; // lines read as questions or candidate times
    int inferredYearLine = -1;
    int inferredYear = 0;

    void addGap(const QString &field, int line, const char *reason, const QString &text = {},
                bool required = false)
    {
        out.gaps.append(LetterGap{field, line + 1, reason, text, required});
    }

    // The first line (from `from`) whose label matches; its value.
    std::optional<std::pair<int, QString>> findLabelled(const QString &labels, int from = 0) const
    {
        for (int i = from; i < p.lines.size(); ++i) {
            if (auto v = letterscan::labelled(p.lines[i], labels))
                return std::pair{i, *v};
        }
        return std::nullopt;
    }

    void readSubjectAndTitle();
    void readPublication();
    void readContact();
    void readEditorName();
    void readInterview();
    void readAttributions();
    void readCategories();
    void readDates();
    QDate resolve(const FoundDate &d, int line, bool publication, int knownYear);
    void readAddressee();
    void listUnfilled();
};

// Stable codes from the categories' names: researcher, vendor, adopter where the name says so
// (研究/大学/researcher, 提供/ベンダー/メーカー/事業者/vendor, 導入/利用/adopter/user), else
// category<N> by position; and the honorific a letter uses for the organisation (貴研究室 for
// researchers, else 貴社).
void assignCategoryCodes(QList<Category> &categories);

} // namespace shuzai::letterimport
