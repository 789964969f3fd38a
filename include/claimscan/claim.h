// claimscan/claim.h — stage 4: who asserts what, in each body sentence.
//
// Thread-safety: ClaimExtractor is immutable after Create and may be shared across threads.
#ifndef CLAIMSCAN_CLAIM_H_
#define CLAIMSCAN_CLAIM_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "claimscan/article.h"
#include "claimscan/span.h"
#include "claimscan/tag.h"

namespace claimscan {

enum class AttributionKind : uint8_t {
  kOutlet,        // no attribution in the text: the outlet itself asserts it
  kNamed,         // a named person ("said David Mencer", "Herzog said")
  kOrganisation,  // "the Israeli army stated", "Hezbollah said"
  kAnonymous,     // "a source familiar with the discussions", "two U.S. officials"
  kMedia,         // "Israeli media report", "Axios reported", "according to Reuters"
};
std::string_view AttributionKindName(AttributionKind k);  // "outlet", "named", ...

// Entity types that can act or be acted upon in a claim (people, organisations, places,
// nationalities, laws, named events); numbers and dates are a claim's details instead.
bool IsParticipantType(EntityType t);

struct Attribution {
  AttributionKind kind = AttributionKind::kOutlet;
  Span cue;                   // the attributing words: "said", "according to", "reported"
  Span speaker;               // the speaker's words: "David Mencer", "a source familiar with ..."
  int32_t entity = -1;        // the speaker's entity (TagResult::entities), when known
  bool direct_quote = false;  // the claim is (inside) a direct quotation of the speaker
};

struct Claim {
  Span span;                       // the claim's text (a sentence or a clause of one)
  uint32_t sentence = 0;           // index into Article::sentences
  std::string event;               // event class from data/claims/events.tsv: "attack", "kill", ...
  Span trigger;                    // the word(s) that evoke the event
  std::vector<int32_t> actors;     // entity indices (TagResult::entities): who acts
  std::vector<int32_t> targets;    // entity indices: who or what is acted upon
  std::vector<uint32_t> mentions;  // all TagResult::mentions inside the claim
  std::vector<uint32_t> quantities;  // TagResult::quantities inside the claim
  std::vector<uint32_t> times;       // TagResult::dates inside the claim
  int32_t place = -1;                // entity index of the place, when one is named
  Attribution attribution;
  bool hedged = false;
  std::vector<Span> hedges;  // "reportedly", "unconfirmed", "likely", "claims", "could"
  bool negated = false;
  Span negation;  // "not", "doesn't", "did not", "no"
};

// Everything claimscan knows about one article.
struct Document {
  Article article;
  TagResult tags;
  std::vector<Claim> claims;
};

class ClaimExtractor {
 public:
  // Loads the event, hedge, negation and attribution lexicons from `data_dir`.
  static absl::StatusOr<std::unique_ptr<const ClaimExtractor>> Create(std::string_view data_dir);
  virtual ~ClaimExtractor() = default;

  // Appends the claims of the article's body sentences to *out (cleared first).
  virtual absl::Status Extract(const Article& article, const TagResult& tags,
                               std::vector<Claim>* out) const = 0;

 protected:
  ClaimExtractor() = default;
};

}  // namespace claimscan

#endif  // CLAIMSCAN_CLAIM_H_
