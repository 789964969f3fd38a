// Tokenizer: one forward pass over text[range], tokens as byte Spans into the caller's text.
//
// Rules (see text.h): words are letters (any script) and digits, joined across an inner hyphen
// or apostrophe when a letter or digit follows ("Ben-Gavir", "Hezbollah’s", "COVID-19");
// dotted initialisms ("U.S.", "a.m.") are one word. Numbers are digit runs joined across
// , . : / - when a digit follows ("1,000", "2.5", "13:54", "2024-11-02"); a number running
// straight into letters ("5th", "10km") is one alphanumeric word flagged kTokHasDigit.
// A run of dots is one punctuation token (an ellipsis); every other punctuation or symbol
// code point is a token of its own, and an ill-formed UTF-8 byte is a one-byte symbol.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "claimscan/text.h"
#include "text/char_class_internal.h"

namespace claimscan {
namespace {

using text_internal::CodePointAt;
using text_internal::IsAsciiAlpha;
using text_internal::IsAsciiDigit;
using text_internal::IsAsciiLower;
using text_internal::IsAsciiSpace;
using text_internal::IsAsciiUpper;

enum class Cls : uint8_t { kSpace, kLetter, kDigit, kPunct, kSymbol, kMark };

struct CharInfo {
  Cls cls;
  int len;
  bool upper;
  bool lower;
};

constexpr bool IsAsciiPunct(unsigned char c) {
  switch (c) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case '\'':
    case '"':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '-':
      return true;
    default:
      return false;
  }
}

bool IsUnicodePunct(uint32_t cp) {
  return (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) || cp == 0xAB ||
         cp == 0xBB || cp == 0xA1 || cp == 0xBF || cp == 0xB7 || cp == 0x2212 ||
         (cp >= 0x3001 && cp <= 0x3011) || (cp >= 0xFF01 && cp <= 0xFF0F && cp != 0xFF04);
}

// ASCII classes by table: the tokenizer looks every byte up once.
constexpr std::array<CharInfo, 128> MakeAsciiTable() {
  std::array<CharInfo, 128> t{};
  for (int c = 0; c < 128; ++c) {
    const auto u = static_cast<unsigned char>(c);
    if (IsAsciiAlpha(u)) {
      t[c] = {Cls::kLetter, 1, IsAsciiUpper(u), IsAsciiLower(u)};
    } else if (IsAsciiDigit(u)) {
      t[c] = {Cls::kDigit, 1, false, false};
    } else if (IsAsciiSpace(u)) {
      t[c] = {Cls::kSpace, 1, false, false};
    } else {
      t[c] = {IsAsciiPunct(u) ? Cls::kPunct : Cls::kSymbol, 1, false, false};
    }
  }
  return t;
}
constexpr std::array<CharInfo, 128> kAscii = MakeAsciiTable();

CharInfo ClassifyNonAscii(std::string_view s, size_t pos) {
  int len = 1;
  const uint32_t cp = DecodeUtf8(s, pos, &len);
  if (cp == 0xFFFD && len == 1) return {Cls::kSymbol, 1, false, false};  // ill-formed byte
  if (text_internal::IsNonAsciiLetter(cp)) {
    return {Cls::kLetter, len, text_internal::IsNonAsciiUpper(cp),
            text_internal::IsNonAsciiLower(cp)};
  }
  if (text_internal::IsUnicodeSpace(cp)) return {Cls::kSpace, len, false, false};
  if (text_internal::IsCombiningMark(cp) || text_internal::IsInvisible(cp)) {
    return {Cls::kMark, len, false, false};
  }
  if (cp >= 0x660 && cp <= 0x669) return {Cls::kDigit, len, false, false};  // Arabic-Indic
  return {IsUnicodePunct(cp) ? Cls::kPunct : Cls::kSymbol, len, false, false};
}

inline CharInfo Classify(std::string_view s, size_t pos) {
  const auto c = static_cast<unsigned char>(s[pos]);
  return c < 0x80 ? kAscii[c] : ClassifyNonAscii(s, pos);
}

// Length of an inner apostrophe (' or ’) or hyphen (- or U+2010) at pos, else 0.
int JoinerLength(std::string_view s, size_t pos, bool* apostrophe) {
  const auto c = static_cast<unsigned char>(s[pos]);
  if (c == '\'' || c == '-') {
    *apostrophe = c == '\'';
    return 1;
  }
  if (c == 0xE2 && pos + 2 < s.size() && static_cast<unsigned char>(s[pos + 1]) == 0x80) {
    const auto c2 = static_cast<unsigned char>(s[pos + 2]);
    if (c2 == 0x99 || c2 == 0x90) {  // ’ U+2019, ‐ U+2010
      *apostrophe = c2 == 0x99;
      return 3;
    }
  }
  return 0;
}

bool IsLetterOrDigitAt(std::string_view s, size_t pos, size_t end) {
  if (pos >= end) return false;
  const Cls cls = Classify(s, pos).cls;
  return cls == Cls::kLetter || cls == Cls::kDigit;
}

}  // namespace

