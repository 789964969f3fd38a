// Number phrases in digits and words, and ParseNumber on top of them. The tokenizer is in
// numbers_tokenize.cc.
#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

#include "tag/numbers_internal.h"
#include "tag/quantities.h"

namespace claimscan {
namespace numbers {
namespace {

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
enum class WordKind : uint8_t {
  kNone,
  kUnit,
  kTeen,
  kTens,
  kHundred,
  kScale,
  kDozen,
  kOrdinal,
  kOrdinalScale,
  kVague,
};

struct WordEntry {
  std::string_view word;
  WordKind kind;
  double value;
};

// Lower-case number words. "a"/"an", "and", "point", "minus" are handled by the parser.
constexpr WordEntry kWords[] = {
    {"zero", WordKind::kUnit, 0},
    {"nil", WordKind::kUnit, 0},
    {"naught", WordKind::kUnit, 0},
    {"nought", WordKind::kUnit, 0},
    {"one", WordKind::kUnit, 1},
    {"two", WordKind::kUnit, 2},
    {"three", WordKind::kUnit, 3},
    {"four", WordKind::kUnit, 4},
    {"five", WordKind::kUnit, 5},
    {"six", WordKind::kUnit, 6},
    {"seven", WordKind::kUnit, 7},
    {"eight", WordKind::kUnit, 8},
    {"nine", WordKind::kUnit, 9},
    {"ten", WordKind::kTeen, 10},
    {"eleven", WordKind::kTeen, 11},
    {"twelve", WordKind::kTeen, 12},
    {"thirteen", WordKind::kTeen, 13},
    {"fourteen", WordKind::kTeen, 14},
    {"fifteen", WordKind::kTeen, 15},
    {"sixteen", WordKind::kTeen, 16},
    {"seventeen", WordKind::kTeen, 17},
    {"eighteen", WordKind::kTeen, 18},
    {"nineteen", WordKind::kTeen, 19},
    {"twenty", WordKind::kTens, 20},
    {"thirty", WordKind::kTens, 30},
    {"forty", WordKind::kTens, 40},
    {"fourty", WordKind::kTens, 40},
    {"fifty", WordKind::kTens, 50},
    {"sixty", WordKind::kTens, 60},
    {"seventy", WordKind::kTens, 70},
    {"eighty", WordKind::kTens, 80},
    {"ninety", WordKind::kTens, 90},
    {"hundred", WordKind::kHundred, 100},
    {"thousand", WordKind::kScale, 1e3},
    {"million", WordKind::kScale, 1e6},
    {"billion", WordKind::kScale, 1e9},
    {"trillion", WordKind::kScale, 1e12},
    // Newswire abbreviations written apart: "1.2 bln euros", "300 mln", "2 bn".
    {"mln", WordKind::kScale, 1e6},
    {"bln", WordKind::kScale, 1e9},
    {"bn", WordKind::kScale, 1e9},
    {"trn", WordKind::kScale, 1e12},
    // Indian scales: lakh = 100,000, crore = 10,000,000 (with their common spellings).
    {"lakh", WordKind::kScale, 1e5},
    {"lakhs", WordKind::kScale, 1e5},
    {"lac", WordKind::kScale, 1e5},
    {"lacs", WordKind::kScale, 1e5},
    {"lkh", WordKind::kScale, 1e5},
    {"lkhs", WordKind::kScale, 1e5},
    {"crore", WordKind::kScale, 1e7},
    {"crores", WordKind::kScale, 1e7},
    {"krore", WordKind::kScale, 1e7},
    {"krores", WordKind::kScale, 1e7},
    {"koti", WordKind::kScale, 1e7},
    {"cr", WordKind::kScale, 1e7},
    {"dozen", WordKind::kDozen, 12},
    {"doz", WordKind::kDozen, 12},
    {"first", WordKind::kOrdinal, 1},
    {"second", WordKind::kOrdinal, 2},
    {"third", WordKind::kOrdinal, 3},
    {"fourth", WordKind::kOrdinal, 4},
    {"fifth", WordKind::kOrdinal, 5},
    {"sixth", WordKind::kOrdinal, 6},
    {"seventh", WordKind::kOrdinal, 7},
    {"eighth", WordKind::kOrdinal, 8},
    {"ninth", WordKind::kOrdinal, 9},
    {"nineth", WordKind::kOrdinal, 9},
    {"tenth", WordKind::kOrdinal, 10},
    {"eleventh", WordKind::kOrdinal, 11},
    {"twelfth", WordKind::kOrdinal, 12},
    {"thirteenth", WordKind::kOrdinal, 13},
    {"fourteenth", WordKind::kOrdinal, 14},
    {"fifteenth", WordKind::kOrdinal, 15},
    {"sixteenth", WordKind::kOrdinal, 16},
    {"seventeenth", WordKind::kOrdinal, 17},
    {"eighteenth", WordKind::kOrdinal, 18},
    {"nineteenth", WordKind::kOrdinal, 19},
    {"twentieth", WordKind::kOrdinal, 20},
    {"thirtieth", WordKind::kOrdinal, 30},
    {"fortieth", WordKind::kOrdinal, 40},
    {"fiftieth", WordKind::kOrdinal, 50},
    {"sixtieth", WordKind::kOrdinal, 60},
    {"seventieth", WordKind::kOrdinal, 70},
    {"eightieth", WordKind::kOrdinal, 80},
    {"ninetieth", WordKind::kOrdinal, 90},
    {"hundredth", WordKind::kOrdinalScale, 100},
    {"thousandth", WordKind::kOrdinalScale, 1e3},
    {"millionth", WordKind::kOrdinalScale, 1e6},
    {"billionth", WordKind::kOrdinalScale, 1e9},
    {"trillionth", WordKind::kOrdinalScale, 1e12},
    {"dozens", WordKind::kVague, 12},
    {"dozs", WordKind::kVague, 12},
    {"tens", WordKind::kVague, 10},
    {"scores", WordKind::kVague, 20},
    {"hundreds", WordKind::kVague, 100},
    {"thousands", WordKind::kVague, 1e3},
    {"millions", WordKind::kVague, 1e6},
    {"billions", WordKind::kVague, 1e9},
    {"trillions", WordKind::kVague, 1e12},
};

constexpr size_t kWordCount = sizeof(kWords) / sizeof(kWords[0]);
static_assert(kWordCount < 128, "Tok stores word indexes in int8_t");

// kWords bucketed by (length, first letter): a look-up compares one or two entries instead of
// scanning the whole table.
class WordIndex {
 public:
  static constexpr size_t kMaxLength = kMaxNumberWordLength;

