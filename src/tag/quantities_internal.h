// Private to the QuantityRecognizer (src/tag/quantities*.cc): the unit lexicon entry, shared
// helpers and the recognizer class, whose methods live in three files by idea:
//   quantities.cc         lexicons (loading, unit and qualifier look-up) and the scan loop;
//   quantities_units.cc   numbers with their units: currency prefixes, units after the number,
//                         compound measures ("5 ft 2 in"), speeds ("km/h");
//   quantities_phrase.cc  the whole phrase: qualifiers, ranges, bounds ("200 or more"),
//                         fractions ("1 in 5"), cents, ages;
//   quantities_names.cc   units named with no amount ("convert to fahrenheit");
//   quantities_relative.cc  ordinals relative to a list's end or the current item ("the last
//                         but one", "next").
#ifndef CLAIMSCAN_TAG_QUANTITIES_INTERNAL_H_
#define CLAIMSCAN_TAG_QUANTITIES_INTERNAL_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "claimscan/span.h"
#include "claimscan/tag.h"
#include "tag/key_starts.h"
#include "tag/numbers_internal.h"
#include "tag/quantities.h"

namespace claimscan {
namespace quantities_internal {

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

// A function word: ends the search for a counted noun after a number ("five of the ...").
bool IsStopWord(std::string_view lower);

// "officials" → "official", "casualties" → "casualty", "branches" → "branch"; nationality
// nouns in -ese do not change. Returns false if the word does not look like a plural noun.
bool SingularOfPlural(std::string_view lower, std::string* out);

// Sizes of the measure units that add up in compound measures ("5 ft 2 in", "2 km and 1
// meter"), in the base unit of their kind. Sorted by unit for a binary search.
struct MeasureSize {
  std::string_view unit;
  char kind;  // 'L'ength, 'W'eight, 'V'olume
  double size;
};

const MeasureSize* SizeOfUnit(std::string_view unit);

// Money units worth a hundredth of the main unit ("3 dollars 50 cents", "20 ringgit 43 sen").
bool IsSubunit(std::string_view unit);

// Units that are also everyday words ("a real problem", "a mark of respect", "a foot
// soldier", "a bit", "in a yard"): "a"/"an" + one of these is not one unit. `lower` is the
// unit's first word as written, in lower case.
bool IsAmbiguousUnitWord(std::string_view unit, std::string_view lower);

inline bool IsLowerBound(Qualifier q) {
  return q == Qualifier::kAtLeast || q == Qualifier::kMoreThan;
}
inline bool IsUpperBound(Qualifier q) {
  return q == Qualifier::kAtMost || q == Qualifier::kLessThan;
}

class QuantityRecognizerImpl final : public QuantityRecognizer {
 public:
  absl::Status Load(std::string_view data_dir);

  void Find(std::string_view text, Span range, const std::vector<TemporalMention>& dates,
            std::vector<Quantity>* out) const override;

  void FindUnitNames(std::string_view text, Span range, const std::vector<Quantity>& quantities,
                     std::vector<UnitName>* out) const override;

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
  bool MayStartAt(std::string_view text, const Tok& t) const;

  // Appends the lower-case toks[k] to the key in `buf` (`used` bytes so far, `size` capacity):
  // words joined by one space where the text had white space ("per cent", "us $"), glued where
  // it had none ("km/h", "us$"). Returns false when the key would not fit.
  static bool ExtendKey(std::string_view text, const std::vector<Tok>& toks, size_t first, size_t k,
                        char* buf, size_t size, size_t* used);

  // Longest unit at toks[i]; `before` asks for a prefix unit ("$"), `glued` says the token
  // touches the digits before it. Returns tokens used, 0 if none. Reads one token more per
  // length and stops when no unit starts with the key read so far.
  size_t MatchUnit(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                   bool before, bool glued, const UnitEntry** entry) const;

  size_t MatchQualifier(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                        Qualifier* q) const;

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
                NumberPhrase* p, const UnitEntry** prefix) const;

