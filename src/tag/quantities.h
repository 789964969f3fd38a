// Numbers and quantities in text: digits and words ("five", "tens of thousands", "a dozen",
// "1,000", "2.5 million"), ordinals, ranges ("10,000 to 15,000"), units (people, rockets,
// kilometres, ...), qualifiers (at least, more than, over, nearly, about, up to, fewer than),
// money and percent. Compiled once (RE2 + lexicons), immutable, shared across threads.
#ifndef CLAIMSCAN_TAG_QUANTITIES_H_
#define CLAIMSCAN_TAG_QUANTITIES_H_

#include <memory>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "claimscan/span.h"
#include "claimscan/tag.h"

namespace claimscan {

// Parses a number written in digits or words: "1,000" → 1000, "2.5 million" → 2.5e6,
// "twenty-five" → 25, "a dozen" → 12. Returns false when `s` is not a number.
bool ParseNumber(std::string_view s, double* value);

class QuantityRecognizer {
 public:
  // Loads unit and number lexicons from `data_dir` (data/quantities/).
  static absl::StatusOr<std::unique_ptr<const QuantityRecognizer>> Create(
      std::string_view data_dir);
  virtual ~QuantityRecognizer() = default;

  // Appends the quantities in text[range] to *out, in order, non-overlapping. Spans that are
  // parts of dates or times (listed in `dates`, sorted) are skipped.
  virtual void Find(std::string_view text, Span range,
                    const std::vector<TemporalMention>& dates, std::vector<Quantity>* out) const = 0;

 protected:
  QuantityRecognizer() = default;
};

}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_QUANTITIES_H_
