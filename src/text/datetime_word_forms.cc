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
//     bounds them;
//   - sets and counts the general reading has no unit for: "every two weeks" = P2W, "each 3
//     days", "every weekday" = P1WD, "semiannual" = P0.5Y, "biweekly" = P2W, "the 19th of every
//     month" = XXXX-XX-19, "Friday mornings" = XXXX-WXX-5TMO, "mornings" closing a clause = TMO,
//     and "three weekends" = P3WE (a duration);
//   - compact dates: a month glued to its day ("Dec31, 1994"), a month and day split by a slash
//     ("Nov/2", "2020/Sep/23"), "September-2020-23" (read by the general reading), and eight
//     digits between a dash or slash and a dash, slash or dot ("report-20170302.html" =
//     2017-03-02; any other run of eight digits is a number);
//   - fiscal and school years, as TIMEX labels them (the year's number, whatever month it
//     starts in): "last fiscal year" = FY2018 (a 2019 reference), "fiscal 2020" = "FY2020" =
//     "FY20" = FY2020, "this school year" = SY2019, "academic year 2008" = SY2008; "the 9th
//     month of next year" = 2022-09;
//   - "earlier in the week", "later in the week": the reference's week;
//   - a clock time with an early or late part of the day around it: "early morning at 8:00",
//     "8:00 early morning" = T08:00, "late evening at 10" = T22:00 (a time, no day);
//   - a part of the day that is the whole text ("Evening", a heading or a form field): today's,
//     as "this evening" ("2024-03-13TEV"); anywhere else the word alone is no date ("morning
//     markets", "the night of the attack");
//   - "the weekend" (and "weekend" closing a clause): the weekend of the reference's week, or in
//     a sentence of the past the latest one begun ("Protests spread over the weekend", in a
//     Monday's paper: the Saturday and Sunday before). Not "the weekend before the vote" (a
//     weekend of the story), "a long weekend".
#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
#include "claimscan/datetime.h"
#include "common/strings.h"
#include "text/datetime_calendar.h"
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

const char* PartCodeOfPlural(std::string_view w) {
  if (w.size() < 2 || Lower(w.back()) != 's') return nullptr;
  const std::string_view stem = w.substr(0, w.size() - 1);
  if (EqualsNoCase(stem, "night")) return "NI";
  return PartOfDayCode(stem);
}

