// Sentence splitting: one forward pass over text[range], sentences as trimmed byte Spans.
//
// The scanner jumps from one "interesting" byte to the next (terminators . ! ? …, newlines,
// quotes, brackets, bullets) with a 256-entry table, so plain letters cost one load and one
// test each. Decisions look only at the word before a terminator and the word after it:
//
//  * "!", "?" and "." end a sentence when the next word starts with a capital, a digit or an
//    opening quote/bracket, never before a lower-case word or other punctuation ("Yahoo! and",
//    "alone!, he"). A period glued to a capitalised word ("world.Today") ends one too, unless
//    the chunk is a URL or domain ("www.testurl.Awesome.com").
//  * Abbreviations come from data/text/abbreviations.txt (compiled in, see
//    abbreviations_internal.h): titles never end a sentence ("Gen. Smith"); number and month
//    abbreviations don't before a digit ("No. 2", "Sept. 27"); other abbreviations, dotted forms
//    ("U.S.", "a.m.") and initials ("J. D. Vance") end one only before a common sentence
//    starter ("in the U.S. How about" splits, "U.S. Defense Secretary" does not).
//  * Text between paired quotes or brackets on one paragraph is never split; a terminator just
//    inside the closing quote ends the sentence when a capital follows ("great.” She").
//  * List markers ("1.", "a.", "1.)", "2)", "(b)") opening a sentence don't end it, and the
//    next marker of the same list starts a new sentence; a bullet starts a new sentence.
//  * Newlines: with newline_is_boundary every line ends a sentence, except a line that ends in
//    a space and continues in lower case (hard-wrapped text); otherwise only a blank line or a
//    next line that starts with a bullet or list marker does.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "claimscan/text.h"
#include "text/abbreviations_internal.h"
#include "text/char_class_internal.h"
#include "text/sentence_marks_internal.h"
#include "text/sentence_words_internal.h"

namespace claimscan {
namespace {

using sentence_internal::ClassifyNext;
using sentence_internal::CloserLength;
using sentence_internal::FindAbbreviation;
using sentence_internal::IsBulletAt;
using sentence_internal::IsDottedAbbreviation;
using sentence_internal::IsSentenceStarter;
using sentence_internal::ListKind;
using sentence_internal::ListMarker;
using sentence_internal::Next;
using sentence_internal::OpenerLength;
using sentence_internal::ParseListMarker;
using sentence_internal::Special;
using sentence_internal::SpecialAt;
using text_internal::AbbrevClass;
using text_internal::AsciiLower;
using text_internal::IsAsciiAlpha;
using text_internal::IsAsciiDigit;
using text_internal::IsAsciiLower;
using text_internal::IsAsciiSpace;
using text_internal::IsAsciiUpper;

constexpr size_t kNone = static_cast<size_t>(-1);

// Bytes the scanner stops at. 0xE2 leads the three-byte quotes, ellipsis and bullets; 0xC2
// leads « and ».
constexpr std::array<bool, 256> MakeInterestingTable() {
  std::array<bool, 256> t{};
  for (unsigned char c : {'.', '!', '?', '\n', '\r', '"', '\'', '(', ')', '[', ']'}) t[c] = true;
  t[0xE2] = true;
  t[0xC2] = true;
  return t;
}
constexpr std::array<bool, 256> kInteresting = MakeInterestingTable();

class Splitter {
 public:
  Splitter(std::string_view text, size_t begin, size_t end, const SentenceOptions& options,
           std::vector<Span>* out)
      : t_(text), begin_(begin), end_(end), options_(options), out_(out), sent_start_(begin) {}

  void Run() {
    size_t i = begin_;
    while (i < end_) {
      if (!kInteresting[static_cast<unsigned char>(t_[i])]) {
        ++i;
        continue;
      }
      i = OnInteresting(i);
    }
    Emit(end_);
  }

 private:
  bool Protected(size_t i) const { return protect_close_ != kNone && i < protect_close_; }

  size_t OnInteresting(size_t i) {
    const char c = t_[i];
    if (protect_close_ != kNone && i == protect_close_) return OnCloser(i);
    switch (c) {
      case '\n':
      case '\r':
        return OnNewline(i);
      case '.':
      case '!':
      case '?':
        return Protected(i) ? i + 1 : OnTerminator(i, 1);
      case ')':
        if (!Protected(i)) CheckListMarkerEndingAt(i + 1);
        return i + 1;
      case '"':
      case '\'':
      case '(':
      case '[':
        return Protected(i) ? i + 1 : OnOpener(i, 1);
      default:
        break;
    }
    if (static_cast<unsigned char>(c) == 0xC2) {
      if (!Protected(i) && i + 1 < end_ && static_cast<unsigned char>(t_[i + 1]) == 0xAB)
        return OnOpener(i, 2);
      return i + 1;
    }
    // 0xE2 lead byte.
    switch (SpecialAt(t_, i)) {
      case Special::kEllipsis:
        return Protected(i) ? i + 3 : OnTerminator(i, 3);
      case Special::kOpenDouble:
      case Special::kOpenSingle:
        return Protected(i) ? i + 3 : OnOpener(i, 3);
      case Special::kBullet:
        if (!Protected(i) && (i == begin_ || IsSpaceBefore(i))) {
          Emit(i);
          sent_start_ = i;
        }
        return i + 3;
      default:
        return i + 1;
    }
  }

