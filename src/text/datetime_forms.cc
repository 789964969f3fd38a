// Forms the single-expression scan leaves in pieces, joined after the modifier pass (the
// Recognizers-Text conventions, kept only where news text reads the same way):
//   - a day and a bounded time of that day: "tomorrow before 5pm", "Feb 1st no later than 6:00",
//     "1/1/2015 after 2:00" = one date-time with the time's modifier;
//   - a modifier after its date: "3 pm or later", "2016 and after" (open from it on), "2010 or
//     earlier" (open up to it);
//   - a span of months before a month's year: "Jan-Feb 2017", "January - March 2020";
//   - "later" / "late" / "mid" / "earlier" / "early" before a day or part of a day ("later this
//     afternoon", "mid today", "later in today"): the same period, the words in the span;
//   - "the" before "end / beginning / middle of" a year stays out of the span ("at the end of
//     2000" = "end of 2000"), as Recognizers-Text spans it.
// And the reading of a weekday with a day of the month but no month ("Tue 13th", "Sunday 31"):
// the month where that day falls on that weekday.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_format.h"
#include "claimscan/datetime.h"
#include "text/datetime_calendar.h"
#include "text/datetime_internal.h"

namespace claimscan {
namespace datetime_internal {
namespace {

bool IsDayValue(const TemporalMention& m) {
  if (m.kind != TemporalKind::kDate || m.grain != TimeGrain::kDay || m.value.size() != 10 ||
      !m.end_value.empty() || !m.mod.empty()) {
    return false;
  }
  CivilDate d;
  return ParseIsoDate(m.value, &d);
}

size_t SkipBlanksFrom(std::string_view text, size_t i) {
  while (i < text.size() && IsBlank(text[i])) ++i;
  return i;
}

// The word starting at text[i] (letters only); empty if none.
std::string_view WordAt(std::string_view text, size_t i) {
  size_t e = i;
  while (e < text.size() && IsAsciiAlpha(text[e])) ++e;
  return text.substr(i, e - i);
}

// The word ending at text[e) after blanks back to `floor`; sets *b to its start.
std::string_view WordBefore(std::string_view text, size_t floor, size_t e, size_t* b) {
  while (e > floor && IsBlank(text[e - 1])) --e;
  size_t k = e;
  while (k > floor && IsAsciiAlpha(text[k - 1])) --k;
  *b = k;
  return text.substr(k, e - k);
}

int MonthOfWord(std::string_view w) {
  for (int i = 0; i < 12; ++i) {
    if (EqualsNoCase(w, kMonthNames[i])) return i + 1;
  }
  for (const auto& [abbrev, month] : kMonthAbbrevs) {
    if (EqualsNoCase(w, abbrev)) return month;
  }
  return 0;
}

// "tomorrow before 5pm": a day right before a time that carries a modifier.
bool JoinDayAndBoundedTime(std::string_view text, const TemporalMention& day,
                           TemporalMention* time) {
  if (!IsDayValue(day) || time->kind != TemporalKind::kTime || time->zoned ||
      !time->end_value.empty() || time->value.size() < 3 || time->value[0] != 'T' ||
      !IsDigit(time->value[1]) ||
      (time->mod != "before" && time->mod != "after" && time->mod != "since")) {
    return false;
  }
  if (time->mod_begin < day.span.end || !Trimmed(text, day.span.end, time->mod_begin).empty()) {
    return false;
  }
  time->value = day.value + time->value;
  time->kind = TemporalKind::kDateTime;
  time->span.begin = day.span.begin;
  time->mod_begin = day.span.begin;
  time->relative = day.relative || time->relative;
  return true;
}

// "Sunday late evening at 10:00": a weekday right before an early or late part of the day with
// its clock time is that time of that day.
bool JoinDayAndPartTime(std::string_view text, const TemporalMention& day, TemporalMention* time) {
  if (!IsDayValue(day) || time->kind != TemporalKind::kTime || time->zoned ||
      !time->end_value.empty() || !time->mod.empty() || time->value.size() != 6 ||
      time->value[0] != 'T' || !Trimmed(text, day.span.end, time->span.begin).empty()) {
    return false;
  }
  const std::string_view word = WordAt(text, time->span.begin);
  if (!EqualsNoCase(word, "early") && !EqualsNoCase(word, "late")) return false;
  // Only a weekday, as "Sunday at 10:00" reads (a holiday keeps its time apart).
  if (LookupWeekday(text.substr(day.span.begin, day.span.end - day.span.begin)) < 0) return false;
  time->value = day.value + time->value;
  time->kind = TemporalKind::kDateTime;
  time->span.begin = day.span.begin;
  time->relative = day.relative || time->relative;
  return true;
}

// "3 pm or later", "1/1/2016 and after", "2016 and greater", "2010 or earlier": the words after
// the mention bound it; they join its span and `mod_begin` is its own start.
void PostfixModifier(std::string_view text, TemporalMention* m) {
  if (!m->mod.empty() || !m->end_value.empty() || m->kind == TemporalKind::kDuration ||
      m->kind == TemporalKind::kSet) {
    return;
  }
  const size_t a = SkipBlanksFrom(text, m->span.end);
  const std::string_view joiner = WordAt(text, a);
  if (!EqualsNoCase(joiner, "or") && !EqualsNoCase(joiner, "and")) return;
  const size_t b = SkipBlanksFrom(text, a + joiner.size());
  if (b == a + joiner.size()) return;
  const std::string_view word = WordAt(text, b);
  std::string_view mod;
  if (EqualsNoCase(word, "later") || EqualsNoCase(word, "after") || EqualsNoCase(word, "greater") ||
      EqualsNoCase(word, "beyond")) {
    mod = "since";
  } else if (EqualsNoCase(word, "earlier") || EqualsNoCase(word, "before") ||
             EqualsNoCase(word, "sooner")) {
    mod = "before";
  } else {
    return;
  }
  // "2016 and after the war": the preposition leads on into another phrase.
  const size_t e = b + word.size();
  const size_t next = SkipBlanksFrom(text, e);
  const bool preposition = EqualsNoCase(word, "after") || EqualsNoCase(word, "before");
  if (preposition && next < text.size() && (IsAsciiAlpha(text[next]) || IsDigit(text[next]))) {
    return;
  }
  m->mod = mod;
  m->mod_begin = m->span.begin;
  m->span.end = static_cast<uint32_t>(e);
}

// "Jan-Feb 2017": a month name and a dash right before a month of a year.
void MonthSpanBefore(std::string_view text, size_t floor, TemporalMention* m) {
  if (m->kind != TemporalKind::kDate || m->grain != TimeGrain::kMonth || m->value.size() != 7 ||
      !m->end_value.empty() || !m->mod.empty() || !IsDigit(m->value[0])) {
    return;
  }
  size_t e = m->span.begin;
  while (e > floor && IsBlank(text[e - 1])) --e;
  if (e == floor ||
      (text[e - 1] != '-' && !(e >= floor + 3 && text.substr(e - 3, 3) == "\u2013"))) {
    return;
  }
  e -= text[e - 1] == '-' ? 1 : 3;
  size_t b = 0;
  const std::string_view word = WordBefore(text, floor, e, &b);
  const int first = MonthOfWord(word);
  // The year word must stand between the first month and the one given ("Jan-Feb 2017").
  const int year = DigitsAt(m->value, 0, 4);
  const int last = DigitsAt(m->value, 5, 2);
  if (year < 0 || last < 0 || first == 0 || first == last ||
      (b > floor && IsAsciiAlpha(text[b - 1])))
    return;
  m->end_value = m->value;
  m->value = absl::StrFormat("%04d-%02d", first < last ? year : year - 1, first);
  m->span.begin = static_cast<uint32_t>(b);
}

// "later this afternoon", "mid today", "later in today": the period named, the words with it.
void LeadingPartWords(std::string_view text, size_t floor, TemporalMention* m) {
  if (!m->mod.empty() || !m->end_value.empty() ||
      (m->kind != TemporalKind::kDate && m->kind != TemporalKind::kDateTime) ||
      m->value.size() < 10 || !m->relative) {
    return;
  }
  const std::string_view first = WordAt(text, m->span.begin);
  const bool day_word = EqualsNoCase(first, "this") || EqualsNoCase(first, "today") ||
                        EqualsNoCase(first, "tonight") || EqualsNoCase(first, "tomorrow") ||
                        EqualsNoCase(first, "yesterday");
  if (!day_word) return;
  size_t b = 0;
  std::string_view w = WordBefore(text, floor, m->span.begin, &b);
  size_t start = b;
  if (EqualsNoCase(w, "in")) {
    size_t b2 = 0;
    w = WordBefore(text, floor, b, &b2);
    if (!EqualsNoCase(w, "later") && !EqualsNoCase(w, "earlier")) return;
    start = b2;
  } else if (!EqualsNoCase(w, "later") && !EqualsNoCase(w, "late") && !EqualsNoCase(w, "mid") &&
             !EqualsNoCase(w, "earlier") && !EqualsNoCase(w, "early")) {
    return;
  }
  if (start > floor && IsAsciiAlpha(text[start - 1])) return;
  m->span.begin = static_cast<uint32_t>(start);
}

// "the end of 2000" → "end of 2000".
void DropArticleBeforePartOfYear(std::string_view text, TemporalMention* m) {
  if (!m->mod.empty() || m->grain != TimeGrain::kYear || !m->end_value.empty()) return;
  const std::string_view the = WordAt(text, m->span.begin);
  if (!EqualsNoCase(the, "the")) return;
  const size_t b = SkipBlanksFrom(text, m->span.begin + 3);
  const std::string_view part = WordAt(text, b);
  if (b == m->span.begin + 3 || !(EqualsNoCase(part, "end") || EqualsNoCase(part, "beginning") ||
                                  EqualsNoCase(part, "middle") || EqualsNoCase(part, "start"))) {
    return;
  }
  m->span.begin = static_cast<uint32_t>(b);
}

// A season without year or "this" / "last" ("summer", "in winter") is one only where no word
// follows it ("summer camp", "winter storm") and no capitalised word leads into it ("Arab
// Spring", "Donna Summer").
bool LooseSeason(std::string_view text, size_t floor, const TemporalMention& m) {
  if (m.value.size() != 2 || m.grain != TimeGrain::kMonth || m.kind != TemporalKind::kDate) {
    return false;
  }
  const size_t next = SkipBlanksFrom(text, m.span.end);
  if (next < text.size() && IsAsciiAlpha(text[next])) return true;
  size_t b = 0;
  const std::string_view before = WordBefore(text, floor, m.span.begin, &b);
  return !before.empty() && before[0] >= 'A' && before[0] <= 'Z' && text[m.span.begin] >= 'A' &&
         text[m.span.begin] <= 'Z';
}

// "in 2017 april": a year and the month after it are that month of that year.
bool JoinYearAndMonth(std::string_view text, const TemporalMention& year, TemporalMention* m) {
  if (year.grain != TimeGrain::kYear || year.value.size() != 4 || !year.end_value.empty() ||
      !year.mod.empty() || m->grain != TimeGrain::kMonth || m->value.size() != 7 ||
      !m->end_value.empty() || !m->mod.empty() || !IsDigit(m->value[0]) ||
      !Trimmed(text, year.span.end, m->span.begin).empty() ||
      MonthOfWord(WordAt(text, m->span.begin)) == 0) {
    return false;
  }
  m->value = year.value + m->value.substr(4);
  m->span.begin = year.span.begin;
  m->relative = false;
  return true;
}

// "Thursday 19:00 - 21:00", "Tuesday at 2:00 - 2:30 pm": a day's time and a later time of the
// same day are a range; an "am" / "pm" on the end alone holds for the start too.
bool JoinDayTimeAndTime(std::string_view text, TemporalMention* start, const TemporalMention& end) {
  if (start->kind != TemporalKind::kDateTime || start->value.size() != 16 ||
      start->value[10] != 'T' || !start->end_value.empty() || !start->mod.empty() || start->zoned ||
      end.kind != TemporalKind::kTime || end.value.size() != 6 || !end.end_value.empty() ||
      !end.mod.empty() || end.zoned) {
    return false;
  }
  const std::string_view gap = Trimmed(text, start->span.end, end.span.begin);
  if (gap != "-" && gap != "\u2013" && !EqualsNoCase(gap, "to") && !EqualsNoCase(gap, "until") &&
      !EqualsNoCase(gap, "till")) {
    return false;
  }
  const int start_hour = DigitsAt(start->value, 11, 2),
            start_minute = DigitsAt(start->value, 14, 2);
  const int end_hour = DigitsAt(end.value, 1, 2), end_minute = DigitsAt(end.value, 4, 2);
  if (start_hour < 0 || start_minute < 0 || end_hour < 0 || end_minute < 0) return false;
  int from = start_hour * 60 + start_minute;
  const int to = end_hour * 60 + end_minute;
  const std::string_view start_text =
      text.substr(start->span.begin, start->span.end - start->span.begin);
  const bool start_marked = start_text.find_first_of("aApP") != std::string_view::npos &&
                            (start_text.find('m') != std::string_view::npos ||
                             start_text.find('M') != std::string_view::npos);
  if (!start_marked && from < 12 * 60 && to >= 12 * 60 && from + 12 * 60 <= to) from += 12 * 60;
  if (to <= from) return false;
  start->value = absl::StrFormat("%sT%02d:%02d", start->value.substr(0, 10), from / 60, from % 60);
  start->end_value = absl::StrFormat("%sT%02d:%02d", start->value.substr(0, 10), to / 60, to % 60);
  if (start->grain < TimeGrain::kMinute) start->grain = TimeGrain::kMinute;
  start->span.end = end.span.end;
  return true;
}

bool IsRangeJoiner(std::string_view gap, bool between) {
  if (between) return EqualsNoCase(gap, "and");
  return gap == "-" || gap == "\u2013" || EqualsNoCase(gap, "to") || EqualsNoCase(gap, "till") ||
         EqualsNoCase(gap, "until") || EqualsNoCase(gap, "through") || EqualsNoCase(gap, "thru");
}

// A day of the month written alone: "9th", "17", "ninth", "seventeenth" (one word). 0 if none.
int DayWord(std::string_view w) {
  if (w.empty()) return 0;
  if (IsDigit(w[0])) {
    size_t k = 0;
    int day = 0;
    while (k < w.size() && IsDigit(w[k]) && k < 2) day = day * 10 + (w[k++] - '0');
    const std::string_view suffix = w.substr(k);
    if (!suffix.empty() && !EqualsNoCase(suffix, "st") && !EqualsNoCase(suffix, "nd") &&
        !EqualsNoCase(suffix, "rd") && !EqualsNoCase(suffix, "th")) {
      return 0;
    }
    return day >= 1 && day <= 31 ? day : 0;
  }
  for (int d = 0; d < 31; ++d) {
    if (EqualsNoCase(w, kOrdinalDays[d])) return d + 1;
  }
  return 0;
}

// The token (letters, digits, '-') ending at text[e) after blanks; sets *b to its start.
std::string_view TokenBefore(std::string_view text, size_t floor, size_t e, size_t* b) {
  while (e > floor && IsBlank(text[e - 1])) --e;
  size_t k = e;
  while (k > floor && (IsAsciiAlpha(text[k - 1]) || IsDigit(text[k - 1]) || text[k - 1] == '-')) {
    --k;
  }
  *b = k;
  return text.substr(k, e - k);
}

std::string_view TokenAt(std::string_view text, size_t i) {
  size_t e = i;
  while (e < text.size() && (IsAsciiAlpha(text[e]) || IsDigit(text[e]) || text[e] == '-')) ++e;
  return text.substr(i, e - i);
}

// "from ninth till seventeenth of april", "between the 9th and the 17th of April": a day of the
// month alone before a joiner and a day with its month is the range's first day.
bool DayBeforeDayRange(std::string_view text, size_t floor, TemporalMention* m) {
  if (!IsDayValue(*m)) return false;
  size_t b = m->span.begin;
  std::string_view first = TokenAt(text, b);
  if (EqualsNoCase(first, "the")) first = TokenAt(text, SkipBlanksFrom(text, b + 3));
  const int end_day = DayWord(first);
  if (end_day == 0 || DigitsAt(m->value, 8, 2) != end_day) return false;
  size_t jb = 0;
  const std::string_view joiner = TokenBefore(text, floor, b, &jb);
  size_t db = 0;
  std::string_view day = TokenBefore(text, floor, jb, &db);
  size_t start = db;
  if (EqualsNoCase(day, "the")) day = {};
  const int start_day = DayWord(day);
  if (start_day == 0 || start_day >= end_day) return false;
  size_t cb = 0;
  std::string_view cue = TokenBefore(text, floor, db, &cb);
  if (EqualsNoCase(cue, "the")) {
    start = cb;
    cue = TokenBefore(text, floor, cb, &cb);
  }
  const bool between = EqualsNoCase(cue, "between");
  if (!IsRangeJoiner(joiner, between)) return false;
  // A bare number needs "from" or "between" ("pages 9 to 17 of April's report" is no range).
  if (!between && !EqualsNoCase(cue, "from") && IsDigit(day[0])) return false;
  if (between || EqualsNoCase(cue, "from")) start = cb;
  m->end_value = m->value;
  m->value = absl::StrFormat("%s-%02d", m->value.substr(0, 7), start_day);
  m->span.begin = static_cast<uint32_t>(start);
  return true;
}

// "April 9th through seventeenth", "May 3 - 5th": a day with its month, a joiner and a later day
// of the month alone.
void DayRangeAfter(std::string_view text, size_t limit, TemporalMention* m) {
  if (!IsDayValue(*m) || m->span.end == 0 ||
      !(IsDigit(text[m->span.end - 1]) || IsAsciiAlpha(text[m->span.end - 1]))) {
    return;
  }
  size_t lb = 0;
  const int start_day = DayWord(TokenBefore(text, m->span.begin, m->span.end, &lb));
  if (start_day == 0 || DigitsAt(m->value, 8, 2) != start_day) return;
  const size_t j = SkipBlanksFrom(text, m->span.end);
  std::string_view joiner = TokenAt(text, j);
  if (joiner.empty() && j < text.size() && text[j] == '-') joiner = text.substr(j, 1);
  if (joiner.empty() || !IsRangeJoiner(joiner, false)) return;
  const size_t d = SkipBlanksFrom(text, j + joiner.size());
  const std::string_view day = TokenAt(text, d);
  const int end_day = DayWord(day);
  // The end names no month of its own: no month name or "of" after it.
  const size_t after = SkipBlanksFrom(text, d + day.size());
  const std::string_view next = WordAt(text, after);
  if (end_day <= start_day || d + day.size() > limit || MonthOfWord(next) != 0 ||
      EqualsNoCase(next, "of") || (IsDigit(day[0]) && !IsAsciiAlpha(day.back()))) {
    return;
  }
  m->end_value = absl::StrFormat("%s-%02d", m->value.substr(0, 7), end_day);
  m->span.end = static_cast<uint32_t>(d + day.size());
}

// "from Monday to Friday", "from next monday to friday": a weekday alone at the end of a range
// is the first such day from the start on.
bool WeekdayToWeekday(std::string_view text, size_t floor, TemporalMention* start,
                      const TemporalMention& end) {
  if (!IsDayValue(*start) || !IsDayValue(end)) return false;
  const std::string_view end_word = text.substr(end.span.begin, end.span.end - end.span.begin);
  bool end_is_weekday = false;
  for (const std::string_view name : kWeekdayNames) end_is_weekday |= EqualsNoCase(end_word, name);
  if (!end_is_weekday) return false;
  size_t cb = 0;
  const std::string_view cue = WordBefore(text, floor, start->span.begin, &cb);
  const bool between = EqualsNoCase(cue, "between");
  if (!IsRangeJoiner(Trimmed(text, start->span.end, end.span.begin), between) ||
      (!between && !EqualsNoCase(cue, "from"))) {
    return false;
  }
  CivilDate a, z;
  if (!ParseIsoDate(start->value, &a) || !ParseIsoDate(end.value, &z)) return false;
  const int64_t from = calendar::ToDays(a);
  const int gap =
      (calendar::WeekdayOfDays(calendar::ToDays(z)) - calendar::WeekdayOfDays(from) + 7) % 7;
  if (gap == 0) return false;
  start->end_value = FormatIsoDate(calendar::FromDays(from + gap));
  start->span.begin = static_cast<uint32_t>(cb);
  start->span.end = end.span.end;
  return true;
}

// "26 june to 28 june in 2020", "May 3-5, 2021": a year right after a range of days is its year.
bool YearAfterDayRange(std::string_view text, TemporalMention* range, const TemporalMention& year) {
  if (range->grain != TimeGrain::kDay || range->end_value.size() != 10 ||
      range->value.size() != 10 || year.grain != TimeGrain::kYear || year.value.size() != 4 ||
      !year.end_value.empty() || !year.mod.empty() || !range->relative) {
    return false;
  }
  const std::string_view gap = Trimmed(text, range->span.end, year.span.begin);
  if (!gap.empty() && gap != "," && !EqualsNoCase(gap, "in") && !EqualsNoCase(gap, "of")) {
    return false;
  }
  if (range->end_value.compare(4, 6, range->value, 4, 6) < 0) return false;
  range->value.replace(0, 4, year.value);
  range->end_value.replace(0, 4, year.value);
  range->span.end = year.span.end;
  range->relative = false;
  range->partial = false;
  return true;
}

// The minutes after midnight of a value's clock ("2019-05-21T14:30", "T02:00"); -1 if none.
int ClockOf(std::string_view v) {
  const size_t t = v.find('T');
  if (t == std::string_view::npos || v.size() != t + 6 || !IsDigit(v[t + 1]) || v[t + 3] != ':') {
    return -1;
  }
  return ((v[t + 1] - '0') * 10 + (v[t + 2] - '0')) * 60 + (v[t + 4] - '0') * 10 + (v[t + 5] - '0');
}

void SetClock(std::string* v, int minutes) {
  const size_t t = v->find('T');
  v->replace(t + 1, 5, absl::StrFormat("%02d:%02d", minutes / 60, minutes % 60));
}

// "2:00 - 2:30 pm", "from 7:00 to 8:00pm", "between 2:20 to 3pm": when only the end says "pm",
// it holds for the start too where that keeps the range forwards and within the afternoon.
void PmOfEndHoldsForStart(std::string_view text, TemporalMention* m) {
  if (m->end_value.empty() || m->zoned) return;
  const int from = ClockOf(m->value), to = ClockOf(m->end_value);
  if (from < 0 || to < 12 * 60 || from >= 12 * 60 || from + 12 * 60 > to) return;
  if (m->value.size() != m->end_value.size() ||
      m->value.compare(0, m->value.find('T'), m->end_value, 0, m->end_value.find('T')) != 0) {
    return;  // different days
  }
  // Exactly one am/pm marker in the span, after its last digit: the end's.
  const std::string_view span = text.substr(m->span.begin, m->span.end - m->span.begin);
  int markers = 0;
  size_t last_marker = 0, last_digit = 0;
  for (size_t i = 0; i < span.size(); ++i) {
    if (IsDigit(span[i])) last_digit = i;
    const char c = Lower(span[i]);
    if ((c == 'a' || c == 'p') && (i == 0 || !IsAsciiAlpha(span[i - 1]))) {
      size_t j = i + 1;
      if (j < span.size() && span[j] == '.') ++j;
      if (j < span.size() && Lower(span[j]) == 'm' &&
          (j + 1 == span.size() || !IsAsciiAlpha(span[j + 1]))) {
        ++markers;
        last_marker = i;
      }
    }
  }
  if (markers != 1 || last_marker < last_digit) return;
  SetClock(&m->value, from + 12 * 60);
}

// "after the year 2020": the modifier before "the year" bounds the year.
void ModifierBeforeTheYear(std::string_view text, size_t floor, TemporalMention* m) {
  if (!m->mod.empty() || m->grain != TimeGrain::kYear || m->value.size() != 4 ||
      !m->end_value.empty()) {
    return;
  }
  size_t b = 0;
  std::string_view w = WordBefore(text, floor, m->span.begin, &b);
  if (!EqualsNoCase(w, "year")) return;
  w = WordBefore(text, floor, b, &b);
  if (EqualsNoCase(w, "the")) w = WordBefore(text, floor, b, &b);
  std::string_view mod;
  if (EqualsNoCase(w, "after")) {
    mod = "after";
  } else if (EqualsNoCase(w, "before")) {
    mod = "before";
  } else if (EqualsNoCase(w, "since")) {
    mod = "since";
  } else {
    return;
  }
  m->mod = mod;
  m->mod_begin = static_cast<uint32_t>(b);
}

// "P10D" → (10, 'D'), "P6M" → (6, 'M'); clock durations and compound ones are not.
bool SimpleDateDuration(std::string_view v, int* n, char* unit) {
  if (v.size() < 3 || v[0] != 'P' || v[1] == 'T') return false;
  int value = 0;
  size_t i = 1;
  while (i < v.size() && IsDigit(v[i]) && value < 100000) value = value * 10 + (v[i++] - '0');
  if (i == 1 || i + 1 != v.size()) return false;
  *n = value;
  *unit = v[i];
  return true;
}

// "the first six months of 2021", "the last four months of 2021", "first ten days of last year",
// "the last 5 days of March 2022": that many whole units at the start or end of the period, a
// counted range (its end is the last unit itself).
bool EdgeUnitsOfPeriod(std::string_view text, size_t floor, TemporalMention* count,
                       const TemporalMention& period) {
  if (!EqualsNoCase(Trimmed(text, count->span.end, period.span.begin), "of") ||
      !period.end_value.empty() || !period.mod.empty() || !count->mod.empty()) {
    return false;
  }
  const bool year = period.grain == TimeGrain::kYear && period.value.size() == 4;
  const bool month = period.grain == TimeGrain::kMonth && period.value.size() == 7 &&
                     IsDigit(period.value[0]) && period.value[4] == '-';
  if (!year && !month) return false;
  int n = 0;
  char unit = 0;
  bool last = false;
  size_t start = count->span.begin;
  if (count->kind == TemporalKind::kDuration) {
    if (!SimpleDateDuration(count->value, &n, &unit)) return false;
    size_t b = 0;
    const std::string_view edge = WordBefore(text, floor, count->span.begin, &b);
    if (!EqualsNoCase(edge, "first") && !EqualsNoCase(edge, "last")) return false;
    last = EqualsNoCase(edge, "last");
    start = b;
  } else if (count->counted && count->grain == TimeGrain::kMonth && count->value.size() == 7 &&
             EqualsNoCase(WordAt(text, count->span.begin), "last")) {
    // "last four months" was read against the reference: count its months again.
    const int ay = DigitsAt(count->value, 0, 4), am = DigitsAt(count->value, 5, 2);
    const int zy = DigitsAt(count->end_value, 0, 4), zm = DigitsAt(count->end_value, 5, 2);
    if (ay < 0 || am < 0 || zy < 0 || zm < 0) return false;
    n = (zy * 12 + zm) - (ay * 12 + am) + 1;
    unit = 'M';
    last = true;
  } else if (CivilDate a, z; count->counted && count->grain == TimeGrain::kDay &&
                             ParseIsoDate(count->value, &a) && ParseIsoDate(count->end_value, &z) &&
                             EqualsNoCase(WordAt(text, count->span.begin), "last")) {
    n = static_cast<int>(calendar::ToDays(z) - calendar::ToDays(a)) + 1;  // "last 5 days"
    unit = 'D';
    last = true;
  } else {
    return false;
  }
  size_t tb = 0;
  if (EqualsNoCase(WordBefore(text, floor, start, &tb), "the")) start = tb;
  const int y = DigitsAt(period.value, 0, 4);  // "XXXX": "this year" with no reference
  if (y < 0) return false;
  if (unit == 'M' && year && n >= 1 && n <= 12) {
    count->grain = TimeGrain::kMonth;
    count->value = absl::StrFormat("%04d-%02d", y, last ? 13 - n : 1);
    count->end_value = absl::StrFormat("%04d-%02d", y, last ? 12 : n);
  } else if (unit == 'D' && n >= 1) {
    const int mo = month ? DigitsAt(period.value, 5, 2) : 0;
    if (mo < 0) return false;
    const int64_t lo = calendar::ToDays(y, month ? mo : 1, 1);
    const int64_t hi = month ? lo + calendar::DaysInMonth(y, mo) - 1 : calendar::ToDays(y, 12, 31);
    if (n > hi - lo + 1) return false;
    count->grain = TimeGrain::kDay;
    count->value = FormatIsoDate(calendar::FromDays(last ? hi - n + 1 : lo));
    count->end_value = FormatIsoDate(calendar::FromDays(last ? hi : lo + n - 1));
  } else {
    return false;
  }
  count->kind = TemporalKind::kDate;
  count->counted = true;
  count->relative = period.relative;
  count->partial = false;
  count->span.begin = static_cast<uint32_t>(start);
  count->span.end = period.span.end;
  return true;
}

// "I'll be back within 2h": from the reference's instant to that much later, where the sentence
// looks ahead ("he died within 5 minutes" stays a duration).
void WithinClockDuration(std::string_view text, size_t floor, const CivilDate* ref, int ref_seconds,
                         TemporalMention* m) {
  if (m->kind != TemporalKind::kDuration || !m->mod.empty() || ref == nullptr || !ref->known() ||
      ref_seconds < 0 || m->value.size() < 4 || m->value.compare(0, 2, "PT") != 0) {
    return;
  }
  size_t b = 0;
  if (!EqualsNoCase(WordBefore(text, floor, m->span.begin, &b), "within")) return;
  int64_t n = 0;
  size_t i = 2;
  while (i < m->value.size() && IsDigit(m->value[i]) && n < 1000000)
    n = n * 10 + (m->value[i++] - '0');
  if (i == 2 || i + 1 != m->value.size()) return;
  const char unit = m->value[i];
  const int64_t seconds = unit == 'H' ? n * 3600 : unit == 'M' ? n * 60 : unit == 'S' ? n : -1;
  if (seconds <= 0 || !FutureContext(text, floor, text.size(), b, m->span.end)) return;
  auto instant = [&](int64_t s) {
    const int64_t day = s / 86400;
    s %= 86400;
    return absl::StrFormat("%sT%02d:%02d:%02d", FormatIsoDate(calendar::AddDays(*ref, day)),
                           s / 3600, s / 60 % 60, s % 60);
  };
  m->kind = TemporalKind::kDateTime;
  m->grain = TimeGrain::kSecond;
  m->value = instant(ref_seconds);
  m->end_value = instant(ref_seconds + seconds);
  m->relative = true;
  m->span.begin = static_cast<uint32_t>(b);
}

// "2019 H2", "H1 2022", "the first half of 2019", "second half of 2021": six months of the
// year, a counted range. "calendar year 2008", "CY 2008": the year, the words in the span.
void HalfOrCalendarYear(std::string_view text, size_t floor, TemporalMention* m) {
  if (!m->mod.empty() || !m->end_value.empty() || m->grain != TimeGrain::kYear ||
      m->value.size() != 4 || !IsDigit(m->value[0])) {
    return;
  }
  int half = 0;
  size_t begin = m->span.begin, end = m->span.end;
  const size_t a = SkipBlanksFrom(text, end);
  const std::string_view after = TokenAt(text, a);
  size_t b = 0;
  const std::string_view before = TokenBefore(text, floor, begin, &b);
  if (after.size() == 2 && Lower(after[0]) == 'h' && (after[1] == '1' || after[1] == '2')) {
    half = after[1] - '0';
    end = a + 2;
  } else if (before.size() == 2 && Lower(before[0]) == 'h' &&
             (before[1] == '1' || before[1] == '2')) {
    half = before[1] - '0';
    begin = b;
  } else if (EqualsNoCase(before, "of")) {
    size_t hb = 0, ob = 0;
    if (!EqualsNoCase(TokenBefore(text, floor, b, &hb), "half")) return;
    const std::string_view ordinal = TokenBefore(text, floor, hb, &ob);
    half = EqualsNoCase(ordinal, "first") || EqualsNoCase(ordinal, "1st")    ? 1
           : EqualsNoCase(ordinal, "second") || EqualsNoCase(ordinal, "2nd") ? 2
                                                                             : 0;
    if (half == 0) return;
    begin = ob;
    size_t tb = 0;
    if (EqualsNoCase(TokenBefore(text, floor, ob, &tb), "the")) begin = tb;
  } else if (EqualsNoCase(before, "cy")) {
    m->span.begin = static_cast<uint32_t>(b);
    return;
  } else if (EqualsNoCase(before, "year")) {
    size_t cb = 0;
    if (EqualsNoCase(TokenBefore(text, floor, b, &cb), "calendar")) {
      m->span.begin = static_cast<uint32_t>(cb);
    }
    return;
  } else {
    return;
  }
  if (end < text.size() && (IsAsciiAlpha(text[end]) || IsDigit(text[end]))) return;
  m->grain = TimeGrain::kMonth;
  m->end_value = absl::StrFormat("%s-%02d", m->value, half == 1 ? 6 : 12);
  m->value = absl::StrFormat("%s-%02d", m->value, half == 1 ? 1 : 7);
  m->counted = true;
  m->span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

// "the first week of January 2015", "last week of july", "the 2nd week of May": a week of the
// month, as an ISO week ("2015-W01"). The first is the one with the 1st in it, the n-th the
// (n-1)-th after it, the last the last one whose Sunday is still in the month.
void WeekOfMonth(std::string_view text, size_t floor, TemporalMention* m) {
  if (!m->mod.empty() || !m->end_value.empty() || m->grain != TimeGrain::kMonth ||
      m->value.size() != 7 || !IsDigit(m->value[0]) || m->value[4] != '-') {
    return;
  }
  size_t ob = 0, wb = 0, nb = 0;
  if (!EqualsNoCase(TokenBefore(text, floor, m->span.begin, &ob), "of") ||
      !EqualsNoCase(TokenBefore(text, floor, ob, &wb), "week")) {
    return;
  }
  const std::string_view nth = TokenBefore(text, floor, wb, &nb);
  int n = EqualsNoCase(nth, "last") ? -1 : DayWord(nth);
  if (n == 0 || n > 4 || (IsDigit(nth[0]) && !IsAsciiAlpha(nth.back()))) return;
  const int y = DigitsAt(m->value, 0, 4), mo = DigitsAt(m->value, 5, 2);
  if (y < 0 || mo < 1) return;
  const int64_t first = calendar::ToDays(y, mo, 1);
  int64_t monday = first - calendar::WeekdayOfDays(first) + 7 * (n > 0 ? n - 1 : 0);
  if (n < 0) {
    const int64_t last = first + calendar::DaysInMonth(y, mo) - 1;
    monday = last - calendar::WeekdayOfDays(last);
    if (monday + 6 > last) monday -= 7;
  }
  int iso_year = 0, week = 0;
  calendar::IsoWeek(calendar::FromDays(monday), &iso_year, &week);
  m->value = absl::StrFormat("%04d-W%02d", iso_year, week);
  m->grain = TimeGrain::kWeek;
  m->span.begin = static_cast<uint32_t>(nb);
  size_t tb = 0;
  if (EqualsNoCase(TokenBefore(text, floor, nb, &tb), "the"))
    m->span.begin = static_cast<uint32_t>(tb);
}

}  // namespace

namespace {

// A season with neither year nor shift ("summer", "in winter"): TIMEX's yearless "SU".
bool ResolveLoneSeason(const Reading& r, TemporalMention* m) {
  static constexpr const char* kCodes[4] = {"SP", "SU", "FA", "WI"};
  if (r.season < 1 || r.season > 4 || r.year != 0 || r.has_shift || r.month != 0 || r.day != 0 ||
      r.weekday >= 0 || r.count != -1 || r.hour >= 0 || r.holiday >= 0 || r.recurring != 0 ||
      r.has_relative_day || r.unit != Unit::kNone) {
    return false;
  }
  m->kind = TemporalKind::kDate;
  m->grain = TimeGrain::kMonth;
  m->partial = true;
  m->relative = false;
  m->counted = false;
  m->value = kCodes[r.season - 1];
  return true;
}

bool ResolveWeekdayDayOfMonth(const Reading& r, const CivilDate* ref, TemporalMention* m) {
  if (r.weekday < 0 || r.day <= 0 || r.month != 0 || r.year != 0 || r.count != -1 ||
      r.unit != Unit::kNone || r.nth != 0 || r.holiday >= 0 || r.recurring != 0 ||
      r.has_relative_day || (r.has_shift && r.shift != 0) || r.part_of_day != nullptr) {
    return false;
  }
  const bool has_time = r.hour >= 0;
  m->partial = false;
  m->counted = false;
  m->kind = has_time ? TemporalKind::kDateTime : TemporalKind::kDate;
  m->grain = !has_time                          ? TimeGrain::kDay
             : r.second >= 0                    ? TimeGrain::kSecond
             : r.minute > 0 || r.minute_written ? TimeGrain::kMinute
                                                : TimeGrain::kHour;
  std::string time;
  if (has_time) {
    time = absl::StrFormat("T%02d:%02d", r.hour, r.minute < 0 ? 0 : r.minute);
    if (r.second >= 0) absl::StrAppendFormat(&time, ":%02d", r.second);
  }
  m->relative = true;
  if (ref == nullptr || !ref->known()) {
    m->partial = true;
    m->value = absl::StrFormat("XXXX-XX-%02d", r.day) + time;
    return true;
  }
  // The nearest such day (ties to the past), or with the future in view the first on or after
  // the reference; within four years either way (every day of the month meets every weekday).
  const int64_t ref_days = calendar::ToDays(*ref);
  int64_t best = 0, best_distance = -1;
  for (const int step : {-1, 1}) {
    if (r.future && step < 0) continue;
    CivilDate month{ref->year, ref->month, 1};
    for (int k = 0; k < 48; ++k, month = calendar::AddMonths(month, step)) {
      if (!calendar::IsValid(month.year, month.month, r.day)) continue;
      const int64_t days = calendar::ToDays(month.year, month.month, r.day);
      if ((step > 0 ? days < ref_days : days > ref_days) ||
          calendar::WeekdayOfDays(days) != r.weekday) {
        continue;
      }
      const int64_t distance = std::abs(days - ref_days) * 2 + (days > ref_days ? 1 : 0);
      if (best_distance < 0 || distance < best_distance) best = days, best_distance = distance;
      break;
    }
  }
  if (best_distance < 0) return false;
  m->value = FormatIsoDate(calendar::FromDays(best)) + time;
  return true;
}

}  // namespace

bool ResolveExtraForms(const Reading& r, const CivilDate* ref, TemporalMention* m) {
  return ResolveLoneSeason(r, m) || ResolveWeekdayDayOfMonth(r, ref, m);
}

void JoinForms(std::string_view text, size_t floor, const CivilDate* ref, int ref_seconds,
               size_t first, std::vector<TemporalMention>* out) {
  JoinSpelledYears(text, floor, first, out);
  std::vector<TemporalMention>& v = *out;
  size_t w = first;
  for (size_t k = first; k < v.size(); ++k) {
    TemporalMention m = std::move(v[k]);
    if (w > first && JoinDayAndBoundedTime(text, v[w - 1], &m)) --w;
    if (w > first && JoinDayAndPartTime(text, v[w - 1], &m)) --w;
    if (w > first && JoinYearAndMonth(text, v[w - 1], &m)) --w;
    if (w > first && JoinDayTimeAndTime(text, &v[w - 1], m)) continue;
    if (w > first &&
        WeekdayToWeekday(text, w > first + 1 ? v[w - 2].span.end : floor, &v[w - 1], m)) {
      continue;
    }
    if (w > first && YearAfterDayRange(text, &v[w - 1], m)) continue;
    if (w > first &&
        EdgeUnitsOfPeriod(text, w > first + 1 ? v[w - 2].span.end : floor, &v[w - 1], m)) {
      continue;
    }
    const size_t lower = w > first ? v[w - 1].span.end : floor;
    if (m.end_value.empty()) DayBeforeDayRange(text, lower, &m);
    if (m.end_value.empty()) {
      DayRangeAfter(text, k + 1 < v.size() ? v[k + 1].span.begin : text.size(), &m);
    }
    if (LooseSeason(text, lower, m)) continue;
    PostfixModifier(text, &m);
    MonthSpanBefore(text, lower, &m);
    LeadingPartWords(text, lower, &m);
    PmOfEndHoldsForStart(text, &m);
    WithinClockDuration(text, lower, ref, ref_seconds, &m);
    ModifierBeforeTheYear(text, lower, &m);
    HalfOrCalendarYear(text, lower, &m);
    WeekOfMonth(text, lower, &m);
    DropArticleBeforePartOfYear(text, &m);
    v[w++] = std::move(m);
  }
  v.resize(w);
}

}  // namespace datetime_internal
}  // namespace claimscan