// Sets and counts of the pattern's set part in toks[0, n); false if the match is none of them.
bool ReadSetForm(std::string_view text, size_t floor, size_t ceiling,
                 const std::array<Tok, kMaxToks>& toks, int n, TemporalMention* m) {
  const size_t begin = toks[0].begin, end = toks[n - 1].end;
  m->kind = TemporalKind::kSet;
  m->grain = TimeGrain::kDay;
  // "every two weeks", "each 3 days", "every weekday".
  if (n >= 2 && (WordIs(toks[0], "every") || WordIs(toks[0], "each"))) {
    if (n == 2 && WordIs(toks[1], "weekday")) {
      m->value = "P1WD";
      return true;
    }
    if (n != 3) return false;
    int count = toks[1].kind == TokKind::kNumber && !toks[1].has_suffix
                    ? toks[1].number
                    : LookupCountWord(toks[1].text);
    const Unit unit = LookupUnit(toks[2].text);
    if (count < 2 || count > 1000 || toks[1].text == "a") return false;
    const char* designator = unit == Unit::kSecond   ? "S"
                             : unit == Unit::kMinute ? "M"
                             : unit == Unit::kHour   ? "H"
                             : unit == Unit::kDay    ? "D"
                             : unit == Unit::kWeek   ? "W"
                             : unit == Unit::kMonth  ? "M"
                             : unit == Unit::kYear   ? "Y"
                                                     : nullptr;
    if (designator == nullptr) return false;
    const bool clock = unit == Unit::kSecond || unit == Unit::kMinute || unit == Unit::kHour;
    m->grain = clock                  ? TimeGrain::kHour
               : unit == Unit::kWeek  ? TimeGrain::kWeek
               : unit == Unit::kMonth ? TimeGrain::kMonth
               : unit == Unit::kYear  ? TimeGrain::kYear
                                      : TimeGrain::kDay;
    m->value = absl::StrCat("P", clock ? "T" : "", count, designator);
    return true;
  }
  // "semiannual", "biweekly": the prefix glued to the adverb.
  if (n == 1 && toks[0].kind == TokKind::kWord) {
    const std::string_view w = toks[0].text;
    const bool semi = w.size() > 4 && EqualsNoCase(w.substr(0, 4), "semi");
    const bool bi = !semi && w.size() > 2 && EqualsNoCase(w.substr(0, 2), "bi");
    const std::string_view rest = semi ? w.substr(4) : bi ? w.substr(2) : std::string_view();
    const Unit unit = RecurringAdverb(rest);
    if (semi && (unit == Unit::kYear || EqualsNoCase(rest, "annually"))) {
      m->grain = TimeGrain::kYear;
      m->value = "P0.5Y";
      return true;
    }
    if (bi && (unit == Unit::kWeek || unit == Unit::kMonth)) {
      m->grain = unit == Unit::kWeek ? TimeGrain::kWeek : TimeGrain::kMonth;
      m->value = unit == Unit::kWeek ? "P2W" : "P2M";
      return true;
    }
    // "mornings" alone: only closing a clause after a word that is no determiner or count
    // ("the mornings", "two evenings", "cold nights").
    if (const char* code = PartCodeOfPlural(w); code != nullptr) {
      char before = ' ', next = '\0';
      const std::string_view prev = PrevWord(text, floor, begin, &before);
      NextWord(text, ceiling, end, &next);
      if (!ClauseEnds(next) || prev.empty() || LookupCountWord(prev) >= 0 || IsDigit(before) ||
          WordIn(prev,
                 {"the",   "these",     "those", "some", "many", "few",  "several", "his",  "her",
                  "their", "our",       "my",    "your", "its",  "cold", "warm",    "late", "early",
                  "long",  "sleepless", "other", "all",  "most", "both", "which",   "what"})) {
        return false;
      }
      m->value = absl::StrCat("T", code);
      return true;
    }
    return false;
  }
  // "Friday mornings", "Sundays nights": that part of every such weekday.
  if (n == 2 && toks[0].kind == TokKind::kWord) {
    std::string_view day = toks[0].text;
    int weekday = LookupWeekday(day);
    if (weekday < 0 && day.size() > 6 && Lower(day.back()) == 's') {
      weekday = LookupWeekday(day.substr(0, day.size() - 1));
    }
    if (const char* code = PartCodeOfPlural(toks[1].text); weekday >= 0 && code != nullptr) {
      m->value = absl::StrFormat("XXXX-WXX-%dT%s", weekday + 1, code);
      return true;
    }
  }
  // "the 19th of every month": that day of each month.
  if (n >= 4 && WordIs(toks[n - 1], "month") &&
      (WordIs(toks[n - 2], "every") || WordIs(toks[n - 2], "each")) && WordIs(toks[n - 3], "of")) {
    int i = WordIs(toks[0], "the") ? 1 : 0;
    int day = 0;
    int used = 0;
    if (toks[i].kind == TokKind::kNumber && toks[i].has_suffix && toks[i].digits <= 2) {
      day = toks[i].number;
      used = 1;
    } else {
      used = MatchOrdinalDay(toks, i, n, &day);
    }
    if (used == 0 || i + used != n - 3 || day < 1 || day > 31) return false;
    m->value = absl::StrFormat("XXXX-XX-%02d", day);
    return true;
  }
  // "three weekends": a duration of that many weekends.
  if (n == 2 && WordIs(toks[1], "weekends")) {
    const int count = toks[0].kind == TokKind::kNumber && !toks[0].has_suffix
                          ? toks[0].number
                          : LookupCountWord(toks[0].text);
    if (count < 2 || count > 100) return false;
    m->kind = TemporalKind::kDuration;
    m->grain = TimeGrain::kWeek;
    m->value = absl::StrCat("P", count, "WE");
    return true;
  }
  return false;
}

