// claimscan/compare.h — stage 5: what the outlets agree on, where they conflict, what only
// one says.
//
// Thread-safety: CompareDocuments is a pure function of its inputs.
#ifndef CLAIMSCAN_COMPARE_H_
#define CLAIMSCAN_COMPARE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/claim.h"
#include "claimscan/story.h"
#include "claimscan/tag.h"

namespace claimscan {

enum class FindingKind : uint8_t { kCorroborated, kConflict, kComplementary, kSingleSource };
std::string_view FindingKindName(FindingKind k);  // "corroborated", "conflict", ...

enum class ConflictType : uint8_t { kNone, kNumeric, kTemporal, kPolarity, kAttribution };
std::string_view ConflictTypeName(ConflictType t);  // "none", "numeric", "temporal", ...

struct ClaimRef {
  uint32_t doc = 0;    // index into the documents given to CompareDocuments
  uint32_t claim = 0;  // index into that document's claims
};

struct Finding {
  FindingKind kind = FindingKind::kSingleSource;
  ConflictType conflict_type = ConflictType::kNone;
  std::string summary;           // one line a person can read: the fact, in words
  std::string reason;            // why this judgement: what matched, what differs
  std::vector<uint32_t> docs;    // distinct documents, in order
  std::vector<ClaimRef> claims;  // the evidence
  double score = 0;              // support: higher means more (independent) sources agree
  bool syndicated = false;       // some of the sources share copy: not independent
  int32_t story = -1;            // index into CompareResult::stories (CompareStories), or -1
};

// Two documents that share long identical passages (wire copy): not independent sources.
struct Syndication {
  uint32_t doc_a = 0;
  uint32_t doc_b = 0;
  double overlap = 0;  // share of the shorter body's word 8-grams found in the other
};

struct CompareOptions {
  double link_threshold = 0.35;    // minimum claim similarity to group claims
  double alias_similarity = 0.85;  // see TaggerOptions::alias_similarity
  double syndication_overlap = 0.5;
  bool include_single_source = true;
  // The documents report one story (CompareStories sets this for each story it compares).
  // Then the story's central event — the event class that the leads (first lead_sentences
  // sentences, title included) of most of its articles, and at least central_share of them,
  // report — is one fact: those lead claims are grouped across articles even when they share
  // no words ("Esther Williams dies" / "the swimmer passed away in her sleep").
  // Conflicts are still looked for only between claims comparable on their own.
  bool one_story = false;
  size_t lead_sentences = 4;
  double central_share = 0.4;
};

struct CompareResult {
  CorpusEntities entities;
  std::vector<Finding> findings;  // most-supported first
  std::vector<Syndication> syndicated;
  std::vector<Story> stories;  // set by CompareStories: the stories the findings belong to
};

CompareResult CompareDocuments(const std::vector<Document>& docs, const CompareOptions& options);

// A mixed pile: compares within each story only (claims of different stories are never
// grouped) and merges the results. Document indices in the result refer to `docs`; each
// finding carries its story. One story in gives CompareDocuments' result plus `stories`.
CompareResult CompareStories(const std::vector<Document>& docs, const std::vector<Story>& stories,
                             const CompareOptions& options);

}  // namespace claimscan

#endif  // CLAIMSCAN_COMPARE_H_