  bool IsSpaceBefore(size_t i) const {
    return i > begin_ && IsAsciiSpace(static_cast<unsigned char>(t_[i - 1]));
  }

  // ---- trimming and emission --------------------------------------------------------------

  // Skips white space (ASCII and Unicode), invisible characters, and literal "\r" / "\n"
  // escapes left in text dumps ("Hello World. \r\n Hello.", written with real backslashes).
  size_t SkipSpace(size_t p, size_t limit) const {
    while (p < limit) {
      const auto c = static_cast<unsigned char>(t_[p]);
      if (IsAsciiSpace(c)) {
        ++p;
        continue;
      }
      if (c == '\\') {
        size_t q = p + 1;
        while (q < limit && t_[q] == ' ') ++q;
        if (q < limit && (t_[q] == 'r' || t_[q] == 'n') &&
            (q + 1 >= limit || IsAsciiSpace(static_cast<unsigned char>(t_[q + 1])) ||
             t_[q + 1] == '\\' || IsAsciiUpper(static_cast<unsigned char>(t_[q + 1])))) {
          p = q + 1;
          continue;
        }
        return p;
      }
      if (c >= 0x80) {
        int len = 1;
        const uint32_t cp = DecodeUtf8(t_, p, &len);
        if (text_internal::IsUnicodeSpace(cp) || text_internal::IsInvisible(cp)) {
          p += static_cast<size_t>(len);
          continue;
        }
      }
      return p;
    }
    return p;
  }

  size_t TrimEnd(size_t from, size_t e) const {
    while (e > from) {
      const auto c = static_cast<unsigned char>(t_[e - 1]);
      if (IsAsciiSpace(c)) {
        --e;
        continue;
      }
      if (c >= 0x80) {
        // Step back to the lead byte of the last code point.
        size_t lead = e - 1;
        while (lead > from && (static_cast<unsigned char>(t_[lead]) & 0xC0) == 0x80 && e - lead < 4)
          --lead;
        int len = 1;
        const uint32_t cp = DecodeUtf8(t_, lead, &len);
        if (lead + static_cast<size_t>(len) == e &&
            (text_internal::IsUnicodeSpace(cp) || text_internal::IsInvisible(cp))) {
          e = lead;
          continue;
        }
      }
      break;
    }
    return e;
  }

  // Length of an HTML tag ("<b>", "</ept>", '<bpt i="0">') or an escaped one ("&lt;b&gt;")
  // starting at p, or 0.
  size_t TagLengthAt(size_t p, size_t e) const {
    if (t_[p] == '<') {
      if (p + 1 >= e || !(IsAsciiAlpha(static_cast<unsigned char>(t_[p + 1])) || t_[p + 1] == '/' ||
                          t_[p + 1] == '!'))
        return 0;
      const size_t close = t_.substr(0, e).find_first_of("<>", p + 1);
      return close != std::string_view::npos && t_[close] == '>' ? close + 1 - p : 0;
    }
    if (t_.substr(p, 4) == "&lt;") {
      const size_t close = t_.substr(0, e).find("&gt;", p + 4);
      if (close == std::string_view::npos || close - p > 64) return 0;
      return close + 4 - p;
    }
    return 0;
  }

  // Markup debris at the edges of a sentence is not part of it: scraped text often keeps
  // tags around a sentence ('<bpt i="0">&lt;b&gt;</bpt>J1.txt<ept i="1">&lt;/b&gt;</ept>').
  void TrimMarkup(size_t* b, size_t* e) const {
    if (*e <= *b) return;
    if (t_[*b] == '<' || t_[*b] == '&') {
      while (*b < *e) {
        const size_t len = TagLengthAt(*b, *e);
        if (len == 0) break;
        *b = SkipSpace(*b + len, *e);
      }
    }
    if (*e > *b && (t_[*e - 1] == '>' || t_[*e - 1] == ';')) {
      // Strip whole tags from the end, scanning each candidate from its opening bracket.
      while (*e > *b) {
        size_t open = kNone;
        if (t_[*e - 1] == '>') {
          const size_t lt = t_.substr(*b, *e - *b).rfind('<');
          if (lt != std::string_view::npos) open = *b + lt;
        } else if (*e - *b >= 4 && t_.substr(*e - 4, 4) == "&gt;") {
          const size_t lt = t_.substr(*b, *e - *b).rfind("&lt;");
          if (lt != std::string_view::npos) open = *b + lt;
        }
        if (open == kNone || TagLengthAt(open, *e) != *e - open) break;
        *e = TrimEnd(*b, open);
      }
    }
  }

