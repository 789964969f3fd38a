// Internals shared by ParseNumber and the QuantityRecognizer: a tokenizer that keeps digit
// groups whole ("1,000", "2.5") and a parser for number phrases in digits and words
// ("twenty-five", "a dozen", "2.5 million", "tens of thousands").
//
// Number words (one, twenty, hundred, dozen, ...) are a closed class of the grammar, so they
// are compiled in; open-ended lists (units, currencies, qualifiers) are in data/quantities/.
#ifndef CLAIMSCAN_TAG_NUMBERS_INTERNAL_H_
#define CLAIMSCAN_TAG_NUMBERS_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "claimscan/span.h"

namespace claimscan {
namespace numbers {

enum class TokKind : uint8_t {
  kWord,    // ASCII letters ("twenty", "km", "u.s" keeps inner dots)
  kNumber,  // digits with well-formed thousands separators and a decimal part
  kSymbol,  // any other single character (UTF-8 sequences whole): $ € % - , ( ...
};

struct Tok {
  Span span;
  TokKind kind = TokKind::kSymbol;
  bool space_before = false;  // white space between this token and the previous one
  bool capitalized = false;   // first letter upper case (words)
  double value = 0;           // kNumber
  int digits = 0;             // kNumber: how many digits before any decimal point
  bool grouped = false;       // kNumber: has thousands separators
  bool decimal = false;       // kNumber: has a decimal part
  // kWord: the number word it is ("Twenty" -> twenty) and, for a word ending in "s", the one
  // it is without the "s" ("thirds" -> third), as indexes into numbers.cc's table (-1: none).
  // Looked up once here so the parser, which revisits tokens, never hashes or scans again.
  int8_t number_word = -1;
  int8_t singular_number_word = -1;
  // kWord: tens glued to a unit or small ordinal ("thirtyfirst", "twentyfive"): the tens word's
  // index; number_word is then the part after it.
  int8_t glued_tens = -1;
  // kWord: a number word or a word a number phrase can start with ("a", "minus", "several",
  // "half", ...); ParseNumberPhrase rejects any other word at once.
  bool number_cue = false;
};

// Appends the tokens of text[range]. The vector is the caller's, so reusing it keeps the
// scan free of per-token allocation.
void Tokenize(std::string_view text, Span range, std::vector<Tok>* out);

// For the tokenizer (numbers_tokenize.cc), from the parser's word table (numbers.cc): the
// number word's index (-1: none); whether a word other than a number word can start a phrase
// ("a", "minus", "several", "half"); tens glued to a unit ("thirtyfirst": sets t->glued_tens
// and t->number_word).
// The longest number word ("seventeenth").
inline constexpr size_t kMaxNumberWordLength = 12;
int NumberWordIndex(std::string_view lower);
bool IsPhraseStart(std::string_view lower);
void GluedTens(std::string_view lower, Tok* t);

// Lower-cases an ASCII word into `buf` (up to its size) and returns a view of it.
std::string_view LowerInto(std::string_view word, char* buf, size_t buf_size);

// True when `word` equals `lower` (lower-case ASCII) ignoring ASCII case; no copy.
inline bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (((c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c) != lower[i]) return false;
  }
  return true;
}

struct NumberPhrase {
  size_t end = 0;  // index one past the phrase's last token
  double value = 0;
  bool vague = false;     // "hundreds", "tens of thousands", "dozens", "a few thousand"
  bool ordinal = false;   // "third", "21st", "twenty-first"
  bool words = false;     // some part is written in words
  bool fraction = false;  // a fraction in words: "three fifths", "a half", "two-thirds"
};

// Parses the longest number phrase starting at toks[i] (and ending before toks[limit]).
// Returns false when toks[i] does not start a number.
bool ParseNumberPhrase(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                       NumberPhrase* out);

}  // namespace numbers
}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_NUMBERS_INTERNAL_H_
