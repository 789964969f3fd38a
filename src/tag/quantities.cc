// QuantityRecognizer: one pass over number-aware tokens. At each token it tries
//   [qualifier] [between|from] [currency] NUMBER [scale] [(to|-|and) NUMBER] [of] [modifiers]
//   [unit]
// with units, currencies and qualifiers from data/quantities/ and number words from
// numbers.cc. Spans that belong to dates and times are never read as numbers.
#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "common/file.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "tag/key_starts.h"
#include "tag/numbers_internal.h"
#include "tag/quantities.h"

namespace claimscan {
namespace {

using numbers::NumberPhrase;
using numbers::Tok;
using numbers::TokKind;

struct UnitEntry {
  std::string unit;
  EntityType type = EntityType::kCardinal;
  bool before = false;      // may precede the number ("$ 20")
  bool after = true;        // may follow it ("20 km")
  bool glued_only = false;  // only directly after digits ("5in", "20g"): the word is too common
  // A three-letter currency code ("try", "all", "mad"): before the number it must be written
  // in capitals ("TRY 20"), since in lower case it is usually a word ("try one").
  bool code = false;
};

// Function words that end the search for a counted noun after a number.
constexpr std::string_view kStopWords[] = {
    "the",   "a",     "an",    "of",    "in",    "on",    "at",     "to",    "and",     "or",
    "for",   "by",    "with",  "from",  "was",   "were",  "is",     "are",   "be",      "been",
    "has",   "have",  "had",   "that",  "which", "who",   "whom",   "this",  "these",   "those",
    "it",    "its",   "their", "his",   "her",   "our",   "as",     "than",  "per",     "but",
    "not",   "no",    "into",  "over",  "under", "after", "before", "since", "during",  "while",
    "said",  "says",  "also",  "more",  "less",  "times", "out",    "up",    "down",    "each",
    "such",  "other", "about", "there", "here",  "then",  "when",   "where", "percent", "plus",
    "minus", "thus",  "so",    "yet",   "all",   "both",  "only",   "just",  "even",    "still",
};

bool IsStopWord(std::string_view lower) {
  for (std::string_view w : kStopWords) {
    if (w == lower) return true;
  }
  return false;
}

// "officials" → "official", "casualties" → "casualty", "branches" → "branch"; nationality
// nouns in -ese do not change. Returns false if the word does not look like a plural noun.
bool SingularOfPlural(std::string_view lower, std::string* out) {
  const size_t n = lower.size();
  if (n >= 4 && lower.substr(n - 3) == "ese") {
    *out = std::string(lower);
    return true;
  }
  if (n < 4 || lower.back() != 's') return false;
  const std::string_view end2 = lower.substr(n - 2);
  // "class", "virus", "crisis" are singular; "Israelis" is not.
  if (end2 == "ss" || end2 == "us" || lower.substr(n - 3) == "sis" || (n == 4 && end2 == "is")) {
    return false;
  }
  if (lower.substr(n - 3) == "ies") {
    *out = absl::StrCat(AsAbsl(lower.substr(0, n - 3)), "y");
  } else if (lower.substr(n - 4) == "ches" || lower.substr(n - 4) == "shes" ||
             lower.substr(n - 3) == "xes" || lower.substr(n - 4) == "sses") {
    *out = std::string(lower.substr(0, n - 2));
  } else {
    *out = std::string(lower.substr(0, n - 1));
  }
  return true;
}

bool ParseType(std::string_view s, EntityType* t) {
  if (s == "CARDINAL")
    *t = EntityType::kCardinal;
  else if (s == "QUANTITY")
    *t = EntityType::kQuantity;
  else if (s == "MONEY")
    *t = EntityType::kMoney;
  else if (s == "PERCENT")
    *t = EntityType::kPercent;
  else
    return false;
  return true;
}

bool ParseQualifier(std::string_view s, Qualifier* q) {
  for (Qualifier c : {Qualifier::kExact, Qualifier::kAtLeast, Qualifier::kMoreThan,
                      Qualifier::kAtMost, Qualifier::kLessThan, Qualifier::kAbout}) {
    if (QualifierName(c) == s) {
      *q = c;
      return true;
    }
  }
  return false;
}

// Splits a TSV line into at most `max` fields.
int SplitTabs(std::string_view line, std::string_view* fields, int max) {
  int n = 0;
  while (n < max) {
    const size_t tab = line.find('\t');
    fields[n++] = line.substr(0, tab);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return n;
}

// Sizes of the measure units that add up in compound measures ("5 ft 2 in", "2 km and 1
// meter"), in the base unit of their kind. Sorted by unit for a binary search.
struct MeasureSize {
  std::string_view unit;
  char kind;  // 'L'ength, 'W'eight, 'V'olume
  double size;
};
constexpr MeasureSize kMeasureSizes[] = {
    {"cm", 'L', 0.01},      {"dm", 'L', 0.1},   {"ft", 'L', 0.3048},       {"g", 'W', 1},
    {"inch", 'L', 0.0254},  {"kg", 'W', 1000},  {"km", 'L', 1000},         {"l", 'V', 1},
    {"lb", 'W', 453.59237}, {"m", 'L', 1},      {"mg", 'W', 0.001},        {"mile", 'L', 1609.344},
    {"ml", 'V', 0.001},     {"mm", 'L', 0.001}, {"oz", 'W', 28.349523125}, {"t", 'W', 1e6},
    {"yard", 'L', 0.9144},
};

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

bool IsLowerBound(Qualifier q) { return q == Qualifier::kAtLeast || q == Qualifier::kMoreThan; }
bool IsUpperBound(Qualifier q) { return q == Qualifier::kAtMost || q == Qualifier::kLessThan; }

class QuantityRecognizerImpl final : public QuantityRecognizer {
 public:
  absl::Status Load(std::string_view data_dir) {
    CLAIMSCAN_RETURN_IF_ERROR(ForEachDataLine(
        JoinPath(data_dir, "units.tsv"), [this](int, std::string_view line) -> absl::Status {
          std::string_view f[4];
          const int n = SplitTabs(line, f, 4);
          UnitEntry e;
          if (n < 3 || f[0].empty() || f[1].empty() || !ParseType(f[2], &e.type)) {
            return absl::InvalidArgumentError(
                "expected <surface>\\t<unit>\\t<type>[\\t<position>]");
          }
          e.unit = std::string(f[1]);
          e.code =
              e.type == EntityType::kMoney && f[0].size() == 3 && f[1].size() == 3 &&
              std::all_of(f[0].begin(), f[0].end(), [](char c) { return c >= 'a' && c <= 'z'; });
          if (n == 4) {
            if (f[3] == "before")
              e.before = true, e.after = false;
            else if (f[3] == "both")
              e.before = true;
            else if (f[3] == "after-glued")
              e.glued_only = true;
            else if (f[3] != "after")
              return absl::InvalidArgumentError("bad position");
          }
          max_unit_words_ = std::max(max_unit_words_, WordCount(f[0]));
          AddPrefixes(f[0], &unit_prefixes_);
          unit_starts_.Add(f[0]);
          if (e.before) prefix_unit_starts_.Add(f[0]);
          units_[AsAbsl(f[0])] = std::move(e);
          return absl::OkStatus();
        }));
    CLAIMSCAN_RETURN_IF_ERROR(ForEachDataLine(
        JoinPath(data_dir, "qualifiers.tsv"), [this](int, std::string_view line) -> absl::Status {
          std::string_view f[2];
          Qualifier q;
          if (SplitTabs(line, f, 2) != 2 || f[0].empty() || !ParseQualifier(f[1], &q)) {
            return absl::InvalidArgumentError("expected <phrase>\\t<qualifier>");
          }
          max_qualifier_words_ = std::max(max_qualifier_words_, WordCount(f[0]));
          AddPrefixes(f[0], &qualifier_prefixes_);
          qualifier_starts_.Add(f[0]);
          qualifiers_[AsAbsl(f[0])] = q;
          return absl::OkStatus();
        }));
    return absl::OkStatus();
  }

  void Find(std::string_view text, Span range, const std::vector<TemporalMention>& dates,
            std::vector<Quantity>* out) const override {
    // Reused per thread so a scan allocates nothing once warm.
    thread_local std::vector<Tok> toks;
    toks.clear();
    numbers::Tokenize(text, range, &toks);
    size_t d = 0;
    size_t i = 0;
    const size_t n = toks.size();
    // The first token that ends after dates[limit_date] begins, found once per date: token ends
    // increase, so from any later i the limit is max(this, i).
    size_t limit_date = dates.size();
    size_t date_limit = n;
    while (i < n) {
      while (d < dates.size() && dates[d].span.end <= toks[i].span.begin) ++d;
      // An age: "ten years old", "ninety five years of age". The date recogniser reads the
      // duration in it; the words after it make it an age.
      if (d < dates.size() && dates[d].kind == TemporalKind::kDuration &&
          toks[i].span.begin <= dates[d].span.begin &&
          (toks[i].kind == TokKind::kNumber ||
           (toks[i].kind == TokKind::kWord && toks[i].number_cue))) {
        Quantity q;
        size_t next = 0;
        if (TryAge(text, toks, i, dates[d].span, &q, &next)) {
          out->push_back(std::move(q));
          i = next;
          continue;
        }
      }
      if (d < dates.size() && dates[d].span.Overlaps(toks[i].span)) {
        ++i;
        continue;
      }
      // Tokens up to the next date are fair game.
      size_t limit = n;
      if (d < dates.size()) {
        if (limit_date != d) {
          limit_date = d;
          date_limit = i;
          while (date_limit < n && toks[date_limit].span.end <= dates[d].span.begin) ++date_limit;
        }
        limit = std::max(date_limit, i);
      }
      if (!MayStartAt(text, toks[i])) {
        ++i;
        continue;
      }
      Quantity q;
      size_t next = 0;
      if (TryAt(text, toks, i, limit, &q, &next)) {
        out->push_back(std::move(q));
        i = next;
      } else {
        ++i;
      }
    }
  }

 private:
  static int WordCount(std::string_view s) {
    return 1 + static_cast<int>(std::count(s.begin(), s.end(), ' '));
  }

  // Every leading substring of `key`, so a look-up can stop as soon as the text it has read
  // starts no key (usually at the first token).
  static void AddPrefixes(std::string_view key, absl::flat_hash_set<std::string>* prefixes) {
    for (size_t n = 1; n <= key.size(); ++n) prefixes->emplace(key.substr(0, n));
  }

  // Whether TryAt could succeed at `t`: a quantity starts with a qualifier, "between"/"from",
  // a prefix unit ("$") or a number, and each of those has a cheap exact pre-check.
  bool MayStartAt(std::string_view text, const Tok& t) const {
    const std::string_view w = t.span.In(text);
    switch (t.kind) {
      case TokKind::kNumber:
        return true;
      case TokKind::kWord:
        return t.number_cue || numbers::EqualsLower(w, "between") ||
               numbers::EqualsLower(w, "from") || qualifier_starts_.MayStart(w) ||
               prefix_unit_starts_.MayStart(w);
      case TokKind::kSymbol:
        return w == "-" || qualifier_starts_.MayStart(w) || prefix_unit_starts_.MayStart(w);
    }
    return true;
  }

  // Appends the lower-case toks[k] to the key in `buf` (`used` bytes so far, `size` capacity):
  // words joined by one space where the text had white space ("per cent", "us $"), glued where
  // it had none ("km/h", "us$"). Returns false when the key would not fit.
  static bool ExtendKey(std::string_view text, const std::vector<Tok>& toks, size_t first, size_t k,
                        char* buf, size_t size, size_t* used) {
    if (k > first && toks[k].space_before) {
      if (*used >= size) return false;
      buf[(*used)++] = ' ';
    }
    const std::string_view w = toks[k].span.In(text);
    if (*used + w.size() > size) return false;
    numbers::LowerInto(w, buf + *used, w.size());
    *used += w.size();
    return true;
  }

  // Longest unit at toks[i]; `before` asks for a prefix unit ("$"), `glued` says the token
  // touches the digits before it. Returns tokens used, 0 if none. Reads one token more per
  // length and stops when no unit starts with the key read so far.
  size_t MatchUnit(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                   bool before, bool glued, const UnitEntry** entry) const {
    if (i >= limit || !unit_starts_.MayStart(toks[i].span.In(text))) return 0;
    const size_t max_len = std::min<size_t>(max_unit_words_, limit - i);
    char buf[64];
    size_t used = 0;
    size_t best = 0;
    for (size_t len = 1; len <= max_len; ++len) {
      const size_t k = i + len - 1;
      // Units are words and symbols, but a power digit glued to a word is part of one: "km2".
      if (toks[k].kind == TokKind::kNumber &&
          (k == i || toks[k].space_before || toks[k - 1].kind != TokKind::kWord ||
           toks[k].span.size() != 1)) {
        break;
      }
      if (!ExtendKey(text, toks, i, k, buf, sizeof buf, &used)) break;
      const std::string_view key(buf, used);
      if (!unit_prefixes_.contains(AsAbsl(key))) break;
      // A unit ends at a word boundary: "m" must not match the start of "million", nor of
      // "m212".
      // Before the number, digits may touch the unit ("USD115").
      if (toks[k].kind != TokKind::kSymbol && k + 1 < toks.size() && !toks[k + 1].space_before &&
          (toks[k + 1].kind == TokKind::kWord ||
           (!before && toks[k + 1].kind == TokKind::kNumber))) {
        continue;
      }
      auto it = units_.find(AsAbsl(key));
      if (it == units_.end()) continue;
      const UnitEntry& e = it->second;
      if (before ? !e.before : !e.after) continue;
      if (e.glued_only && !glued) continue;
      if (before && e.code && !IsUpper(toks[i].span.In(text))) continue;
      *entry = &e;
      best = len;
    }
    return best;
  }

  size_t MatchQualifier(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                        Qualifier* q) const {
    if (i >= limit || !qualifier_starts_.MayStart(toks[i].span.In(text))) return 0;
    const size_t max_len = std::min<size_t>(max_qualifier_words_, limit - i);
    char buf[64];
    size_t used = 0;
    size_t best = 0;
    for (size_t len = 1; len <= max_len; ++len) {
      if (!ExtendKey(text, toks, i, i + len - 1, buf, sizeof buf, &used)) break;
      const std::string_view key(buf, used);
      if (!qualifier_prefixes_.contains(AsAbsl(key))) break;
      auto it = qualifiers_.find(AsAbsl(key));
      if (it != qualifiers_.end()) {
        *q = it->second;
        best = len;
      }
    }
    return best;
  }

  static bool IsUpper(std::string_view w) {
    return std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  }

  static bool WordIs(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                     std::string_view lower) {
    return i < limit && toks[i].kind == TokKind::kWord &&
           numbers::EqualsLower(toks[i].span.In(text), lower);
  }

  static bool SymbolIs(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                       std::string_view s) {
    return i < limit && toks[i].kind == TokKind::kSymbol && toks[i].span.In(text) == s;
  }

  // A number, maybe after a currency prefix. Returns false if none starts at toks[i].
  bool NumberAt(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                NumberPhrase* p, const UnitEntry** prefix) const {
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
    if (*prefix == nullptr && SymbolIs(text, toks, k, limit, "-") && k > 0 &&
        !toks[k].space_before && toks[k - 1].kind != TokKind::kSymbol) {
      return false;
    }
    if (*prefix == nullptr && k > 1 && !toks[k].space_before && !toks[k - 1].space_before &&
        SymbolIs(text, toks, k - 1, limit, "-") &&
        (toks[k - 2].kind == TokKind::kWord ||
         (k > 2 && toks[k - 2].kind == TokKind::kNumber && !toks[k - 2].space_before &&
          toks[k - 3].kind == TokKind::kWord))) {  // "F-16", "scp2-173"
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
      const std::string_view s =
          w.size() < sizeof buf ? numbers::LowerInto(w, buf, sizeof buf) : "";
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
  bool OneUnitAt(std::string_view text, const std::vector<Tok>& toks, size_t k, size_t limit,
                 NumberPhrase* p) const {
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
    if (len == 0 || (e->type != EntityType::kQuantity && e->type != EntityType::kMoney) ||
        e->code || toks[u].kind != TokKind::kWord || toks[u].span.size() < 2) {
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
  size_t UnitAfter(std::string_view text, const std::vector<Tok>& toks, size_t k, size_t limit,
                   bool allow_of, Quantity* q) const {
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
        return k + len;
      }
      return k;
    }
    // A short unit written apart, after a qualifier and at the end of the phrase: "above 5
    // in", "under 2 g." (apart and unqualified, "in" and "g" are words).
    if (!glued && q->qualifier != Qualifier::kExact && k < limit &&
        toks[k].kind == TokKind::kWord) {
      if (size_t len = MatchUnit(text, toks, k, limit, false, true, &e);
          len > 0 && e->glued_only &&
          (k + len >= limit || toks[k + len].kind == TokKind::kSymbol)) {
        q->unit = e->unit;
        q->type = e->type;
        return k + len;
      }
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
    if (glued && SymbolIs(text, toks, k, limit, "-") && k + 1 < limit &&
        !toks[k + 1].space_before) {
      if (size_t len = MatchUnit(text, toks, k + 1, limit, false, true, &e); len > 0) {
        q->unit = e->unit;
        q->type = e->type;
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
        if (e->type != EntityType::kCardinal) break;
        q->unit = e->unit;
        q->type = e->type;
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

  bool TryAt(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
             Quantity* q, size_t* next) const {
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
    if (first.end == k + 1 && WordIs(text, toks, k, limit, "one") &&
        qualifier == Qualifier::kExact && prefix == nullptr) {
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
        joined = ((between || from) && WordIs(text, toks, j, limit, "and")) ||
                 (!between &&
                  (WordIs(text, toks, j, limit, "to") || SymbolIs(text, toks, j, limit, "-")));
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
          (second_prefix == nullptr ||
           (prefix != nullptr && second_prefix->unit == prefix->unit))) {
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
    // "between 5 and 10" is one frame; "from" is left out, as in "rose from 5 to 10".
    if (between) begin_tok = range_word;
    if (from) begin_tok = range_word + 1;
    q->span = Span{toks[begin_tok].span.begin, toks[end - 1].span.end};
    *next = end;
    return true;
  }

  // An age at toks[i]: a number, a unit of time ending where the duration `date` ends, then
  // "old" or "of age". The quantity's unit is the singular time unit ("year").
  bool TryAge(std::string_view text, const std::vector<Tok>& toks, size_t i, Span date, Quantity* q,
              size_t* next) const {
    NumberPhrase p;
    if (!numbers::ParseNumberPhrase(text, toks, i, toks.size(), &p) || p.ordinal || p.vague ||
        p.end >= toks.size() || toks[p.end].span.end != date.end) {
      return false;
    }
    static constexpr std::string_view kUnits[] = {"year", "month", "week", "day"};
    char buf[8];
    std::string_view unit = toks[p.end].span.In(text);
    if (unit.size() >= sizeof buf || toks[p.end].kind != TokKind::kWord) return false;
    unit = numbers::LowerInto(unit, buf, sizeof buf);
    if (unit.back() == 's') unit.remove_suffix(1);
    if (std::find(std::begin(kUnits), std::end(kUnits), unit) == std::end(kUnits)) return false;
    size_t end = p.end + 1;
    if (WordIs(text, toks, end, toks.size(), "old")) {
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

  // "per millisecond", "/ms", "/hr" after a length unit at toks[k]: appends "/<time unit>"
  // to q->unit and returns the index after it (k if none).
  static size_t PerTime(std::string_view text, const std::vector<Tok>& toks, size_t k, size_t limit,
                        Quantity* q) {
    size_t j = k;
    if (WordIs(text, toks, j, limit, "per")) {
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
      if (w == word) {
        q->unit = absl::StrCat(q->unit, "/", AsAbsl(unit));
        return j + 1;
      }
    }
    return k;
  }

  // Whether toks[b, e) are one or two words that name a nationality: capitalized ("Hong
  // Kong") or with a nationality ending ("dutch", "zimbabwean", "israeli", "chinese").
  static bool NationalModifiers(std::string_view text, const std::vector<Tok>& toks, size_t b,
                                size_t e) {
    if (e - b > 2) return false;
    for (size_t k = b; k < e; ++k) {
      if (toks[k].kind != TokKind::kWord) return false;
      if (toks[k].capitalized) continue;
      const std::string_view w = toks[k].span.In(text);
      bool national = false;
      for (std::string_view end : {"an", "ese", "ish", "ch", "i"}) {
        national =
            national || (w.size() > end.size() + 2 && w.substr(w.size() - end.size()) == end);
      }
      if (!national) return false;
    }
    return true;
  }

  // Nothing but punctuation, the end, or a function word follows toks[k].
  static bool EndsPhrase(std::string_view text, const std::vector<Tok>& toks, size_t k,
                         size_t limit) {
    if (k >= limit || toks[k].kind != TokKind::kWord) return true;
    char buf[16];
    const std::string_view w = toks[k].span.In(text);
    return w.size() < sizeof buf && IsStopWord(numbers::LowerInto(w, buf, sizeof buf));
  }

  // Whether a measure or currency unit follows toks[k] ("1 in 5 km" is no fraction).
  bool OneUnitAfter(std::string_view text, const std::vector<Tok>& toks, size_t k,
                    size_t limit) const {
    const UnitEntry* e = nullptr;
    const bool glued = k < limit && !toks[k].space_before;
    return MatchUnit(text, toks, k, limit, false, glued, &e) > 0 &&
           e->type != EntityType::kCardinal;
  }

  // Reads "or more", "and above", "or equal to" ... at toks[k]; updates *q and returns the
  // index after it (k if none).
  static size_t ReadPostfixBound(std::string_view text, const std::vector<Tok>& toks, size_t k,
                                 size_t limit, Qualifier* q) {
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

  // After a measure that ends at toks[k] (q's value and unit), further parts in smaller
  // units of the same kind, joined by nothing, a comma or "and". Returns the index after them.
  size_t CompoundMeasure(std::string_view text, const std::vector<Tok>& toks, size_t k,
                         size_t limit, Quantity* q) const {
    const MeasureSize* size = SizeOfUnit(q->unit);
    if (size == nullptr) return k;
    double total = q->value * size->size;
    const MeasureSize* smallest = size;
    size_t end = k;
    while (end < limit) {
      size_t j = end;
      if (SymbolIs(text, toks, j, limit, ",")) ++j;
      if (WordIs(text, toks, j, limit, "and")) ++j;
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
      const MeasureSize* next = SizeOfUnit(e->unit);
      if (next == nullptr || next->kind != size->kind || next->size >= smallest->size) break;
      total += part.value * next->size;
      smallest = next;
      end = u + len;
    }
    if (smallest != size) {
      q->value = q->to = total / smallest->size;
      q->unit = std::string(smallest->unit);
    }
    return end;
  }

  absl::flat_hash_map<std::string, UnitEntry> units_;
  absl::flat_hash_map<std::string, Qualifier> qualifiers_;
  absl::flat_hash_set<std::string> unit_prefixes_;
  absl::flat_hash_set<std::string> qualifier_prefixes_;
  KeyStarts unit_starts_;
  KeyStarts prefix_unit_starts_;  // units that may come before the number ("$", "USD")
  KeyStarts qualifier_starts_;
  int max_unit_words_ = 1;
  int max_qualifier_words_ = 1;
};

}  // namespace

absl::StatusOr<std::unique_ptr<const QuantityRecognizer>> QuantityRecognizer::Create(
    std::string_view data_dir) {
  auto recognizer = std::make_unique<QuantityRecognizerImpl>();
  CLAIMSCAN_RETURN_IF_ERROR(recognizer->Load(data_dir));
  return std::unique_ptr<const QuantityRecognizer>(std::move(recognizer));
}

}  // namespace claimscan
