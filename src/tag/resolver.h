// The resolver: merges the candidate mentions of all recognisers into sorted, non-overlapping
// Mentions and links them to entities within one article (partial names, acronyms, titles).
#ifndef CLAIMSCAN_TAG_RESOLVER_H_
#define CLAIMSCAN_TAG_RESOLVER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "claimscan/span.h"
#include "claimscan/tag.h"

namespace claimscan {

class Gazetteer;

// One recogniser's proposal. Candidates may overlap; the resolver picks among them.
struct Candidate {
  Span span;
  EntityType type = EntityType::kPerson;
  Recogniser recogniser = Recogniser::kNames;
  float score = 0;
  int32_t gazetteer_entry = -1;  // for kGazetteer
  // The proposal came from shape alone (a capitalised run with no cue): the resolver may retype
  // it from a fuller mention of the same name in the article.
  bool weak_type = false;
  // The span names a craft ("Space Shuttle Columbia", "the cruise ship Freewinds"): it is no
  // mention, and blocks the other candidates over it; the name's other one-word mentions in the
  // article ("Columbia was lost") are dropped too.
  bool vehicle = false;
  // A definite description ("this resolution") that names the nearest law before it whose name
  // holds its head noun; dropped when there is none.
  bool anaphor = false;
};

// Normalised comparison key of a name: ASCII letters and digits lower-cased, every other run
// of bytes one '_', a trailing possessive dropped ("Hassan Nasrallah's" -> "hassan_nasrallah").
std::string NameKey(std::string_view name);

// Strips a trailing possessive ("'s", "’s", or a lone "'" after s) from a name's span.
Span TrimPossessive(std::string_view text, Span span);

class NamesLexicon;
class FactIndex;

struct ResolveOptions {
  size_t max_entities = 100000;
  // When set, a country mentioned as an actor ("North Korea fired", "Sweden defeated") is typed
  // ORG on that mention — its government or team — while its entity stays the country (GPE).
  const NamesLexicon* lexicon = nullptr;
  // When set, a law or event named by a pattern joins the gazetteer entry with its reference key
  // ("United Nations Security Council Resolution 1701" = "UN Security Council Resolution 1701").
  const FactIndex* facts = nullptr;
};

// Picks non-overlapping candidates (longest first, then by score), links mentions of one
// referent within the article, and appends Mentions and Entities to *out (whose mentions must
// be empty). `candidates` is reordered. ResourceExhausted past options.max_entities.
absl::Status Resolve(std::string_view text, const Gazetteer* gazetteer,
                     std::vector<Candidate>* candidates, const ResolveOptions& options,
                     TagResult* out);

}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_RESOLVER_H_
