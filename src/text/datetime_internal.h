// Internal to the temporal recogniser (src/text/datetime*.cc): ASCII helpers shared by the
// files it is split into, and the range pass that runs after the single-expression scan.
#ifndef CLAIMSCAN_TEXT_DATETIME_INTERNAL_H_
#define CLAIMSCAN_TEXT_DATETIME_INTERNAL_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "claimscan/datetime.h"

namespace claimscan {
namespace datetime_internal {

inline bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

inline bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

// True when a joiner and a bare four-digit year come right before text[begin] ("2015 and",
// "2014 to"): a year there ends a range even when a lower-case word follows it.
bool YearRangeBefore(std::string_view text, size_t begin, size_t floor);

// Joins the mentions out[first..] that form ranges ("2014 to 2018", "from May to September",
// "between 4pm and 5pm", "5 to 6pm") into one mention with end_value set, in place. `floor` is
// where the scanned range of the text begins.
void MergeRanges(std::string_view text, size_t floor, size_t first,
                 std::vector<TemporalMention>* out);

}  // namespace datetime_internal
}  // namespace claimscan

#endif  // CLAIMSCAN_TEXT_DATETIME_INTERNAL_H_
