// Shapes of one line of a text dump that the article parser reads: Unicode white space and
// sentence ends, bullets, truncated teasers, doubled alt texts, form widgets, menus, names.
#include "article/line_shapes.h"

#include <string_view>

#include "claimscan/text.h"

namespace claimscan::article_internal {

uint32_t DecodeAt(std::string_view s, size_t i, int* len) { return DecodeUtf8(s, i, len); }

bool IsSpaceCp(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
         cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
         cp == 0xFEFF;
}

// Trims Unicode white space from both ends of text[span].
Span Trim(std::string_view text, Span s) {
  while (s.begin < s.end) {
    int len = 1;
    if (!IsSpaceCp(DecodeAt(text, s.begin, &len))) break;
    s.begin += len;
  }
  while (s.end > s.begin) {
    uint32_t start = s.end - 1;
    while (start > s.begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    int len = 1;
    if (!IsSpaceCp(DecodeAt(text, start, &len))) break;
    s.end = start;
  }
  return s;
}

bool IsCjk(uint32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x9FFF) ||
         (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         (cp >= 0x0E00 && cp <= 0x0E7F);
}

bool IsBulletCp(uint32_t cp) {
  return cp == 0x2022 || cp == 0x25E6 || cp == 0x25AA || cp == 0x2606 || cp == 0x2605 ||
         cp == 0x25CF || cp == 0x25A0 || cp == 0x2023 || cp == 0xB7 || cp == '*' || cp == 0x25BA ||
         cp == 0x25B6;
}

bool IsClosingCp(uint32_t cp) {
  return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D || cp == 0x2019 ||
         cp == 0xBB || cp == 0x300D || cp == 0x300F || cp == 0xFF09;
}

bool IsSentenceEndCp(uint32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 ||
         cp == 0xFF1F || cp == 0xFF0E;
}

// The code point ending at `end` (exclusive) and its start.
uint32_t LastCp(std::string_view text, uint32_t begin, uint32_t end, uint32_t* start) {
  uint32_t i = end - 1;
  while (i > begin && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  int len = 1;
  *start = i;
  return DecodeAt(text, i, &len);
}

bool EndsSentence(std::string_view text, Span s) {
  uint32_t end = s.end;
  for (int guard = 0; end > s.begin && guard < 4; ++guard) {
    uint32_t start = 0;
    const uint32_t cp = LastCp(text, s.begin, end, &start);
    if (IsSentenceEndCp(cp)) return true;
    if (!IsClosingCp(cp)) return false;
    end = start;
  }
  return false;
}

bool IsAllCaps(re2::StringPiece s) {
  bool upper = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    upper |= (c >= 'A' && c <= 'Z');
  }
  return upper;
}

// "... the best deals of the year...", "[…]", "[Read more]": an excerpt of another page.
bool EndsTruncated(std::string_view s) {
  auto ends_with = [&](std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
  };
  return ends_with("...") || ends_with("\u2026") || ends_with("[\u2026]") || ends_with("[...]") ||
         ends_with("\u2026]");
}

// "deep enddeep end", "Pamela Wilson Pamela Wilson": w3m prints an image's alt text and its
// title or caption side by side.
bool IsDoubled(std::string_view line) {
  if (line.size() < 6 || line.size() > 400) return false;
  const size_t half = line.size() / 2;
  if (line.size() % 2 == 0 && line.substr(0, half) == line.substr(half)) return true;
  return line.size() % 2 == 1 && line[half] == ' ' && line.substr(0, half) == line.substr(half + 1);
}

// Lines made mostly of form widgets: "[          ][Sign Up]", "[ ] Remember me".
bool LooksLikeFormField(std::string_view line) {
  size_t inside = 0, groups = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '[') continue;
    const size_t close = line.find(']', i + 1);
    if (close == std::string_view::npos || close - i > 64) break;
    inside += close - i + 1;
    ++groups;
    i = close;
  }
  if (groups == 0) return false;
  return inside * 2 >= line.size() || (groups >= 1 && line.size() < 40);
}

// "Home | World | Business | Sport": several short segments separated by bars.
bool LooksLikeMenu(std::string_view line) {
  size_t bars = 0;
  for (char c : line) bars += (c == '|');
  if (bars < 2) return false;
  return line.size() / (bars + 1) < 28;
}

