// The number-aware tokenizer: digit groups stay whole ("1,000", "2.5", "1 414 021 100",
// "1.111,11"), scientific notation and powers ("1e10", "2^10"), vulgar fractions ("½"), and
// number words are looked up once per token for the parser (numbers.cc).
#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>

#include "tag/numbers_internal.h"

namespace claimscan {
namespace numbers {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

int Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

// Unicode vulgar fractions (Latin-1 and Number Forms blocks).
struct VulgarEntry {
  std::string_view utf8;
  double value;
};

constexpr VulgarEntry kVulgar[] = {
    {"\u00BD", 1.0 / 2}, {"\u00BC", 1.0 / 4},  {"\u00BE", 3.0 / 4}, {"\u2153", 1.0 / 3},
    {"\u2154", 2.0 / 3}, {"\u2155", 1.0 / 5},  {"\u2156", 2.0 / 5}, {"\u2157", 3.0 / 5},
    {"\u2158", 4.0 / 5}, {"\u2159", 1.0 / 6},  {"\u215A", 5.0 / 6}, {"\u215B", 1.0 / 8},
    {"\u215C", 3.0 / 8}, {"\u215D", 5.0 / 8},  {"\u215E", 7.0 / 8}, {"\u2150", 1.0 / 7},
    {"\u2151", 1.0 / 9}, {"\u2152", 1.0 / 10},
};

// Bytes of the vulgar fraction at text[i], 0 if none; its value goes to *value when non-null.
size_t VulgarFraction(std::string_view text, size_t i, size_t end, double* value) {
  // Every entry starts with 0xC2 (Latin-1) or 0xE2 (Number Forms).
  if (i >= end || (text[i] != '\xC2' && text[i] != '\xE2')) return 0;
  for (const VulgarEntry& e : kVulgar) {
    if (end - i >= e.utf8.size() && text.compare(i, e.utf8.size(), e.utf8) == 0) {
      if (value != nullptr) *value = e.value;
      return e.utf8.size();
    }
  }
  return 0;
}

// At text[i]: `marker` ('e'/'E' or '^'), an optional sign and digits, not followed by a letter
// or digit. Returns the bytes it spans, 0 if the text is not an exponent.
size_t ExponentDigits(std::string_view text, size_t i, size_t end, char marker) {
  if (i >= end || (text[i] | (marker == 'e' ? 0x20 : 0)) != marker) return 0;
  size_t k = i + 1;
  if (k < end && (text[k] == '-' || text[k] == '+')) ++k;
  const size_t digits = k;
  while (k < end && IsDigit(text[k]) && k - digits < 4) ++k;
  if (k == digits || (k < end && (IsAlpha(text[k]) || IsDigit(text[k])))) return 0;
  return k - i;
}

int ParseSignedInt(std::string_view s) {
  int sign = 1, v = 0;
  size_t k = 0;
  if (k < s.size() && (s[k] == '-' || s[k] == '+')) sign = s[k++] == '-' ? -1 : 1;
  for (; k < s.size(); ++k) v = v * 10 + (s[k] - '0');
  return sign * v;
}

// How many groups of " ddd" (one space, exactly three digits) start at text[i].
int SpaceGroups(std::string_view text, size_t i, size_t end) {
  int n = 0;
  while (i + 3 < end && text[i] == ' ' && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) &&
         IsDigit(text[i + 3]) && (i + 4 >= end || !IsDigit(text[i + 4]))) {
    ++n;
    i += 4;
  }
  return n;
}

// Groups of three digits after dots at text[i] ("1.111.111" from the first dot), as in the
// European form "1.111,11". Returns how many.
int DotGroups(std::string_view text, size_t i, size_t end) {
  int n = 0;
  while (i + 3 < end && text[i] == '.' && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) &&
         IsDigit(text[i + 3]) && (i + 4 >= end || !IsDigit(text[i + 4]))) {
    ++n;
    i += 4;
  }
  return n;
}

