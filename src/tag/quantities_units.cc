// QuantityRecognizer, numbers with their units: a currency before the number ("$ 20",
// "USD115"), a unit named without digits ("a kilogram"), the unit after the number ("20 km",
// "five military brigades", "250 million dutch guilders"), compound measures ("5 ft 2 in") and
// speeds ("50 km/ms"). See quantities_internal.h.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/strings.h"
#include "tag/quantities_internal.h"

namespace claimscan {
namespace quantities_internal {

namespace {

constexpr MeasureSize kMeasureSizes[] = {
    {"cm", 'L', 0.01},      {"dm", 'L', 0.1},   {"ft", 'L', 0.3048},       {"g", 'W', 1},
    {"inch", 'L', 0.0254},  {"kg", 'W', 1000},  {"km", 'L', 1000},         {"l", 'V', 1},
    {"lb", 'W', 453.59237}, {"m", 'L', 1},      {"mg", 'W', 0.001},        {"mile", 'L', 1609.344},
    {"ml", 'V', 0.001},     {"mm", 'L', 0.001}, {"oz", 'W', 28.349523125}, {"t", 'W', 1e6},
    {"yard", 'L', 0.9144},
};

}  // namespace

const MeasureSize* SizeOfUnit(std::string_view unit) {
  const auto* end = std::end(kMeasureSizes);
  const auto* it =
      std::lower_bound(std::begin(kMeasureSizes), end, unit,
                       [](const MeasureSize& m, std::string_view u) { return m.unit < u; });
  return it != end && it->unit == unit ? it : nullptr;
}

// Money units worth a hundredth of the main unit ("3 dollars 50 cents", "20 ringgit 43 sen").
bool IsSubunit(std::string_view unit) {
  for (std::string_view u : {"cent", "pence", "sen", "kopiyka", "kopek", "paisa", "centavo"}) {
    if (u == unit) return true;
  }
  return false;
}

// Units that are also everyday words ("a real problem", "a mark of respect", "a foot
// soldier", "a bit", "in a yard"): "a"/"an" + one of these is not one unit. `lower` is the
// unit's first word as written, in lower case.
bool IsAmbiguousUnitWord(std::string_view unit, std::string_view lower) {
  static constexpr std::string_view kUnits[] = {"BRL",    "KRW",  "ZAR", "VND", "BGN",
                                                "degree", "knot", "ft",  "sen"};
  static constexpr std::string_view kWords[] = {"bit", "bits", "yard", "gal",  "stone", "buck",
                                                "cc",  "hp",   "gs",   "kilo", "mark",  "real"};
  for (std::string_view u : kUnits) {
    if (u == unit) return true;
  }
  for (std::string_view w : kWords) {
    if (w == lower) return true;
  }
  return false;
}

// A number, maybe after a currency prefix. Returns false if none starts at toks[i].
bool QuantityRecognizerImpl::NumberAt(std::string_view text, const std::vector<Tok>& toks, size_t i,
                                      size_t limit, NumberPhrase* p,
                                      const UnitEntry** prefix) const {
  *prefix = nullptr;
  size_t k = i;
  if (size_t len = MatchUnit(text, toks, k, limit, /*before=*/true, false, prefix); len > 0) {
    k += len;
  }
  if (k >= limit) return false;
  // "age-55": a hyphen after a word unit joins, it is no minus sign.
  if (*prefix != nullptr && k > i && toks[k - 1].kind == TokKind::kWord &&
      SymbolIs(text, toks, k, limit, "-") && !toks[k].space_before) {
    return false;
  }
  // Digits glued to a word are part of a name or code ("A320", "F-16", "COVID-19").
  if (*prefix == nullptr && k > 0 && !toks[k].space_before &&
      (toks[k - 1].kind == TokKind::kWord || toks[k - 1].kind == TokKind::kNumber)) {
    return false;
  }
  // A hyphen glued to a word or digits joins them ("F-16", "5-10"); after a symbol it is
  // a minus sign ("<-30", "(-5)").
  if (*prefix == nullptr && SymbolIs(text, toks, k, limit, "-") && k > 0 && !toks[k].space_before &&
      toks[k - 1].kind != TokKind::kSymbol) {
    return false;
  }
  if (*prefix == nullptr && k > 1 && !toks[k].space_before && !toks[k - 1].space_before &&
      SymbolIs(text, toks, k - 1, limit, "-") &&
      (toks[k - 2].kind == TokKind::kWord ||
       (k > 2 && toks[k - 2].kind == TokKind::kNumber && !toks[k - 2].space_before &&
        toks[k - 3].kind == TokKind::kWord))) {  // "F-16", "scp2-173"
    return false;
  }
  // "- 10 k", "- 1,200,000": a minus sign set apart from a figure that is all the text there
  // is (a table cell, a ticker). Elsewhere a spaced hyphen is a dash.
  if (*prefix == nullptr && k == 0 && SymbolIs(text, toks, k, limit, "-") && k + 1 < limit &&
      toks[k + 1].kind == TokKind::kNumber && toks[k + 1].space_before) {
    if (numbers::ParseNumberPhrase(text, toks, k + 1, limit, p) && p->end == toks.size() &&
        !p->ordinal && p->value > 0) {
      p->value = -p->value;
      return true;
    }
    return false;
  }
  if (!numbers::ParseNumberPhrase(text, toks, k, limit, p)) {
    return *prefix == nullptr && OneUnitAt(text, toks, k, limit, p);
  }
  // After a currency sign a glued letter is a scale: "€5m", "£1bn", "$2b", "$30k".
  if (*prefix != nullptr && (*prefix)->type == EntityType::kMoney && p->end < limit &&
      toks[p->end].kind == TokKind::kWord && !toks[p->end].space_before &&
      (p->end + 1 >= limit || toks[p->end + 1].space_before ||
       toks[p->end + 1].kind == TokKind::kSymbol)) {
    char buf[4];
    const std::string_view w = toks[p->end].span.In(text);
    const std::string_view s = w.size() < sizeof buf ? numbers::LowerInto(w, buf, sizeof buf) : "";
    const double scale = s == "m" || s == "mn"   ? 1e6
                         : s == "b" || s == "bn" ? 1e9
                         : s == "k"              ? 1e3
                         : s == "tn" || s == "t" ? 1e12
                                                 : 0;
    if (scale > 0) {
      p->value *= scale;
      ++p->end;
    }
  }
  // Digits running on into a word are a code too ("3D", "4x4"), unless the word is a unit or
  // a suffix the phrase already read ("5k", "21st").
  return true;
}

// A measure or currency named without digits: "a kilogram", "an ml", "a dollar", "half a
// liter", "half-litre", "thousand liters". Fills *p with the amount; p->end is the unit's
// first token, so the caller reads the unit as after any number. Only when nothing but a
// function word or punctuation follows the unit ("a dollar a day", not "a foot soldier").
bool QuantityRecognizerImpl::OneUnitAt(std::string_view text, const std::vector<Tok>& toks,
                                       size_t k, size_t limit, NumberPhrase* p) const {
  double value = 0;
  size_t u = k;
  if (WordIs(text, toks, u, limit, "a") || WordIs(text, toks, u, limit, "an")) {
    value = 1;
    ++u;
  } else if (WordIs(text, toks, u, limit, "half")) {
    value = 0.5;
    ++u;
    if (SymbolIs(text, toks, u, limit, "-") && u + 1 < limit && !toks[u].space_before &&
        !toks[u + 1].space_before) {
      ++u;
    } else if (WordIs(text, toks, u, limit, "a") || WordIs(text, toks, u, limit, "an")) {
      ++u;
    }
  } else {
    for (const auto& [word, scale] : {std::pair<std::string_view, double>{"hundred", 1e2},
                                      {"thousand", 1e3},
                                      {"million", 1e6},
                                      {"billion", 1e9}}) {
      if (WordIs(text, toks, u, limit, word)) {
        value = scale;
        ++u;
        break;
      }
    }
    if (value == 0) return false;
  }
  const UnitEntry* e = nullptr;
  const size_t len = MatchUnit(text, toks, u, limit, false, false, &e);
  if (len == 0 || (e->type != EntityType::kQuantity && e->type != EntityType::kMoney) || e->code ||
      toks[u].kind != TokKind::kWord || toks[u].span.size() < 2) {
    return false;
  }
  char word[8];
  const std::string_view first = toks[u].span.In(text);
  if (first.size() < sizeof word &&
      IsAmbiguousUnitWord(e->unit, numbers::LowerInto(first, word, sizeof word))) {
    return false;
  }
  const size_t after = u + len;
  if (after < limit && toks[after].kind == TokKind::kWord) {
    char buf[16];
    const std::string_view w = toks[after].span.In(text);
    if (w.size() >= sizeof buf || !IsStopWord(numbers::LowerInto(w, buf, sizeof buf))) {
      return false;
    }
  }
  p->end = u;
  p->value = value;
  p->vague = false;
  p->ordinal = false;
  p->words = true;
  p->fraction = value < 1;
  return true;
}

// Reads the unit after a number that ends at toks[k]; fills q->unit/type and returns the
// index after the unit (k if none).
// "two pounds of meat", "400 pounds of explosives": the word "pound" (no sign, no
// "sterling") before "of" and a thing weighs; before money words ("pounds of taxpayers'
// money", "pounds of funding") it is still the currency.
bool QuantityRecognizerImpl::PoundsOfAThing(std::string_view text, const std::vector<Tok>& toks,
                                            size_t k, size_t len, size_t limit) {
  if (len != 1 || toks[k].kind != TokKind::kWord) return false;
  const std::string_view word = toks[k].span.In(text);
  if (word != "pound" && word != "pounds") return false;
  if (!WordIs(text, toks, k + 1, limit, "of") || k + 2 >= limit ||
      toks[k + 2].kind != TokKind::kWord) {
    return false;
  }
  for (size_t w = k + 2; w < limit && w < k + 5 && toks[w].kind == TokKind::kWord; ++w) {
    char buf[24];
    const std::string_view lower = numbers::LowerInto(toks[w].span.In(text), buf, sizeof buf);
    for (std::string_view money :
         {"money",     "cash",    "funding", "funds",   "investment", "investments",
          "taxpayers", "debt",    "debts",   "revenue", "spending",   "savings",
          "profit",    "profits", "losses",  "sales",   "aid",        "damages",
          "income",    "capital", "assets",  "wealth",  "public"}) {
      if (lower == money) return false;
    }
  }
  return true;
}

size_t QuantityRecognizerImpl::UnitAfter(std::string_view text, const std::vector<Tok>& toks,
                                         size_t k, size_t limit, bool allow_of, Quantity* q) const {
  const bool glued = k < limit && !toks[k].space_before;
  const UnitEntry* e = nullptr;
  if (size_t len = MatchUnit(text, toks, k, limit, false, glued, &e); len > 0) {
    // Feet and inches as quote marks ("5'", "5''", "5\"") only where a quote cannot be
    // meant: after a qualifier ("over 5\"") or before more digits ("5'8\"").
    const bool quote = toks[k].kind == TokKind::kSymbol &&
                       (text[toks[k].span.begin] == '\'' || text[toks[k].span.begin] == '"');
    const bool word_after = k + len < limit && toks[k + len].kind == TokKind::kWord &&
                            !toks[k + len].space_before;  // "the 90's"
    if (!quote || (!word_after && q->qualifier != Qualifier::kExact) ||
        (k + len < limit && toks[k + len].kind == TokKind::kNumber &&
         !toks[k + len].space_before)) {
      q->unit = e->unit;
      q->type = e->type;
      // "40C" is a temperature, "43c" cents: the capital decides, except in a rate ("14.7C per
      // share", "9C/share"), which is money.
      // After a name the letter is part of a model or form ("Boeing 777C", "Form 10C").
      const bool after_name = k >= 2 && toks[k - 1].kind == TokKind::kNumber &&
                              toks[k - 2].kind == TokKind::kWord && toks[k - 2].capitalized;
      if (len == 1 && toks[k].span.size() == 1 && text[toks[k].span.begin] == 'C' && !after_name &&
          !WordIs(text, toks, k + 1, limit, "per") && !SymbolIs(text, toks, k + 1, limit, "/")) {
        q->unit = "C";
        q->type = EntityType::kQuantity;
      }
      if (PoundsOfAThing(text, toks, k, len, limit)) {
        q->unit = "lb";
        q->type = EntityType::kQuantity;
      }
      return k + len;
    }
    return k;
  }
  // A short unit written apart, after a qualifier and at the end of the phrase: "above 5
  // in", "under 2 g." (apart and unqualified, "in" and "g" are words).
  if (!glued && q->qualifier != Qualifier::kExact && k < limit && toks[k].kind == TokKind::kWord) {
    if (size_t len = MatchUnit(text, toks, k, limit, false, true, &e);
        len > 0 && e->glued_only && (k + len >= limit || toks[k + len].kind == TokKind::kSymbol)) {
      q->unit = e->unit;
      q->type = e->type;
      return k + len;
    }
  }
  // "10 c": a lower-case "c" apart and last in the phrase is cents (a capital "C" apart is
  // a grade or a name: "Grade 10 C").
  if (!glued && k < limit && toks[k].kind == TokKind::kWord && toks[k].span.size() == 1 &&
      text[toks[k].span.begin] == 'c' &&
      (k + 1 >= limit ||
       (toks[k + 1].kind == TokKind::kSymbol && text[toks[k + 1].span.begin] != '/' &&
        text[toks[k + 1].span.begin] != '.'))) {
    q->unit = "cent";
    q->type = EntityType::kMoney;
    return k + 1;
  }
  // A currency sign glued after the amount: "10k$", "3.14US$" (not "5$10").
  if (glued && k > 0 && toks[k - 1].kind != TokKind::kSymbol) {
    if (size_t len = MatchUnit(text, toks, k, limit, true, false, &e);
        len > 0 && e->type == EntityType::kMoney && toks[k + len - 1].kind == TokKind::kSymbol &&
        (k + len >= limit || toks[k + len].space_before ||
         toks[k + len].kind == TokKind::kSymbol)) {
      q->unit = e->unit;
      q->type = e->type;
      return k + len;
    }
  }
  // A measure unit in brackets: "20 (kg)", "20 [kg]", "20 <kg>".
  if (k + 2 < limit && toks[k].kind == TokKind::kSymbol && toks[k].span.size() == 1) {
    const char open = text[toks[k].span.begin];
    const char close = open == '(' ? ')' : open == '[' ? ']' : open == '<' ? '>' : 0;
    if (close != 0 && !toks[k + 1].space_before) {
      if (size_t len = MatchUnit(text, toks, k + 1, limit, false, false, &e);
          len > 0 && e->type == EntityType::kQuantity && k + 1 + len < limit &&
          SymbolIs(text, toks, k + 1 + len, limit, std::string_view(&close, 1)) &&
          !toks[k + 1 + len].space_before) {
        q->unit = e->unit;
        q->type = e->type;
        return k + 2 + len;
      }
    }
  }
  // Millions of a currency, by its code: "30 MUSD", "120 MEUR".
  if (k < limit && toks[k].kind == TokKind::kWord && toks[k].span.size() == 4 &&
      text[toks[k].span.begin] == 'M' && IsUpper(toks[k].span.In(text))) {
    char code[3];
    const std::string_view lower =
        numbers::LowerInto(toks[k].span.In(text).substr(1), code, sizeof code);
    auto it = units_.find(AsAbsl(lower));
    if (it != units_.end() && it->second.code) {
      q->unit = it->second.unit;
      q->type = it->second.type;
      q->value *= 1e6;
      q->to *= 1e6;
      return k + 1;
    }
  }
  // "a four-mile drive", "a 30-km zone".
  if (glued && SymbolIs(text, toks, k, limit, "-") && k + 1 < limit && !toks[k + 1].space_before) {
    if (size_t len = MatchUnit(text, toks, k + 1, limit, false, true, &e); len > 0) {
      q->unit = e->unit;
      q->type = e->type;
      // "a 500-pound bomb", "a 220-pound forward": a weight; with a scale ("a 5 million-pound
      // deal") it is money.
      if (len == 1 && toks[k + 1].span.In(text) == "pound" && k > 0 &&
          (toks[k - 1].kind == TokKind::kNumber ||
           (toks[k - 1].number_word >= 0 && !WordIs(text, toks, k - 1, limit, "thousand") &&
            !WordIs(text, toks, k - 1, limit, "million") &&
            !WordIs(text, toks, k - 1, limit, "billion")))) {
        q->unit = "lb";
        q->type = EntityType::kQuantity;
      }
      return k + 1 + len;
    }
  }
  size_t j = k;
  if (allow_of && WordIs(text, toks, j, limit, "of")) ++j;
  // A counted noun: the first plural noun within three words, passing over modifiers
  // ("five military brigades", "a dozen senior officials").
  for (size_t w = j; w < limit && w < j + 3; ++w) {
    if (toks[w].kind != TokKind::kWord) break;
    char buf[48];
    const std::string_view lower = numbers::LowerInto(toks[w].span.In(text), buf, sizeof buf);
    if (IsStopWord(lower) || lower.size() >= sizeof buf) break;
    if (size_t len = MatchUnit(text, toks, w, limit, false, false, &e); len > 0) {
      // A currency after a nationality: "250 million dutch guilders", "5 million
      // Zimbabwean dollars". Other measures after modifiers are no count ("a few more km").
      // The unit is the phrase ("zimbabwean dollar"): "dollars" alone would say USD.
      if (e->type == EntityType::kMoney && w > j && NationalModifiers(text, toks, j, w)) {
        std::string unit;
        for (size_t m = j; m < w + len; ++m) {
          char word[48];
          const std::string_view part = toks[m].span.In(text);
          if (part.size() >= sizeof word) return k;
          std::string_view low = numbers::LowerInto(part, word, sizeof word);
          std::string singular;
          if (m + 1 == w + len && SingularOfPlural(low, &singular)) low = singular;
          absl::StrAppend(&unit, unit.empty() ? "" : " ", AsAbsl(low));
        }
        q->unit = std::move(unit);
        q->type = e->type;
        return w + len;
      }
      // Other measures only right after "of": "billions of dollars", "thousands of tonnes".
      if (e->type != EntityType::kCardinal && (w != j || j == k)) break;
      q->unit = e->unit;
      q->type = e->type;
      if (PoundsOfAThing(text, toks, w, len, limit)) {
        q->unit = "lb";
        q->type = EntityType::kQuantity;
      }
      return w + len;
    }
    std::string singular;
    if (SingularOfPlural(lower, &singular)) {
      q->unit = std::move(singular);
      q->type = EntityType::kCardinal;
      return w + 1;
    }
    // Only words that can be modifiers let the search go on.
    if (toks[w].capitalized && w != j) break;
  }
  return k;
}

// "per millisecond", "/ms", "/hr", "an hour" after a length unit at toks[k]: appends "/<time unit>"
// to q->unit and returns the index after it (k if none).
size_t QuantityRecognizerImpl::PerTime(std::string_view text, const std::vector<Tok>& toks,
                                       size_t k, size_t limit, Quantity* q) {
  size_t j = k;
  // "miles an hour", "metres a second": the article, with a time unit written in full.
  bool article = false;
  if (WordIs(text, toks, j, limit, "per")) {
    ++j;
  } else if (WordIs(text, toks, j, toks.size(), "an") || WordIs(text, toks, j, toks.size(), "a")) {
    // The date recogniser reads "an hour" as a duration and so ends `limit` before it; after
    // a length it is the rate's time.
    article = true;
    limit = toks.size();
    ++j;
  } else if (SymbolIs(text, toks, j, limit, "/") && !toks[j].space_before && j + 1 < limit &&
             !toks[j + 1].space_before) {
    ++j;
  } else {
    return k;
  }
  static constexpr std::pair<std::string_view, std::string_view> kTimes[] = {
      {"hour", "h"},   {"hr", "h"},  {"h", "h"}, {"minute", "min"},     {"min", "min"},
      {"second", "s"}, {"sec", "s"}, {"s", "s"}, {"millisecond", "ms"}, {"ms", "ms"},
  };
  if (j >= limit || toks[j].kind != TokKind::kWord) return k;
  char buf[16];
  std::string_view w = toks[j].span.In(text);
  if (w.size() >= sizeof buf) return k;
  w = numbers::LowerInto(w, buf, sizeof buf);
  for (const auto& [word, unit] : kTimes) {
    if (w == word && (!article || word.size() > 3)) {
      q->unit = absl::StrCat(q->unit, "/", AsAbsl(unit));
      return j + 1;
    }
  }
  return k;
}

// Whether toks[b, e) are one or two words that name a nationality: capitalized ("Hong
// Kong") or with a nationality ending ("dutch", "zimbabwean", "israeli", "chinese").
bool QuantityRecognizerImpl::NationalModifiers(std::string_view text, const std::vector<Tok>& toks,
                                               size_t b, size_t e) {
  if (e - b > 2) return false;
  for (size_t k = b; k < e; ++k) {
    if (toks[k].kind != TokKind::kWord) return false;
    if (toks[k].capitalized) continue;
    const std::string_view w = toks[k].span.In(text);
    bool national = false;
    for (std::string_view end : {"an", "ese", "ish", "ch", "i"}) {
      national = national || (w.size() > end.size() + 2 && w.substr(w.size() - end.size()) == end);
    }
    if (!national) return false;
  }
  return true;
}

// Whether a measure or currency unit follows toks[k] ("1 in 5 km" is no fraction).
bool QuantityRecognizerImpl::OneUnitAfter(std::string_view text, const std::vector<Tok>& toks,
                                          size_t k, size_t limit) const {
  const UnitEntry* e = nullptr;
  const bool glued = k < limit && !toks[k].space_before;
  return MatchUnit(text, toks, k, limit, false, glued, &e) > 0 && e->type != EntityType::kCardinal;
}

// After a measure that ends at toks[k] (q's value and unit), further parts in smaller
// units of the same kind, joined by nothing, a comma or "and". Returns the index after them.
size_t QuantityRecognizerImpl::CompoundMeasure(std::string_view text, const std::vector<Tok>& toks,
                                               size_t k, size_t limit, Quantity* q) const {
  const MeasureSize* size = SizeOfUnit(q->unit);
  if (size == nullptr) return k;
  double total = q->value * size->size;
  const MeasureSize* smallest = size;
  size_t end = k;
  // "a 6-foot-2 forward": inches after a hyphen, with no unit of their own.
  if (q->unit == "ft" && SymbolIs(text, toks, k, limit, "-") && !toks[k].space_before &&
      k + 1 < limit && !toks[k + 1].space_before) {
    NumberPhrase in;
    const UnitEntry* e = nullptr;
    if (numbers::ParseNumberPhrase(text, toks, k + 1, limit, &in) && !in.ordinal && !in.vague &&
        !in.fraction && in.value >= 0 && in.value < 12 && in.value == std::floor(in.value) &&
        MatchUnit(text, toks, in.end, limit, false, false, &e) == 0 &&
        !SymbolIs(text, toks, in.end, limit, "-")) {
      const MeasureSize* inch = SizeOfUnit("inch");
      q->value = q->to = (total + in.value * inch->size) / inch->size;
      q->unit = "inch";
      return in.end;
    }
  }
  while (end < limit) {
    size_t j = end;
    if (SymbolIs(text, toks, j, limit, ",")) ++j;
    const bool and_joined = WordIs(text, toks, j, limit, "and");
    if (and_joined) ++j;
    if (j >= limit || toks[j].kind != TokKind::kNumber || toks[j].decimal) break;
    NumberPhrase part;
    const UnitEntry* none = nullptr;
    if (!NumberAt(text, toks, j, limit, &part, &none) || none != nullptr || part.ordinal ||
        part.vague) {
      break;
    }
    const UnitEntry* e = nullptr;
    const size_t u = part.end;
    // "2 in" at the end: the glued-only "in" may stand apart when nothing follows it.
    const bool last = u + 1 >= limit || toks[u + 1].kind == TokKind::kSymbol;
    const size_t len =
        MatchUnit(text, toks, u, limit, false, (u < limit && !toks[u].space_before) || last, &e);
    if (len == 0) break;
    // Parts come largest first ("5 ft 2 in"); joined by "and" a larger unit may follow too
    // ("1 kilometer and 1 mile"). The same unit twice is a list, not a sum.
    const MeasureSize* next = SizeOfUnit(e->unit);
    if (next == nullptr || next->kind != size->kind || next->size == smallest->size ||
        (next->size > smallest->size && !and_joined)) {
      break;
    }
    total += part.value * next->size;
    if (next->size < smallest->size) smallest = next;
    end = u + len;
  }
  if (end != k) {
    q->value = q->to = total / smallest->size;
    q->unit = std::string(smallest->unit);
  }
  return end;
}

}  // namespace quantities_internal
}  // namespace claimscan
