// Word 8-gram shingles: how much copy two articles share (wire stories run by several outlets
// are one source, not several).
#ifndef CLAIMSCAN_COMPARE_SHINGLES_H_
#define CLAIMSCAN_COMPARE_SHINGLES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimscan/claim.h"
#include "claimscan/compare.h"
#include "claimscan/span.h"

namespace claimscan {

inline constexpr int kShingleWords = 8;

// Appends the hashes of the word 8-grams of text[range] (lower-cased words) to *out.
void AppendShingles(std::string_view text, Span range, std::vector<uint64_t>* out);

// Pairs of documents whose bodies share at least `min_overlap` of the shorter body's
// shingles. A shingle found in very many documents (a stock phrase) is not evidence of copy.
std::vector<Syndication> FindSyndication(const std::vector<Document>& docs, double min_overlap);

}  // namespace claimscan

#endif  // CLAIMSCAN_COMPARE_SHINGLES_H_
