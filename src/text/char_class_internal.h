// Character classes shared by the tokenizer, the sentence splitter and the normaliser.
//
// Deliberately small and table-free: news text is overwhelmingly ASCII, so the ASCII tests are
// single comparisons and the non-ASCII classification (a few range checks on a decoded code
// point) runs only on bytes >= 0x80. The ranges cover the scripts claimscan meets in news
// (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, CJK, Hangul); anything unknown is a symbol.
#ifndef CLAIMSCAN_TEXT_CHAR_CLASS_INTERNAL_H_
#define CLAIMSCAN_TEXT_CHAR_CLASS_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimscan/text.h"

namespace claimscan::text_internal {

inline constexpr bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline constexpr bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline constexpr bool IsAsciiUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline constexpr bool IsAsciiLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline constexpr bool IsAsciiAlpha(unsigned char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline constexpr char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c; }

// Unicode white space other than ASCII (NBSP, the U+2000 block, narrow NBSP, ideographic).
inline constexpr bool IsUnicodeSpace(uint32_t cp) {
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}
// Invisible format characters: zero-width space/joiners, word joiner, BOM, soft hyphen.
inline constexpr bool IsInvisible(uint32_t cp) {
  return (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0xAD;
}
inline constexpr bool IsCombiningMark(uint32_t cp) {
  return (cp >= 0x300 && cp <= 0x36F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE20 && cp <= 0xFE2F) || (cp >= 0x591 && cp <= 0x5C7) ||
         (cp >= 0x610 && cp <= 0x61A) || (cp >= 0x64B && cp <= 0x65F) || cp == 0x670;
}

// Letters of the scripts listed above (non-ASCII only; ASCII letters are tested directly).
inline constexpr bool IsNonAsciiLetter(uint32_t cp) {
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
  if (cp <= 0x2FF) return cp != 0xD7 && cp != 0xF7;  // Latin-1, Extended-A/B, IPA, modifiers
  if (cp >= 0x370 && cp <= 0x3FF) return cp != 0x37E && cp != 0x387;  // Greek
  if (cp >= 0x400 && cp <= 0x52F) return cp < 0x482 || cp > 0x489;    // Cyrillic
  if (cp >= 0x531 && cp <= 0x587) return true;                        // Armenian
  if (cp >= 0x5D0 && cp <= 0x5F2) return true;                        // Hebrew
  if ((cp >= 0x620 && cp <= 0x64A) || (cp >= 0x66E && cp <= 0x6D3) || (cp >= 0x6FA && cp <= 0x6FF))
    return true;                                       // Arabic
  if (cp >= 0x900 && cp <= 0xDFF) return true;         // Indic scripts
  if (cp >= 0xE00 && cp <= 0xEFF) return cp != 0xE3F;  // Thai, Lao
  if (cp >= 0x10A0 && cp <= 0x10FF) return true;       // Georgian
  if (cp >= 0x1100 && cp <= 0x11FF) return true;       // Hangul Jamo
  if (cp >= 0x1E00 && cp <= 0x1FFF) return true;       // Latin Extended Additional, Greek Extended
  if (cp >= 0x3040 && cp <= 0x30FF) return cp != 0x30FB;  // Hiragana, Katakana
  if (cp >= 0x3400 && cp <= 0x9FFF) return true;          // CJK ideographs
  if (cp >= 0xAC00 && cp <= 0xD7AF) return true;          // Hangul syllables
  if (cp >= 0xF900 && cp <= 0xFAFF) return true;          // CJK compatibility
  return false;
}

// Upper-case test for the cased scripts (Latin, Greek, Cyrillic, Armenian); enough to tell a
// capitalised word from a lower-case one, which is all the callers need.
inline constexpr bool IsNonAsciiUpper(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  if (cp >= 0x178 && cp <= 0x17E) return cp == 0x178 || cp % 2 == 1;
  if (cp >= 0x391 && cp <= 0x3AB) return cp != 0x3A2;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  if (cp >= 0x460 && cp <= 0x481) return cp % 2 == 0;
  if (cp >= 0x48A && cp <= 0x4FF) return cp % 2 == 0;
  if (cp >= 0x531 && cp <= 0x556) return true;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return cp % 2 == 0;
  return false;
}
inline constexpr bool IsNonAsciiLower(uint32_t cp) {
  if (cp >= 0xDF && cp <= 0xFF) return cp != 0xF7;
  if (cp >= 0x100 && cp <= 0x17F) return !IsNonAsciiUpper(cp);
  if (cp >= 0x3AC && cp <= 0x3CE) return true;
  if (cp >= 0x430 && cp <= 0x45F) return true;
  if (cp >= 0x460 && cp <= 0x4FF) return IsNonAsciiLetter(cp) && !IsNonAsciiUpper(cp);
  if (cp >= 0x561 && cp <= 0x587) return true;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return cp % 2 == 1;
  return false;
}

// Decodes the code point at s[pos] (any byte, valid or not); *len gets its length (>= 1).
inline uint32_t CodePointAt(std::string_view s, size_t pos, int* len) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  return DecodeUtf8(s, pos, len);
}

}  // namespace claimscan::text_internal

#endif  // CLAIMSCAN_TEXT_CHAR_CLASS_INTERNAL_H_