  // A measure or currency named without digits: "a kilogram", "an ml", "a dollar", "half a
  // liter", "half-litre", "thousand liters". Fills *p with the amount; p->end is the unit's
  // first token, so the caller reads the unit as after any number. Only when nothing but a
  // function word or punctuation follows the unit ("a dollar a day", not "a foot soldier").
  bool OneUnitAt(std::string_view text, const std::vector<Tok>& toks, size_t k, size_t limit,
                 NumberPhrase* p) const;

  // Reads the unit after a number that ends at toks[k]; fills q->unit/type and returns the
  // index after the unit (k if none).
  static bool PoundsOfAThing(std::string_view text, const std::vector<Tok>& toks, size_t k,
                             size_t len, size_t limit);
  size_t UnitAfter(std::string_view text, const std::vector<Tok>& toks, size_t k, size_t limit,
                   bool allow_of, Quantity* q) const;

  // The quantity phrase starting at toks[i] (see quantities_phrase.cc), at most up to `limit`.
  // Fills *q and *next (the index after it).
  bool TryAt(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
             Quantity* q, size_t* next) const;

  // The scale a number word at toks[k] names ("hundred" 100, "million" 1e6), 0 if none.
  static double ScaleWordAt(std::string_view text, const std::vector<Tok>& toks, size_t k);

  // Two bounds on ordinals after a bound's qualifier (toks[begin, k)): "higher than the tenth
  // but lower than the fifteenth" is a range of positions, kOrdinal (quantities_phrase.cc).
  bool OrdinalBounds(std::string_view text, const std::vector<Tok>& toks, size_t begin, size_t k,
                     size_t limit, Qualifier qualifier, Quantity* q, size_t* next) const;

  // An ordinal relative to the end of a list or to the current item at toks[i] ("the last but
  // one", "next", "previous one"): kOrdinal with unit "end" or "current" and the offset as its
  // value (quantities_relative.cc).
  bool TryRelativeOrdinal(std::string_view text, const std::vector<Tok>& toks, size_t i,
                          size_t limit, Quantity* q, size_t* next) const;

  // An age at toks[i]: a number, a unit of time ending where the duration `date` ends, then
  // "old" or "of age". The quantity's unit is the singular time unit ("year").
  bool TryAge(std::string_view text, const std::vector<Tok>& toks, size_t i, Span date, Quantity* q,
              size_t* next) const;

  // "per millisecond", "/ms", "/hr", "an hour" after a length unit at toks[k]: appends "/<time
  // unit>" to q->unit and returns the index after it (k if none).
  static size_t PerTime(std::string_view text, const std::vector<Tok>& toks, size_t k, size_t limit,
                        Quantity* q);

  // Whether toks[b, e) are one or two words that name a nationality: capitalized ("Hong
  // Kong") or with a nationality ending ("dutch", "zimbabwean", "israeli", "chinese").
  static bool NationalModifiers(std::string_view text, const std::vector<Tok>& toks, size_t b,
                                size_t e);

  // Nothing but punctuation, the end, or a function word follows toks[k].
  static bool EndsPhrase(std::string_view text, const std::vector<Tok>& toks, size_t k,
                         size_t limit);

  // Whether a measure or currency unit follows toks[k] ("1 in 5 km" is no fraction).
  bool OneUnitAfter(std::string_view text, const std::vector<Tok>& toks, size_t k,
                    size_t limit) const;

  // Reads "or more", "and above", "or equal to" ... at toks[k]; updates *q and returns the
  // index after it (k if none).
  static size_t ReadPostfixBound(std::string_view text, const std::vector<Tok>& toks, size_t k,
                                 size_t limit, Qualifier* q);

  // After a measure that ends at toks[k] (q's value and unit), further parts in smaller
  // units of the same kind, joined by nothing, a comma or "and". Returns the index after them.
  size_t CompoundMeasure(std::string_view text, const std::vector<Tok>& toks, size_t k,
                         size_t limit, Quantity* q) const;

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

}  // namespace quantities_internal
}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_QUANTITIES_INTERNAL_H_