// "last fiscal year", "fiscal 2020", "FY20", "school year 2008", "the 9th month of next year":
// 1 and *m set (span left to the caller); -1 when the words name no year here (no reference,
// no shift and no number: "the school year"); 0 when the match is none of them.
int ReadFiscalYear(const std::array<Tok, kMaxToks>& toks, int n, const CivilDate* ref,
                   TemporalMention* m) {
  int i = 0, shift = 0;
  bool has_shift = false;
  if (i < n && WordIs(toks[i], "the")) ++i;
  if (i < n && toks[i].kind == TokKind::kWord) {
    const std::string_view w = toks[i].text;
    if (WordIn(w, {"this", "current"})) has_shift = true, ++i;
    if (WordIn(w, {"next", "coming"})) has_shift = true, shift = 1, ++i;
    if (WordIn(w, {"last", "past", "previous"})) has_shift = true, shift = -1, ++i;
  }
  if (i >= n) return 0;
  const bool has_ref = ref != nullptr && ref->known();
  // "the 9th month of next year", "the 3rd month of 2021".
  if (toks[i].kind == TokKind::kNumber && toks[i].has_suffix && i + 3 < n &&
      WordIs(toks[i + 1], "month") && WordIs(toks[i + 2], "of")) {
    const int month = toks[i].number;
    int year = 0;
    if (toks[n - 1].kind == TokKind::kNumber && toks[n - 1].digits == 4) {
      year = toks[n - 1].number;
    } else if (WordIs(toks[n - 1], "year") && has_ref && n - 2 > i + 2) {
      const std::string_view w = toks[n - 2].text;
      year = ref->year + (EqualsNoCase(w, "next") ? 1 : EqualsNoCase(w, "last") ? -1 : 0);
    }
    if (month < 1 || month > 12 || year == 0) return -1;
    *m = TemporalMention{};
    m->kind = TemporalKind::kDate;
    m->grain = TimeGrain::kMonth;
    m->relative = toks[n - 1].kind != TokKind::kNumber;
    m->value = absl::StrFormat("%04d-%02d", year, month);
    return 1;
  }
  const char* label = nullptr;
  int year = 0;
  const std::string_view w = toks[i].text;
  if (toks[i].kind == TokKind::kWord && (toks[i].text == "FY")) {
    label = "FY";
    if (i + 1 < n && toks[i + 1].kind == TokKind::kNumber) {
      year = toks[i + 1].number + (toks[i + 1].digits == 2 ? 2000 : 0);
    }
  } else if (WordIn(w, {"fiscal", "financial", "school", "academic"})) {
    label = WordIn(w, {"fiscal", "financial"}) ? "FY" : "SY";
    if (toks[n - 1].kind == TokKind::kNumber && toks[n - 1].digits == 4) {
      year = toks[n - 1].number;
    } else if (has_shift && has_ref) {
      year = ref->year + shift;
    }
  } else {
    return 0;
  }
  if (year < 1800 || year > 2199) return -1;
  *m = TemporalMention{};
  m->kind = TemporalKind::kDate;
  m->grain = TimeGrain::kYear;
  m->relative = has_shift;
  m->value = absl::StrFormat("%s%04d", label, year);
  return 1;
}

// "early morning at 8:00", "8:00 early morning": 1 and *m set (its span from toks[*first]); 0 if
// the match is none of them.
int ReadPartAndTime(const std::array<Tok, kMaxToks>& toks, int n, int* first, TemporalMention* m) {
  int i = 0;
  if (WordIs(toks[0], "at") || WordIs(toks[0], "around")) i = 1;
  *first = i;
  const char* part = nullptr;
  Reading r;
  if (i + 2 < n && (WordIs(toks[i], "early") || WordIs(toks[i], "late")) &&
      (part = PartOfDayCode(toks[i + 1].text)) != nullptr &&
      (WordIs(toks[i + 2], "at") || WordIs(toks[i + 2], "around"))) {
    int used = ReadTime(toks, i + 3, n, &r);
    if (used == 0 && toks[i + 3].kind == TokKind::kNumber && i + 4 == n) {
      r.hour = toks[i + 3].number, r.minute = 0, used = 1;  // "late evening at 10"
    }
    if (used == 0 || i + 3 + used != n) return 0;
  } else if (toks[i].kind == TokKind::kNumber) {
    const int used = ReadTime(toks, i, n, &r);
    if (used == 0 || i + used + 2 != n ||
        !(WordIs(toks[n - 2], "early") || WordIs(toks[n - 2], "late"))) {
      return 0;
    }
    part = PartOfDayCode(toks[n - 1].text);
  } else {
    return 0;
  }
  if (part == nullptr || r.hour < 0 || r.hour > 23) return 0;
  int hour = r.hour;
  if ((part[0] == 'A' || part[0] == 'E') && hour < 12) hour += 12;
  if (part[0] == 'N' && hour >= 6 && hour < 12) hour += 12;
  *m = TemporalMention{};
  m->kind = TemporalKind::kTime;
  m->grain = r.minute > 0 || r.minute_written ? TimeGrain::kMinute : TimeGrain::kHour;
  m->value = absl::StrFormat("T%02d:%02d", hour, r.minute < 0 ? 0 : r.minute);
  return 1;
}

