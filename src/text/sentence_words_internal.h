// The words around a terminator that decide whether it ends a sentence: abbreviations and
// sentence starters (tables compiled in from data/text/abbreviations.txt), dotted forms such
// as "U.S." and list markers such as "1.", "b)" or "(iv)".
#ifndef CLAIMSCAN_TEXT_SENTENCE_WORDS_INTERNAL_H_
#define CLAIMSCAN_TEXT_SENTENCE_WORDS_INTERNAL_H_

#include <cstdint>
#include <string_view>

#include "text/abbreviations_internal.h"

namespace claimscan::sentence_internal {

// The abbreviation entry for a lower-cased word ("gen", "sept", "u.s"), or nullptr.
const text_internal::AbbrevEntry* FindAbbreviation(std::string_view lower_word);

// A word that commonly starts a sentence ("the", "he", "how"), lower-cased.
bool IsSentenceStarter(std::string_view lower_word);

// "U.S", "e.g", "Ph.D", "a.m": two or more segments of one to three ASCII letters.
bool IsDottedAbbreviation(std::string_view w);

// Kinds of enumerations whose items the splitter separates.
enum class ListKind : uint8_t {
  kNone,
  kDigitDot,
  kDigitDotParen,
  kDigitParen,
  kAlphaDot,
  kAlphaParen,
  kParenDigit,
  kParenAlpha
};

struct ListMarker {
  ListKind kind = ListKind::kNone;
  int value = 0;  // 1-based: "a" and "1" are 1
};

// Parses a list marker such as "1.", "1.)", "2)", "b.", "b)", "(c)", "(3)".
ListMarker ParseListMarker(std::string_view m);

}  // namespace claimscan::sentence_internal

#endif  // CLAIMSCAN_TEXT_SENTENCE_WORDS_INTERNAL_H_