  WordIndex() {
    for (size_t i = 0; i < kWordCount; ++i) {
      Bucket& b = buckets_[kWords[i].word.size()][kWords[i].word[0] - 'a'];
      b.entries[b.count++] = static_cast<int8_t>(i);
    }
  }

  // Index of the lower-case word in kWords, or -1.
  int Find(std::string_view lower) const {
    if (lower.empty() || lower.size() > kMaxLength || lower[0] < 'a' || lower[0] > 'z') return -1;
    const Bucket& b = buckets_[lower.size()][lower[0] - 'a'];
    for (int k = 0; k < b.count; ++k) {
      if (kWords[b.entries[k]].word == lower) return b.entries[k];
    }
    return -1;
  }

 private:
  struct Bucket {
    int count = 0;
    int8_t entries[8] = {};  // at most 4 today
  };
  Bucket buckets_[kMaxLength + 1][26];
};

const WordIndex& Words() {
  static const WordIndex* const index = new WordIndex();
  return *index;
}

const WordEntry* EntryOf(int8_t index) { return index < 0 ? nullptr : &kWords[index]; }

}  // namespace

int NumberWordIndex(std::string_view lower) { return Words().Find(lower); }

// Words other than number words that ParseNumberPhrase reads at the start of a phrase:
// signs, articles, vague counts and the fractions "half" and "quarter".
bool IsPhraseStart(std::string_view lower) {
  static constexpr std::string_view kStarts[] = {
      "a",    "an",   "minus",  "negative", "couple",   "several", "few",
      "many", "half", "halves", "quarter",  "quarters", "point",   "pair"};
  for (std::string_view w : kStarts) {
    if (w == lower) return true;
  }
  return false;
}

// "thirtyfirst", "twentyfive": tens glued to a unit (1-9) or its ordinal. Sets t->glued_tens
// and t->number_word when `lower` is one.
void GluedTens(std::string_view lower, Tok* t) {
  static constexpr std::string_view kTensWords[] = {"twenty", "thirty",  "forty",  "fifty",
                                                    "sixty",  "seventy", "eighty", "ninety"};
  if (lower[0] != 't' && lower[0] != 'f' && lower[0] != 's' && lower[0] != 'e' && lower[0] != 'n') {
    return;
  }
  for (std::string_view tens : kTensWords) {
    if (lower[0] != tens[0] || lower[1] != tens[1] || lower.size() <= tens.size() ||
        lower.substr(0, tens.size()) != tens) {
      continue;
    }
    const int rest = Words().Find(lower.substr(tens.size()));
    if (rest < 0) return;
    const WordEntry& e = kWords[rest];
    if ((e.kind == WordKind::kUnit || e.kind == WordKind::kOrdinal) && e.value >= 1 &&
        e.value < 10) {
      t->glued_tens = static_cast<int8_t>(Words().Find(tens));
      t->number_word = static_cast<int8_t>(rest);
    }
    return;
  }
}

namespace {

struct Cursor {
  std::string_view text;
  const std::vector<Tok>& toks;
  size_t limit;