  // Emits [sent_start_, e) trimmed, if anything is left, and starts the next sentence at e.
  void Emit(size_t e) {
    size_t b = SkipSpace(sent_start_, e);
    size_t trimmed_end = TrimEnd(b, e);
    TrimMarkup(&b, &trimmed_end);
    if (trimmed_end > b) {
      out_->push_back(Span{static_cast<uint32_t>(b), static_cast<uint32_t>(trimmed_end)});
    }
    sent_start_ = e;
  }

  // How many space-separated single dots end at e (". . ." ending at e gives 3), counting
  // the period of a word just before them ("units. . . ." gives 4).
  int LoneDotsEndingAt(size_t e) const {
    int count = 0;
    while (e > sent_start_ && t_[e - 1] == '.' &&
           (e - 1 == sent_start_ || IsAsciiSpace(static_cast<unsigned char>(t_[e - 2])))) {
      ++count;
      e = TrimEnd(sent_start_, e - 1);
    }
    if (count > 0 && e > sent_start_ && t_[e - 1] == '.') ++count;
    return count;
  }

  // ---- words around a terminator ----------------------------------------------------------

  // Start of the whitespace-delimited chunk that ends at i (not before the sentence start).
  // Start of the white-space-delimited chunk ending at i, not before the sentence start.
  // Remembers the last chunk so that a long run of terminators inside one chunk
  // ("U.S.U.S.U.S...", "1.1.1.1...") costs linear time, not quadratic.
  size_t ChunkStart(size_t i) const {
    size_t p = i;
    const bool memo = chunk_memo_at_ != kNone && chunk_memo_at_ <= i;
    while (p > 0 && !IsAsciiSpace(static_cast<unsigned char>(t_[p - 1]))) {
      if (memo && p == chunk_memo_at_) {
        p = chunk_memo_start_;
        break;
      }
      if (p <= sent_start_) break;
      --p;
    }
    if (p >= sent_start_) {
      chunk_memo_at_ = i;
      chunk_memo_start_ = p;
    }
    return std::max(p, sent_start_);
  }

  // True when only white space and bullets precede position p in the current sentence.
  bool AtSentenceStart(size_t p) const {
    size_t q = SkipSpace(sent_start_, p);
    while (q < p) {
      if (!IsBulletAt(t_, q)) return false;
      q += t_[q] == '*' ? 1 : 3;
      q = SkipSpace(q, p);
    }
    return true;
  }

  // Strips leading opening quotes, brackets and bullets from [b, e).
  size_t SkipOpeners(size_t b, size_t e) const {
    while (b < e) {
      int len = OpenerLength(t_, b);
      if (len == 0 && IsBulletAt(t_, b)) len = t_[b] == '*' ? 1 : 3;
      if (len == 0) break;
      b += static_cast<size_t>(len);
    }
    return b;
  }

  // `w` lower-cased (ASCII) into buf; empty when it does not fit.
  static std::string_view LowerWord(std::string_view w, char* buf, size_t cap) {
    if (w.empty() || w.size() > cap) return {};
    for (size_t k = 0; k < w.size(); ++k) buf[k] = AsciiLower(w[k]);
    return {buf, w.size()};
  }

  // Is the capitalised word at n a common sentence starter ("The", "It", "I'm")?
  bool StarterAt(size_t n) const {
    if (n >= end_ || !IsAsciiUpper(static_cast<unsigned char>(t_[n]))) return false;
    size_t e = n;
    while (e < end_ && IsAsciiAlpha(static_cast<unsigned char>(t_[e]))) ++e;
    char buf[16];
    const std::string_view w = LowerWord(t_.substr(n, e - n), buf, sizeof(buf));
    return !w.empty() && IsSentenceStarter(w);
  }

  // The chunk at n is the first marker of an alphabetic list ("a." or "a)").
  bool FirstAlphaMarkerAt(size_t n) const {
    return n + 1 < end_ && t_[n] == 'a' && (t_[n + 1] == '.' || t_[n + 1] == ')') &&
           (n + 2 == end_ || IsAsciiSpace(static_cast<unsigned char>(t_[n + 2])));
  }

  // ---- lists ------------------------------------------------------------------------------

