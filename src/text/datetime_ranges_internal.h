// Private to the range pass (datetime_ranges.cc, datetime_ranges_ends.cc): the joiners and
// word helpers both files read ranges with, and the ends read apart from the main merge:
// numeric days the scan left half-read and ranges that run to now.
#ifndef CLAIMSCAN_TEXT_DATETIME_RANGES_INTERNAL_H_
#define CLAIMSCAN_TEXT_DATETIME_RANGES_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/datetime.h"
#include "text/datetime_internal.h"

namespace claimscan {
namespace datetime_internal {

// What may join the two ends of a range. "and" only after "between".
enum class Joiner : uint8_t { kNone, kTo, kAnd };
inline Joiner JoinerOf(std::string_view between) {
  for (std::string_view w :
       {"to", "till", "until", "untill", "through", "thru", "-", "~", "\u2013"}) {
    if (EqualsNoCase(between, w)) return Joiner::kTo;
  }
  return EqualsNoCase(between, "and") ? Joiner::kAnd : Joiner::kNone;
}

// The word that ends text[floor, e) after blanks, or empty.
inline std::string_view WordBefore(std::string_view text, size_t e, size_t floor) {
  while (e > floor && IsBlank(text[e - 1])) --e;
  size_t b = e;
  while (b > floor && IsAsciiAlpha(text[b - 1])) --b;
  return text.substr(b, e - b);
}

// The word that starts text[b, e) (letters only); empty if none.
inline std::string_view WordAfter(std::string_view text, size_t b, size_t e) {
  size_t k = b;
  while (k < e && IsAsciiAlpha(text[k])) ++k;
  return text.substr(b, k - b);
}

inline size_t SkipBlank(std::string_view text, size_t i, size_t limit) {
  while (i < limit && IsBlank(text[i])) ++i;
  return i;
}

// After a numeric day mention ("10/25", "5/1"): a joiner and a numeric day the scan left alone
// ("from 10/25 to 01/25", "5/1-5/7"; "and" when `between`). Returns the end of that day and sets
// *value, or npos. `lead_cue`: "from" or "between" leads into the mention.
size_t NumericEndAfter(std::string_view text, size_t limit, bool between, bool lead_cue,
                       TemporalMention* m, std::string* value);

// Before a numeric day mention ending a range ("10/1-11/2/2017"): the numeric day the scan left
// alone ending at text[e]. Returns its start and sets *value, or npos.
size_t NumericStartBefore(std::string_view text, size_t e, size_t floor, const TemporalMention& m,
                          std::string* value);

// True when the words name a weekday and no month or numeric date: "Monday", "6 a.m. Friday".
bool NamesWeekdayOnly(std::string_view words);

// Ranges that run to the reference day ("from 2015 to the present"), in place over out[first..].
void RangesToNow(std::string_view text, size_t floor, size_t first, const CivilDate* ref,
                 std::vector<TemporalMention>* out);

// "from April until the end of June", "from the end of May to July 4": a part of a period
// ("the end of June", a range of days that is not counted) and a single date of year, month or
// day grain joined by "to" (or "and" after "between"), in either order, run from the first day
// of the start to the last day of the end. Sets *m to that range (prev is then used up); false
// when they are no such pair. `floor` bounds the cue looked for before prev.
bool JoinPartRange(std::string_view text, size_t floor, const TemporalMention& prev,
                   TemporalMention* m);

// Clock ranges in four digits after "between" / "from" ("between 0730-0930", "from 0800 to
// 1700 hours") that no mention covers yet, as time ranges inserted into out[first..] in order;
// an end before the start runs over midnight. Reads text[floor, ceiling).
void FourDigitClockRanges(std::string_view text, size_t floor, size_t ceiling, size_t first,
                          std::vector<TemporalMention>* out);

// "april in 2016", "May 5 in 2019": a year-less month or day and "in" a year, joined in place.
void JoinInYear(std::string_view text, size_t first, std::vector<TemporalMention>* out);

}  // namespace datetime_internal
}  // namespace claimscan

#endif  // CLAIMSCAN_TEXT_DATETIME_RANGES_INTERNAL_H_
