#include "claim/words.h"

#include <algorithm>

namespace claimscan::claim_internal {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Length of the UTF-8 sequence starting with lead byte `c` (1 for stray bytes).
int SequenceLength(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC0) return 2;
  return 1;
}

// Non-ASCII characters that are punctuation or space, not letters: general punctuation
// (U+2000..U+206F: dashes, curly quotes, ellipsis, zero-width), NBSP, guillemets.
bool IsNonAsciiPunct(std::string_view text, size_t i) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 == 0xE2 && i + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    return b1 == 0x80 || b1 == 0x81;
  }
  if (b0 == 0xC2 && i + 1 < text.size()) {
    const auto b1 = static_cast<unsigned char>(text[i + 1]);
    return b1 == 0xA0 || b1 == 0xAB || b1 == 0xBB;
  }
  return false;
}

// The lead byte is tested first: this runs on every byte of every word.
bool IsRightSingleQuote(std::string_view text, size_t i) {
  return text[i] == '\xE2' && text.compare(i, 3, "\xE2\x80\x99") == 0;
}

// Length of the word character at i, or 0 when it is not one.
int WordCharLength(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return IsAsciiAlnum(c) ? 1 : 0;
  if (IsNonAsciiPunct(text, i)) return 0;
  return SequenceLength(c);
}

// Length of an inner joiner at i ('-', '\'', '.', U+2019), or 0.
int JoinerLength(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '-' || c == '\'' || c == '.') return 1;
  if (IsRightSingleQuote(text, i)) return 3;
  return 0;
}

}  // namespace

void ScanWords(std::string_view text, Span range, std::vector<Span>* out) {
  size_t i = range.begin;
  const size_t end = std::min<size_t>(range.end, text.size());
  while (i < end) {
    int len = WordCharLength(text, i);
    if (len == 0) {
      ++i;
      continue;
    }
    const size_t begin = i;
    i += len;
    while (i < end) {
      len = WordCharLength(text, i);
      if (len > 0) {
        i += len;
        continue;
      }
      const int joiner = JoinerLength(text, i);
      if (joiner > 0 && i + joiner < end && WordCharLength(text, i + joiner) > 0) {
        i += joiner;
        continue;
      }
      break;
    }
    out->push_back(Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(std::min(i, end))});
  }
}

void AppendWordKey(std::string_view word, std::string* key) {
  for (size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    if (c >= 'A' && c <= 'Z') {
      key->push_back(static_cast<char>(c - 'A' + 'a'));
    } else if (IsRightSingleQuote(word, i)) {
      key->push_back('\'');
      i += 2;
    } else {
      key->push_back(c);
    }
  }
}

bool EndsWithNegativeClitic(std::string_view word) {
  auto ends_with = [&](std::string_view suffix) {
    return word.size() > suffix.size() &&
           word.compare(word.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  return ends_with("n't") || ends_with("N'T") || ends_with("n\xE2\x80\x99t") ||
         ends_with("N\xE2\x80\x99T");
}

void FindQuotes(std::string_view text, Span range, std::vector<Span>* out) {
  const size_t end = std::min<size_t>(range.end, text.size());
  bool open = false;
  size_t open_at = 0;
  for (size_t i = range.begin; i < end; ++i) {
    if (text[i] != '"' && text[i] != '\xE2') continue;  // every mark starts with one of these
    const bool left = text.compare(i, 3, "\xE2\x80\x9C") == 0;
    const bool right = text.compare(i, 3, "\xE2\x80\x9D") == 0;
    const bool plain = text[i] == '"';
    if (!left && !right && !plain) continue;
    const size_t mark = plain ? 1 : 3;
    if (!open && (left || plain)) {
      open = true;
      open_at = i + mark;
    } else if (open && (right || plain)) {
      out->push_back(Span{static_cast<uint32_t>(open_at), static_cast<uint32_t>(i)});
      open = false;
    }
    i += mark - 1;
  }
  if (open) out->push_back(Span{static_cast<uint32_t>(open_at), static_cast<uint32_t>(end)});
}

}  // namespace claimscan::claim_internal
