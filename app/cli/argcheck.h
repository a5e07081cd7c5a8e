#pragma once

// Checks a command line against its verb's declaration (verbs.h) before anything runs, so a
// mistyped option, a missing argument or a malformed value is a usage error (exit 2) that names
// the option and what it accepts, and nothing was opened, created or changed.

#include "util/result.h"

#include <QString>

namespace shuzai::cli {

struct CommandLine;
struct ValueSpec;
struct VerbSpec;

// Refuses unknown options, options given twice, missing or extra arguments, missing required
// options and values of the wrong kind. Normalises what it accepts in place: an alias becomes
// the option's name, JST becomes Asia/Tokyo, "UTF-8" becomes "utf-8".
VoidResult checkCommandLine(CommandLine &cl, const VerbSpec &verb);

// What a value of this kind accepts, translated: "a whole number from 10 to 480".
QString accepted(const ValueSpec &value);

// What the user typed, shortened for a message: at most 60 characters, then "…".
QString excerpt(const QString &text);

// The position (1 for the first argument after the program) of the first argument that is not
// valid UTF-8, or 0 when all are. Checked on the bytes, before Qt decodes them.
int firstArgumentNotUtf8(int argc, char *argv[]);

} // namespace shuzai::cli
