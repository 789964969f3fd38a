// TemporalRecognizer: one RE2 alternation (datetime_pattern.cc) finds candidate date/time/
// duration expressions in a single leftmost-longest pass; a small token interpreter here reads
// the matched bytes (month and weekday names, numbers, relative words), datetime_resolve.cc
// resolves them against the reference, and the passes of datetime_compose.cc and
// datetime_ranges.cc join neighbouring mentions.
//
// The calendar vocabulary (month and weekday names, relative words) is a closed part of the
// grammar, so it lives in datetime_internal.h next to the code rather than in a data file.
#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "claimscan/datetime.h"
#include "re2/re2.h"
#include "text/datetime_calendar.h"
#include "text/datetime_internal.h"

namespace claimscan {

bool ParseIsoDate(std::string_view s, CivilDate* out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int v[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lens[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int i = 0; i < lens[f]; ++i) {
      const char c = s[starts[f] + i];
      if (c < '0' || c > '9') return false;
      v[f] = v[f] * 10 + (c - '0');
    }
  }
  if (!calendar::IsValid(v[0], v[1], v[2])) return false;
  *out = CivilDate{v[0], v[1], v[2]};
  return true;
}

std::string FormatIsoDate(const CivilDate& d) {
  std::string year = d.year > 0 ? absl::StrFormat("%04d", d.year) : "XXXX";
  if (d.month <= 0) return year;
  std::string out = absl::StrFormat("%s-%02d", year, d.month);
  if (d.day > 0) absl::StrAppendFormat(&out, "-%02d", d.day);
  return out;
}

int DayOfWeek(const CivilDate& d) { return calendar::WeekdayOfDays(calendar::ToDays(d)); }

std::string_view TimeGrainName(TimeGrain g) {
  switch (g) {
    case TimeGrain::kYear:
      return "year";
    case TimeGrain::kQuarter:
      return "quarter";
    case TimeGrain::kMonth:
      return "month";
    case TimeGrain::kWeek:
      return "week";
    case TimeGrain::kDay:
      return "day";
    case TimeGrain::kHour:
      return "hour";
    case TimeGrain::kMinute:
      return "minute";
    case TimeGrain::kSecond:
      return "second";
  }
  return "unknown";
}

namespace {

// ---- Token interpreter ----------------------------------------------------------------------

using datetime_internal::EqualsNoCase;
using datetime_internal::EqualsNoCaseNoDots;
using datetime_internal::IsAsciiAlpha;
using datetime_internal::IsBlank;
using datetime_internal::IsDigit;
using datetime_internal::IsEraWord;
using datetime_internal::IsLeadingCue;
using datetime_internal::IsPartOfDayWord;
using datetime_internal::IsShiftWord;
using datetime_internal::IsWeekdayAbbreviation;
using datetime_internal::IsZoneWord;
using datetime_internal::kCountWords;
using datetime_internal::kMaxToks;
using datetime_internal::kMonthAbbrevs;
using datetime_internal::kMonthNames;
using datetime_internal::kOrdinalDays;
using datetime_internal::kTensWords;
using datetime_internal::kWeekdayAbbrevs;
using datetime_internal::kWeekdayNames;
using datetime_internal::LookupCountWord;
using datetime_internal::LookupMonth;
using datetime_internal::LookupUnit;
using datetime_internal::LookupWeekday;
using datetime_internal::LookupZone;
using datetime_internal::Lower;
using datetime_internal::MatchHoliday;
using datetime_internal::MatchOrdinalDay;
using datetime_internal::MonthWordIsNoMonth;
using datetime_internal::PartOfDayCode;
using datetime_internal::ReadClockWords;
using datetime_internal::Reading;
using datetime_internal::ReadTime;
using datetime_internal::RecurringAdverb;
using datetime_internal::Resolve;
using datetime_internal::SeasonOf;
using datetime_internal::Tok;
using datetime_internal::TokKind;
using datetime_internal::Unit;
using datetime_internal::WeekendAt;

// Splits a matched expression into words (letters, with inner dots as in "a.m"), numbers
// (digits, plus an ordinal suffix) and single punctuation bytes.
int TokenizeMatch(std::string_view text, uint32_t begin, uint32_t end,
                  std::array<Tok, kMaxToks>* toks) {
  int n = 0;
  uint32_t i = begin;
  while (i < end && n < kMaxToks) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    Tok& t = (*toks)[n];
    t = Tok{};
    t.begin = i;
    if (IsDigit(c)) {
      t.kind = TokKind::kNumber;
      while (i < end && IsDigit(text[i])) {
        if (t.digits < 9) t.number = t.number * 10 + (text[i] - '0');
        ++t.digits;
        ++i;
      }
      // Ordinal suffixes stay with their digits ("21st"); a glued "T" (ISO time) does not.
      if (i + 1 < end && IsAsciiAlpha(text[i]) && IsAsciiAlpha(text[i + 1]) &&
          (i + 2 >= end || !IsAsciiAlpha(text[i + 2]))) {
        const char a = Lower(text[i]), b = Lower(text[i + 1]);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
            (a == 't' && b == 'h')) {
          t.has_suffix = true;
          i += 2;
        }
      }
    } else if (IsAsciiAlpha(c)) {
      t.kind = TokKind::kWord;
      while (i < end && (IsAsciiAlpha(text[i]) ||
                         (text[i] == '.' && i + 1 < end && IsAsciiAlpha(text[i + 1])))) {
        ++i;
      }
    } else {
      t.kind = TokKind::kPunct;
      ++i;
    }
    t.end = i;
    t.text = text.substr(t.begin, t.end - t.begin);
    ++n;
  }
  return n;
}