  // Called with the end of a possible marker chunk ("2)", "(b)", "1.)", "c."). Starts a list
  // at a sentence start; splits before the next marker of an active list.
  void CheckListMarkerEndingAt(size_t e) {
    const size_t cs = ChunkStart(e);
    // "(b)" keeps its bracket, which is part of the marker; other openers are stripped.
    const size_t ms = t_[cs] == '(' ? cs : SkipOpeners(cs, e);
    if (e - ms > 5) return;
    const ListMarker m = ParseListMarker(t_.substr(ms, e - ms));
    if (m.kind == ListKind::kNone) return;
    if (AtSentenceStart(ms)) {
      if (m.value == 1 || m.kind != list_kind_) {
        list_kind_ = m.kind;
        list_next_ = m.value + 1;
      } else if (m.value == list_next_) {
        ++list_next_;
      }
      return;
    }
    if (ms == begin_ || !IsAsciiSpace(static_cast<unsigned char>(t_[ms - 1]))) return;
    if (m.kind == list_kind_ && m.value == list_next_) {
      Emit(ms);
      ++list_next_;
      return;
    }
    // "... by 1) taking ..., and 2) judging ...": a parenthesised enumeration inside a
    // sentence splits it when item 2 follows on the same paragraph.
    if (m.value == 1 && (m.kind == ListKind::kDigitParen || m.kind == ListKind::kDigitDotParen) &&
        SecondItemFollows(e, m.kind == ListKind::kDigitParen ? std::string_view(" 2) ")
                                                             : std::string_view(" 2.) "))) {
      Emit(ms);
      list_kind_ = m.kind;
      list_next_ = 2;
    }
  }

  // Remembers the last search, so that many "1)" in one paragraph cost linear time.
  bool SecondItemFollows(size_t from, std::string_view marker) {
    if (marker == second_item_marker_ && second_item_para_end_ != kNone &&
        second_item_from_ <= from && from <= second_item_para_end_) {
      if (second_item_hit_ == kNone) return false;
      if (from <= second_item_hit_) return true;
    }
    size_t para_end = t_.find(options_.newline_is_boundary ? "\n" : "\n\n", from);
    if (para_end == std::string_view::npos || para_end > end_) para_end = end_;
    const size_t hit = t_.substr(0, para_end).find(marker, from);
    second_item_marker_ = marker;
    second_item_from_ = from;
    second_item_para_end_ = para_end;
    second_item_hit_ = hit == std::string_view::npos ? kNone : hit;
    return hit != std::string_view::npos;
  }

  // ---- events -----------------------------------------------------------------------------

  size_t OnNewline(size_t i) {
    size_t after = i + 1;
    if (t_[i] == '\r' && after < end_ && t_[after] == '\n') ++after;
    // The next line's first visible byte, and whether a blank line comes first.
    bool blank_line = false;
    size_t n = after;
    while (n < end_) {
      const char c = t_[n];
      if (c == '\n' || c == '\r') {
        blank_line = true;
      } else if (c != ' ' && c != '\t' && c != '\f' && c != '\v') {
        break;
      }
      ++n;
    }
    bool boundary;
    if (!blank_line && n < end_ && IsStrayTerminatorAt(n)) {
      // "for pricing\n.\n": a terminator that lost its line belongs to the sentence above.
      boundary = false;
    } else if (options_.newline_is_boundary) {
      // Hard-wrapped prose: "initiating \na shot." continues the sentence.
      // A line that ends in a terminator or starts an item is never a wrapped continuation.
      const bool space_before_break = i > begin_ && (t_[i - 1] == ' ' || t_[i - 1] == '\t');
      boundary = blank_line || n >= end_ || !space_before_break ||
                 !IsAsciiLower(static_cast<unsigned char>(t_[n])) || LineEndsTerminated(i) ||
                 LineStartsItem(n);
    } else {
      boundary = blank_line || (n < end_ && LineStartsItem(n));
    }
    if (boundary) {
      if (Protected(i)) ClearProtection();
      Emit(i);
    }
    return after;
  }

  // A single terminator alone at a line start, followed by white space or the end (an
  // ellipsis there starts a continuation line and is left alone).
  bool IsStrayTerminatorAt(size_t n) const {
    return (t_[n] == '.' || t_[n] == '!' || t_[n] == '?') &&
           (n + 1 == end_ || IsAsciiSpace(static_cast<unsigned char>(t_[n + 1])));
  }

  // The visible text before the newline at i ends with . ! ? or … (closers skipped).
  bool LineEndsTerminated(size_t i) const {
    size_t e = TrimEnd(sent_start_, i);
    while (e > sent_start_ && CloserLength(t_, e - 1) == 1) --e;
    if (e == sent_start_) return false;
    const char c = t_[e - 1];
    return c == '.' || c == '!' || c == '?' ||
           (e >= 3 && SpecialAt(t_, e - 3) == Special::kEllipsis);
  }