// A decimal comma at text[i]: a comma before one or two digits that end the figure ("1,3",
// "3,50", "1.111,11"), where no further ",digit" follows (not a list: "1,2,3"). Returns the
// number of decimal digits, 0 if none.
int DecimalCommaDigits(std::string_view text, size_t i, size_t end) {
  if (i + 1 >= end || text[i] != ',' || !IsDigit(text[i + 1])) return 0;
  size_t k = i + 1;
  while (k < end && IsDigit(text[k])) ++k;
  const int n = static_cast<int>(k - i - 1);
  if (n > 2) return 0;
  if (k < end && IsAlpha(text[k])) return 0;
  if (k + 1 < end && text[k] == '.' && IsDigit(text[k + 1])) return 0;
  if (k + 1 < end && text[k] == ',' && IsDigit(text[k + 1])) return 0;
  // "Articles 1,2 and 3", "1,2 or 3": the last item of a list follows.
  size_t w = k;
  while (w < end && IsSpace(text[w])) ++w;
  size_t we = w;
  while (we < end && IsAlpha(text[we])) ++we;
  const std::string_view joiner = text.substr(w, we - w);
  if (joiner == "and" || joiner == "or") {
    while (we < end && IsSpace(text[we])) ++we;
    if (we < end && IsDigit(text[we])) return 0;
  }
  return n;
}

}  // namespace