namespace {

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

// Short words a title-case headline leaves in lower case.
bool IsHeadlineSmallWord(std::string_view w) {
  static constexpr std::string_view kSmall[] = {
      "a",    "about", "after", "an", "and", "as",   "at",  "but", "by",  "for",
      "from", "in",    "into",  "is", "its", "of",   "on",  "or",  "out", "over",
      "the",  "to",    "up",    "vs", "vs.", "with", "how", "what"};
  for (std::string_view s : kSmall) {
    if (w == s) return true;
  }
  return false;
}

// Where a capital starts a new word glued to the previous one ("OptionsThe", "Rise?Violence",
// "BatidosA new"), or npos: three lower-case letters (or a letter and ? ! or ")") before it,
// and a lower-case letter or the end of the word after it.
size_t GluedCapitalIn(std::string_view w) {
  for (size_t p = 3; p < w.size(); ++p) {
    if (!IsUpper(w[p])) continue;
    // A capital ending the word is a word only as "A" or "I" ("SpaceX" is a name).
    if (p + 1 < w.size() ? !IsLower(w[p + 1]) : (w[p] != 'A' && w[p] != 'I')) continue;
    const char b = w[p - 1];
    const bool after_word = IsLower(b) && IsLower(w[p - 2]) && IsLower(w[p - 3]);
    const bool after_mark = (b == '?' || b == '!' || b == ')') && (IsLower(w[p - 2]));
    if (after_word || after_mark) return p;
  }
  return std::string_view::npos;
}

}  // namespace

bool IsGluedTeaser(std::string_view line) {
  constexpr size_t kMaxHeadlineWords = 24;
  constexpr size_t kMinExcerptWords = 5;
  std::string_view words[kMaxHeadlineWords + 1];
  size_t n = 0, pos = 0;
  while (n <= kMaxHeadlineWords) {
    while (pos < line.size() && line[pos] == ' ') ++pos;
    if (pos >= line.size()) return false;
    size_t end = line.find(' ', pos);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view w = line.substr(pos, end - pos);
    pos = end;
    const size_t glue = GluedCapitalIn(w);
    if (glue == std::string_view::npos) {
      words[n++] = w;
      continue;
    }
    // A headline has words: "Speaking at WordCamps is ..." and "iPhone" do not start one.
    if (n < 3) return false;
    words[n++] = w.substr(0, glue);
    // The headline is in title case: capitals, figures and short function words only (German
    // capitalises nouns, but "mit dem Projekt" has lower-case words of its own).
    size_t capitals = 0;
    for (size_t i = 0; i < n; ++i) {
      std::string_view h = words[i];
      while (!h.empty() && (h[0] == '"' || h[0] == '\'' || h[0] == '(')) h.remove_prefix(1);
      if (h.empty()) continue;
      if (IsLower(h[0]) && !IsHeadlineSmallWord(h)) return false;
      capitals += IsUpper(h[0]);
    }
    if (capitals < 3) return false;
    // The excerpt: a sentence that goes on.
    size_t excerpt = 1;
    for (size_t i = pos; i < line.size() && excerpt < kMinExcerptWords; ++i) {
      excerpt += line[i] == ' ' && i + 1 < line.size() && line[i + 1] != ' ';
    }
    return excerpt >= kMinExcerptWords;
  }
  return false;
}

// ---- Byline, dateline ------------------------------------------------------------------------

bool IsNameToken(std::string_view w) {
  if (w.empty()) return false;
  const auto c = static_cast<unsigned char>(w[0]);
  if (c >= 'a' && c <= 'z') {
    // Particles inside names: "van", "de", "al", "bin".
    return w == "van" || w == "von" || w == "de" || w == "der" || w == "den" || w == "da" ||
           w == "di" || w == "du" || w == "del" || w == "al" || w == "el" || w == "bin" ||
           w == "ibn" || w == "la" || w == "le" || w == "dos" || w == "das";
  }
  if (c >= '0' && c <= '9') return false;
  if (c < 0x80 && !(c >= 'A' && c <= 'Z')) return false;
  for (char ch : w) {
    if (ch >= '0' && ch <= '9') return false;
    if (ch == '@' || ch == '/' || ch == ':') return false;
  }
  return true;
}

// Is text[s] a person's name: 1-5 name tokens, at least one capitalised?
bool LooksLikeName(std::string_view text, Span s) {
  std::string_view v = s.In(text);
  if (v.empty() || v.size() > 60) return false;
  int tokens = 0;
  bool capital = false;
  size_t i = 0;
  while (i < v.size()) {
    while (i < v.size() && v[i] == ' ') ++i;
    size_t j = i;
    while (j < v.size() && v[j] != ' ') ++j;
    if (j > i) {
      std::string_view w = v.substr(i, j - i);
      if (!IsNameToken(w)) return false;
      const auto c = static_cast<unsigned char>(w[0]);
      capital |= (c >= 'A' && c <= 'Z') || c >= 0x80;
      ++tokens;
    }
    i = j;
  }
  return tokens >= 1 && tokens <= 5 && capital;
}

// Offset just after the last " by " (any case) in `s`, or npos.
size_t LastBy(std::string_view s) {
  for (size_t i = s.size(); i >= 4; --i) {
    const size_t at = i - 4;
    if (s[at] == ' ' && (s[at + 1] | 0x20) == 'b' && (s[at + 2] | 0x20) == 'y' &&
        s[at + 3] == ' ') {
      return at + 4;
    }
  }
  return std::string_view::npos;
}

}  // namespace claimscan::article_internal