  // A line starting with a bullet or a list marker ("1. ", "a) ", "(iv)") starts a sentence
  // even in PDF-style text.
  bool LineStartsItem(size_t n) const {
    if (IsBulletAt(t_, n)) return true;
    size_t e = n;
    while (e < end_ && e - n < 6 && !IsAsciiSpace(static_cast<unsigned char>(t_[e]))) ++e;
    if (e >= end_ || e - n >= 6) return false;
    return ParseListMarker(t_.substr(n, e - n)).kind != ListKind::kNone;
  }

  void ClearProtection() { protect_close_ = kNone; }

  // An opening quote or bracket: find its partner on the same paragraph and protect the span.
  size_t OnOpener(size_t i, int len) {
    const size_t after = i + static_cast<size_t>(len);
    const char c = t_[i];
    int kind;  // index into no_closer_until_
    if (c == '\'') {
      // A straight single quote opens only after white space or an opener and before a
      // letter; everywhere else it is an apostrophe ("the '90s", "Israel's") or a closer.
      const bool open = (i == begin_ || IsAsciiSpace(static_cast<unsigned char>(t_[i - 1])) ||
                         t_[i - 1] == '(' || t_[i - 1] == '"') &&
                        after < end_ &&
                        (IsAsciiAlpha(static_cast<unsigned char>(t_[after])) ||
                         static_cast<unsigned char>(t_[after]) >= 0x80);
      if (!open) return after;
      kind = 0;
    } else if (c == '"') {
      kind = 1;
    } else if (c == '(') {
      kind = 2;
    } else if (c == '[') {
      kind = 3;
    } else if (SpecialAt(t_, i) == Special::kOpenDouble) {
      kind = 4;
    } else if (SpecialAt(t_, i) == Special::kOpenSingle) {
      kind = 5;
    } else {
      kind = 6;  // «
    }
    if (no_closer_until_[kind] != kNone && i < no_closer_until_[kind]) return after;
    size_t limit = end_;
    const size_t close = FindCloser(kind, after, &limit);
    if (close == kNone) {
      no_closer_until_[kind] = limit;
      return after;
    }
    if (close != kNone - 1) {
      protect_open_ = i;
      protect_close_ = close;
    }
    return after;
  }

  // Position of the closing partner for `kind` searching from p, or kNone (then *limit is
  // where the search stopped: the paragraph end), or kNone - 1 when a nested opener of the
  // same bracket came first (no caching then: the inner pair is searched on its own).
  size_t FindCloser(int kind, size_t p, size_t* limit) const {
    for (; p < end_; ++p) {
      const char c = t_[p];
      if (c == '\n') {
        if (options_.newline_is_boundary) break;
        size_t q = p + 1;
        while (q < end_ && (t_[q] == ' ' || t_[q] == '\t' || t_[q] == '\r')) ++q;
        if (q >= end_ || t_[q] == '\n') break;  // blank line ends the paragraph
        continue;
      }
      switch (kind) {
        case 0:  // ' closes before a non-letter: "I've" and "they'll" are apostrophes
          if (c == '\'' && !IsAsciiSpace(static_cast<unsigned char>(t_[p - 1])) &&
              (p + 1 >= end_ || !IsAsciiAlpha(static_cast<unsigned char>(t_[p + 1]))))
            return p;
          break;
        case 1:
          if (c == '"') return p;
          break;
        case 2:
          if (c == ')') return p;
          if (c == '(') return kNone - 1;
          break;
        case 3:
          if (c == ']') return p;
          if (c == '[') return kNone - 1;
          break;
        case 4:
          if (SpecialAt(t_, p) == Special::kCloseDouble) return p;
          break;
        case 5:  // ’ closes before a non-letter: "Hezbollah’s" is an apostrophe
          if (SpecialAt(t_, p) == Special::kCloseSingle &&
              (p + 3 >= end_ || !IsAsciiAlpha(static_cast<unsigned char>(t_[p + 3]))))
            return p;
          break;
        default:
          if (static_cast<unsigned char>(c) == 0xC2 && p + 1 < end_ &&
              static_cast<unsigned char>(t_[p + 1]) == 0xBB)
            return p;
          break;
      }
    }
    *limit = p;
    return kNone;
  }

