// Name similarity used to join entities across articles (exposed for tests and tools).
#ifndef CLAIMSCAN_TAG_LINK_H_
#define CLAIMSCAN_TAG_LINK_H_

#include <string>
#include <string_view>

namespace claimscan {

// Jaro-Winkler similarity of two byte strings, in [0, 1].
double JaroWinkler(std::string_view a, std::string_view b);

// A transliteration-tolerant skeleton of one lower-case word: q/c/k and z/s fold together,
// vowels, h, w and y after the first letter drop, and doubled letters collapse, so "qassem" and
// "kassem" give "ksm" and "nahariyya" and "nahariya" give "nr".
std::string ConsonantSkeleton(std::string_view word);

}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_LINK_H_