void Tokenize(std::string_view text, Span range, std::vector<Token>* out) {
  size_t end = std::min<size_t>(range.end, text.size());
  size_t pos = std::min<size_t>(range.begin, end);

  // Line start: nothing but white space since the previous newline (or the text start).
  bool line_start = true;
  for (size_t k = pos; k > 0; --k) {
    const char c = text[k - 1];
    if (c == '\n') break;
    if (!IsAsciiSpace(static_cast<unsigned char>(c))) {
      line_start = false;
      break;
    }
  }
  bool space_before = pos > 0 && IsAsciiSpace(static_cast<unsigned char>(text[pos - 1]));

  while (pos < end) {
    const auto c = static_cast<unsigned char>(text[pos]);
    // ASCII white space fast path.
    if (IsAsciiSpace(c)) {
      if (c == '\n') line_start = true;
      space_before = true;
      ++pos;
      continue;
    }
    CharInfo info = Classify(text, pos);
    if (info.cls == Cls::kSpace || info.cls == Cls::kMark) {  // Unicode space, stray ZW char
      if (info.cls == Cls::kSpace) space_before = true;
      pos += info.len;
      continue;
    }

    Token tok;
    tok.span.begin = static_cast<uint32_t>(pos);
    uint16_t flags = 0;
    if (line_start) flags |= kTokLineStart;
    if (space_before) flags |= kTokSpaceBefore;
    bool non_ascii = c >= 0x80;

    if (info.cls == Cls::kLetter || info.cls == Cls::kDigit) {
      const bool starts_with_digit = info.cls == Cls::kDigit;
      bool only_digits = starts_with_digit;
      int letters = 0, uppers = 0;
      if (info.cls == Cls::kLetter && info.upper) flags |= kTokCapitalized;
      size_t p = pos;
      while (p < end) {
        const auto b0 = static_cast<unsigned char>(text[p]);
        if (b0 < 0x80) {  // ASCII letters and digits: the common case, no decoding
          const CharInfo& a = kAscii[b0];
          if (a.cls == Cls::kLetter) {
            only_digits = false;
            ++letters;
            uppers += a.upper;
            ++p;
            continue;
          }
          if (a.cls == Cls::kDigit) {
            flags |= kTokHasDigit;
            ++p;
            continue;
          }
        }
        const CharInfo ci = Classify(text, p);
        if (ci.cls == Cls::kLetter || ci.cls == Cls::kDigit || ci.cls == Cls::kMark) {
          if (ci.cls == Cls::kLetter) {
            only_digits = false;
            ++letters;
            if (ci.upper) ++uppers;
          } else if (ci.cls == Cls::kDigit) {
            flags |= kTokHasDigit;
          }
          if (static_cast<unsigned char>(text[p]) >= 0x80) non_ascii = true;
          p += ci.len;
          continue;
        }
        const auto b = static_cast<unsigned char>(text[p]);
        if (only_digits) {
          // Number separators: , . : / - between digits.
          if ((b == ',' || b == '.' || b == ':' || b == '/' || b == '-') && p + 1 < end &&
              IsAsciiDigit(static_cast<unsigned char>(text[p + 1]))) {
            p += 1;
            continue;
          }
          break;
        }
        // Dotted initialism: single letters each followed by '.', at least two ("U.S.").
        if (b == '.' && letters == 1 && p == pos + 1 && p + 2 < end &&
            IsAsciiAlpha(static_cast<unsigned char>(text[p + 1])) && text[p + 2] == '.') {
          size_t q = p;
          while (q + 1 < end && text[q] == '.' &&
                 IsAsciiAlpha(static_cast<unsigned char>(text[q + 1])) &&
                 (q + 2 >= end || !IsAsciiAlpha(static_cast<unsigned char>(text[q + 2])))) {
            if (IsAsciiUpper(static_cast<unsigned char>(text[q + 1]))) ++uppers;
            ++letters;
            q += 2;
          }
          if (q < end && text[q] == '.') {
            p = q + 1;
            break;
          }
        }
        bool apostrophe = false;
        const int jl = JoinerLength(text, p, &apostrophe);
        if (jl > 0 && IsLetterOrDigitAt(text, p + jl, end) &&
            (!apostrophe || Classify(text, p + jl).cls == Cls::kLetter)) {
          flags |= apostrophe ? kTokApostrophe : kTokHyphenated;
          if (jl > 1) non_ascii = true;
          p += jl;
          continue;
        }
        break;
      }
      tok.kind = only_digits ? TokenKind::kNumber : TokenKind::kWord;
      if (only_digits) flags |= kTokHasDigit;
      if (letters >= 2 && uppers == letters) flags |= kTokAllCaps;
      if (starts_with_digit) flags &= static_cast<uint16_t>(~kTokCapitalized);
      pos = p;
    } else if (c == '.') {
      size_t p = pos;
      while (p < end && text[p] == '.') ++p;  // "..." is one token
      tok.kind = TokenKind::kPunct;
      pos = p;
    } else {
      tok.kind = info.cls == Cls::kPunct ? TokenKind::kPunct : TokenKind::kSymbol;
      pos += info.len;
    }
    if (non_ascii) flags |= kTokNonAscii;
    tok.span.end = static_cast<uint32_t>(pos);
    tok.flags = flags;
    out->push_back(tok);
    line_start = false;
    space_before = false;
  }
}

}  // namespace claimscan