bool Read(const std::array<Tok, kMaxToks>& toks, int n, Reading* r) {
  for (int i = 0; i < n;) {
    const Tok& t = toks[i];
    if (r->hour < 0) {
      if (int used = ReadClockWords(toks, i, n, r); used > 0) {
        i += used;
        continue;
      }
    }
    // "1/2 hour", "3/4h": a fraction counts the unit after it.
    if (t.kind == TokKind::kNumber && t.digits == 1 && i + 3 < n && toks[i + 1].text == "/" &&
        toks[i + 2].kind == TokKind::kNumber && toks[i + 2].digits == 1 && toks[i + 2].number > 0 &&
        toks[i + 3].kind == TokKind::kWord && LookupUnit(toks[i + 3].text) != Unit::kNone) {
      r->count = static_cast<double>(t.number) / toks[i + 2].number;
      r->unit = LookupUnit(toks[i + 3].text);
      i += 4;
      continue;
    }
    // Numeric dates with one separator throughout: "2024-11-02", "2018-7-6", "10/31/1974",
    // "31/10/74", "10-31-74", "10.31.1974"; and "11/20" (month/day, US order).
    if (t.kind == TokKind::kNumber && !t.has_suffix && i + 2 < n &&
        toks[i + 2].kind == TokKind::kNumber && !toks[i + 2].has_suffix &&
        (toks[i + 1].text == "/" || toks[i + 1].text == "-" || toks[i + 1].text == ".")) {
      const std::string_view sep = toks[i + 1].text;
      const bool three = i + 4 < n && toks[i + 3].text == sep &&
                         toks[i + 4].kind == TokKind::kNumber && !toks[i + 4].has_suffix;
      const int a = t.number, b = toks[i + 2].number;
      if (three) {
        int c = toks[i + 4].number;
        if (t.digits == 4) {
          r->year = a, r->month = b, r->day = c;
        } else {
          if (toks[i + 4].digits == 2) c += c < 50 ? 2000 : 1900;
          r->year = c;
          // US order first (month/day), day-first when the first field cannot be a month.
          if (a <= 12) {
            r->month = a, r->day = b;
          } else {
            r->month = b, r->day = a;
          }
        }
        i += 5;
        // "2024-11-02T13:54": the T is glued to the time's hour digits by the tokenizer.
        if (i < n && toks[i].kind == TokKind::kWord && toks[i].text == "T") ++i;
        continue;
      }
      if ((sep == "-" || sep == "/") && t.digits == 4 && toks[i + 2].digits <= 2 &&
          (sep == "/" || toks[i + 2].digits == 2) && b >= 1 && b <= 12 &&
          !(i + 3 < n && toks[i + 3].text == sep)) {
        r->year = a, r->month = b;  // "2014-10", "2014/10"
        i += 3;
        continue;
      }
      if ((sep == "-" || sep == "/") && t.digits <= 2 && a >= 1 && a <= 12 &&
          toks[i + 2].digits == 4 && !(i + 3 < n && toks[i + 3].text == sep)) {
        r->year = b, r->month = a;  // "2/2013", "12-2015"
        i += 3;
        continue;
      }
      if (sep == "/" && t.digits <= 2 && toks[i + 2].digits <= 2) {
        r->month = a, r->day = b;
        i += 3;
        continue;
      }
    }
    if (t.kind == TokKind::kNumber && i > 0 && t.digits <= 2 && !t.has_suffix &&
        EqualsNoCase(toks[i - 1].text, "week") && t.number >= 1 && t.number <= 53) {
      r->week = t.number;  // "week 10"
      r->unit = Unit::kNone;
      ++i;
      continue;
    }
    if (t.kind == TokKind::kWord && EqualsNoCase(t.text, "q") && i + 1 < n &&
        toks[i + 1].kind == TokKind::kNumber && toks[i + 1].begin == t.end &&
        toks[i + 1].number >= 1 && toks[i + 1].number <= 4 && toks[i + 1].digits == 1) {
      r->quarter = toks[i + 1].number;  // "q3"
      i += 2;
      continue;
    }
    // "at 15h", "8h PST": an hour written with h (elsewhere "15h" is fifteen hours).
    if (t.kind == TokKind::kNumber && !t.has_suffix && t.digits <= 2 && t.number <= 23 &&
        i + 1 < n && EqualsNoCase(toks[i + 1].text, "h") && toks[i + 1].begin == t.end &&
        r->hour < 0 &&
        ((r->after_at && i + 2 == n) || (i + 2 < n && IsZoneWord(toks[i + 2].text)))) {
      r->hour = t.number;
      r->minute = 0;
      r->minute_written = true;  // Duckling: minute grain
      i += 2;
      continue;
    }
    // A year of the common era: "2014 AD", "70 A.D.", "AD 70".
    if (t.kind == TokKind::kNumber && !t.has_suffix && t.digits <= 4 && t.number > 0 &&
        ((i + 1 < n && IsEraWord(toks[i + 1].text)) || (i > 0 && IsEraWord(toks[i - 1].text)))) {
      r->year = t.number;
      r->year_alone_ok = true;
      ++i;
      continue;
    }
    if (t.kind == TokKind::kWord && IsEraWord(t.text)) {
      ++i;
      continue;
    }
    if (t.kind == TokKind::kNumber) {
      if (int used = ReadTime(toks, i, n, r);
          used > 0 && (used > 1 || toks[i].kind == TokKind::kWord)) {
        i += used;
        continue;
      }
      // Primes after a count: "15'" = 15 minutes, "1\"" = 1 second (only the pattern's
      // "in 15'" ends a match with one).
      if (!t.has_suffix && i + 2 == n && toks[i + 1].begin == t.end &&
          (toks[i + 1].text == "'" || toks[i + 1].text == "\"")) {
        r->count = t.number;
        r->unit = toks[i + 1].text == "'" ? Unit::kMinute : Unit::kSecond;
        i += 2;
        continue;
      }
      // A duration's count: "3 days", "2.5 years", "10-day".
      if (!t.has_suffix) {
        double value = t.number;
        int j = i + 1;
        if (j + 1 < n && toks[j].text == "." && toks[j + 1].kind == TokKind::kNumber &&
            !toks[j + 1].has_suffix) {
          double scale = 1;
          for (int k = 0; k < toks[j + 1].digits && k < 9; ++k) scale *= 10;
          value += toks[j + 1].number / scale;
          j += 2;
        }
        // "5 and a half minutes"
        if (j + 2 < n && EqualsNoCase(toks[j].text, "and")) {
          int h = j + 1;
          if (EqualsNoCase(toks[h].text, "a") || EqualsNoCase(toks[h].text, "an")) ++h;
          if (h + 1 < n && EqualsNoCase(toks[h].text, "half") &&
              LookupUnit(toks[h + 1].text) != Unit::kNone) {
            value += 0.5;
            j = h + 1;
          }
        }
        if (j < n && toks[j].text == "-") ++j;
        if (j + 1 < n && EqualsNoCase(toks[j].text, "more")) ++j;  // "in 2 more minutes"
        if (j + 1 < n && EqualsNoCase(toks[j].text, "upcoming")) {
          r->upcoming = true;  // "2 upcoming months"
          ++j;
        }
        if (j < n && toks[j].kind == TokKind::kWord && LookupUnit(toks[j].text) != Unit::kNone) {
          r->count = value;
          r->unit = LookupUnit(toks[j].text);
          i = j + 1;
          continue;
        }
      }
      if (i + 1 < n &&
          (EqualsNoCase(toks[i + 1].text, "noon") || EqualsNoCase(toks[i + 1].text, "midnight"))) {
        ++i;  // "12 noon"
        continue;
      }
      // "Sat at 5", "Friday the 26th around 4": after a weekday, a bare number led by "at" or
      // "around" is the hour.
      if (r->weekday >= 0 && r->hour < 0 && i > 0 && t.digits <= 2 && !t.has_suffix &&
          t.number >= 1 && t.number <= 12 && i + 1 == n &&
          (EqualsNoCase(toks[i - 1].text, "at") || EqualsNoCase(toks[i - 1].text, "around"))) {
        r->hour = t.number;
        r->minute = 0;
        ++i;
        continue;
      }
      if (t.digits == 4 && !t.has_suffix) {
        r->year = t.number;
      } else if (t.digits == 2 && !t.has_suffix && r->day > 0 && r->month > 0 && r->year == 0) {
        r->year = t.number + (t.number < 50 ? 2000 : 1900);  // "31-Oct-74"
      } else if (t.digits <= 2 && t.number >= 1 && t.number <= 31) {
        r->day = t.number;
      } else {
        return false;
      }
      ++i;
      continue;
    }
    if (t.kind == TokKind::kPunct) {
      ++i;  // , ( ) | . -
      continue;
    }
    // Words.
    if (int used = ReadTime(toks, i, n, r); used > 0) {
      i += used;
      continue;
    }
    if (int zone = 0; r->hour >= 0 && LookupZone(t.text, &zone)) {
      r->has_zone = true;  // "4pm CET"
      r->zone_minutes = zone;
      ++i;
      continue;
    }
    if (int used = MatchHoliday(toks, i, n, &r->holiday, &r->holiday_capital); used > 0) {
      i += used;
      continue;
    }
    bool abbreviated = false;
    if (EqualsNoCase(t.text, "ides") && i + 2 < n && EqualsNoCase(toks[i + 1].text, "of")) {
      const int m = LookupMonth(toks[i + 2].text, &abbreviated);
      if (m == 0) return false;
      r->day = m == 3 || m == 5 || m == 7 || m == 10 ? 15 : 13;  // "the ides of March"
      i += 2;
      continue;
    }
    if (int m = LookupMonth(t.text, &abbreviated); m > 0) {
      r->month = m;
      r->month_abbreviated = abbreviated;
      r->month_is_lower_may = t.text == "may";
      ++i;
      continue;
    }
    if (t.text.size() > 6 && Lower(t.text.back()) == 's' && (r->count >= 1 || r->day > 0) &&
        LookupWeekday(t.text.substr(0, t.text.size() - 1)) >= 0) {
      if (r->count < 1) r->count = r->day, r->day = 0;
      r->weekday = LookupWeekday(t.text.substr(0, t.text.size() - 1));  // "3 fridays from now"
      ++i;
      continue;
    }
    if (int d = LookupWeekday(t.text); d >= 0) {
      r->weekday = d;
      // "the third Tuesday of", "last Monday of March": the n-th such day of a month.
      const bool of = i + 1 < n && (EqualsNoCase(toks[i + 1].text, "of") ||
                                    EqualsNoCase(toks[i + 1].text, "in"));
      if (of && r->day >= 1 && r->day <= 5 && r->month == 0) {
        r->nth = r->day;
        r->day = 0;
      } else if (of && r->has_shift && r->shift < 0 && r->day == 0) {
        r->nth = -1;
        r->has_shift = false;
        r->shift = 0;
      }
      ++i;
      continue;
    }
    // "one second from now": after a count, "second" is the unit, not the ordinal.
    // Not after "a" ("a second round") and, singular, only after one: "forty second" is the
    // ordinal 42nd, "forty seconds" the duration.
    if (r->count >= 0 && r->unit == Unit::kNone && LookupUnit(t.text) == Unit::kSecond && i > 0 &&
        !EqualsNoCase(toks[i - 1].text, "a") &&
        (r->count == 1 || (t.text.size() > 6 && Lower(t.text.back()) == 's'))) {
      r->unit = Unit::kSecond;
      ++i;
      continue;
    }
    int day = 0;
    if (int used = MatchOrdinalDay(toks, i, n, &day); used > 0) {
      r->day = day;
      i += used;
      continue;
    }
    const std::string_view w = t.text;
    if (EqualsNoCase(w, "yesterday")) {
      r->has_relative_day = true;
      r->relative_days += (i > 0 && EqualsNoCase(toks[i - 1].text, "before")) ? -2 : -1;
    } else if (EqualsNoCase(w, "tomorrow")) {
      r->has_relative_day = true;
      r->relative_days += (i > 0 && EqualsNoCase(toks[i - 1].text, "after")) ? 2 : 1;
    } else if (EqualsNoCase(w, "today")) {
      r->has_relative_day = true;
    } else if (EqualsNoCase(w, "tonight") || EqualsNoCase(w, "tonite")) {
      r->has_relative_day = true;
      r->part_of_day = "NI";
    } else if (IsPartOfDayWord(w)) {
      // "this morning" is today; "last night" the night before; "in the morning" names no day.
      if (r->has_shift && r->shift < 0 && !r->has_relative_day) r->relative_days = -1;
      if (!(i > 0 &&
            (EqualsNoCase(toks[i - 1].text, "the") || EqualsNoCase(toks[i - 1].text, "in")))) {
        r->has_relative_day = true;
      }
      r->part_of_day = PartOfDayCode(w);
    } else if (const int season = SeasonOf(w); season > 0) {
      r->season = season;
    } else if (EqualsNoCase(w, "last") || EqualsNoCase(w, "past") || EqualsNoCase(w, "previous")) {
      r->has_shift = true;
      r->shift = -1;
    } else if (EqualsNoCase(w, "upcoming")) {
      r->upcoming = true;
    } else if (EqualsNoCase(w, "next") || EqualsNoCase(w, "coming") ||
               EqualsNoCase(w, "following")) {
      r->has_shift = true;
      r->shift = 1;
    } else if (EqualsNoCase(w, "this") || EqualsNoCase(w, "current")) {
      r->has_shift = true;
      r->shift = 0;
    } else if (EqualsNoCase(w, "ago") || EqualsNoCase(w, "earlier")) {
      if (r->count != -1) r->direction = -1;
    } else if (EqualsNoCase(w, "later") || EqualsNoCase(w, "hence")) {
      if (r->count != -1) r->direction = 1;
    } else if (EqualsNoCase(w, "and") && i + 1 < n) {
      // "and a half" / "and half" / "and (a, two) quarter(s)": the only "and" a single
      // expression has.
      int j = i + 1;
      if (j + 1 < n && (EqualsNoCase(toks[j].text, "a") || EqualsNoCase(toks[j].text, "an"))) ++j;
      int k = j, quarters = 1;
      if (const int c = LookupCountWord(toks[k].text); c >= 1 && c <= 3 && k + 1 < n) {
        quarters = c;
        ++k;
      }
      if (EqualsNoCase(toks[k].text, "quarter") || EqualsNoCase(toks[k].text, "quarters")) {
        r->plus_quarters = quarters;
        i = k + 1;
        continue;
      }
      if (!EqualsNoCase(toks[j].text, "half")) return false;
      r->plus_half = true;
      i = j + 1;
      continue;
    } else if (EqualsNoCase(w, "every") || EqualsNoCase(w, "each")) {
      r->recurring = 1;
    } else if (EqualsNoCase(w, "other") && r->recurring > 0) {
      r->recurring = 2;  // "every other week"
    } else if (EqualsNoCase(w, "semi") || EqualsNoCase(w, "bi") || EqualsNoCase(w, "once")) {
      // "semi-annually" = every half year, "bi-monthly" = every other month, "once a week".
      r->recurring = EqualsNoCase(w, "bi") ? 2 : 1;
      r->half_of = EqualsNoCase(w, "semi");
    } else if (EqualsNoCase(w, "weekends")) {
      r->recurring = 1;  // "weekends": every weekend
      r->unit = Unit::kWeekend;
    } else if (Unit u = RecurringAdverb(w); u != Unit::kNone) {
      if (r->recurring == 0) r->recurring = 1;
      if (u == Unit::kWeekend) {
        r->part_of_day = "NI";  // "nightly"
      } else {
        r->unit = u;
      }
    } else if (EqualsNoCase(w, "half")) {
      r->half_of = true;
    } else if (EqualsNoCase(w, "all") && i + 1 < n && LookupUnit(toks[i + 1].text) != Unit::kNone) {
      r->count = 1;  // "all day": one whole day
    } else if (EqualsNoCase(w, "few") || EqualsNoCase(w, "several") || EqualsNoCase(w, "couple") ||
               EqualsNoCase(w, "pair")) {
      // "a few" counts as three (the Recognizers-Text convention); "several" stays vague.
      r->count = EqualsNoCase(w, "couple") || EqualsNoCase(w, "pair") ? 2
                 : EqualsNoCase(w, "few")                             ? 3
                                                                      : -2;
    } else if ((EqualsNoCase(w, "quarter") || EqualsNoCase(w, "quarters")) && i + 1 < n &&
               EqualsNoCase(toks[i + 1].text, "of") && r->day == 0) {
      // "a quarter of an hour", "three-quarters of an hour".
      r->quarters_of = r->count >= 1 && r->count <= 3 ? static_cast<int>(r->count) : 1;
      r->count = -1;
    } else if (const int used = WeekendAt(toks, i, n);
               used > 0 && (r->nth != 0 || r->day > 0 || (r->has_shift && r->shift < 0)) &&
               r->month == 0 && i + used < n &&
               (EqualsNoCase(toks[i + used].text, "of") ||
                EqualsNoCase(toks[i + used].text, "in"))) {
      // "the last weekend of October", "the second weekend in May": the weekend whose Friday is
      // the n-th (or last) Friday of the month.
      r->nth = r->day > 0 ? r->day : -1;
      r->day = 0;
      r->has_shift = false;
      r->shift = 0;
      r->weekday = 4;
      r->unit = Unit::kWeekend;
      i += used;
      continue;
    } else if (const int used = WeekendAt(toks, i, n); used > 1) {
      r->unit = Unit::kWeekend;  // "last week-end", "this week end"
      i += used;
      continue;
    } else if (Unit u = LookupUnit(w);
               u == Unit::kWeek && r->has_shift && r->shift < 0 && r->month == 0 &&
               r->unit == Unit::kNone && i + 1 < n &&
               (EqualsNoCase(toks[i + 1].text, "of") || EqualsNoCase(toks[i + 1].text, "in"))) {
      // "the third last week of 2018", "the last week of 2018": counted back from the year's
      // last ISO week.
      r->week = r->day > 0 ? -r->day : -1;
      r->day = 0;
      r->has_shift = false;
      r->shift = 0;
    } else if (Unit u = LookupUnit(w);
               u != Unit::kNone && r->day > 0 && r->month == 0 && r->unit == Unit::kNone &&
               (u == Unit::kQuarter || u == Unit::kWeek || u == Unit::kDay)) {
      // "third quarter", "3rd week", "the 15th day": the ordinal counts these units.
      if (u == Unit::kQuarter) r->quarter = r->day;
      if (u == Unit::kWeek) r->week = r->day;
      if (u != Unit::kDay) r->day = 0;
    } else if (Unit u2 = LookupUnit(w);
               u2 == Unit::kDay && r->has_shift && r->shift < 0 && r->unit == Unit::kNone &&
               r->day == 0 && i + 1 < n &&
               (EqualsNoCase(toks[i + 1].text, "of") || EqualsNoCase(toks[i + 1].text, "in"))) {
      r->nth = -1;  // "last day of October": the last day
      r->has_shift = false;
      r->shift = 0;
      r->day_of = true;
    } else if (Unit u = LookupUnit(w); u != Unit::kNone) {
      // "the day before yesterday": the day is part of the relative-day phrase.
      if (!(u == Unit::kDay && i + 1 < n &&
            (EqualsNoCase(toks[i + 1].text, "before") ||
             EqualsNoCase(toks[i + 1].text, "after")))) {
        r->unit = u;
      }
    } else if (int c = LookupCountWord(w); c >= 0) {
      r->count = c;
    } else if (EqualsNoCase(w, "eom") || EqualsNoCase(w, "bom") || EqualsNoCase(w, "eoy")) {
      r->part = Lower(w[0]) == 'b' ? 1 : 3;  // end / beginning of the month or year
      r->unit = Lower(w[2]) == 'm' ? Unit::kMonth : Unit::kYear;
    } else if (EqualsNoCase(w, "early") || EqualsNoCase(w, "mid") || EqualsNoCase(w, "late") ||
               EqualsNoCase(w, "end") || EqualsNoCase(w, "beginning") || EqualsNoCase(w, "start") ||
               EqualsNoCase(w, "middle") || EqualsNoCase(w, "year")) {
      r->has_cue = true;
      if (EqualsNoCase(w, "end")) r->part = 3;
      if (EqualsNoCase(w, "beginning") || EqualsNoCase(w, "start")) r->part = 1;
    } else if (EqualsNoCase(w, "the") || EqualsNoCase(w, "of") || EqualsNoCase(w, "at") ||
               EqualsNoCase(w, "around") || EqualsNoCase(w, "long") || EqualsNoCase(w, "from") ||
               EqualsNoCase(w, "now") || EqualsNoCase(w, "before") || EqualsNoCase(w, "after") ||
               EqualsNoCase(w, "T") || EqualsNoCase(w, "on") || EqualsNoCase(w, "in") ||
               // "in about half an hour", "in 2 more minutes" (only the offset pattern has them)
               EqualsNoCase(w, "about") || EqualsNoCase(w, "approximately") ||
               EqualsNoCase(w, "exactly") || EqualsNoCase(w, "sharp") || EqualsNoCase(w, "more")) {
      if (EqualsNoCase(w, "now") && r->count != -1) r->direction = 1;
    } else {
      return false;
    }
    ++i;
  }
  // "tonight at 8", "9 tomorrow", "eight this evening": a bare number next to a day without
  // month or weekday is its hour.
  if ((r->has_relative_day || r->part_of_day != nullptr) && r->hour < 0 && r->month == 0 &&
      r->weekday < 0 && r->year == 0 && r->unit == Unit::kNone) {
    const int h = r->day > 0 ? r->day : r->count >= 1 ? static_cast<int>(r->count) : -1;
    if (h >= 1 && h <= 12 && (r->day > 0 || r->count == h)) {
      r->loose_hour = true;
      r->hour = h;
      r->minute = 0;
      r->day = 0;
      r->count = -1;
    }
  }
  return true;
}