  // The closing partner of the protected span. A terminator just inside it ends the sentence
  // when a capital follows: 'She turned to him, "This is great." She held the book'. A quote
  // or bracket that makes up the whole sentence also ends before an opening bracket or quote
  // ("'I should think!' (Dinah was the cat.) 'I hope'"); one that opened mid-sentence does not
  // ("even if I fell off the house!' (Which was very likely true.)").
  size_t OnCloser(size_t i) {
    const bool whole_sentence = AtSentenceStart(protect_open_);
    ClearProtection();
    size_t k = i + static_cast<size_t>(std::max(CloserLength(t_, i), 1));
    if (t_[i] == ')') CheckListMarkerEndingAt(k);
    // Look back over closers for a terminator.
    size_t b = i;
    while (b > sent_start_) {
      const size_t prev = b - 1;
      const auto pc = static_cast<unsigned char>(t_[prev]);
      if (pc == ')' || pc == ']' || pc == '"' || pc == '\'') {
        b = prev;
        continue;
      }
      if (pc >= 0x80 && b >= 3 + sent_start_ && CloserLength(t_, b - 3) == 3) {
        b -= 3;
        continue;
      }
      break;
    }
    const bool terminated =
        b > sent_start_ && (t_[b - 1] == '.' || t_[b - 1] == '!' || t_[b - 1] == '?' ||
                            (b >= 3 && SpecialAt(t_, b - 3) == Special::kEllipsis));
    if (!terminated || IsBracketedEllipsis(b)) return k;
    while (k < end_ && CloserLength(t_, k) > 0) k += static_cast<size_t>(CloserLength(t_, k));
    if (k >= end_ || !IsAsciiSpace(static_cast<unsigned char>(t_[k]))) return k;
    const size_t n = SkipSpace(k, end_);
    if (n >= end_) return k;
    if (options_.newline_is_boundary && HasNewline(k, n)) return k;
    Next next = ClassifyNext(t_, n, end_);
    if (next == Next::kOpener && !whole_sentence) {
      const size_t m = n + static_cast<size_t>(OpenerLength(t_, n));
      if (t_[n] != '(' && t_[n] != '[') next = ClassifyNext(t_, m, end_);
    }
    if (next == Next::kUpper || (whole_sentence && next == Next::kOpener)) Emit(k);
    return k;
  }

  // The dots ending at e are an omission mark in brackets ("stairways [...]").
  bool IsBracketedEllipsis(size_t e) const {
    if (e >= end_ || t_[e] != ']') return false;
    size_t p = e;
    while (p > sent_start_ && t_[p - 1] == '.') --p;
    return p < e && p > sent_start_ && t_[p - 1] == '[';
  }

  bool HasNewline(size_t a, size_t b) const {
    for (size_t p = a; p < b; ++p) {
      if (t_[p] == '\n' || t_[p] == '\r') return true;
    }
    return false;
  }

  // A run of terminators starting at i (len is the first one's byte length).
  size_t OnTerminator(size_t i, int len) {
    size_t j = i + static_cast<size_t>(len);
    int dots = t_[i] == '.' ? 1 : 0;
    bool ellipsis = len == 3;
    bool bang_or_question = t_[i] == '!' || t_[i] == '?';
    while (j < end_) {
      const char c = t_[j];
      if (c == '.') {
        ++dots;
        ++j;
      } else if (c == '!' || c == '?') {
        bang_or_question = true;
        ++j;
      } else if (SpecialAt(t_, j) == Special::kEllipsis) {
        ellipsis = true;
        j += 3;
      } else {
        break;
      }
    }
    if (dots >= 2) ellipsis = true;
    // Unpaired closers right after the terminators belong to the sentence ("1.)", "end.)").
    size_t k = j;
    while (k < end_) {
      const int cl = CloserLength(t_, k);
      if (cl == 0) break;
      if ((t_[k] == '"' || t_[k] == '\'') && k + 1 < end_ &&
          !IsAsciiSpace(static_cast<unsigned char>(t_[k + 1])) && CloserLength(t_, k + 1) == 0)
        break;  // a straight quote glued to the next word opens it
      k += static_cast<size_t>(cl);
    }

    const size_t chunk = ChunkStart(i);
    const size_t word_begin = SkipOpeners(chunk, i);
    const std::string_view word = t_.substr(word_begin, i - word_begin);

    // A list marker: split before the next item of an active list, never after a marker
    // that opens its sentence.
    if (dots == 1 && !bang_or_question && !ellipsis && word.size() <= 3) {
      const size_t marker_end = (k > j && t_[j] == ')') ? j + 1 : j;
      CheckListMarkerEndingAt(marker_end);
      const ListMarker m = ParseListMarker(t_.substr(word_begin, marker_end - word_begin));
      if (m.kind != ListKind::kNone && AtSentenceStart(word_begin)) return k;
    }

    if (k < end_ && !IsAsciiSpace(static_cast<unsigned char>(t_[k])) && SkipSpace(k, end_) == k) {
      return OnGluedTerminator(i, j, k, dots, bang_or_question || ellipsis, chunk);
    }

    const size_t n = SkipSpace(k, end_);
    if (n >= end_) return k;
    if (options_.newline_is_boundary && HasNewline(k, n)) return k;  // the newline decides
    const Next next = ClassifyNext(t_, n, end_);

    if (FirstAlphaMarkerAt(n)) {
      Emit(k);
      return k;
    }
    if (next == Next::kPunct && !word.empty() && !ellipsis && StrayDotsBeforeSentenceAt(n)) {
      // "Sentence. .. Next": the dots stand between two sentences, a sentence of their own.
      if (bang_or_question || PeriodEndsSentence(word, n, Next::kUpper)) Emit(k);
      return k;
    }
    if (next == Next::kLower || next == Next::kPunct) return k;
    const bool strong = next == Next::kUpper || next == Next::kDigit || next == Next::kOpener ||
                        next == Next::kSymbol;
    bool boundary = strong;
    if (!bang_or_question && !ellipsis) {
      if (word.empty()) {
        // A lone period: part of a spaced ellipsis (". . .") when another lone dot is next to
        // it, otherwise a terminator set off by a space ("<|CITE|> . Highly").
        // The fourth lone dot of ". . . ." is the sentence's own period after an ellipsis.
        const int lone_dots = LoneDotsEndingAt(i + 1);
        boundary = strong && (lone_dots >= 4 || (lone_dots == 1 && t_[n] != '.'));
      } else {
        boundary = PeriodEndsSentence(word, n, next);
      }
    } else if (ellipsis && !bang_or_question && word.empty() && dots == 1) {
      boundary = false;
    }
    if (boundary) Emit(k);
    return k;
  }

