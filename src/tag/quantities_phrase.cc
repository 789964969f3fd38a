// QuantityRecognizer, the whole phrase at a token:
//   [qualifier] [between|from] NUMBER [(over|out of|in) NUMBER] [(to|-|and) NUMBER]
//   [or more|and above ...] [and|but qualifier NUMBER] [unit] [cents] [more parts] [per time]
// and ages ("ten years old"). See quantities_internal.h.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>
#include <vector>

#include "tag/quantities_internal.h"

namespace claimscan {
namespace quantities_internal {

namespace {

// Words after a number that bound it: "200 or more", "500 and above", "50 or fewer".
struct PostfixBound {
  std::string_view joiner;
  std::string_view word;
  Qualifier qualifier;
};
constexpr PostfixBound kPostfixBounds[] = {
    {"or", "more", Qualifier::kAtLeast},   {"or", "greater", Qualifier::kAtLeast},
    {"or", "above", Qualifier::kAtLeast},  {"or", "higher", Qualifier::kAtLeast},
    {"or", "over", Qualifier::kAtLeast},   {"or", "larger", Qualifier::kAtLeast},
    {"or", "bigger", Qualifier::kAtLeast}, {"and", "more", Qualifier::kAtLeast},
    {"and", "above", Qualifier::kAtLeast}, {"and", "over", Qualifier::kAtLeast},
    {"and", "up", Qualifier::kAtLeast},    {"or", "less", Qualifier::kAtMost},
    {"or", "fewer", Qualifier::kAtMost},   {"or", "below", Qualifier::kAtMost},
    {"or", "lower", Qualifier::kAtMost},   {"or", "under", Qualifier::kAtMost},
    {"or", "smaller", Qualifier::kAtMost}, {"and", "below", Qualifier::kAtMost},
    {"and", "under", Qualifier::kAtMost},  {"and", "less", Qualifier::kAtMost},
    {"and", "fewer", Qualifier::kAtMost},
};

}  // namespace

bool QuantityRecognizerImpl::TryAt(std::string_view text, const std::vector<Tok>& toks, size_t i,
                                   size_t limit, Quantity* q, size_t* next) const {
  size_t k = i;
  Qualifier qualifier = Qualifier::kExact;
  size_t len = MatchQualifier(text, toks, k, limit, &qualifier);
  // "how about 2", "what about five": a question, not an approximation.
  if (len == 1 && k > 0 && WordIs(text, toks, k, limit, "about") &&
      (WordIs(text, toks, k - 1, limit, "how") || WordIs(text, toks, k - 1, limit, "what"))) {
    len = 0;
    qualifier = Qualifier::kExact;
  }
  if (len > 0) {
    NumberPhrase probe;
    const UnitEntry* prefix = nullptr;
    if (NumberAt(text, toks, k + len, limit, &probe, &prefix)) {
      k += len;
    } else if (OrdinalBounds(text, toks, i, k + len, limit, qualifier, q, next)) {
      return true;
    } else {
      qualifier = Qualifier::kExact;
    }
  }
  // "between 5 and 10", "from 5 to 10".
  const bool between = qualifier == Qualifier::kExact && WordIs(text, toks, k, limit, "between");
  const bool from = qualifier == Qualifier::kExact && WordIs(text, toks, k, limit, "from");
  const size_t range_word = k;
  if (between || from) ++k;

  NumberPhrase first;
  const UnitEntry* prefix = nullptr;
  if (!NumberAt(text, toks, k, limit, &first, &prefix)) return false;
  size_t end = first.end;
  q->value = first.value;
  q->to = first.value;
  q->vague = first.vague;
  q->qualifier = qualifier;
  q->type = EntityType::kCardinal;
  q->unit.clear();
  if (prefix != nullptr) {
    q->unit = prefix->unit;
    q->type = prefix->type;
  }
  if (first.ordinal) {
    if (between || from) return false;
    q->type = EntityType::kOrdinal;
    q->span = Span{toks[k].span.begin, toks[end - 1].span.end};
    *next = end;
    return true;
  }
  // A lone "one" is usually a pronoun ("one of the", "the one"), not a count.
  if (first.end == k + 1 && WordIs(text, toks, k, limit, "one") && qualifier == Qualifier::kExact &&
      prefix == nullptr) {
    if (!(k + 1 < limit && toks[k + 1].kind == TokKind::kWord &&
          !WordIs(text, toks, k + 1, limit, "of"))) {
      return false;
    }
    // "this one", "that one", "the one", "which one", "each one": a pronoun.
    if (k > 0 && toks[k - 1].kind == TokKind::kWord && !OneUnitAfter(text, toks, k + 1, limit)) {
      for (std::string_view d :
           {"this", "that", "the", "which", "each", "every", "any", "another", "no", "one"}) {
        if (WordIs(text, toks, k - 1, limit, d)) return false;
      }
    }
  }
  // A fraction written with "over", "out of" or "in": "1 over 3", "one out of three",
  // "1 in twenty-one", "2000 over 3".
  if (prefix == nullptr && !first.vague && !first.fraction && !between && !from &&
      first.value == std::floor(first.value)) {
    size_t j = end;
    if (WordIs(text, toks, j, limit, "over") || WordIs(text, toks, j, limit, "in")) {
      ++j;
    } else if (WordIs(text, toks, j, limit, "out") && WordIs(text, toks, j + 1, limit, "of")) {
      j += 2;
    }
    NumberPhrase den;
    const UnitEntry* den_prefix = nullptr;
    if (j > end && NumberAt(text, toks, j, limit, &den, &den_prefix) && den_prefix == nullptr &&
        !den.ordinal && !den.vague && den.value > 0 && den.value == std::floor(den.value) &&
        !OneUnitAfter(text, toks, den.end, limit) &&
        (!WordIs(text, toks, end, limit, "over") || EndsPhrase(text, toks, den.end, limit)) &&
        (WordIs(text, toks, end, limit, "over") || den.value > first.value)) {
      q->value = q->to = first.value / den.value;
      end = den.end;
      first.end = end;
      first.value = q->value;
      first.words = true;
    }
  }

  bool about_dropped = false;
  // A unit between the bounds of a range: "5 km to 10 km", "$5 to $10".
  size_t after_first = end;
  Quantity unit_probe;
  const size_t first_unit_end =
      prefix == nullptr ? UnitAfter(text, toks, end, limit, false, &unit_probe) : end;
  // Range: "10,000 to 15,000", "5-10", "between 5 and 10".
  {
    size_t j = end;
    bool joined = false;
    if (between) {
      joined = WordIs(text, toks, j, limit, "and");
    } else if (from) {
      joined = WordIs(text, toks, j, limit, "to") || WordIs(text, toks, j, limit, "and");
    } else {
      joined = WordIs(text, toks, j, limit, "to") || SymbolIs(text, toks, j, limit, "-") ||
               SymbolIs(text, toks, j, limit, "\u2013") ||
               WordIs(text, toks, j, limit, "through") || SymbolIs(text, toks, j, limit, "~");
    }
    if (!joined && first_unit_end > end && !unit_probe.unit.empty() &&
        unit_probe.type != EntityType::kCardinal) {
      j = first_unit_end;
      joined =
          ((between || from) && WordIs(text, toks, j, limit, "and")) ||
          (!between && (WordIs(text, toks, j, limit, "to") || SymbolIs(text, toks, j, limit, "-")));
    }
    if (joined) {
      NumberPhrase second;
      const UnitEntry* second_prefix = nullptr;
      size_t s = j + 1;
      // The hyphen of "5-10" touches both numbers, so skip NumberAt's glued-digit check.
      bool ok = false;
      if (SymbolIs(text, toks, j, limit, "-") || SymbolIs(text, toks, j, limit, "\u2013") ||
          SymbolIs(text, toks, j, limit, "~")) {
        ok = numbers::ParseNumberPhrase(text, toks, s, limit, &second);
        // "$10-$20": the second bound repeats the currency sign.
        if (!ok && prefix != nullptr) {
          const UnitEntry* again = nullptr;
          if (size_t len = MatchUnit(text, toks, s, limit, true, false, &again);
              len > 0 && again->unit == prefix->unit) {
            ok = numbers::ParseNumberPhrase(text, toks, s + len, limit, &second);
          }
        }
      } else {
        ok = NumberAt(text, toks, s, limit, &second, &second_prefix);
      }
      // The bounds of a range measure one thing: "8 % to $ 13.18 billion" and "6 % to
      // 309,381 yen" are a change from one to another, not a range.
      if (ok && second_prefix != nullptr &&
          (prefix == nullptr || second_prefix->unit != prefix->unit)) {
        ok = false;
      }
      if (ok && first_unit_end > after_first && unit_probe.type != EntityType::kCardinal) {
        Quantity second_unit;
        if (UnitAfter(text, toks, second.end, limit, false, &second_unit) > second.end &&
            second_unit.type != EntityType::kCardinal && second_unit.unit != unit_probe.unit) {
          ok = false;
        }
      }
      // "between 20 and 30 million", "5 to 10 million people": a scale word only on the upper
      // bound scales both; "from 500 to 2 million" keeps 500.
      if (ok && !second.ordinal && !first.vague && !second.vague &&
          ScaleWordAt(text, toks, end - 1) == 0) {
        const double scale = ScaleWordAt(text, toks, second.end - 1);
        if (scale > 0 && q->value * scale <= second.value) {
          q->value *= scale;
          first.value = q->value;
        }
      }
      if (ok && !second.ordinal && second.value >= first.value) {
        // "about 20~100": the range replaces "about", which leaves the span.
        if (q->qualifier == Qualifier::kAbout) about_dropped = true;
        q->to = second.value;
        q->is_range = true;
        q->qualifier = Qualifier::kRange;
        end = second.end;
        if (first_unit_end > after_first && unit_probe.type != EntityType::kCardinal) {
          q->unit = unit_probe.unit;
          q->type = unit_probe.type;
        }
      } else if (between || from) {
        return false;
      }
    } else if (between || from) {
      return false;
    }
  }
  // A bound written after the number: "200 or more", "500 and above", "50 or fewer";
  // "more than 5000 or equal to" and "equal to 5000 or more than" are inclusive bounds.
  // "about five hundred or more": the bound replaces "about", which leaves the span.
  size_t begin_tok = about_dropped ? k : i;
  if (!q->is_range) {
    const Qualifier before_bound = q->qualifier;
    end = ReadPostfixBound(text, toks, end, limit, &q->qualifier);
    if (before_bound == Qualifier::kAbout && q->qualifier != before_bound) begin_tok = k;
  }
  // Two bounds: "above 1000 and below 1500", "at most 100 and at least 20", "larger than
  // 10 but smaller than 20". A range; an open lower bound keeps the qualifier more_than.
  if (!q->is_range && (IsLowerBound(q->qualifier) || IsUpperBound(q->qualifier)) &&
      (WordIs(text, toks, end, limit, "and") || WordIs(text, toks, end, limit, "but"))) {
    Qualifier other = Qualifier::kExact;
    const size_t len = MatchQualifier(text, toks, end + 1, limit, &other);
    NumberPhrase second;
    const UnitEntry* second_prefix = nullptr;
    if (len > 0 && (IsLowerBound(q->qualifier) ? IsUpperBound(other) : IsLowerBound(other)) &&
        NumberAt(text, toks, end + 1 + len, limit, &second, &second_prefix) && !second.ordinal &&
        !second.vague &&
        (second_prefix == nullptr || (prefix != nullptr && second_prefix->unit == prefix->unit))) {
      const bool first_low = IsLowerBound(q->qualifier);
      const double lo = first_low ? q->value : second.value;
      const double hi = first_low ? second.value : q->value;
      const Qualifier low = first_low ? q->qualifier : other;
      if (lo <= hi) {
        q->value = lo;
        q->to = hi;
        q->is_range = true;
        q->qualifier = low == Qualifier::kMoreThan ? Qualifier::kMoreThan : Qualifier::kRange;
        end = second.end;
      }
    }
  }
  // "10 $ 30 cent", "5 € 20 cents": a currency sign between the amount and its cents.
  if (q->unit.empty() && !q->is_range && !first.vague && !first.words &&
      first.value == std::floor(first.value)) {
    const UnitEntry* sign = nullptr;
    NumberPhrase cents;
    Quantity sub;
    if (const size_t len = MatchUnit(text, toks, end, limit, /*before=*/true, false, &sign);
        len > 0 && sign->type == EntityType::kMoney &&
        toks[end + len - 1].kind == TokKind::kSymbol &&
        numbers::ParseNumberPhrase(text, toks, end + len, limit, &cents) && !cents.ordinal &&
        !cents.vague && !cents.fraction && cents.value >= 0 && cents.value < 100 &&
        cents.value == std::floor(cents.value)) {
      if (const size_t sub_end = UnitAfter(text, toks, cents.end, limit, false, &sub);
          sub_end > cents.end && IsSubunit(sub.unit)) {
        q->unit = sign->unit;
        q->type = EntityType::kMoney;
        q->value += cents.value / 100;
        q->to = q->value;
        end = sub_end;
      }
    }
  }
  // The unit after the (last) number.
  if (q->unit.empty() || q->is_range) {
    Quantity u;
    u.value = u.to = 1;  // a scale the unit carries ("MUSD")
    u.qualifier = q->qualifier;
    const size_t unit_end = UnitAfter(text, toks, end, limit, first.vague || first.words, &u);
    if (unit_end > end) {
      if (q->unit.empty() || u.type == q->type) {
        q->unit = u.unit;
        q->type = u.type;
        q->value *= u.value;
        q->to *= u.value;
        end = unit_end;
      }
    }
  }
  // A scale after the currency: "75 USD million".
  if (q->type == EntityType::kMoney && prefix == nullptr && end < limit) {
    for (const auto& [word, scale] : {std::pair<std::string_view, double>{"thousand", 1e3},
                                      {"million", 1e6},
                                      {"billion", 1e9},
                                      {"trillion", 1e12}}) {
      if (WordIs(text, toks, end, limit, word)) {
        q->value *= scale;
        q->to *= scale;
        ++end;
        break;
      }
    }
  }
  // "1 pound 4 ounces": the word "pound" before ounces weighs.
  if (q->type == EntityType::kMoney && q->unit == "GBP" && !q->is_range && end > 0 &&
      (WordIs(text, toks, end - 1, limit, "pound") ||
       WordIs(text, toks, end - 1, limit, "pounds"))) {
    size_t j = end;
    if (SymbolIs(text, toks, j, limit, ",")) ++j;
    if (WordIs(text, toks, j, limit, "and")) ++j;
    NumberPhrase oz;
    const UnitEntry* none = nullptr;
    Quantity u;
    if (NumberAt(text, toks, j, limit, &oz, &none) && none == nullptr && !oz.ordinal &&
        UnitAfter(text, toks, oz.end, limit, false, &u) > oz.end && u.unit == "oz") {
      q->unit = "lb";
      q->type = EntityType::kQuantity;
    }
  }
  // "3 dollars 50 cents", "twenty dollars and 43 cents", "$20 43", "3 GBP and one": one
  // amount. Without a sub-unit the cents must end the phrase (nothing but a function word or
  // punctuation after them).
  if (q->type == EntityType::kMoney && !q->is_range && !IsSubunit(q->unit) && !first.vague) {
    size_t j = end;
    if (WordIs(text, toks, j, limit, "and")) ++j;
    NumberPhrase cents;
    const UnitEntry* none = nullptr;
    if (NumberAt(text, toks, j, limit, &cents, &none) && none == nullptr && !cents.ordinal &&
        !cents.vague && !cents.fraction && cents.value >= 0 && cents.value < 100 &&
        cents.value == std::floor(cents.value)) {
      Quantity sub;
      const size_t sub_end = UnitAfter(text, toks, cents.end, limit, false, &sub);
      if (sub_end > cents.end && IsSubunit(sub.unit)) {
        q->value += cents.value / 100;
        q->to = q->value;
        end = sub_end;
      } else if (sub_end == cents.end && q->value == std::floor(q->value) && q->value < 1e6 &&
                 EndsPhrase(text, toks, cents.end, limit)) {
        q->value += cents.value / 100;
        q->to = q->value;
        end = cents.end;
      }
    }
  }
  // Compound measures: "5 ft 2 in", "2 km and 1 meter", "10 kms, 8 metres and 6 cm" add up,
  // each part in a smaller unit of the same kind; the sum is in the smallest unit.
  if (q->type == EntityType::kQuantity && !q->is_range) {
    end = CompoundMeasure(text, toks, end, limit, q);
  }
  // A speed in any length and time unit: "50 meters per millisecond", "50 km/ms".
  if (q->type == EntityType::kQuantity) {
    if (const MeasureSize* m = SizeOfUnit(q->unit); m != nullptr && m->kind == 'L') {
      end = PerTime(text, toks, end, limit, q);
    }
  }
  // "twenty degrees below zero", "5C below zero", "ten below zero": under nought.
  if ((q->unit == "degree" || q->unit == "C" || q->unit == "F" ||
       (q->unit.empty() && q->type == EntityType::kCardinal)) &&
      !q->is_range && q->value > 0 && WordIs(text, toks, end, limit, "below") &&
      WordIs(text, toks, end + 1, limit, "zero")) {
    q->value = q->to = -q->value;
    if (q->unit.empty()) {
      q->unit = "degree";
      q->type = EntityType::kQuantity;
    }
    end += 2;
  }
  // "a 45 degrees angle", "a 90-degree turn": degrees of arc, not of temperature.
  if (q->unit == "degree" && q->type == EntityType::kQuantity) {
    for (std::string_view w : {"angle", "angles", "turn", "bend", "tilt", "incline", "slope"}) {
      if (WordIs(text, toks, end, limit, w)) {
        q->unit = "arc degree";
        break;
      }
    }
  }
  // "20 dollars or less", "50 people or more", "5 km and above": a bound after the unit. It must
  // end the phrase: "50 tanks and more troops" is a list.
  if (!q->is_range && !q->unit.empty() &&
      (q->qualifier == Qualifier::kExact || q->qualifier == Qualifier::kAbout)) {
    Qualifier bound = q->qualifier;
    const size_t bound_end = ReadPostfixBound(text, toks, end, limit, &bound);
    if (bound_end > end && EndsPhrase(text, toks, bound_end, limit)) {
      if (q->qualifier == Qualifier::kAbout) begin_tok = k;
      q->qualifier = bound;
      end = bound_end;
    }
  }
  // "between 5 and 10" is one frame; "from" is left out, as in "rose from 5 to 10".
  if (between) begin_tok = range_word;
  if (from) begin_tok = range_word + 1;
  q->span = Span{toks[begin_tok].span.begin, toks[end - 1].span.end};
  *next = end;
  return true;
}

// The scale a number word at toks[k] names ("hundred", "million"), 0 if none.
double QuantityRecognizerImpl::ScaleWordAt(std::string_view text, const std::vector<Tok>& toks,
                                           size_t k) {
  static constexpr std::pair<std::string_view, double> kScales[] = {
      {"hundred", 1e2}, {"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12}};
  for (const auto& [word, scale] : kScales) {
    if (WordIs(text, toks, k, toks.size(), word)) return scale;
  }
  return 0;
}

// Two bounds on positions: "higher than the tenth but lower than the fifteenth", "above
// the 3rd and below the 8th". toks[k] follows the first bound's qualifier, which starts at
// toks[begin]; each ordinal may have "the" before it.
bool QuantityRecognizerImpl::OrdinalBounds(std::string_view text, const std::vector<Tok>& toks,
                                           size_t begin, size_t k, size_t limit,
                                           Qualifier qualifier, Quantity* q, size_t* next) const {
  if (!IsLowerBound(qualifier) && !IsUpperBound(qualifier)) return false;
  const auto ordinal_at = [&](size_t j, NumberPhrase* p) {
    if (WordIs(text, toks, j, limit, "the")) ++j;
    return numbers::ParseNumberPhrase(text, toks, j, limit, p) && p->ordinal && !p->vague;
  };
  NumberPhrase first;
  if (!ordinal_at(k, &first)) return false;
  size_t j = first.end;
  if (!WordIs(text, toks, j, limit, "and") && !WordIs(text, toks, j, limit, "but")) return false;
  ++j;
  Qualifier other = Qualifier::kExact;
  const size_t len = MatchQualifier(text, toks, j, limit, &other);
  if (len == 0 || !(IsLowerBound(qualifier) ? IsUpperBound(other) : IsLowerBound(other))) {
    return false;
  }
  NumberPhrase second;
  if (!ordinal_at(j + len, &second)) return false;
  const bool first_low = IsLowerBound(qualifier);
  const double lo = first_low ? first.value : second.value;
  const double hi = first_low ? second.value : first.value;
  if (lo > hi) return false;
  const Qualifier low = first_low ? qualifier : other;
  q->span = Span{toks[begin].span.begin, toks[second.end - 1].span.end};
  q->value = lo;
  q->to = hi;
  q->is_range = true;
  q->vague = false;
  q->unit.clear();
  q->type = EntityType::kOrdinal;
  q->qualifier = low == Qualifier::kMoreThan ? Qualifier::kMoreThan : Qualifier::kRange;
  *next = second.end;
  return true;
}

// An age at toks[i]: a number, a unit of time ending where the duration `date` ends, then
// "old" or "of age". The quantity's unit is the singular time unit ("year").
bool QuantityRecognizerImpl::TryAge(std::string_view text, const std::vector<Tok>& toks, size_t i,
                                    Span date, Quantity* q, size_t* next) const {
  NumberPhrase p;
  const size_t n = toks.size();
  if (!numbers::ParseNumberPhrase(text, toks, i, n, &p) || p.ordinal || p.vague || p.end >= n) {
    return false;
  }
  // "a 25-year-old man", "a three-month-old baby": hyphens glued on both sides.
  const auto glued_hyphen = [&](size_t k) {
    return SymbolIs(text, toks, k, n, "-") && !toks[k].space_before && k + 1 < n &&
           !toks[k + 1].space_before;
  };
  const bool hyphens = glued_hyphen(p.end);
  const size_t u = hyphens ? p.end + 1 : p.end;
  if (u >= n || toks[u].span.end != date.end) return false;
  static constexpr std::string_view kUnits[] = {"year", "month", "week", "day"};
  char buf[8];
  std::string_view unit = toks[u].span.In(text);
  if (unit.size() >= sizeof buf || toks[u].kind != TokKind::kWord) return false;
  unit = numbers::LowerInto(unit, buf, sizeof buf);
  if (unit.back() == 's') unit.remove_suffix(1);
  if (std::find(std::begin(kUnits), std::end(kUnits), unit) == std::end(kUnits)) return false;
  size_t end = u + 1;
  if (hyphens) {
    if (!glued_hyphen(end) || !WordIs(text, toks, end + 1, n, "old")) return false;
    end += 2;
  } else if (WordIs(text, toks, end, toks.size(), "old")) {
    ++end;
  } else if (WordIs(text, toks, end, toks.size(), "of") &&
             WordIs(text, toks, end + 1, toks.size(), "age")) {
    end += 2;
  } else {
    return false;
  }
  q->span = Span{toks[i].span.begin, toks[end - 1].span.end};
  q->value = q->to = p.value;
  q->unit = std::string(unit);
  q->type = EntityType::kQuantity;
  *next = end;
  return true;
}

// Nothing but punctuation, the end, or a function word follows toks[k].
bool QuantityRecognizerImpl::EndsPhrase(std::string_view text, const std::vector<Tok>& toks,
                                        size_t k, size_t limit) {
  if (k >= limit || toks[k].kind != TokKind::kWord) return true;
  char buf[16];
  const std::string_view w = toks[k].span.In(text);
  return w.size() < sizeof buf && IsStopWord(numbers::LowerInto(w, buf, sizeof buf));
}

// Reads "or more", "and above", "or equal to" ... at toks[k]; updates *q and returns the
// index after it (k if none).
size_t QuantityRecognizerImpl::ReadPostfixBound(std::string_view text, const std::vector<Tok>& toks,
                                                size_t k, size_t limit, Qualifier* q) {
  if (!WordIs(text, toks, k, limit, "or") && !WordIs(text, toks, k, limit, "and")) return k;
  // "more than 5000 or equal to (it)": the bound includes the number.
  if (WordIs(text, toks, k, limit, "or") && WordIs(text, toks, k + 1, limit, "equal") &&
      (*q == Qualifier::kMoreThan || *q == Qualifier::kLessThan)) {
    size_t j = k + 2;
    if (WordIs(text, toks, j, limit, "to")) ++j;
    if (j < limit && toks[j].kind == TokKind::kNumber) return k;
    *q = *q == Qualifier::kMoreThan ? Qualifier::kAtLeast : Qualifier::kAtMost;
    return j;
  }
  if (*q != Qualifier::kExact && *q != Qualifier::kAbout) return k;
  for (const PostfixBound& b : kPostfixBounds) {
    if (!WordIs(text, toks, k, limit, b.joiner) || !WordIs(text, toks, k + 1, limit, b.word)) {
      continue;
    }
    size_t j = k + 2;
    // "equal to 5000 or more than" (nothing after "than").
    if (WordIs(text, toks, j, limit, "than")) {
      if (j + 1 < limit && (toks[j + 1].kind == TokKind::kNumber || toks[j + 1].number_cue)) {
        return k;
      }
      ++j;
    }
    // "or more than 4500" is another quantity.
    if (j < limit && toks[j].kind == TokKind::kNumber) return k;
    *q = b.qualifier;
    return j;
  }
  return k;
}

}  // namespace quantities_internal
}  // namespace claimscan
