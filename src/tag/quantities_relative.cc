// QuantityRecognizer, ordinals relative to the end of a list or to the current item: "last",
// "the last but one", "the second to last", "penultimate", "next", "previous one", "the
// current one". The list itself is not in the text, so the quantity says only where the
// position is counted from (its unit, "end" or "current") and the offset (its value): "the
// last but one" is end-1, "next" is current+1, "last" is end+0. See quantities_internal.h.
#include <string_view>
#include <vector>

#include "tag/quantities_internal.h"

namespace claimscan {
namespace quantities_internal {
namespace {

// Small counts after "the last but": "the last but one", "the last but two".
int SmallCount(std::string_view text, const Tok& t) {
  if (t.kind != TokKind::kWord) return 0;
  const std::string_view w = t.span.In(text);
  if (numbers::EqualsLower(w, "one")) return 1;
  if (numbers::EqualsLower(w, "two")) return 2;
  if (numbers::EqualsLower(w, "three")) return 3;
  return 0;
}

}  // namespace

bool QuantityRecognizerImpl::TryRelativeOrdinal(std::string_view text, const std::vector<Tok>& toks,
                                                size_t i, size_t limit, Quantity* q,
                                                size_t* next) const {
  if (i >= limit || toks[i].kind != TokKind::kWord) return false;
  const char c = static_cast<char>(text[toks[i].span.begin] | 0x20);
  if (c != 't' && c != 'l' && c != 'n' && c != 'p' && c != 'c' && c != 'a' && !toks[i].number_cue) {
    return false;
  }
  const auto done = [&](size_t end, std::string_view from, double offset) {
    q->span = Span{toks[i].span.begin, toks[end - 1].span.end};
    q->value = q->to = offset;
    q->unit = std::string(from);
    q->type = EntityType::kOrdinal;
    q->qualifier = Qualifier::kExact;
    q->is_range = false;
    q->vague = false;
    *next = end;
    return true;
  };
  // A word glued to a hyphen is part of a compound ("last-minute", "next-generation").
  const auto compound = [&](size_t k) {
    return k + 1 < toks.size() && !toks[k + 1].space_before && toks[k + 1].kind != TokKind::kSymbol;
  };
  const auto hyphenated = [&](size_t k) {
    return k + 1 < toks.size() && !toks[k + 1].space_before &&
           SymbolIs(text, toks, k + 1, toks.size(), "-");
  };
  size_t k = i;
  const bool the = WordIs(text, toks, k, limit, "the");
  if (the) {
    ++k;
    // "the last but one", "the last but two".
    if (WordIs(text, toks, k, limit, "last") && WordIs(text, toks, k + 1, limit, "but") &&
        k + 2 < limit) {
      if (const int n = SmallCount(text, toks[k + 2]); n > 0) return done(k + 3, "end", -n);
    }
    // "the one before the last (one)".
    if (WordIs(text, toks, k, limit, "one") && WordIs(text, toks, k + 1, limit, "before") &&
        WordIs(text, toks, k + 2, limit, "the") && WordIs(text, toks, k + 3, limit, "last")) {
      const size_t end = WordIs(text, toks, k + 4, limit, "one") ? k + 5 : k + 4;
      return done(end, "end", -1);
    }
  }
  // "(the) second to last", "third from last": counted back from the end.
  if (k < limit && toks[k].number_cue) {
    NumberPhrase p;
    if (numbers::ParseNumberPhrase(text, toks, k, limit, &p) && p.ordinal && p.value >= 1 &&
        p.value <= 100 &&
        (WordIs(text, toks, p.end, limit, "to") || WordIs(text, toks, p.end, limit, "from")) &&
        WordIs(text, toks, p.end + 1, limit, "last")) {
      return done(p.end + 2, "end", 1 - p.value);
    }
    return false;
  }
  if (the) return false;  // the bare words below leave "the" out of the span
  if (WordIs(text, toks, i, limit, "penultimate")) return done(i + 1, "end", -1);
  if (WordIs(text, toks, i, limit, "antepenultimate")) return done(i + 1, "end", -2);
  if (WordIs(text, toks, i, limit, "next") && WordIs(text, toks, i + 1, limit, "to")) {
    // "next to last"; "next to the door" is a place.
    if (WordIs(text, toks, i + 2, limit, "last")) return done(i + 3, "end", -1);
    return false;
  }
  std::string_view from;
  double offset = 0;
  if (WordIs(text, toks, i, limit, "last")) {
    from = "end";
  } else if (WordIs(text, toks, i, limit, "next")) {
    from = "current", offset = 1;
  } else if (WordIs(text, toks, i, limit, "previous")) {
    from = "current", offset = -1;
  } else if (WordIs(text, toks, i, limit, "current")) {
    from = "current";
    // "the current" alone is a flow of water or electricity.
    if (i + 1 >= limit || toks[i + 1].kind != TokKind::kWord) return false;
  } else {
    return false;
  }
  if (hyphenated(i) || compound(i)) return false;
  if (i > 0) {
    // "at last"; "will last", "to last", "did not last": the verb.
    for (std::string_view w : {"at", "to", "will", "would", "can", "could", "may", "might",
                               "should", "must", "not", "did", "does", "do", "n't"}) {
      if (WordIs(text, toks, i - 1, limit, w)) return false;
    }
  }
  // "previous one", "the next one", "the current one": the pronoun belongs to the ordinal.
  if (WordIs(text, toks, i + 1, limit, "one") && from == "current")
    return done(i + 2, from, offset);
  return done(i + 1, from, offset);
}

}  // namespace quantities_internal
}  // namespace claimscan