// "P1M", "PT3H", "P1Y2M": upper-case P, then digit-letter pairs, at least one digit.
bool IsIsoDuration(re2::StringPiece s) {
  if (s.size() < 3 || s[0] != 'P') return false;
  bool digit = false;
  for (size_t i = 1; i < s.size(); ++i) {
    if (IsDigit(s[i])) {
      digit = true;
    } else if (s[i] < 'A' || s[i] > 'Z') {
      return false;
    }
  }
  return digit && !IsDigit(s[s.size() - 1]);
}

class TemporalRecognizerImpl final : public TemporalRecognizer {
 public:
  TemporalRecognizerImpl(const RE2::Options& options,
                         std::shared_ptr<const datetime_internal::HolidayTable> holidays)
      : pattern_(datetime_internal::BuildPattern(), options), holidays_(std::move(holidays)) {}

  absl::Status status() const {
    if (pattern_.ok()) return absl::OkStatus();
    return absl::InternalError(absl::StrCat("temporal pattern: ", pattern_.error()));
  }

  void Find(std::string_view text, Span range, const CivilDate* reference,
            std::vector<TemporalMention>* out) const override {
    FindAt(text, range, reference, -1, out);
  }

  void FindAt(std::string_view text, Span range, const CivilDate* reference, int reference_seconds,
              std::vector<TemporalMention>* out) const override {
    const size_t end = std::min<size_t>(range.end, text.size());
    size_t pos = std::min<size_t>(range.begin, end);
    const re2::StringPiece input(text.data(), text.size());
    re2::StringPiece match;
    std::array<Tok, kMaxToks> toks;
    const size_t first_mention = out->size();
    while (pos < end && pattern_.Match(input, pos, end, RE2::UNANCHORED, &match, 1)) {
      const auto begin = static_cast<uint32_t>(match.data() - text.data());
      const auto stop = static_cast<uint32_t>(begin + match.size());
      // Never from inside a word: "weekend of July" holds no "end of July", "followed the"
      // no "wed". A capital may start one glued on by extraction ("SAYSSEPTEMBER 19").
      if (match.empty() || (begin > 0 && IsAsciiAlpha(text[begin - 1]) && text[begin] >= 'a' &&
                            text[begin] <= 'z')) {
        pos = begin + 1;
        continue;
      }
      if (IsIsoDuration(match)) {
        TemporalMention mention;
        mention.span = Span{begin, stop};
        mention.kind = TemporalKind::kDuration;
        mention.grain = TimeGrain::kDay;
        mention.value = std::string(match.data(), match.size());
        out->push_back(std::move(mention));
        pos = stop;
        continue;
      }
      int n = TokenizeMatch(text, begin, stop, &toks);
      TemporalMention mention;
      if (const int form =
              datetime_internal::ReadWordForm(text, range.begin, end, toks, n, reference, &mention);
          form != 0) {
        if (form > 0) out->push_back(std::move(mention));
        pos = form > 0 ? stop : begin + 1;
        continue;
      }
      int first = 0;
      // The span starts at the expression itself, not at "on" / "in" before it.
      // "in the morning" alone keeps its "in" (Recognizers-Text's span: a time range).
      const bool part_alone =
          (n >= 2 && n <= 4 && IsPartOfDayWord(toks[n - 1].text) &&
           (EqualsNoCase(toks[0].text, "in") || EqualsNoCase(toks[0].text, "later"))) ||
          // "in the morning at 7": a time of that part of the day, "in" included.
          (n >= 4 && EqualsNoCase(toks[0].text, "in") && EqualsNoCase(toks[1].text, "the") &&
           IsPartOfDayWord(toks[2].text) && EqualsNoCase(toks[3].text, "at"));
      while (!part_alone && first < n - 1 && toks[first].kind == TokKind::kWord &&
             (IsLeadingCue(toks[first].text) ||
              // "the 2006 war": the article goes, the year stays.
              (EqualsNoCase(toks[first].text, "the") && toks[first + 1].kind == TokKind::kNumber &&
               toks[first + 1].digits == 4) ||
              // "the past two quarters": the article goes, "past two quarters" stays.
              (EqualsNoCase(toks[first].text, "the") && IsShiftWord(toks[first + 1].text)))) {
        ++first;
      }
      int last = n;
      // Drop trailing separators the optional groups left behind ("Sept. 27," → "Sept. 27").
      while (last > first + 1 && toks[last - 1].kind == TokKind::kPunct &&
             toks[last - 1].text != ")" && toks[last - 1].text != "." &&
             // "in 15'": a prime glued to its count is the unit
             !((toks[last - 1].text == "'" || toks[last - 1].text == "\"") &&
               toks[last - 2].kind == TokKind::kNumber &&
               toks[last - 2].end == toks[last - 1].begin)) {
        --last;
      }
      // A final period belongs to the sentence unless it closes "a.m." / "p.m.".
      if (last > first + 1 && toks[last - 1].text == "." &&
          !(toks[last - 2].kind == TokKind::kWord &&
            (EqualsNoCaseNoDots(toks[last - 2].text, "am") ||
             EqualsNoCaseNoDots(toks[last - 2].text, "pm") || toks[last - 2].text == "A.D" ||
             // "Mon.": the dot marks the abbreviation
             (last - 2 == first && IsWeekdayAbbreviation(toks[last - 2].text))))) {
        --last;
      }
      Reading reading;
      reading.after_at = first > 0 && EqualsNoCase(toks[first - 1].text, "at");
      reading.holidays = holidays_.get();
      reading.ref_seconds =
          reference_seconds >= 0 && reference_seconds < 86400 ? reference_seconds : -1;
      const bool cue = first > 0;
      std::array<Tok, kMaxToks> kept;
      std::copy(toks.begin() + first, toks.begin() + last, kept.begin());
      if (Read(kept, last - first, &reading)) {
        reading.has_cue = reading.has_cue || cue;
        // "in two weeks": an offset into the future, and "in" is part of it.
        const bool in_offset = first > 0 && EqualsNoCase(toks[first - 1].text, "in") &&
                               reading.count != -1 && reading.unit != Unit::kNone &&
                               reading.direction == 0 && reading.month == 0;
        if (in_offset) reading.direction = 1;
        size_t after = stop;
        while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
        const char before = begin > 0 ? text[begin - 1] : ' ';
        reading.year_alone_ok =
            (after >= text.size() || !(text[after] >= 'a' && text[after] <= 'z')) &&
            std::string_view("/-.:$").find(before) == std::string_view::npos;
        // "Easter Island", "Independence Day Parade": a capitalised word after a holiday
        // makes it part of a longer name.
        if (reading.holiday >= 0 && after < text.size() && text[after] >= 'A' &&
            text[after] <= 'Z' && stop < text.size() && IsBlank(text[stop])) {
          pos = begin + 1;
          continue;
        }
        // "building 4 this afternoon": a bare hour right after a word that does not lead into
        // a time is that word's number.
        if (reading.loose_hour && first == 0 && toks[0].kind == TokKind::kNumber &&
            begin > range.begin &&
            std::string_view("0123456789.,/:").find(text[begin - 1]) != std::string_view::npos) {
          pos = begin + 1;  // "37.1 in the morning": part of a longer number
          continue;
        }
        if (reading.loose_hour && first == 0 && toks[0].kind == TokKind::kNumber) {
          size_t w = begin;
          while (w > range.begin && IsBlank(text[w - 1])) --w;
          size_t wb = w;
          while (wb > range.begin && IsAsciiAlpha(text[wb - 1])) --wb;
          if ((wb < w && !IsLeadingCue(text.substr(wb, w - wb)) &&
               !EqualsNoCase(text.substr(wb, w - wb), "around")) ||
              (w > range.begin && IsDigit(text[w - 1]))) {
            pos = begin + 1;
            continue;
          }
        }
        // "c'mon.", "y'thu": an abbreviation after an apostrophe is part of a word.
        if (reading.weekday >= 0 && begin > range.begin && text[begin - 1] == '\'' &&
            IsWeekdayAbbreviation(toks[0].text)) {
          pos = begin + 1;
          continue;
        }
        // "the next fall in prices", "a last spring clean": after an article a shifted season
        // word is a noun, not the season next to the reference.
        if (reading.season > 0 && reading.has_shift && reading.year == 0 && first == 0) {
          size_t w = begin;
          while (w > range.begin && IsBlank(text[w - 1])) --w;
          size_t wb = w;
          while (wb > range.begin && IsAsciiAlpha(text[wb - 1])) --wb;
          const std::string_view prev = text.substr(wb, w - wb);
          if (EqualsNoCase(prev, "the") || EqualsNoCase(prev, "a") || EqualsNoCase(prev, "its")) {
            pos = begin + 1;
            continue;
          }
        }
        if (reading.month > 0 && reading.day == 0 && reading.year == 0 && !reading.has_shift &&
            reading.weekday < 0 && reading.hour < 0 && first == 0 && last == 1 &&
            MonthWordIsNoMonth(text, range.begin, kept[0].begin, kept[0].end)) {
          pos = begin + 1;
          continue;
        }
        // "on the first floor", "on the 18th hole": a day alone must not lead a noun phrase.
        if (reading.day > 0 && reading.month == 0 && reading.year == 0 && reading.weekday < 0 &&
            reading.hour < 0 && after < text.size() && text[after] >= 'a' && text[after] <= 'z') {
          pos = begin + 1;
          continue;
        }
        if (!reading.year_alone_ok && reading.year > 0 && stop - begin == 4) {
          reading.year_alone_ok = datetime_internal::YearRangeBefore(text, begin, range.begin);
        }
        if (reference != nullptr && reference->known() && reading.year == 0 &&
            !reading.has_relative_day && reading.count == -1 &&
            (!reading.has_shift || reading.shift == 0) && reading.recurring == 0 &&
            (reading.weekday >= 0 || reading.month > 0 || reading.holiday >= 0 ||
             reading.day > 0)) {
          reading.future = datetime_internal::FutureContext(text, range.begin, end, begin, stop);
        }
        if (Resolve(reading, reference, &mention)) {
          mention.span =
              Span{in_offset ? toks[first - 1].begin : kept[0].begin, kept[last - first - 1].end};
          out->push_back(std::move(mention));
          pos = stop;
          continue;
        }
      }
      pos = begin + 1;
    }
    datetime_internal::ComposeMentions(text, first_mention, out);
    // The range pass reads no further than the range scanned.
    datetime_internal::MergeRanges(text.substr(0, end), std::min<size_t>(range.begin, end),
                                   first_mention, reference, out);
    datetime_internal::AttachModifiers(text, std::min<size_t>(range.begin, end), first_mention,
                                       out);
    datetime_internal::JoinForms(
        text, std::min<size_t>(range.begin, end), reference,
        reference_seconds >= 0 && reference_seconds < 86400 ? reference_seconds : -1, first_mention,
        out);
    datetime_internal::JoinDayParts(text, std::min<size_t>(range.begin, end), first_mention, out);
  }

 private:
  RE2 pattern_;
  std::shared_ptr<const datetime_internal::HolidayTable> holidays_;  // may be null
};

absl::StatusOr<std::unique_ptr<const TemporalRecognizer>> MakeRecognizer(
    std::shared_ptr<const datetime_internal::HolidayTable> holidays) {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_longest_match(true);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto recognizer = std::make_unique<TemporalRecognizerImpl>(options, std::move(holidays));
  if (absl::Status s = recognizer->status(); !s.ok()) return s;
  return std::unique_ptr<const TemporalRecognizer>(std::move(recognizer));
}

}  // namespace

absl::StatusOr<std::unique_ptr<const TemporalRecognizer>> TemporalRecognizer::Create() {
  return MakeRecognizer(nullptr);
}

absl::StatusOr<std::unique_ptr<const TemporalRecognizer>> TemporalRecognizer::Create(
    std::string_view data_dir) {
  std::string path(data_dir);
  if (!path.empty() && path.back() != '/') path += '/';
  path += "dates/";
  auto table = datetime_internal::HolidayTable::LoadAll(
      {path + "holidays.tsv", path + "holidays_indian.tsv"});
  if (!table.ok()) return table.status();
  return MakeRecognizer(*std::move(table));
}

}  // namespace claimscan