// "the weekend", "weekend" closing a clause: 1 and *m set; -1 when the words are no date here.
int ReadWeekend(std::string_view text, size_t floor, size_t ceiling,
                const std::array<Tok, kMaxToks>& toks, int n, const CivilDate* ref,
                TemporalMention* m) {
  const bool the = n == 2 && WordIs(toks[0], "the");
  if (!(the || n == 1) || !WordIs(toks[n - 1], "weekend")) return 0;
  const size_t begin = toks[0].begin, end = toks[n - 1].end;
  char before = ' ', next = '\0';
  const std::string_view prev = PrevWord(text, floor, begin, &before);
  const std::string_view after = NextWord(text, ceiling, end, &next);
  if (next == '-') return -1;  // "the weekend-long festival"
  if (the) {
    // "the weekend before the vote", "the weekend of the attack": a weekend of the story.
    if (WordIn(after, {"before", "after", "of", "when", "that", "which", "following", "prior",
                       "preceding", "where"})) {
      return -1;
    }
  } else if (!ClauseEnds(next) || prev.empty() ||
             WordIn(prev, {"a",      "an",       "every", "each",  "one",    "long",    "whole",
                           "entire", "that",     "per",   "any",   "some",   "holiday", "bank",
                           "busy",   "big",      "the",   "this",  "next",   "last",    "past",
                           "coming", "previous", "same",  "first", "second", "third",   "final",
                           "his",    "her",      "their", "our",   "my",     "its",     "your"})) {
    return -1;
  }
  if (ref == nullptr || !ref->known()) return -1;
  int64_t days = calendar::ToDays(*ref);
  const int weekday = calendar::WeekdayOfDays(days);  // Monday 0
  // In a sentence of the past, before its Saturday the week's weekend has not come yet.
  if (weekday < 5 && PastContext(text, floor, ceiling, begin, end)) days -= 7;
  int iso_year = 0, week = 0;
  calendar::IsoWeek(calendar::FromDays(days), &iso_year, &week);
  *m = TemporalMention{};
  m->span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
  m->kind = TemporalKind::kDate;
  m->grain = TimeGrain::kWeek;
  m->relative = true;
  m->value = absl::StrFormat("%04d-W%02d-WE", iso_year, week);
  return 1;
}

}  // namespace

