// Abbreviation, sentence-starter and list-marker lookups for the sentence splitter.
#include <algorithm>
#include <iterator>
#include <string_view>

#include "text/char_class_internal.h"
#include "text/sentence_words_internal.h"

namespace claimscan::sentence_internal {

using text_internal::IsAsciiAlpha;
using text_internal::IsAsciiDigit;
using text_internal::IsAsciiLower;

const text_internal::AbbrevEntry* FindAbbreviation(std::string_view lower_word) {
  const auto& table = text_internal::kAbbreviations;
  auto it = std::lower_bound(
      std::begin(table), std::end(table), lower_word,
      [](const text_internal::AbbrevEntry& e, std::string_view w) { return e.word < w; });
  return it != std::end(table) && it->word == lower_word ? it : nullptr;
}

bool IsSentenceStarter(std::string_view lower_word) {
  const auto& table = text_internal::kSentenceStarters;
  return std::binary_search(std::begin(table), std::end(table), lower_word);
}

bool IsDottedAbbreviation(std::string_view w) {
  int segments = 0;
  size_t seg_len = 0;
  for (char ch : w) {
    if (ch == '.') {
      if (seg_len == 0) return false;
      ++segments;
      seg_len = 0;
    } else if (IsAsciiAlpha(static_cast<unsigned char>(ch))) {
      if (++seg_len > 3) return false;
    } else {
      return false;
    }
  }
  return seg_len > 0 && segments >= 1;
}

ListMarker ParseListMarker(std::string_view m) {
  ListMarker r;
  if (m.size() < 2) return r;
  const bool paren_open = m.front() == '(';
  if (paren_open) m.remove_prefix(1);
  size_t i = 0;
  int value = 0;
  bool alpha = false;
  if (i < m.size() && IsAsciiLower(static_cast<unsigned char>(m[i]))) {
    value = m[i] - 'a' + 1;
    alpha = true;
    ++i;
  } else {
    while (i < m.size() && i < 3 && IsAsciiDigit(static_cast<unsigned char>(m[i]))) {
      value = value * 10 + (m[i] - '0');
      ++i;
    }
    if (i == 0) return r;
  }
  const std::string_view rest = m.substr(i);
  ListKind kind = ListKind::kNone;
  if (paren_open) {
    if (rest == ")") kind = alpha ? ListKind::kParenAlpha : ListKind::kParenDigit;
  } else if (rest == ".") {
    kind = alpha ? ListKind::kAlphaDot : ListKind::kDigitDot;
  } else if (rest == ".)") {
    kind = alpha ? ListKind::kNone : ListKind::kDigitDotParen;
  } else if (rest == ")") {
    kind = alpha ? ListKind::kAlphaParen : ListKind::kDigitParen;
  }
  if (kind != ListKind::kNone) r = {kind, value};
  return r;
}

}  // namespace claimscan::sentence_internal
