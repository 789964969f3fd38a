// Words for the present and for centuries, read straight from a match of their own pattern
// (the scan's other readings never see them):
//   - the present: "right now", "at the moment", "at present", "at the present time" and "now"
//     at the end of a clause ("we must act now.") = TIMEX's PRESENT_REF; "to date", "till date"
//     = up to the present (PRESENT_REF, modifier "before"); "year to date" = the reference's
//     year. "now" before more words is the adverb of news ("Israel now says", "is now
//     closed"), "at the moment of impact" a moment of the story, "up to date" and "began to
//     date him" no dates: none of them is taken.
//   - centuries: "the 21st century", "19th-century", "the twentieth century" = the hundred
//     years from (n - 1) * 100 ("2000" to "2099"), a counted range of years, as Recognizers-Text
//     bounds them.
#include <array>
#include <initializer_list>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
#include "claimscan/datetime.h"
#include "common/strings.h"
#include "text/datetime_internal.h"

namespace claimscan {
namespace datetime_internal {
namespace {

bool WordIs(const Tok& t, std::string_view w) {
  return t.kind == TokKind::kWord && EqualsNoCase(t.text, w);
}

bool WordIn(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view c : list) {
    if (EqualsNoCase(w, c)) return true;
  }
  return false;
}

// The word right before text[b] within [floor, b) (letters only; empty if a non-blank,
// non-letter byte comes first), and the byte before that word in *before.
std::string_view PrevWord(std::string_view text, size_t floor, size_t b, char* before) {
  size_t e = b;
  while (e > floor && IsBlank(text[e - 1])) --e;
  size_t s = e;
  while (s > floor && IsAsciiAlpha(text[s - 1])) --s;
  *before = s > floor ? text[s - 1] : ' ';
  if (s == e && e > floor) *before = text[e - 1];
  return text.substr(s, e - s);
}

// The word right after text[e) (letters only), and the first non-blank byte after e (0 at the
// end) in *next.
std::string_view NextWord(std::string_view text, size_t ceiling, size_t e, char* next) {
  size_t s = e;
  while (s < ceiling && IsBlank(text[s])) ++s;
  *next = s < ceiling ? text[s] : '\0';
  size_t k = s;
  while (k < ceiling && IsAsciiAlpha(text[k])) ++k;
  return text.substr(s, k - s);
}

bool ClauseEnds(char next) {
  return next == '\0' || next == '.' || next == '!' || next == '?' || next == ';' || next == ',' ||
         next == ')' || next == '"' || next == ':';
}

// Which present phrase toks[0, n) is; 0 if none. 1 = the present instant, 2 = up to the
// present, 3 = the year up to the present.
int PresentKind(const std::array<Tok, kMaxToks>& toks, int n) {
  if (n == 1 && WordIs(toks[0], "now")) return 1;
  if (n == 2 && WordIs(toks[0], "right") && WordIs(toks[1], "now")) return 1;
  if (n == 2 && WordIs(toks[0], "at") && WordIs(toks[1], "present")) return 1;
  if (n == 3 && WordIs(toks[0], "at") && WordIs(toks[1], "the") && WordIs(toks[2], "moment")) {
    return 1;
  }
  if (n == 4 && WordIs(toks[0], "at") && WordIs(toks[1], "the") && WordIs(toks[2], "present") &&
      WordIs(toks[3], "time")) {
    return 1;
  }
  if (n == 2 && (WordIs(toks[0], "to") || WordIs(toks[0], "till")) && WordIs(toks[1], "date")) {
    return 2;
  }
  if (WordIs(toks[0], "year") && WordIs(toks[n - 1], "date") &&
      ((n == 3 && WordIs(toks[1], "to")) ||
       (n == 5 && toks[1].text == "-" && WordIs(toks[2], "to") && toks[3].text == "-"))) {
    return 3;
  }
  return 0;
}

// Whether the phrase of `kind` at text[begin, end) is the present in its sentence.
bool PresentInContext(std::string_view text, size_t floor, size_t ceiling, size_t begin, size_t end,
                      const std::array<Tok, kMaxToks>& toks, int n, int kind) {
  char before = ' ', next = '\0';
  const std::string_view prev = PrevWord(text, floor, begin, &before);
  const std::string_view after = NextWord(text, ceiling, end, &next);
  // "from right now", "until now": the present as one end of a span the range pass reads.
  if (kind == 1 && WordIn(prev, {"from", "since", "until", "till", "by"})) return false;
  if (kind == 1 && n == 1) {
    // "now" alone: only closing a clause after a word that does not make it a phrase of its
    // own ("from now", "by now", "for now", "until now", "just now").
    return ClauseEnds(next) && !prev.empty() &&
           !WordIn(prev, {"from", "by", "for", "until", "till", "since", "than", "just", "and",
                          "or", "as", "of", "up", "but", "even", "only", "right"});
  }
  if (kind == 1 && WordIs(toks[n - 1], "moment")) {
    // "at the moment of impact", "at the moment he fell": a moment of the story.
    return ClauseEnds(next) ||
           !WordIn(after,
                   {"of",  "when", "that", "which", "where", "before", "after", "the",  "a", "an",
                    "his", "her",  "its",  "their", "he",    "she",    "it",    "they", "i", "we"});
  }
  if (kind == 2) {
    // "up to date", "up-to-date", "out-of-date"; "began to date him": the verb.
    if (before == '-') return false;
    if (WordIn(prev, {"up",      "began",   "begin",  "begins",  "started",   "start",
                      "starts",  "want",    "wants",  "wanted",  "like",      "likes",
                      "liked",   "decided", "agreed", "refused", "continued", "used",
                      "allowed", "going",   "able",   "tried"})) {
      return false;
    }
    if (next == '-' || IsDigit(next)) return false;  // "equal to date 1": a field's name
    return ClauseEnds(next) || !(WordIn(after, {"him", "her", "them", "someone", "a", "an", "the",
                                                "his", "their", "women", "men", "anyone"}) ||
                                 (next >= 'A' && next <= 'Z'));
  }
  return true;
}

// "21st", "twenty-first": the ordinal at toks[i] (tokens used, 0 if none), 1-21.
int CenturyOrdinal(const std::array<Tok, kMaxToks>& toks, int i, int n, int* value) {
  if (toks[i].kind == TokKind::kNumber && toks[i].has_suffix && toks[i].digits <= 2 &&
      toks[i].number >= 1 && toks[i].number <= 21) {
    *value = toks[i].number;
    return 1;
  }
  const int used = MatchOrdinalDay(toks, i, n, value);
  return used > 0 && *value <= 21 ? used : 0;
}

}  // namespace

std::string PresentPattern() {
  std::string ordinal_words;
  for (int i = 20; i >= 0; --i) {
    absl::StrAppend(&ordinal_words, i == 20 ? "" : "|",
                    absl::StrReplaceAll(AsAbsl(kOrdinalDays[i]), {{"-", "[\\s-]"}}));
  }
  return absl::StrCat(
      "\\b(?:right\\s+now|now|at\\s+present|at\\s+the\\s+(?:moment|present\\s+time)|"
      "(?:to|till)\\s+date|year[\\s-]+to[\\s-]+date)\\b|",
      "(?:\\bthe\\s+)?\\b(?:(?:1\\d|2[01]|[1-9])(?:st|nd|rd|th)|", ordinal_words,
      ")[\\s-]+century\\b");
}

bool ReadPresentOrCentury(std::string_view text, size_t floor, size_t ceiling,
                          const std::array<Tok, kMaxToks>& toks, int n, const CivilDate* ref,
                          TemporalMention* m) {
  if (n < 1) return false;
  const size_t begin = toks[0].begin, end = toks[n - 1].end;
  if (WordIs(toks[n - 1], "century")) {
    int i = WordIs(toks[0], "the") ? 1 : 0;
    int century = 0;
    const int used = i < n ? CenturyOrdinal(toks, i, n, &century) : 0;
    if (used == 0) return false;
    i += used;
    if (i < n && toks[i].text == "-") ++i;
    if (i != n - 1) return false;
    *m = TemporalMention{};
    m->span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    m->kind = TemporalKind::kDate;
    m->grain = TimeGrain::kYear;
    m->value = absl::StrFormat("%04d", (century - 1) * 100);
    m->end_value = absl::StrFormat("%04d", (century - 1) * 100 + 99);
    m->counted = true;
    return true;
  }
  const int kind = PresentKind(toks, n);
  if (kind == 0 || !PresentInContext(text, floor, ceiling, begin, end, toks, n, kind)) {
    return false;
  }
  *m = TemporalMention{};
  m->span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  m->relative = true;
  if (kind == 3) {
    m->kind = TemporalKind::kDate;
    m->grain = TimeGrain::kYear;
    const bool has_ref = ref != nullptr && ref->known();
    m->value = has_ref ? absl::StrFormat("%04d", ref->year) : "XXXX";
    m->partial = !has_ref;
    return true;
  }
  m->value = "PRESENT_REF";
  if (kind == 2) {
    m->kind = TemporalKind::kDate;
    m->grain = TimeGrain::kDay;
    m->mod = "before";
    m->mod_begin = m->span.begin;
  } else {
    m->kind = TemporalKind::kDateTime;
    m->grain = TimeGrain::kSecond;
  }
  return true;
}

}  // namespace datetime_internal
}  // namespace claimscan
