// QuantityRecognizer, units named with no amount: "convert 10 celsius to fahrenheit", "a
// multibillion-dollar deal", "I counted the dollars", "a small percent". A separate output
// (FindUnitNames), never a Quantity. See quantities.h and quantities_internal.h.
#include <string_view>
#include <vector>

#include "tag/quantities_internal.h"

namespace claimscan {
namespace quantities_internal {
namespace {

// Unit names that are everyday words far more often than units: "on foot", "pound the
// table", "a degree in law", "the World Cup", "tons of", "a mark", "a real", "two cents".
constexpr std::string_view kEverydayWords[] = {
    "foot",    "feet",  "inch",   "inches",  "pound",   "pounds", "cup",   "cups",  "ton",
    "tons",    "stone", "degree", "degrees", "yard",    "yards",  "bit",   "bits",  "barrel",
    "barrels", "mark",  "marks",  "real",    "rand",    "dong",   "kilo",  "kilos", "knot",
    "knots",   "cent",  "cents",  "penny",   "pennies", "pence",  "acre",  "acres", "pint",
    "pints",   "quart", "quarts", "carat",   "carats",  "byte",   "bytes", "sens",  "kuna",
    "quid",  // "quid pro quo"
};

// Whether the matched words can name a unit on their own: lower-case letters and
// spaces only, four letters or more, not an everyday word.
bool NamesAUnit(std::string_view surface) {
  if (surface.size() < 4) return false;
  for (char c : surface) {
    if (!((c >= 'a' && c <= 'z') || c == ' ')) return false;
  }
  for (std::string_view w : kEverydayWords) {
    if (w == surface) return false;
  }
  return true;
}

}  // namespace

void QuantityRecognizerImpl::FindUnitNames(std::string_view text, Span range,
                                           const std::vector<Quantity>& quantities,
                                           std::vector<UnitName>* out) const {
  thread_local std::vector<Tok> toks;
  toks.clear();
  numbers::Tokenize(text, range, &toks);
  const size_t n = toks.size();
  size_t q = 0;
  for (size_t i = 0; i < n; ++i) {
    const Tok& t = toks[i];
    while (q < quantities.size() && quantities[q].span.end <= t.span.begin) ++q;
    if (q < quantities.size() && quantities[q].span.begin < t.span.end) continue;
    if (t.kind != TokKind::kWord || !unit_starts_.MayStart(t.span.In(text))) continue;
    // Glued to digits or to a word ("5km", "e-dollar"): part of something else.
    if (i > 0 && !t.space_before && toks[i - 1].kind != TokKind::kSymbol) continue;
    const UnitEntry* e = nullptr;
    const size_t len = MatchUnit(text, toks, i, n, /*before=*/false, /*glued=*/false, &e);
    if (len == 0 || e->code || e->type == EntityType::kCardinal) continue;
    const Span span{t.span.begin, toks[i + len - 1].span.end};
    if (q < quantities.size() && quantities[q].span.begin < span.end) continue;
    if (!NamesAUnit(span.In(text))) continue;
    out->push_back(UnitName{span, e->unit, e->type});
    i += len - 1;
  }
}

}  // namespace quantities_internal
}  // namespace claimscan
