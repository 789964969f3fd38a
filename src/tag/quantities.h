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

// A unit, currency or percent named with no amount: "fahrenheit" in "convert 10 celsius to
// fahrenheit", "dollar" in "a multibillion-dollar deal", "percent" in "a small percent". No
// quantity: it has no value, so the tagger, claims and comparison never see it (FindUnitNames
// is a separate call that only callers wanting every unit mention make, such as the eval
// harness, scored against Recognizers-Text's value-less entities).
struct UnitName {
  Span span;
  std::string_view unit;  // normalised as in Quantity::unit ("USD", "C", "%"); owned by the
                          // recognizer, valid while it lives
  EntityType type = EntityType::kQuantity;  // kQuantity, kMoney or kPercent
};

class QuantityRecognizer {
 public:
  // Loads unit and number lexicons from `data_dir` (data/quantities/).
  static absl::StatusOr<std::unique_ptr<const QuantityRecognizer>> Create(
      std::string_view data_dir);
  virtual ~QuantityRecognizer() = default;

  // Appends the quantities in text[range] to *out, in order, non-overlapping. Spans that are
  // parts of dates or times (listed in `dates`, sorted) are skipped.
  virtual void Find(std::string_view text, Span range, const std::vector<TemporalMention>& dates,
                    std::vector<Quantity>* out) const = 0;

  // Appends the units named with no amount in text[range], in order, outside the spans of
  // `quantities` (what Find returned for the same range, sorted). Only full unit names written
  // in lower case ("dollars", "celsius", "metric ton", "percent"); abbreviations, codes, signs
  // and units that are everyday words ("foot", "pound", "degree", "cup") are left out.
  virtual void FindUnitNames(std::string_view text, Span range,
                             const std::vector<Quantity>& quantities,
                             std::vector<UnitName>* out) const = 0;

 protected:
  QuantityRecognizer() = default;
};

}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_QUANTITIES_H_