  // Two or more dots (or "…") alone between spaces at n, then a capitalised word: a stray
  // ellipsis after a finished sentence, not the start of the next one.
  bool StrayDotsBeforeSentenceAt(size_t n) const {
    size_t e = n;
    int dots = 0;
    while (e < end_) {
      if (t_[e] == '.') {
        ++dots, ++e;
      } else if (SpecialAt(t_, e) == Special::kEllipsis) {
        dots += 3, e += 3;
      } else {
        break;
      }
    }
    if (dots < 2 || e >= end_ || !IsAsciiSpace(static_cast<unsigned char>(t_[e]))) return false;
    const size_t after = SkipSpace(e, end_);
    return after < end_ && !HasNewline(e, after) && ClassifyNext(t_, after, end_) == Next::kUpper;
  }

  // A single period after `word`, followed by white space and then the word at n.
  bool PeriodEndsSentence(std::string_view word, size_t n, Next next) const {
    char buf[16];
    const std::string_view lower = LowerWord(word, buf, sizeof(buf));
    if (!lower.empty()) {
      if (const auto* abbr = FindAbbreviation(lower)) {
        switch (abbr->cls) {
          case AbbrevClass::kTitle:
            return false;
          case AbbrevClass::kNumber:
          case AbbrevClass::kMonth:
            if (next == Next::kDigit) return false;
            return StarterAt(n);
          case AbbrevClass::kGeneral:
            return StarterAt(n);
        }
      }
      // Initials ("E. Smith") and dotted abbreviations ("U.S.", "a.m.", "Ph.D.").
      if ((lower.size() == 1 && IsAsciiAlpha(static_cast<unsigned char>(word[0]))) ||
          IsDottedAbbreviation(word)) {
        return StarterAt(n);
      }
    }
    return true;
  }