void Tokenize(std::string_view text, Span range, std::vector<Tok>* out) {
  const size_t end = std::min<size_t>(range.end, text.size());
  size_t i = std::min<size_t>(range.begin, end);
  bool space = true;
  // "192.168.1.2", "2.0.1": digit groups joined by dots are separate integers. The position
  // just after such a dot, where the next group starts.
  size_t dotted_next = static_cast<size_t>(-1);
  while (i < end) {
    const char c = text[i];
    if (IsSpace(c)) {
      space = true;
      ++i;
      continue;
    }
    Tok t;
    t.space_before = space;
    space = false;
    const size_t start = i;
    // ".77": a decimal without its leading zero, when the dot starts a token (after white
    // space, the start of the range, or a minus sign: "-.5").
    const bool leading_point =
        c == '.' && (t.space_before || text[i - 1] == '-') && i + 1 < end && IsDigit(text[i + 1]);
    if (IsDigit(c) || leading_point) {
      t.kind = TokKind::kNumber;
      double value = 0;
      while (i < end && IsDigit(text[i])) value = value * 10 + (text[i++] - '0'), ++t.digits;
      // Thousands groups: a comma followed by exactly three digits.
      while (i + 3 < end && text[i] == ',' && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) &&
             IsDigit(text[i + 3]) && (i + 4 >= end || !IsDigit(text[i + 4]))) {
        for (int k = 1; k <= 3; ++k) value = value * 10 + (text[i + k] - '0');
        t.digits += 3;
        t.grouped = true;
        i += 4;
      }
      // Thousands groups separated by single spaces, at least two of them: "1 414 021 100".
      if (!t.grouped && t.digits <= 3 && SpaceGroups(text, i, end) >= 2) {
        while (SpaceGroups(text, i, end) > 0) {
          for (int k = 1; k <= 3; ++k) value = value * 10 + (text[i + k] - '0');
          t.digits += 3;
          t.grouped = true;
          i += 4;
        }
      }
      // The European form: dots group thousands and a comma marks the decimals ("1.111,11");
      // a lone decimal comma ("1,3", "3,50") when the figure is no list ("1,2,3").
      if (!t.grouped && t.digits > 0 && t.digits <= 3 && (start == 0 || text[start - 1] != ',')) {
        const int groups = DotGroups(text, i, end);
        const size_t comma = i + 4 * static_cast<size_t>(groups);
        if (const int decimals = DecimalCommaDigits(text, comma, end);
            decimals > 0 && (groups > 0 || text[i] == ',')) {
          for (int g = 0; g < groups; ++g, i += 4) {
            for (int k = 1; k <= 3; ++k) value = value * 10 + (text[i + k] - '0');
            t.digits += 3;
          }
          t.grouped = groups > 0;
          double scale = 0.1;
          for (int k = 1; k <= decimals; ++k, scale /= 10) value += (text[i + k] - '0') * scale;
          i += 1 + static_cast<size_t>(decimals);
          t.decimal = true;
        }
      }
      // A dot after the decimal digits makes a dotted sequence, not a decimal.
      size_t after_decimal = i + 1;
      while (after_decimal < end && IsDigit(text[after_decimal])) ++after_decimal;
      const bool dotted =
          start == dotted_next ||
          (t.digits > 0 && i + 1 < end && text[i] == '.' && after_decimal + 1 < end &&
           text[after_decimal] == '.' && IsDigit(text[after_decimal + 1]));
      if (dotted && i + 1 < end && text[i] == '.' && IsDigit(text[i + 1])) dotted_next = i + 1;
      if (!dotted && i + 1 < end && text[i] == '.' && IsDigit(text[i + 1]) &&
          (t.digits > 0 || i == start)) {
        ++i;
        double scale = 0.1;
        while (i < end && IsDigit(text[i])) {
          value += (text[i++] - '0') * scale;
          scale /= 10;
        }
        t.decimal = true;
      }
      // Scientific notation glued to the digits: "1e10", "-127.32e13", "1.2E-3".
      if (size_t k = ExponentDigits(text, i, end, 'e'); k > 0 && t.digits > 0) {
        value *= std::pow(10.0, ParseSignedInt(text.substr(i + 1, k - 1)));
        i += k;
        t.decimal = value != std::floor(value);
      } else if (size_t p = ExponentDigits(text, i, end, '^'); p > 0 && t.digits > 0) {
        // A power: "1.1^23", "2.5^-1".
        value = std::pow(value, ParseSignedInt(text.substr(i + 1, p - 1)));
        i += p;
        t.decimal = value != std::floor(value);
      } else if (size_t v = VulgarFraction(text, i, end, nullptr); v > 0 && !t.decimal) {
        double part = 0;  // "2½"
        VulgarFraction(text, i, end, &part);
        value += part;
        i += v;
        t.decimal = true;
      }
      t.value = value;
    } else if (IsAlpha(c)) {
      t.kind = TokKind::kWord;
      t.capitalized = c >= 'A' && c <= 'Z';
      // Inner dots only between single letters, as in "u.s" and "a.m".
      size_t segment = i;
      while (i < end) {
        if (IsAlpha(text[i])) {
          ++i;
        } else if (text[i] == '.' && i - segment == 1 && i + 1 < end && IsAlpha(text[i + 1]) &&
                   (i + 2 >= end || !IsAlpha(text[i + 2]))) {
          segment = ++i;
        } else {
          break;
        }
      }
      char buf[kMaxNumberWordLength + 1];
      if (i - start <= kMaxNumberWordLength + 1) {
        const std::string_view lower = LowerInto(text.substr(start, i - start), buf, sizeof buf);
        t.number_word = static_cast<int8_t>(NumberWordIndex(lower));
        if (lower.size() > 3 && lower.back() == 's') {
          t.singular_number_word =
              static_cast<int8_t>(NumberWordIndex(lower.substr(0, lower.size() - 1)));
        }
        if (t.number_word < 0 && lower.size() >= 7) GluedTens(lower, &t);
        t.number_cue = t.number_word >= 0 || t.singular_number_word >= 0 || IsPhraseStart(lower);
      }
    } else if (double part = 0; size_t v = VulgarFraction(text, i, end, &part)) {
      t.kind = TokKind::kNumber;  // "½", "⅔": one character, a fraction
      t.value = part;
      t.decimal = true;
      i += v;
    } else {
      t.kind = TokKind::kSymbol;
      i += std::min<size_t>(Utf8Length(static_cast<unsigned char>(c)), end - i);
    }
    t.span = Span{static_cast<uint32_t>(start), static_cast<uint32_t>(i)};
    out->push_back(t);
  }
}

}  // namespace numbers
}  // namespace claimscan