  bool IsWord(size_t j) const { return j < limit && toks[j].kind == TokKind::kWord; }
  bool IsSymbol(size_t j, char c) const {
    return j < limit && toks[j].kind == TokKind::kSymbol && toks[j].span.size() == 1 &&
           text[toks[j].span.begin] == c;
  }
  std::string_view Lower(size_t j, char* buf, size_t size) const {
    return LowerInto(toks[j].span.In(text), buf, size);
  }
  const WordEntry* Entry(size_t j) const {
    return IsWord(j) ? EntryOf(toks[j].number_word) : nullptr;
  }
  bool WordIs(size_t j, std::string_view lower) const {
    return IsWord(j) && EqualsLower(toks[j].span.In(text), lower);
  }
  // A number word or digits that can continue a phrase after "and".
  bool StartsCardinal(size_t j) const {
    if (j < limit && toks[j].kind == TokKind::kNumber) return true;
    const WordEntry* e = Entry(j);
    return e != nullptr && (e->kind == WordKind::kUnit || e->kind == WordKind::kTeen ||
                            e->kind == WordKind::kTens || e->kind == WordKind::kOrdinal);
  }
  bool IsMultiplier(size_t j) const {
    const WordEntry* e = Entry(j);
    return e != nullptr && (e->kind == WordKind::kHundred || e->kind == WordKind::kScale ||
                            e->kind == WordKind::kDozen);
  }
};

// A fraction's denominator at toks[j]: "fifth", "thirds", "twenty-first", "hundredths",
// "half", "quarters". Returns the tokens used (0 if none), the denominator and whether it is
// plural. "second(s)" and "first" are never denominators: they are time units and ordinals.
size_t ParseDenominator(const Cursor& cur, size_t j, double* den, bool* plural) {
  if (!cur.IsWord(j) || cur.toks[j].glued_tens >= 0) return 0;
  for (std::string_view h : {"half", "halves", "quarter", "quarters"}) {
    if (cur.WordIs(j, h)) {
      *den = h[0] == 'h' ? 2 : 4;
      *plural = h.back() == 's';
      return 1;
    }
  }
  double tens = 0;
  size_t used = 0;
  if (const WordEntry* e = cur.Entry(j);
      e != nullptr && e->kind == WordKind::kTens && cur.IsSymbol(j + 1, '-') &&
      !cur.toks[j + 1].space_before && cur.IsWord(j + 2) && !cur.toks[j + 2].space_before) {
    tens = e->value;  // "twenty-fifth": the ordinal part follows the hyphen
    j += 2;
    used = 2;
  }
  *plural = false;
  const WordEntry* e = EntryOf(cur.toks[j].number_word);
  if ((e == nullptr || (e->kind != WordKind::kOrdinal && e->kind != WordKind::kOrdinalScale)) &&
      cur.toks[j].singular_number_word >= 0) {
    e = EntryOf(cur.toks[j].singular_number_word);
    *plural = true;
  }
  if (e == nullptr || (e->kind != WordKind::kOrdinal && e->kind != WordKind::kOrdinalScale)) {
    return 0;
  }
  if (tens > 0 && (e->kind != WordKind::kOrdinal || e->value >= 10)) return 0;
  if (tens == 0 && e->value <= 2) return 0;
  *den = tens + e->value;
  return used + 1;
}

// The digits after "point": one digit word each ("zero three"), or digits ("77" = .77).
// Returns the index after them (j if none) and their value in *part.
size_t DecimalPart(const Cursor& cur, size_t j, double* part) {
  *part = 0;
  if (j < cur.limit && cur.toks[j].kind == TokKind::kNumber) {
    const Tok& t = cur.toks[j];
    if (t.decimal || t.grouped || t.digits == 0) return j;
    *part = t.value / std::pow(10.0, static_cast<double>(t.span.size()));
    return j + 1;
  }
  double scale = 0.1;
  size_t k = j;
  while (k < cur.limit) {
    const WordEntry* d = cur.Entry(k);
    if (d == nullptr || d->kind != WordKind::kUnit) break;
    *part += d->value * scale;
    scale /= 10;
    ++k;
  }
  return k;
}

// The byte after token t, 0 at the end of the text.
char NextByte(std::string_view text, const Tok& t) {
  return t.span.end < text.size() ? text[t.span.end] : 0;
}

// An en or em dash used as a hyphen: "thirty—first".
bool IsDash(std::string_view text, const Tok& t) {
  const std::string_view s = t.span.In(text);
  return t.kind == TokKind::kSymbol && (s == "\u2013" || s == "\u2014");
}

// A singular ordinal denominator is a fraction only when no noun follows ("a third", "one
// fifth of"), so "a third term" stays an ordinal.
bool EndsFraction(const Cursor& cur, size_t j) {
  if (!cur.IsWord(j)) return true;
  if (cur.WordIs(j, "of") || cur.WordIs(j, "and")) return true;
  const WordEntry* e = cur.Entry(j);
  return e != nullptr && e->kind == WordKind::kScale;
}

}  // namespace

std::string_view LowerInto(std::string_view word, char* buf, size_t buf_size) {
  const size_t n = std::min(word.size(), buf_size);
  for (size_t i = 0; i < n; ++i) {
    const char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
  }
  return std::string_view(buf, n);
}

bool ParseNumberPhrase(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                       NumberPhrase* out) {
  limit = std::min(limit, toks.size());
  if (i >= limit) return false;
  // Most tokens start no number: a word that is no cue, or a symbol other than '-', is
  // rejected here exactly as the full parse below would reject it.
  if (toks[i].kind == TokKind::kWord
          ? !toks[i].number_cue
          : toks[i].kind == TokKind::kSymbol &&
                !(toks[i].span.size() == 1 && text[toks[i].span.begin] == '-')) {
    return false;
  }
  out->fraction = false;
  const Cursor cur{text, toks, limit};
  enum class Last : uint8_t { kNone, kNumber, kUnit, kTeen, kTens, kHundred, kScale, kDozen };
  Last last = Last::kNone;
  double total = 0, current = 0, sign = 1;
  bool any = false;
  bool vague = false;
  bool words = false;
  size_t end = i;
  size_t j = i;
  bool after_and = false;
  // The last scale word's value ("thousand" = 1e3), and the state before an "and" so that
  // "3 hundred and 2 hundred" can be cut back to "3 hundred".
  double last_scale = 0;
  bool since_and = false;
  double and_scale = 0, and_total = 0, and_current = 0;
  size_t and_end = 0;

  // "minus five", "-5"
  if (cur.WordIs(j, "minus") || cur.WordIs(j, "negative")) {
    if (j + 1 < limit && (toks[j + 1].kind == TokKind::kNumber || cur.Entry(j + 1) != nullptr)) {
      sign = -1;
      words = true;
      ++j;
    }
  } else if (cur.IsSymbol(j, '-') && j + 1 < limit && toks[j + 1].kind == TokKind::kNumber &&
             !toks[j + 1].space_before) {
    sign = -1;
    ++j;
  }
  // "a dozen", "a hundred", "a few thousand", "several hundred".
  // "half a million", "quarter million", "a half", "a fifth", "a quarter million".
  {
    const bool article = cur.WordIs(j, "a") || cur.WordIs(j, "an");
    const size_t d = article ? j + 1 : j;
    double den = 0;
    bool plural = false;
    const size_t used = ParseDenominator(cur, d, &den, &plural);
    const bool half_or_quarter = used == 1 && (cur.WordIs(d, "half") || cur.WordIs(d, "quarter"));
    if (used > 0 && !plural && (article || half_or_quarter)) {
      size_t k = d + used;
      double value = 1 / den;
      bool scaled = false;
      // "of a million", "a million", "million", "a dozen"
      size_t m = cur.WordIs(k, "of") ? k + 1 : k;
      if (cur.WordIs(m, "a") || cur.WordIs(m, "an")) ++m;
      if (cur.IsMultiplier(m)) {
        value *= cur.Entry(m)->value;
        k = m + 1;
        scaled = true;
      }
      const bool ordinal_word = !half_or_quarter;
      if (scaled || (article && (!ordinal_word || EndsFraction(cur, k)))) {
        out->end = k;
        out->value = sign * value;
        out->vague = false;
        out->ordinal = false;
        out->words = true;
        out->fraction = true;
        return true;
      }
    }
  }
  // "a couple (of)", "a pair (of)", "couple of": two.
  if (cur.WordIs(j, "couple") || (cur.WordIs(j, "a") && cur.WordIs(j + 1, "couple")) ||
      (cur.WordIs(j, "a") && cur.WordIs(j + 1, "pair"))) {
    const size_t k = cur.WordIs(j, "a") ? j + 2 : j + 1;
    out->end = cur.WordIs(k, "of") ? k + 1 : k;
    out->value = sign * 2;
    // "a couple (of) hundred", "a couple thousand", "a couple dozen": two of the scale.
    if (cur.IsMultiplier(out->end) && !(out->end + 1 < limit && cur.IsSymbol(out->end + 1, '-') &&
                                        !toks[out->end + 1].space_before)) {
      out->value *= cur.Entry(out->end)->value;
      ++out->end;
    }
    out->vague = false;
    out->ordinal = false;
    out->words = true;
    return true;
  }
  // "point 77", "point five": a decimal without its whole part.
  if (cur.WordIs(j, "point") && j + 1 < limit) {
    double part = 0;
    const size_t k = DecimalPart(cur, j + 1, &part);
    if (k == j + 1) return false;
    out->end = k;
    out->value = sign * part;
    out->vague = false;
    out->ordinal = false;
    out->words = true;
    return true;
  }
  if (cur.WordIs(j, "a") || cur.WordIs(j, "an")) {
    if (cur.IsMultiplier(j + 1)) {
      current = 1;
      ++j;
    } else if (cur.WordIs(j + 1, "few") && cur.IsMultiplier(j + 2)) {
      current = 1;
      vague = true;
      j += 2;
    } else {
      return false;
    }
  } else if ((cur.WordIs(j, "several") || cur.WordIs(j, "few") || cur.WordIs(j, "many")) &&
             cur.IsMultiplier(j + 1)) {
    current = 1;
    vague = true;
    ++j;
  }

  while (j < limit) {
    const Tok& t = toks[j];
    if (t.kind == TokKind::kNumber) {
      if (any && !(after_and || last == Last::kHundred || last == Last::kScale)) break;
      if (after_and && t.value == 0) break;  // "4 thousand 3 hundred and 0": two numbers
      if (any && t.decimal) break;
      // "1, 234": a comma-separated list, not one number; digits never follow digit words.
      if (any && last != Last::kHundred && last != Last::kScale) break;
      double value = t.value;
      // A fraction glued together: "1/4", and "2 1/4" as a mixed number.
      if (!t.decimal && j + 2 < limit && cur.IsSymbol(j + 1, '/') && !toks[j + 1].space_before &&
          toks[j + 2].kind == TokKind::kNumber && !toks[j + 2].space_before &&
          !toks[j + 2].decimal && toks[j + 2].value != 0) {
        value = t.value / toks[j + 2].value;
        j += 2;
      }
      current += value;
      any = true;
      last = Last::kNumber;
      after_and = false;
      end = ++j;
      // "2 1/4"
      if (j + 2 < limit && value == t.value && toks[j].kind == TokKind::kNumber &&
          toks[j].space_before && cur.IsSymbol(j + 1, '/') && !toks[j + 1].space_before &&
          toks[j + 2].kind == TokKind::kNumber && !toks[j + 2].space_before &&
          toks[j + 2].value > toks[j].value && toks[j + 2].value != 0) {
        current += toks[j].value / toks[j + 2].value;
        j += 3;
        end = j;
      }
      // Glued suffixes: "5k", "2bn", "21st", "1.2G".
      if (cur.IsWord(j) && !toks[j].space_before) {
        char buf[8];
        const std::string_view s = cur.Lower(j, buf, sizeof buf);
        // Upper-case "M" is million ("10M"); lower-case "m" stays metres. "G" (giga) only
        // after a decimal: "5G" is a network.
        const char letter = toks[j].span.size() == 1 ? text[toks[j].span.begin] : 0;
        if (s == "k") {
          current *= 1e3, end = ++j;
        } else if (letter == 'M') {
          current *= 1e6, end = ++j;
        } else if (letter == 'G' && t.decimal) {
          current *= 1e9, end = ++j;
        } else if (s == "bn") {
          current *= 1e9, end = ++j;
        } else if (s == "st" || s == "nd" || s == "rd" || s == "th") {
          out->end = j + 1;
          out->value = sign * (total + current);
          out->ordinal = true;
          out->vague = false;
          out->words = words;
          return true;
        }
      } else if (cur.IsWord(j) && toks[j].span.size() == 1 &&
                 (j + 1 >= limit ||
                  (toks[j + 1].kind != TokKind::kWord && toks[j + 1].space_before) ||
                  (toks[j + 1].kind == TokKind::kSymbol &&
                   !IsAlpha(NextByte(text, toks[j + 1]))))) {
        // A scale letter on its own after the number: "2.33 k", "1,674.5 G", "10 M".
        const char letter = text[toks[j].span.begin];
        const double scale = letter == 'k' || letter == 'K' ? 1e3
                             : letter == 'M'                ? 1e6
                             : letter == 'G'                ? 1e9
                                                            : 0;
        if (scale > 0) current *= scale, end = ++j;
      }
      continue;
    }
    if (t.kind == TokKind::kSymbol) {
      // "twenty-five": a hyphen (or a dash) glued between tens and a unit word.
      // Glued, or spaced on both sides as in tokenised text ("ninety - five").
      if ((cur.IsSymbol(j, '-') || IsDash(text, toks[j])) && last == Last::kTens && j + 1 < limit &&
          toks[j].space_before == toks[j + 1].space_before) {
        const WordEntry* next = cur.Entry(j + 1);
        if (next != nullptr && (next->kind == WordKind::kUnit ||
                                (next->kind == WordKind::kOrdinal && next->value < 10))) {
          ++j;
          continue;
        }
      }
      break;
    }
    // Words.
    if (cur.WordIs(j, "and")) {
      if ((last == Last::kHundred || last == Last::kScale) && cur.StartsCardinal(j + 1)) {
        after_and = true;
        since_and = true;
        and_scale = last == Last::kHundred ? 100 : last_scale;
        and_end = end;
        and_total = total;
        and_current = current;
        ++j;
        continue;
      }
      break;
    }
    if (cur.WordIs(j, "point") && any &&
        (last == Last::kUnit || last == Last::kTeen || last == Last::kTens ||
         last == Last::kNumber || last == Last::kHundred || last == Last::kScale)) {
      // "five point five", "1 point 1", "two hundred point zero three".
      double part = 0;
      const size_t k = DecimalPart(cur, j + 1, &part);
      if (k == j + 1) break;
      current += part;
      end = j = k;
      words = true;
      break;
    }
    const WordEntry* e = cur.Entry(j);
    if (e == nullptr) break;
    if (toks[j].glued_tens >= 0) {  // "thirtyfirst": the tens first
      if (last == Last::kUnit || last == Last::kTeen || last == Last::kTens ||
          last == Last::kNumber) {
        break;
      }
      current += kWords[toks[j].glued_tens].value;
      last = Last::kTens;
    }
    const bool after_small = last == Last::kUnit || last == Last::kTeen || last == Last::kNumber;
    switch (e->kind) {
      case WordKind::kNone:
        break;
      case WordKind::kUnit:
        if (after_small) goto done;
        current += e->value;
        last = Last::kUnit;
        break;
      case WordKind::kTeen:
      case WordKind::kTens:
        if (after_small || last == Last::kTens) goto done;
        current += e->value;
        last = e->kind == WordKind::kTeen ? Last::kTeen : Last::kTens;
        break;
      case WordKind::kHundred:
        if (last == Last::kHundred) goto done;
        if (since_and && and_scale <= 100) goto undo_and;  // "3 hundred and 2 hundred"
        current = (current == 0 ? 1 : current) * 100;
        last = Last::kHundred;
        break;
      case WordKind::kScale:
        if (last == Last::kNone && current == 0 && !any) goto done;  // "thousand" alone
        if (last == Last::kScale && current == 0 && e->value > last_scale) {
          total *= e->value;  // "three lakh crore", "three thousand million"
        } else {
          // "3 thousand and 2 thousand" are two numbers; "a hundred and twenty thousand" one.
          if (since_and && and_scale >= 1e3 && e->value >= and_scale) goto undo_and;
          total += (current == 0 ? 1 : current) * e->value;
        }
        current = 0;
        last = Last::kScale;
        last_scale = e->value;
        break;
      case WordKind::kDozen: {
        // "three hundred and two dozen": the dozen counts what follows "and" (300 + 24).
        const double base = since_and && total == and_total ? and_current : 0;
        current = current == 0 ? 12 : base + (current - base) * 12;
        last = Last::kDozen;
        break;
      }
      case WordKind::kOrdinal:
      case WordKind::kOrdinalScale: {
        // "two hundredth" multiplies; "two third" is no ordinal.
        if (after_small && e->kind != WordKind::kOrdinalScale) goto done;
        if (e->kind == WordKind::kOrdinalScale) {
          current = (current == 0 ? 1 : current) * e->value;
        } else {
          current += e->value;
        }
        out->end = j + 1;
        out->value = sign * (total + current);
        out->ordinal = true;
        out->vague = false;
        out->words = true;
        return true;
      }
      case WordKind::kVague: {
        // "three dozens", "five hundreds", "three billions": a count times the scale.
        if (e->value >= 12 &&
            (after_small || (last == Last::kScale && current == 0 && e->value > last_scale))) {
          if (e->value == 12) {
            const double base = since_and && total == and_total ? and_current : 0;
            current = base + (current - base) * 12;
            last = Last::kDozen;
          } else if (e->value == 100) {
            current *= 100;
            last = Last::kHundred;
          } else if (last == Last::kScale && current == 0 && e->value > last_scale) {
            total *= e->value;  // "three thousand millions"
            last_scale = e->value;
          } else {
            total += current * e->value;
            current = 0;
            last = Last::kScale;
            last_scale = e->value;
          }
          break;
        }
        if (any || current != 0) goto done;
        double value = e->value;
        size_t k = j + 1;
        // "tens of thousands", "hundreds of millions".
        while (k + 1 < limit && cur.WordIs(k, "of")) {
          const WordEntry* next = cur.Entry(k + 1);
          if (next == nullptr || next->kind != WordKind::kVague || next->value <= value) break;
          value *= next->value;
          k += 2;
        }
        out->end = k;
        out->value = sign * value;
        out->vague = true;
        out->ordinal = false;
        out->words = true;
        return true;
      }
    }
    any = true;
    words = true;
    after_and = false;
    end = ++j;
  }
  goto done;
undo_and:
  end = and_end;
  total = and_total;
  current = and_current;
done:
  if (!any) return false;
  out->end = end;
  out->value = sign * (total + current);
  out->vague = vague;
  out->ordinal = false;
  out->words = words;
  out->fraction = false;
  if (vague) return true;
  const double whole = total + current;
  // A count in words over an ordinal: "three fifths", "one twenty-fifth", "two-thirds".
  if (words && whole == std::floor(whole) && whole > 0) {
    size_t d = end;
    double numerator = whole;
    double den = 0;
    bool plural = false;
    if (cur.IsSymbol(d, '-') && !toks[d].space_before && d + 1 < limit &&
        !toks[d + 1].space_before) {
      // "one hundred thirty-fifths": the hyphen binds the tens to the ordinal (100/35).
      if (const WordEntry* tens = cur.Entry(d - 1);
          tens != nullptr && tens->kind == WordKind::kTens && whole > tens->value &&
          ParseDenominator(cur, d - 1, &den, &plural) == 3) {
        numerator = whole - tens->value;
        --d;
      } else {
        ++d;
      }
    }
    size_t used = ParseDenominator(cur, d, &den, &plural);
    // "one one hundred and fifth": a compound ordinal with a scale under "one" (1/105).
    if (used == 0 && numerator == 1 && d < limit && toks[d].number_cue) {
      NumberPhrase ord;
      if (ParseNumberPhrase(text, toks, d, limit, &ord) && ord.ordinal && ord.words &&
          ord.value > 100 && ord.value == std::floor(ord.value)) {
        den = ord.value;
        plural = false;
        used = ord.end - d;
      }
    }
    if (used > 0 && plural == (numerator != 1) && (plural || EndsFraction(cur, d + used))) {
      double value = numerator / den;
      // "two hundred and fifty-four hundredths": "and" marks the point, 200.54, as a decimal is
      // read aloud (without "and", 254/100).
      if (plural && since_and && end > and_end && numerator == whole) {
        const double before = and_total + and_current;
        if (before > 0 && whole - before > 0 && (whole - before) / den < 1) {
          value = before + (whole - before) / den;
        }
      }
      size_t k = d + used;
      // "two thirds of a million"
      if (cur.WordIs(k, "of")) {
        size_t m = k + 1;
        if (cur.WordIs(m, "a") || cur.WordIs(m, "an")) ++m;
        if (const WordEntry* s = cur.Entry(m); s != nullptr && s->kind == WordKind::kScale) {
          value *= s->value;
          k = m + 1;
        }
      }
      out->end = k;
      out->value = sign * value;
      out->fraction = true;
      return true;
    }
  }
  // A whole number and a fraction: "one and a half", "three and one fourth", "2 and a half".
  if (whole == std::floor(whole) && cur.WordIs(end, "and")) {
    NumberPhrase part;
    if (ParseNumberPhrase(text, toks, end + 1, limit, &part) && part.fraction && part.value > 0 &&
        part.value < 1) {
      out->end = part.end;
      out->value = sign * (whole + part.value);
      out->words = true;
      return true;
    }
    // "two and a half million": the scale after the fraction scales the whole number too.
    if (part.fraction && part.value >= 1 && part.end > end + 1 && cur.IsMultiplier(part.end - 1)) {
      const double scale = cur.Entry(part.end - 1)->value;
      if (part.value / scale < 1) {
        out->end = part.end;
        out->value = sign * (whole + part.value / scale) * scale;
        out->words = true;
        return true;
      }
    }
  }
  return true;
}

}  // namespace numbers

bool ParseNumber(std::string_view s, double* value) {
  std::vector<numbers::Tok> toks;
  numbers::Tokenize(s, Span{0, static_cast<uint32_t>(s.size())}, &toks);
  numbers::NumberPhrase phrase;
  if (toks.empty() || !numbers::ParseNumberPhrase(s, toks, 0, toks.size(), &phrase) ||
      phrase.end != toks.size()) {
    return false;
  }
  *value = phrase.value;
  return true;
}

}  // namespace claimscan
