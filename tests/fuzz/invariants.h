// The contracts every analysis result keeps, whatever the input: spans inside the text and in
// order, indices that point at real elements. Shared by the fuzz targets (which abort on a
// violation, so libFuzzer saves the input) and tests/robustness (which assert on them).
// Each check returns "" when the result keeps its contract, else the first rule it breaks.
#ifndef CLAIMSCAN_TESTS_FUZZ_INVARIANTS_H_
#define CLAIMSCAN_TESTS_FUZZ_INVARIANTS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/claim.h"
#include "claimscan/compare.h"
#include "claimscan/tag.h"

namespace claimscan::invariants {

#define CLAIMSCAN_INVARIANT(cond)                                       \
  do {                                                                  \
    if (!(cond)) return std::string(where) + ": " + std::string(#cond); \
  } while (0)

inline bool Inside(Span s, size_t size) { return s.begin <= s.end && s.end <= size; }

inline std::string CheckArticle(const Article& a, std::string_view input) {
  const char* where = "article";
  CLAIMSCAN_INVARIANT(a.original == input);
  CLAIMSCAN_INVARIANT(a.text.size() == a.original.size());
  const size_t n = a.text.size();
  CLAIMSCAN_INVARIANT(Inside(a.title, n));
  CLAIMSCAN_INVARIANT(Inside(a.subtitle, n));
  CLAIMSCAN_INVARIANT(Inside(a.byline, n));
  CLAIMSCAN_INVARIANT(Inside(a.outlet, n));
  CLAIMSCAN_INVARIANT(Inside(a.dateline, n));
  for (Span s : a.authors) CLAIMSCAN_INVARIANT(Inside(s, n));
  for (Span s : a.headings) CLAIMSCAN_INVARIANT(Inside(s, n));
  uint32_t previous_end = 0;
  for (Span s : a.paragraphs) {
    CLAIMSCAN_INVARIANT(Inside(s, n));
    CLAIMSCAN_INVARIANT(s.begin >= previous_end);  // paragraphs are in order and disjoint
    previous_end = s.end;
  }
  for (const RemovedBlock& r : a.removed) CLAIMSCAN_INVARIANT(Inside(r.span, n));
  previous_end = 0;
  for (Span s : a.sentences) {
    CLAIMSCAN_INVARIANT(Inside(s, n));
    CLAIMSCAN_INVARIANT(s.begin >= previous_end);  // sentences are in order and disjoint
    previous_end = s.end;
  }
  for (const TemporalMention& d : a.dates) CLAIMSCAN_INVARIANT(Inside(d.span, n));
  return "";
}

// Mentions sorted and disjoint, entity links valid both ways, every span inside `n` bytes.
inline std::string CheckTags(const TagResult& t, size_t n) {
  const char* where = "tags";
  uint32_t previous_end = 0;
  for (const Mention& m : t.mentions) {
    CLAIMSCAN_INVARIANT(Inside(m.span, n));
    CLAIMSCAN_INVARIANT(!m.span.empty());
    CLAIMSCAN_INVARIANT(m.span.begin >= previous_end);
    previous_end = m.span.end;
    CLAIMSCAN_INVARIANT(m.entity >= -1 && m.entity < static_cast<int64_t>(t.entities.size()));
    CLAIMSCAN_INVARIANT(m.score >= 0 && m.score <= 1);
  }
  for (size_t e = 0; e < t.entities.size(); ++e) {
    for (uint32_t m : t.entities[e].mentions) {
      CLAIMSCAN_INVARIANT(m < t.mentions.size());
      CLAIMSCAN_INVARIANT(t.mentions[m].entity == static_cast<int32_t>(e));
    }
  }
  for (const Quantity& q : t.quantities) {
    CLAIMSCAN_INVARIANT(Inside(q.span, n));
    CLAIMSCAN_INVARIANT(!q.is_range || q.value <= q.to);
  }
  for (const TemporalMention& d : t.dates) CLAIMSCAN_INVARIANT(Inside(d.span, n));
  return "";
}

inline std::string CheckClaims(const Document& d) {
  const char* where = "claims";
  const size_t n = d.article.text.size();
  const auto entity_ok = [&](int32_t e) {
    return e >= -1 && e < static_cast<int64_t>(d.tags.entities.size());
  };
  for (const Claim& c : d.claims) {
    CLAIMSCAN_INVARIANT(Inside(c.span, n));
    CLAIMSCAN_INVARIANT(!c.span.empty());
    CLAIMSCAN_INVARIANT(Inside(c.trigger, n));
    CLAIMSCAN_INVARIANT(Inside(c.negation, n));
    CLAIMSCAN_INVARIANT(Inside(c.attribution.cue, n));
    CLAIMSCAN_INVARIANT(Inside(c.attribution.speaker, n));
    for (Span h : c.hedges) CLAIMSCAN_INVARIANT(Inside(h, n));
    CLAIMSCAN_INVARIANT(c.sentence < d.article.sentences.size());
    CLAIMSCAN_INVARIANT(entity_ok(c.place) && entity_ok(c.attribution.entity));
    for (int32_t e : c.actors) CLAIMSCAN_INVARIANT(e >= 0 && entity_ok(e));
    for (int32_t e : c.targets) CLAIMSCAN_INVARIANT(e >= 0 && entity_ok(e));
    for (uint32_t m : c.mentions) CLAIMSCAN_INVARIANT(m < d.tags.mentions.size());
    for (uint32_t q : c.quantities) CLAIMSCAN_INVARIANT(q < d.tags.quantities.size());
    for (uint32_t t : c.times) CLAIMSCAN_INVARIANT(t < d.tags.dates.size());
  }
  return "";
}

inline std::string CheckDocument(const Document& d, std::string_view input) {
  std::string problem = CheckArticle(d.article, input);
  if (problem.empty()) problem = CheckTags(d.tags, d.article.text.size());
  if (problem.empty()) problem = CheckClaims(d);
  return problem;
}

// Every finding refers to documents and claims that exist.
inline std::string CheckComparison(const std::vector<Document>& docs, const CompareResult& r) {
  const char* where = "comparison";
  for (const Finding& f : r.findings) {
    CLAIMSCAN_INVARIANT(!f.claims.empty());
    for (uint32_t d : f.docs) CLAIMSCAN_INVARIANT(d < docs.size());
    for (const ClaimRef& c : f.claims) {
      CLAIMSCAN_INVARIANT(c.doc < docs.size());
      CLAIMSCAN_INVARIANT(c.claim < docs[c.doc].claims.size());
    }
  }
  for (const Syndication& s : r.syndicated) {
    CLAIMSCAN_INVARIANT(s.doc_a < docs.size() && s.doc_b < docs.size());
  }
  for (const CorpusEntity& e : r.entities.entities) {
    for (const MentionRef& m : e.mentions) {
      CLAIMSCAN_INVARIANT(m.doc < docs.size());
      CLAIMSCAN_INVARIANT(m.mention < docs[m.doc].tags.mentions.size());
    }
  }
  return "";
}

#undef CLAIMSCAN_INVARIANT

}  // namespace claimscan::invariants

#endif  // CLAIMSCAN_TESTS_FUZZ_INVARIANTS_H_
