#pragma once

#include "domain/interview.h"
#include "services/answerservice.h"
#include "services/searchservice.h"
#include "transcripts/parsedtranscript.h"
#include "transcripts/transcript.h"

#include <QJsonArray>
#include <QJsonObject>

// JSON shapes for interviews, transcripts, search, answers and quotes (`shuzai-cli --json`).
namespace shuzai::json {

QJsonObject interview(const Interview &interview);
QJsonObject transcriptSummary(const Transcript &transcript);
QJsonObject transcript(const Transcript &transcript); // with segments and speakers
QJsonObject segment(const Segment &segment);
QJsonObject preview(const ParsedTranscript &parsed);
QJsonObject searchHit(const SearchHit &hit);
QJsonObject excerpt(const Excerpt &excerpt);
QJsonObject quote(const QuoteCandidate &quote);
QJsonObject matrix(const AnswerMatrix &matrix);

} // namespace shuzai::json
