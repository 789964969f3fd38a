// Word scanning for the claim and compare stages: byte spans of words in the article's own
// text, and lower-case lookup keys built into a caller-owned buffer (no allocation once the
// buffer has grown). Claims need only word edges, not the full tokenizer of the text stage.
#ifndef CLAIMSCAN_CLAIM_WORDS_H_
#define CLAIMSCAN_CLAIM_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/span.h"

namespace claimscan::claim_internal {

// Appends the words of text[range] to *out. A word is a run of letters and digits (any
// non-ASCII letter counts) joined by inner hyphens, apostrophes (' and U+2019) and dots
// ("Ben-Gavir", "doesn’t", "U.S").
void ScanWords(std::string_view text, Span range, std::vector<Span>* out);

// Appends `word` to *key in lower case (ASCII), with U+2019 folded to '\''.
void AppendWordKey(std::string_view word, std::string* key);

// True when the word ends in "n't" or "n’t" ("doesn't", "won’t").
bool EndsWithNegativeClitic(std::string_view word);

// The quotation marks of text[range]: U+201C/U+201D and ASCII '"'. Each quote is reported
// as the span between its marks; an unclosed quote runs to the end of the range.
void FindQuotes(std::string_view text, Span range, std::vector<Span>* out);

}  // namespace claimscan::claim_internal

#endif  // CLAIMSCAN_CLAIM_WORDS_H_
