#pragma once

#include "util/error.h"

#include <QString>
#include <memory>
#include <optional>

namespace shuzai {

enum class NamePart { Family, Given };

struct NameReading {
    QString family; // katakana; empty when no reading could be found
    QString given;
    bool isEmpty() const { return family.isEmpty() && given.isEmpty(); }
};

// Suggests the katakana reading of a Japanese name (佐藤 → サトウ, 東海林 → ショウジ) for the
// interviewee dialog and `interviewee add`. The suggestion is only a suggestion: the person's
// own reading, once typed, always wins. Backed by MeCab and its IPA dictionary (mecabreadings.cpp);
// nothing outside core sees MeCab.
class NameReadings {
public:
    virtual ~NameReadings() = default;

    // When the dictionary could not be loaded: why, for the user (nothing is suggested then).
    virtual std::optional<Error> unavailable() const = 0;
    // The reading of one part of a name, or empty when unsure (a Latin name, an unknown word).
    virtual QString reading(const QString &name, NamePart part) const = 0;

    NameReading suggest(const QString &family, const QString &given) const
    {
        return {reading(family, NamePart::Family), reading(given, NamePart::Given)};
    }
};

// The MeCab-backed readings. `dictionaryDir` empty: SHUZAI_MECAB_DICDIR if set, else Debian's
// UTF-8 IPA dictionary (mecab-ipadic-utf8).
std::unique_ptr<NameReadings> createNameReadings(const QString &dictionaryDir = {});

// One shared instance for the process, loaded on first use (about 20 ms).
NameReadings &nameReadings();

} // namespace shuzai
