// Pattern recogniser for names that follow a fixed shape: laws and resolutions ("UN Security
// Council Resolution 1701", "Article 5", "the Patriot Act"), events ("Second Lebanon War",
// "World War II", "the 2006 war"). Compiled once (RE2), immutable, shared across threads.
#ifndef CLAIMSCAN_TAG_PATTERNS_H_
#define CLAIMSCAN_TAG_PATTERNS_H_

#include <memory>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "claimscan/span.h"
#include "tag/resolver.h"

namespace re2 {
class RE2;
}

namespace claimscan {

class PatternRecognizer {
 public:
  static absl::StatusOr<std::unique_ptr<const PatternRecognizer>> Create();
  ~PatternRecognizer();

  // Appends LAW and EVENT candidates found in text[range] to *out.
  void Find(std::string_view text, Span range, std::vector<Candidate>* out) const;

 private:
  struct Pattern;
  struct AnyPattern;
  PatternRecognizer();
  std::vector<Pattern> patterns_;
  // All patterns in one automaton: one pass over a range says which patterns can match there,
  // so most ranges are read once instead of once per pattern.
  std::unique_ptr<AnyPattern> any_;
};

}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_PATTERNS_H_