  // Terminators followed directly by a non-space at k: "world.Today", "consultation.11 12",
  // "large.[7][8] This".
  size_t OnGluedTerminator(size_t i, size_t j, size_t k, int dots, bool other, size_t chunk) {
    if (dots != 1 || other || k != j) return j;
    const auto prev = i > begin_ ? static_cast<unsigned char>(t_[i - 1]) : 0;
    const auto c = static_cast<unsigned char>(t_[j]);
    // The whole whitespace-delimited chunk, both sides of the period ("Jane.Doe@example.com").
    // Computed once per chunk: a chunk of many glued periods would otherwise be rescanned
    // for each of them.
    if (glued_chunk_ != chunk || glued_end_ < j) {
      size_t chunk_end = j;
      while (chunk_end < end_ && !IsAsciiSpace(static_cast<unsigned char>(t_[chunk_end])))
        ++chunk_end;
      const std::string_view chunk_text = t_.substr(chunk, chunk_end - chunk);
      glued_chunk_ = chunk;
      glued_end_ = chunk_end;
      glued_url_like_ = chunk_text.find("://") != std::string_view::npos ||
                        chunk_text.find("www.") != std::string_view::npos ||
                        chunk_text.find('@') != std::string_view::npos ||
                        chunk_text.find('/') != std::string_view::npos;
    }
    const bool url_like = glued_url_like_;
    // Footnote numbers after a word or a closing bracket: "consultation.11 12 Take",
    // "(type 2).10 This", "large.[7][8] The".
    const bool after_word = IsAsciiAlpha(prev) || prev == ')' || prev == ']' || prev == '"';
    if (after_word && !url_like && (IsAsciiDigit(c) || c == '[')) {
      size_t e = j;
      if (IsAsciiDigit(c)) {
        while (e < end_ && e - j < 4 && IsAsciiDigit(static_cast<unsigned char>(t_[e]))) ++e;
      } else {
        while (e < end_ && t_[e] == '[') {
          // Accept [digits], [digits,digits], [digits-digits], [digits–digits].
          size_t q = e + 1;
          while (q < end_) {
            const auto qc = static_cast<unsigned char>(t_[q]);
            if (IsAsciiDigit(qc) || qc == ',' || qc == '-') {
              ++q;
            } else if (qc == 0xE2 && q + 2 < end_ &&
                       static_cast<unsigned char>(t_[q + 1]) == 0x80 &&
                       static_cast<unsigned char>(t_[q + 2]) == 0x93) {
              q += 3;  // en dash
            } else {
              break;
            }
          }
          if (q == e + 1 || q >= end_ || t_[q] != ']') break;
          e = q + 1;
        }
      }
      if (e > j && e - j <= 12 && (e >= end_ || IsAsciiSpace(static_cast<unsigned char>(t_[e])))) {
        size_t n = SkipSpace(e, end_);
        if (n >= end_) return e;
        // One more bare footnote number may follow ("consultation.11 12 Take").
        size_t m = n;
        while (m < end_ && m - n < 4 && IsAsciiDigit(static_cast<unsigned char>(t_[m]))) ++m;
        if (m > n && m < end_ && IsAsciiSpace(static_cast<unsigned char>(t_[m]))) {
          const size_t n2 = SkipSpace(m, end_);
          if (ClassifyNext(t_, n2, end_) == Next::kUpper) {
            Emit(m);
            return m;
          }
        }
        if (ClassifyNext(t_, n, end_) == Next::kUpper) {
          Emit(e);
          return e;
        }
      }
      return j;
    }
    // Two sentences glued together: "world.Today", "1,000.That" -- but not inside a URL or
    // domain ("www.testurl.Awesome.com"), nor after an initial ("U.S.Army" stays).
    if ((IsAsciiLower(prev) || IsAsciiDigit(prev)) && IsAsciiUpper(c) && !url_like &&
        i - chunk >= 2) {
      size_t e = j + 1;
      while (e < end_ && IsAsciiLower(static_cast<unsigned char>(t_[e]))) ++e;
      if (e == j + 1) return j;  // "Tuesday.M" alone: not a word
      if (e < end_ && t_[e] == '.' && e + 1 < end_ &&
          (IsAsciiAlpha(static_cast<unsigned char>(t_[e + 1])) ||
           IsAsciiDigit(static_cast<unsigned char>(t_[e + 1]))))
        return j;  // a domain continues
      Emit(j);
      return j;
    }
    return j;
  }

  std::string_view t_;
  size_t begin_;
  size_t end_;
  const SentenceOptions& options_;
  std::vector<Span>* out_;
  size_t sent_start_;
  size_t protect_open_ = 0;  // the opener of the protected span
  size_t protect_close_ = kNone;
  // Per opener kind: no closer exists before this position (an earlier search failed).
  size_t no_closer_until_[7] = {kNone, kNone, kNone, kNone, kNone, kNone, kNone};
  ListKind list_kind_ = ListKind::kNone;
  int list_next_ = 0;
  // ChunkStart's memo: the chunk ending at chunk_memo_at_ starts at chunk_memo_start_.
  mutable size_t chunk_memo_at_ = kNone;
  mutable size_t chunk_memo_start_ = 0;
  // OnGluedTerminator's memo: the chunk containing [glued_from_, glued_end_) ends at
  // glued_end_, and whether it looks like a URL or an address.
  size_t glued_chunk_ = kNone;
  size_t glued_end_ = 0;
  bool glued_url_like_ = false;
  // SecondItemFollows' memo: the last search for `marker` from second_item_from_ found
  // second_item_hit_ (or nothing) before the paragraph end second_item_para_end_.
  std::string_view second_item_marker_;
  size_t second_item_from_ = 0;
  size_t second_item_para_end_ = kNone;
  size_t second_item_hit_ = kNone;
};

}  // namespace

void SplitSentences(std::string_view text, Span range, std::vector<Span>* out,
                    const SentenceOptions& options) {
  const size_t end = std::min<size_t>(range.end, text.size());
  const size_t begin = std::min<size_t>(range.begin, end);
  Splitter(text, begin, end, options, out).Run();
}

}  // namespace claimscan