std::string WordFormPattern() {
  std::string ordinal_words, ordinal_words31;
  for (int i = 30; i >= 0; --i) {
    const std::string word = absl::StrReplaceAll(AsAbsl(kOrdinalDays[i]), {{"-", "[\\s-]"}});
    absl::StrAppend(&ordinal_words31, i == 30 ? "" : "|", word);
    if (i <= 20) absl::StrAppend(&ordinal_words, i == 20 ? "" : "|", word);
  }
  // Month names and abbreviations, not "may" (a verb more often than a month glued to a day).
  static constexpr const char* kMonthAlternation =
      "january|february|march|april|june|july|august|september|october|november|december|"
      "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
  static constexpr const char* kCountAlternation =
      "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty";
  return absl::StrCat(
      "\\b(?:right\\s+now|now|at\\s+present|at\\s+the\\s+(?:moment|present\\s+time)|"
      "(?:to|till)\\s+date|year[\\s-]+to[\\s-]+date)\\b|",
      "(?:\\bthe\\s+)?\\b(?:(?:1\\d|2[01]|[1-9])(?:st|nd|rd|th)|", ordinal_words,
      ")[\\s-]+century\\b|",
      // Sets and counts: "every two weeks", "every weekday", "semiannual", "Friday mornings",
      // "the 19th of every month", "three weekends".
      "\\b(?:every|each)\\s+(?:weekday\\b|(?:\\d{1,3}|", kCountAlternation,
      ")\\s+(?:seconds|minutes|hours|days|weeks|months|years)\\b)|",
      "\\b(?:semi-?annual(?:ly)?|semi-?yearly|biweekly|bimonthly)\\b|",
      "(?:\\bon\\s+)?\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\s+",
      "(?:mornings|afternoons|evenings|nights)\\b|\\b(?:mornings|afternoons|evenings)\\b|",
      "(?:\\bthe\\s+)?\\b(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)|", ordinal_words31,
      ")\\s+of\\s+(?:every|each)\\s+month\\b|", "\\b(?:\\d{1,2}|", kCountAlternation,
      ")\\s+weekends\\b|",
      // "the weekend", "weekend" closing a clause.
      "(?:\\bthe\\s+)?\\bweekend\\b|",
      // Fiscal and school years: "last fiscal year", "fiscal 2020", "FY20", "school year 2008";
      // "the 9th month of next year".
      "\\b(?:(?:this|next|last|current|previous|coming|the\\s+(?:past|next|previous|current))\\s+)"
      "?",
      "(?:fiscal|financial|school|academic)\\s+year\\b(?:\\s+(?:1[89]|2[01])\\d\\d\\b)?|",
      "\\bfiscal\\s+(?:1[89]|2[01])\\d\\d\\b|\\b(?-i:FY)\\s?(?:(?:19|20)\\d\\d|\\d\\d)\\b|",
      "(?:\\bthe\\s+)?\\b(?:1[0-2]|[1-9])(?:st|nd|rd|th)\\s+month\\s+of\\s+(?:(?:this|next|last)"
      "\\s+",
      "year\\b|(?:1[89]|2[01])\\d\\d\\b)|",
      // "earlier in the week"; "early morning at 8:00", "at 8:00 early morning".
      "\\b(?:earlier|later)\\s+in\\s+the\\s+week\\b|",
      "\\b(?:early|late)\\s+(?:morning|afternoon|evening|night)\\s+(?:at|around)\\s+",
      "(?:[01]?\\d|2[0-3])(?::[0-5]\\d)?(?:\\s*[ap]\\.?m\\b\\.?)?|",
      "(?:\\b(?:at|around)\\s+)?\\b(?:[01]?\\d|2[0-3]):[0-5]\\d(?:\\s*[ap]\\.?m\\b\\.?)?\\s+",
      "(?:early|late)\\s+(?:morning|afternoon|evening|night)\\b|",
      // A part of the day that is the whole text.
      "\\b(?:morning|afternoon|evening|night)\\b|",
      // Compact dates: "Dec31, 1994", "Nov/2", "2020/Sep/23", "September-2020-23", "-20200701-".
      "\\b(?:", kMonthAlternation,
      ")(?:[12]\\d|3[01]|0?[1-9])\\b(?:\\s*,?\\s*(?:1[89]|2[01])\\d\\d\\b)?|",
      "\\b(?:\\d{4}/)?(?:", kMonthAlternation, ")/(?:[12]\\d|3[01]|0?[1-9])\\b|",
      "\\b(?:", kMonthAlternation, ")-(?:1[89]|2[01])\\d\\d-(?:[12]\\d|3[01]|0?[1-9])\\b|",
      "\\b(?:19|20)\\d\\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\b");
}

