// The marks the sentence splitter reads around a terminator: curly quotes, ellipsis and
// bullets (three-byte UTF-8 after 0xE2), closing and opening quotes or brackets, and how the
// word after a terminator starts. Inline: the scanner calls these on every stop.
#ifndef CLAIMSCAN_TEXT_SENTENCE_MARKS_INTERNAL_H_
#define CLAIMSCAN_TEXT_SENTENCE_MARKS_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimscan/text.h"
#include "text/char_class_internal.h"

namespace claimscan::sentence_internal {

using text_internal::IsAsciiDigit;
using text_internal::IsAsciiLower;
using text_internal::IsAsciiUpper;

// Three-byte code points after an 0xE2 lead byte that the splitter cares about.
enum class Special : uint8_t {
  kNone,
  kEllipsis,     // …
  kOpenDouble,   // “
  kCloseDouble,  // ”
  kOpenSingle,   // ‘
  kCloseSingle,  // ’
  kBullet,       // • ‣ ⁃ ▪ ■ ◦ ●
};

inline Special SpecialAt(std::string_view t, size_t i) {
  if (i + 2 >= t.size() || static_cast<unsigned char>(t[i]) != 0xE2) return Special::kNone;
  const auto b1 = static_cast<unsigned char>(t[i + 1]);
  const auto b2 = static_cast<unsigned char>(t[i + 2]);
  if (b1 == 0x80) {
    switch (b2) {
      case 0xA6:
        return Special::kEllipsis;
      case 0x9C:
        return Special::kOpenDouble;
      case 0x9D:
        return Special::kCloseDouble;
      case 0x98:
        return Special::kOpenSingle;
      case 0x99:
        return Special::kCloseSingle;
      case 0xA2:
      case 0xA3:
        return Special::kBullet;
      default:
        return Special::kNone;
    }
  }
  if (b1 == 0x81 && b2 == 0x83) return Special::kBullet;                  // ⁃
  if (b1 == 0x96 && (b2 == 0xAA || b2 == 0xA0)) return Special::kBullet;  // ▪ ■
  if (b1 == 0x97 && (b2 == 0xA6 || b2 == 0x8F)) return Special::kBullet;  // ◦ ●
  return Special::kNone;
}

inline bool IsBulletAt(std::string_view t, size_t i) {
  return SpecialAt(t, i) == Special::kBullet || t[i] == '*';
}

// Length of a closing quote or bracket at i (0 if none): ) ] " ' ” ’ ».
inline int CloserLength(std::string_view t, size_t i) {
  const char c = t[i];
  if (c == ')' || c == ']' || c == '"' || c == '\'') return 1;
  const Special s = SpecialAt(t, i);
  if (s == Special::kCloseDouble || s == Special::kCloseSingle) return 3;
  if (i + 1 < t.size() && static_cast<unsigned char>(c) == 0xC2 &&
      static_cast<unsigned char>(t[i + 1]) == 0xBB)
    return 2;
  return 0;
}

// Length of an opening quote or bracket at i (0 if none): ( [ " ' “ ‘ « ¿ ¡.
inline int OpenerLength(std::string_view t, size_t i) {
  const char c = t[i];
  if (c == '(' || c == '[' || c == '"' || c == '\'') return 1;
  const Special s = SpecialAt(t, i);
  if (s == Special::kOpenDouble || s == Special::kOpenSingle) return 3;
  if (i + 1 < t.size() && static_cast<unsigned char>(c) == 0xC2) {
    const auto b1 = static_cast<unsigned char>(t[i + 1]);
    if (b1 == 0xAB || b1 == 0xBF || b1 == 0xA1) return 2;
  }
  return 0;
}

// How the first character of the word after a terminator looks.
enum class Next : uint8_t { kEnd, kUpper, kLower, kDigit, kOpener, kSymbol, kPunct };

inline Next ClassifyNext(std::string_view t, size_t n, size_t end) {
  if (n >= end) return Next::kEnd;
  const auto c = static_cast<unsigned char>(t[n]);
  if (IsAsciiUpper(c)) return Next::kUpper;
  if (IsAsciiLower(c)) return Next::kLower;
  if (IsAsciiDigit(c)) return Next::kDigit;
  if (OpenerLength(t, n) > 0) return Next::kOpener;
  if (c < 0x80) {
    return (c == '$' || c == '#' || c == '@' || c == '&' || c == '<') ? Next::kSymbol
                                                                      : Next::kPunct;
  }
  int len = 1;
  const uint32_t cp = DecodeUtf8(t, n, &len);
  if (text_internal::IsNonAsciiLower(cp)) return Next::kLower;
  if (text_internal::IsNonAsciiLetter(cp)) return Next::kUpper;  // capitals and uncased scripts
  if ((cp >= 0x2010 && cp <= 0x205E) || cp == 0xBB) return Next::kPunct;
  return Next::kSymbol;  // currency, emoji, ...
}

}  // namespace claimscan::sentence_internal

#endif  // CLAIMSCAN_TEXT_SENTENCE_MARKS_INTERNAL_H_
