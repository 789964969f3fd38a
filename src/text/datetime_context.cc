// Tense of the sentence around a temporal expression, for the ones whose direction the words
// do not fix ("Monday", "August 27", "Halloween", "the 1st"). News mostly looks back, so those
// resolve to the nearest or latest such day; a sentence that speaks of the future ("will
// meet on Monday", "we'll be back August 27") or an expression standing alone (a calendar
// entry, a form field, a heading) names the coming one, as Recognizers-Text and Duckling do.
#include <cstdint>
#include <iterator>
#include <string_view>

#include "text/datetime_internal.h"

namespace claimscan {
namespace datetime_internal {
namespace {

constexpr size_t kWindow = 100;  // bytes looked at on each side, within the sentence

bool IsSentenceEnd(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '!' || c == '?' || c == '\n' || c == ';') return true;
  // A period ends a sentence when a blank follows (not "p.m.5", "7.6", "Sept. 27" is rare
  // enough inside one window to ignore).
  return c == '.' && (i + 1 >= text.size() || text[i + 1] == ' ');
}

constexpr std::string_view kFutureWords[] = {"will", "shall", "gonna", "upcoming", "wont"};
constexpr std::string_view kPastWords[] = {
    "was",  "were", "had",   "did",  "said", "told",      "ago",   "went",
    "came", "met",  "took",  "made", "gave", "held",      "left",  "saw",
    "won",  "lost", "began", "got",  "been", "spoke",     "wrote", "sent",
    "led",  "fell", "rose",  "hit",  "ran",  "announced", "since", "yesterday"};

bool InList(std::string_view w, const std::string_view* list, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (EqualsNoCase(w, list[i])) return true;
  }
  return false;
}

}  // namespace

namespace {

enum class Tense : uint8_t { kPast, kFuture, kAlone, kOther };

Tense SentenceTense(std::string_view text, size_t floor, size_t ceiling, size_t begin, size_t end) {
  size_t lo = begin;
  while (lo > floor && begin - lo < kWindow && !IsSentenceEnd(text, lo - 1)) --lo;
  size_t hi = end;
  while (hi < ceiling && hi - end < kWindow && !IsSentenceEnd(text, hi)) ++hi;
  bool future = false, other = false;
  std::string_view prev;  // the word before, for "be held"
  for (size_t i = lo; i < hi;) {
    if (i == begin) {
      i = end;
      continue;
    }
    if (!IsAsciiAlpha(text[i]) && !IsDigit(text[i])) {
      // "we'll", "I'll": a glued "'ll" is the future.
      if ((text[i] == '\'' || text[i] == '\x92') && i + 2 < hi && Lower(text[i + 1]) == 'l' &&
          Lower(text[i + 2]) == 'l' && (i + 3 >= hi || !IsAsciiAlpha(text[i + 3]))) {
        future = true;
      }
      ++i;
      continue;
    }
    size_t j = i;
    while (j < hi && j != begin && (IsAsciiAlpha(text[j]) || IsDigit(text[j]))) ++j;
    const std::string_view w = text.substr(i, j - i);
    // Words that only lead into the expression ("on", "at", "by") leave it standing alone.
    static constexpr std::string_view kLeads[] = {
        "on",    "at",     "in",      "by",      "the", "for", "of", "from", "to", "till",
        "until", "untill", "through", "between", "and", "am",  "pm", "a",    "p"};
    const std::string_view before = prev;
    prev = w;
    if (InList(w, kFutureWords, std::size(kFutureWords))) {
      future = true;
    } else if (w.size() < 2 || IsDigit(w[0])) {
      // numbers and single letters say nothing
    } else if (EqualsNoCase(before, "be")) {
      // A participle after "be" is passive, not past: "will be held", "to be signed".
      other = true;
    } else if (InList(w, kPastWords, std::size(kPastWords)) ||
               (w.size() >= 5 && Lower(w[w.size() - 2]) == 'e' && Lower(w.back()) == 'd' &&
                !EqualsNoCase(w, "scheduled") && !EqualsNoCase(w, "expected") &&
                !EqualsNoCase(w, "planned") && !EqualsNoCase(w, "need"))) {
      return Tense::kPast;  // a past sentence: the news reading
    } else if (!other && !InList(w, kLeads, std::size(kLeads)) && !IsCalendarWord(w)) {
      other = true;
    }
    i = j;
  }
  return future ? Tense::kFuture : other ? Tense::kOther : Tense::kAlone;
}

}  // namespace

bool FutureContext(std::string_view text, size_t floor, size_t ceiling, size_t begin, size_t end) {
  const Tense t = SentenceTense(text, floor, ceiling, begin, end);
  return t == Tense::kFuture || t == Tense::kAlone;
}

bool PastContext(std::string_view text, size_t floor, size_t ceiling, size_t begin, size_t end) {
  return SentenceTense(text, floor, ceiling, begin, end) == Tense::kPast;
}

// A capitalised month name standing alone at text[begin, end) that is a person's name or the
// verb "may" rather than the month: right after a capitalised word that cannot lead into a
// date ("Theresa May", "Brian May", "Billie August"), or "May" opening a sentence before its
// subject ("May I ask", "May he rest in peace", "May the best team win").
bool MonthWordIsNoMonth(std::string_view text, size_t floor, size_t begin, size_t end) {
  const std::string_view word = text.substr(begin, end - begin);
  if (word != "May" && word != "June" && word != "April" && word != "August") return false;
  size_t w = begin;
  while (w > floor && IsBlank(text[w - 1])) --w;
  size_t wb = w;
  while (wb > floor && IsAsciiAlpha(text[wb - 1])) --wb;
  const std::string_view prev = text.substr(wb, w - wb);
  if (w == begin - 1 && !prev.empty() && prev[0] >= 'A' && prev[0] <= 'Z' && prev.size() > 1 &&
      (wb == floor || IsBlank(text[wb - 1])) && !IsLeadingCue(prev) && !IsShiftWord(prev)) {
    for (std::string_view c :
         {"Early", "Mid", "Late", "This", "Each", "Every", "And", "Or", "Through", "Between",
          "Since", "Until", "Till", "By", "For", "Around"}) {
      if (prev == c) return false;
    }
    return true;
  }
  if (word != "May") return false;
  const bool opens =
      w == floor || std::string_view(".!?:;(\"'").find(text[w - 1]) != std::string_view::npos ||
      (w >= floor + 3 && (text.substr(w - 3, 3) == "\u201c" || text.substr(w - 3, 3) == "\u2018"));
  if (!opens || end >= text.size() || !IsBlank(text[end])) return false;
  size_t nb = end;
  while (nb < text.size() && IsBlank(text[nb])) ++nb;
  size_t ne = nb;
  while (ne < text.size() && IsAsciiAlpha(text[ne])) ++ne;
  const std::string_view next = text.substr(nb, ne - nb);
  for (std::string_view p : {"I", "we", "you", "he", "she", "it", "they", "God", "the", "his",
                             "her", "their", "our", "your", "all", "this", "that"}) {
    if (next == p) return true;
  }
  return false;
}

}  // namespace datetime_internal
}  // namespace claimscan
