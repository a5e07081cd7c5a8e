#pragma once

// `campaign import-letter FILE`: declared and run here, apart from verbtable.cpp and
// campaigncommands.cpp, which only list it and hand it on.

#include "commands.h"
#include "verbs.h"

namespace shuzai::cli {

VerbSpec importLetterVerb();
VoidResult runImportLetter(Context &ctx);

} // namespace shuzai::cli