int ReadWordForm(std::string_view text, size_t floor, size_t ceiling,
                 const std::array<Tok, kMaxToks>& all, int all_n, const CivilDate* ref,
                 TemporalMention* m) {
  if (all_n < 1) return 0;
  // "on Friday mornings": the cue stays out of the span.
  const int skip = all_n > 2 && WordIs(all[0], "on") ? 1 : 0;
  std::array<Tok, kMaxToks> toks;
  std::copy(all.begin() + skip, all.begin() + all_n, toks.begin());
  const int n = all_n - skip;
  const size_t begin = toks[0].begin, end = toks[n - 1].end;
  if (TemporalMention set; ReadSetForm(text, floor, ceiling, toks, n, &set)) {
    *m = std::move(set);
    m->span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    return 1;
  }
  if (const int year = ReadFiscalYear(toks, n, ref, m); year != 0) {
    if (year > 0) m->span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    return year > 0 ? 1 : -1;
  }
  if (int part_first = 0; ReadPartAndTime(toks, n, &part_first, m) > 0) {
    // "late evening at 10 venues": a bare number before a lower-case word counts them.
    char next = '\0';
    const std::string_view after = NextWord(text, ceiling, end, &next);
    if (toks[n - 1].kind == TokKind::kNumber && n >= 2 && toks[n - 2].kind == TokKind::kWord &&
        !after.empty() && after[0] >= 'a' && after[0] <= 'z') {
      return -1;
    }
    m->span = Span{toks[part_first].begin, static_cast<uint32_t>(end)};
    return 1;
  }
  // "Evening" as the whole text: today's evening; the word anywhere else is no date.
  if (n == 1 && toks[0].kind == TokKind::kWord && PartOfDayCode(toks[0].text) != nullptr &&
      Lower(toks[0].text.back()) != 's') {
    std::string_view rest = Trimmed(text, floor, ceiling);
    if (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
    if (rest.data() != text.data() + begin || rest.size() != end - begin) return -1;
    *m = TemporalMention{};
    m->span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    m->kind = TemporalKind::kDate;
    m->grain = TimeGrain::kDay;
    m->relative = true;
    const bool has_ref = ref != nullptr && ref->known();
    m->partial = !has_ref;
    m->value = absl::StrCat(has_ref ? FormatIsoDate(*ref) : "", "T", PartOfDayCode(toks[0].text));
    return 1;
  }
  // "earlier in the week": the reference's week.
  if (n == 4 && (WordIs(toks[0], "earlier") || WordIs(toks[0], "later")) &&
      WordIs(toks[3], "week")) {
    if (ref == nullptr || !ref->known()) return -1;
    int iso_year = 0, week = 0;
    calendar::IsoWeek(*ref, &iso_year, &week);
    *m = TemporalMention{};
    m->span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    m->kind = TemporalKind::kDate;
    m->grain = TimeGrain::kWeek;
    m->relative = true;
    m->value = absl::StrFormat("%04d-W%02d", iso_year, week);
    return 1;
  }
  // "report-20170302.html", "-20200701-": eight digits between separators are a date.
  if (n == 1 && toks[0].kind == TokKind::kNumber && toks[0].digits == 8 && !toks[0].has_suffix) {
    const char before = begin > floor ? text[begin - 1] : ' ';
    const char next = end < ceiling ? text[end] : ' ';
    const int y = DigitsAt(text, begin, 4), mo = DigitsAt(text, begin + 4, 2),
              d = DigitsAt(text, begin + 6, 2);
    if ((before != '-' && before != '/' && before != '_') ||
        (next != '-' && next != '/' && next != '.' && next != '_') ||
        !calendar::IsValid(y, mo, d)) {
      return -1;
    }
    *m = TemporalMention{};
    m->span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    m->kind = TemporalKind::kDate;
    m->grain = TimeGrain::kDay;
    m->value = absl::StrFormat("%04d-%02d-%02d", y, mo, d);
    return 1;
  }
  if (const int weekend = ReadWeekend(text, floor, ceiling, toks, n, ref, m); weekend != 0) {
    return weekend;
  }
  // A part of the day in the plural that is no set ("two evenings", "mornings are cold") is no
  // day either: the general reading would take it for today's.
  if (n == 1 && PartCodeOfPlural(toks[0].text) != nullptr) return -1;
  if (WordIs(toks[n - 1], "century")) {
    int i = WordIs(toks[0], "the") ? 1 : 0;
    int century = 0;
    const int used = i < n ? CenturyOrdinal(toks, i, n, &century) : 0;
    if (used == 0) return 0;
    i += used;
    if (i < n && toks[i].text == "-") ++i;
    if (i != n - 1) return 0;
    *m = TemporalMention{};
    m->span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    m->kind = TemporalKind::kDate;
    m->grain = TimeGrain::kYear;
    m->value = absl::StrFormat("%04d", (century - 1) * 100);
    m->end_value = absl::StrFormat("%04d", (century - 1) * 100 + 99);
    m->counted = true;
    return 1;
  }
  const int kind = PresentKind(toks, n);
  if (kind == 0 || !PresentInContext(text, floor, ceiling, begin, end, toks, n, kind)) {
    return 0;
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
    return 1;
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
  return 1;
}

}  // namespace datetime_internal
}  // namespace claimscan
