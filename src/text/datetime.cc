// TemporalRecognizer: one RE2 alternation finds candidate date/time/duration expressions in a
// single leftmost-longest pass; a small token interpreter then reads the matched bytes
// (month and weekday names, numbers, relative words) and resolves them against the reference.
//
// The calendar vocabulary (month and weekday names, relative words) is a closed part of the
// grammar, so it lives here next to the patterns rather than in a data file.
#include <algorithm>
#include <array>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
#include "claimscan/datetime.h"
#include "common/strings.h"
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

// ---- Vocabulary -----------------------------------------------------------------------------

constexpr std::string_view kMonthNames[12] = {"january",   "february", "march",    "april",
                                              "may",       "june",     "july",     "august",
                                              "september", "october",  "november", "december"};
// Abbreviations, index = month - 1 (two spellings for September).
constexpr std::pair<std::string_view, int> kMonthAbbrevs[] = {
    {"jan", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"jun", 6},  {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
constexpr std::string_view kWeekdayNames[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
constexpr std::pair<std::string_view, int> kWeekdayAbbrevs[] = {
    {"mon", 0},  {"tue", 1},   {"tues", 1}, {"wed", 2}, {"thu", 3},
    {"thur", 3}, {"thurs", 3}, {"fri", 4},  {"sat", 5}, {"sun", 6}};
constexpr std::string_view kOrdinalDays[31] = {
    "first",        "second",         "third",         "fourth",        "fifth",
    "sixth",        "seventh",        "eighth",        "ninth",         "tenth",
    "eleventh",     "twelfth",        "thirteenth",    "fourteenth",    "fifteenth",
    "sixteenth",    "seventeenth",    "eighteenth",    "nineteenth",    "twentieth",
    "twenty-first", "twenty-second",  "twenty-third",  "twenty-fourth", "twenty-fifth",
    "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",  "thirtieth",
    "thirty-first"};
constexpr std::string_view kCountWords[] = {
    "zero",     "one",     "two",     "three",     "four",     "five",     "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
constexpr std::pair<std::string_view, int> kTensWords[] = {
    {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"ninety", 90}};

// Words that introduce a date but are not part of its value ("on Monday", "in 2006").
constexpr std::string_view kLeadingCues[] = {"on",   "in",     "at", "since",  "until",
                                             "by",   "during", "of", "before", "after",
                                             "from", "till",   "to"};

std::string Alternation(const std::string_view* words, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) absl::StrAppend(&out, i ? "|" : "", AsAbsl(words[i]));
  return out;
}

// Builds the one alternation. Order does not matter: RE2 runs leftmost-longest.
std::string BuildPattern() {
  const std::string wd = absl::StrCat("(?:", Alternation(kWeekdayNames, 7), ")\\b");
  const std::string wd_any =
      absl::StrCat("(?:", wd, "|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b\\.?)");
  const std::string mon =
      absl::StrCat("(?:(?:", Alternation(kMonthNames, 12),
                   ")\\b|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b\\.?)");
  std::string ordinal_words;
  for (int i = 30; i >= 0; --i) {
    absl::StrAppend(&ordinal_words, i == 30 ? "" : "|",
                    absl::StrReplaceAll(AsAbsl(kOrdinalDays[i]), {{"-", "[\\s-]"}}));
  }
  const std::string day =
      absl::StrCat("(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b|(?:", ordinal_words, ")\\b)");
  const std::string year = "(?:1[89]\\d\\d|2[01]\\d\\d)\\b";
  const std::string ampm = "(?:[ap]\\.m\\.|[ap]\\.?m\\b)";
  const std::string hour_word =
      "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
  const std::string unit_word = "(?:one|two|three|four|five|six|seven|eight|nine)";
  // Minutes after a spelled hour: not a bare ten ("three twenty" is two numbers).
  const std::string minute_words =
      absl::StrCat("(?:(?:oh|o|ou|zero)[\\s-]+", unit_word, "|fifteen|thirty|forty[\\s-]+five|",
                   "(?:twenty|thirty|forty|fifty)[\\s-]+", unit_word, ")\\b");
  const std::string count_word_60 = absl::StrCat(
      "(?:(?:twenty|thirty|forty|fifty)(?:[\\s-]+", unit_word, ")?|", unit_word,
      "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)");
  const std::string time = absl::StrCat(
      "(?:(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?:\\s*", ampm, ")?|(?:1[0-2]|0?[1-9])\\s*",
      ampm, "|(?:[01]?\\d|2[0-3])\\.[0-5]\\d\\s*", ampm, "|(?:1[0-2]|0?[1-9])[0-5]\\d\\s*", ampm,
      "|(?:12\\s+)?noon(?:ish)?\\b|(?:12\\s+)?midnight\\b|mid[\\s-]?day\\b",
      // "15h00", "9h30"; "7p", "11ish".
      "|(?:[01]?\\d|2[0-3])h[0-5]\\d\\b|(?:1[0-2]|0?[1-9])(?:[ap]|ish)\\b",
      // Spelled and clock-face times: "ten thirty", "twelve oh three", "seven twenty-seven",
      // "nine fifty nine a m", "eight o'clock", "half past seven", "a quarter to 5pm",
      // "thirty-six minutes past eight".
      "|", hour_word, "[\\s-]+", minute_words, "(?:\\s+minutes\\b)?(?:\\s*", ampm,
      "|\\s+[ap]\\s+m\\b)?", "|(?:", hour_word,
      "|(?:1[0-2]|0?[1-9]))\\s*(?:o['\\x{2019}]?\\s?clock\\b)(?:\\s*", ampm, ")?",
      "|(?:half|(?:a\\s+)?quarter|(?:[1-5]?\\d|", count_word_60,
      ")(?:\\s+minutes?)?)\\s+(?:past|to)\\s+", "(?:", hour_word, "|1[0-2]|0?[1-9])(?:\\s*", ampm,
      "|\\s+o['\\x{2019}]?\\s?clock\\b|\\b))");
  // A time whose hour alone is a number, where a part of the day or "at" says it is one
  // ("tonight at 8", "9 tomorrow", "at 8 in the evening").
  const std::string loose_time =
      absl::StrCat("(?:", time, "|(?:1[0-2]|0?[1-9]|", hour_word, ")\\b)");
  const std::string at_time = absl::StrCat("(?:,?\\s+(?:at\\s+|around\\s+)?", time, ")");
  const std::string count =
      "(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
      "sixty|ninety|a\\s+few|few|several|a\\s+couple\\s+of|couple\\s+of|a\\s+couple)";
  const std::string count_no_a =
      "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
      "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|"
      "a\\s+few|few|several|a\\s+couple\\s+of|couple\\s+of|a\\s+couple)";
  const std::string unit =
      "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|fortnights?|months?|"
      "years?|yrs?|decades?|centuries|century)\\b";
  const std::string relword =
      "(?:last|next|this|coming|past|previous|current|following|earlier\\s+this|later\\s+this|"
      "the\\s+past|the\\s+previous|the\\s+coming|the\\s+next|the\\s+last)";
  const std::string cue = "(?:on|in|since|until|till|by|during|of|before|after|from)";
  // "to" may end a range before a month or weekday ("from May to June"), never before a year
  // alone ("rose to 2000 soldiers"). All alternatives that may start with it must allow it, or
  // a shorter match starting at "to" would win over a longer one starting after it.
  const std::string cue_to = "(?:on|in|since|until|till|by|during|of|before|after|from|to)";

  const std::string alternatives[] = {
      // ISO date, optionally with a time: "2024-11-02", "2024-11-02 | 13:54", "...T13:54".
      absl::StrCat("\\b\\d{4}-[01]\\d-[0-3]\\d(?:(?:T|\\s*[|,]\\s*|\\s+(?:at\\s+)?)", time, ")?"),
      // Numeric dates: "10/31/1974", "31/10/74", "2024/11/02".
      "\\b(?:\\d{1,2}/\\d{1,2}/(?:\\d{4}|\\d{2})|\\d{1,2}-\\d{1,2}-(?:\\d{4}|\\d{2})|"
      "\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{4}/\\d{1,2}/\\d{1,2}|\\d{4}-\\d{1,2}-\\d{1,2})\\b",
      // Month/day without a year only after a cue ("on 11/20"): alone it is often a fraction.
      // A year after it stays with it ("on 1/1/2015"), else the earlier cue match would win.
      absl::StrCat(cue,
                   "\\s+(?:0?[1-9]|1[0-2])/(?:[12]\\d|3[01]|0?[1-9])(?:/(?:\\d{4}|\\d{2}))?\\b"),
      // Day, month name and year joined by - or /: "31-Oct-74", "05/Aug/2016", "2019-aug-1".
      absl::StrCat("\\b(?:\\d{1,2}[-/]", mon, "[-/](?:\\d{4}|\\d{2})|\\d{4}-", mon,
                   "-\\d{1,2})\\b"),
      // Written dates: "Thursday, November 21, 2024", "Nov. 21", "21 November 2024",
      // "the second of Aug.", with an optional time.
      absl::StrCat("(?:", cue_to, "\\s+)?(?:", wd_any, ",?\\s+(?:the\\s+)?)?(?:", mon, "\\s*", day,
                   "|(?:the\\s+)?", day, "\\s+(?:of\\s+)?", mon, ")(?:,?\\s+(?:of\\s+)?", year,
                   ")?", at_time, "?"),
      // A weekday with the date in brackets: "Monday (November 25)".
      absl::StrCat("(?:", cue_to, "\\s+)?", wd, "\\s*\\(\\s*", mon, "\\s*", day, "(?:,?\\s+", year,
                   ")?\\s*\\)"),
      // A month, with a modifier or year: "in September", "early October", "November 2024".
      absl::StrCat("(?:(?:(?:early|mid|late|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of)"
                   "[\\s-]+)|(?:",
                   relword, "|", cue_to, ")\\s+)?", mon, "(?:,?\\s+(?:of\\s+)?", year, ")?"),
      // A year with a cue: "in 2006", "early 2024", "the year 2000".
      absl::StrCat(
          "(?:", cue,
          "|early|mid|late|the|the\\s+year|(?:the\\s+)?(?:end|beginning|start|middle)\\s+of)"
          "[\\s-]+",
          year),
      // The start or end of a month, week or year: "end of the month", "the beginning of next
      // week", "EOY".
      absl::StrCat("(?:(?:the\\s+)?(?:end|beginning|start)\\s+of\\s+(?:(?:the|this|next|coming|"
                   "around\\s+next|the\\s+following|the\\s+coming)\\s+)?(?:month|year|week)\\b|"
                   "(?:the\\s+)?\\b(?:eom|bom|eoy)\\b)"),
      // A bare year; kept only when no lower-case word follows ("2000 soldiers").
      absl::StrCat("\\b", year),
      // Weekdays: "Monday", "on Monday", "last Friday", "Monday at 3 p.m.".
      absl::StrCat("(?:(?:", relword, "|", cue_to, "|early|late)\\s+)?", wd, at_time, "?"),
      // Days relative to the reference: "yesterday", "the day after tomorrow", "this morning".
      absl::StrCat("(?:the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|"
                   "(?:yesterday|today|tomorrow|this)\\s+(?:morning|afternoon|evening|night)|"
                   "last\\s+night|yesterday|today|tomorrow|tonight)\\b",
                   at_time, "?"),
      // A part of the day and a bare hour: "tonight at 8", "this afternoon at 2", "8 tonight",
      // "9 tomorrow morning", "10, tonight", "at 8 in the evening", "in the morning at 7".
      absl::StrCat("(?:(?:tonight|tonite|today|tomorrow|this\\s+(?:morning|afternoon|evening))|"
                   "(?:yesterday|tomorrow|today)\\s+(?:morning|afternoon|evening|night)|"
                   "in\\s+the\\s+(?:morning|afternoon|evening))\\s+(?:at|around|@)\\s+",
                   loose_time),
      absl::StrCat("(?:at\\s+)?\\b", loose_time,
                   ",?\\s+(?:tonight|tonite|(?:this|tomorrow|yesterday)\\s+(?:morning|afternoon|"
                   "evening|night)|tomorrow|in\\s+the\\s+(?:morning|afternoon|evening))\\b"),
      // A time before its day: "3pm tomorrow", "5 p.m. on Monday".
      absl::StrCat("\\b", time, "\\s+(?:on\\s+)?(?:", wd,
                   "|yesterday\\b|today\\b|tomorrow\\b|tonight\\b)"),
      // Year and month: "2014-10".
      absl::StrCat("(?:", cue, "\\s+)?\\b(?:1[89]|2[01])\\d\\d-(?:0[1-9]|1[0-2])\\b"),
      // A day of the month alone, after "on": "on the 18th", "on 24th", "on the first".
      absl::StrCat("\\bon\\s+(?:the\\s+(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b|(?:",
                   ordinal_words, ")\\b)|(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b)"),
      // Recurring sets: "every Tuesday", "each other week", "every day at 7pm", "daily".
      absl::StrCat("\\b(?:(?:every|each)\\s+(?:other\\s+)?(?:", wd,
                   "|(?:day|week|month|year|quarter|hour|weekend|morning|afternoon|evening|night)"
                   "\\b)|(?:daily|weekly|monthly|quarterly|annually|yearly|hourly|everyday|"
                   "nightly)\\b)",
                   at_time, "?"),
      // Holidays: "Christmas", "next Thanksgiving", "Easter 2010", "independence day of this
      // year".
      absl::StrCat("(?:(?:", relword, "|", cue_to, ")\\s+)?\\b",
                   datetime_internal::HolidayPattern(), "(?:,?\\s+(?:of\\s+)?(?:", year,
                   "|(?:this|next|last)\\s+year\\b))?"),
      // Periods relative to the reference: "last week", "this month", "next year".
      absl::StrCat(relword, "\\s+(?:week|month|year|weekend|quarter|fortnight|decade|qtr|yr)\\b"),
      // Ordinal parts of a month or year: "the first Monday of this month", "last day of
      // October 2015", "third tuesday of september 2014", "the 15th day of next month", "3rd
      // week of 2018", "the first quarter of the year", "20 of next month".
      absl::StrCat("(?:the\\s+)?(?:", day, "|last)\\s+(?:(?:", wd,
                   "|day|week|quarter|qtr)\\s+)?(?:of|in)\\s+(?:the\\s+)?(?:(?:(?:this|next|last|"
                   "coming|following|previous)\\s+)?(?:month|year)\\b|",
                   mon, "(?:,?\\s+", year, ")?|", year, ")"),
      // Quarters and weeks: "3rd qtr", "third quarter", "2017-q1", "q3 2019", "week 10".
      absl::StrCat("(?:the\\s+)?(?:", day, ")\\s+(?:quarter|qtr)\\b|(?:", cue, "\\s+)?\\b(?:", year,
                   "[\\s-]+q[1-4]|q[1-4](?:\\s+of)?[\\s-]+", year,
                   ")|\\bweek\\s+(?:[1-4]?\\d|5[0-3])\\b(?:\\s+of\\s+", year, ")?"),
      // Counted periods next to the reference: "the next three days", "past 2 quarters".
      // Not "following a year of conflict" (a preposition and a duration): "following" and
      // "coming" need "the", and the count is a number or "few", never "a".
      absl::StrCat("(?:next|last|past|previous|the\\s+(?:next|last|past|previous|coming|following))"
                   "\\s+",
                   count_no_a,
                   "[\\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|"
                   "quarters?|years?|decades?)\\b"),
      // Durations and offsets: "two weeks", "a month-long", "a year ago", "3 days later".
      // Halves: "two and a half years", "half an hour", "an hour and a half".
      absl::StrCat("\\b(?:in\\s+)?(?:", count,
                   "\\s+and\\s+(?:an?\\s+)?half[\\s-]+|half[\\s-]+(?:an?\\s+)?|", count,
                   "[\\s-]+|\\d+(?:\\.\\d+)?)", unit,
                   "(?:\\s+and\\s+(?:an?\\s+)?half)?"
                   "(?:-long|\\s+long|\\s+ago|\\s+earlier|\\s+later|\\s+from\\s+now)?"),
      // ISO 8601 durations, upper case only: "P1M", "PT3H".
      "(?-i:\\bP(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)\\b",
      // Times alone: "13:54", "3 p.m.", "at noon".
      absl::StrCat("(?:(?:at|around|by|until|since)\\s+)?\\b", time),
  };
  std::string pattern = "(?:";
  for (size_t i = 0; i < std::size(alternatives); ++i) {
    absl::StrAppend(&pattern, i ? "|" : "", "(?:", alternatives[i], ")");
  }
  absl::StrAppend(&pattern, ")");
  return pattern;
}

// ---- Token interpreter ----------------------------------------------------------------------

using datetime_internal::EqualsNoCase;
using datetime_internal::EqualsNoCaseNoDots;
using datetime_internal::IsAsciiAlpha;
using datetime_internal::IsDigit;
using datetime_internal::kMaxToks;
using datetime_internal::Lower;
using datetime_internal::ReadClockWords;
using datetime_internal::Reading;
using datetime_internal::ReadTime;
using datetime_internal::Resolve;
using datetime_internal::Tok;
using datetime_internal::TokKind;
using datetime_internal::Unit;

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

int LookupMonth(std::string_view w, bool* abbreviated) {
  for (int m = 0; m < 12; ++m) {
    if (EqualsNoCase(w, kMonthNames[m])) {
      *abbreviated = false;
      return m + 1;
    }
  }
  for (const auto& [name, m] : kMonthAbbrevs) {
    if (EqualsNoCase(w, name)) {
      *abbreviated = true;
      return m;
    }
  }
  return 0;
}

int LookupWeekday(std::string_view w) {
  for (int d = 0; d < 7; ++d) {
    if (EqualsNoCase(w, kWeekdayNames[d])) return d;
  }
  for (const auto& [name, d] : kWeekdayAbbrevs) {
    if (EqualsNoCase(w, name)) return d;
  }
  return -1;
}

int LookupCountWord(std::string_view w) {
  for (size_t i = 0; i < std::size(kCountWords); ++i) {
    if (EqualsNoCase(w, kCountWords[i])) return static_cast<int>(i);
  }
  for (const auto& [name, v] : kTensWords) {
    if (EqualsNoCase(w, name)) return v;
  }
  if (EqualsNoCase(w, "a") || EqualsNoCase(w, "an")) return 1;
  return -1;
}

// Ordinal day words, possibly split over "twenty - first" tokens: returns how many tokens
// were used, 0 if none.
int MatchOrdinalDay(const std::array<Tok, kMaxToks>& toks, int i, int n, int* day) {
  for (int d = 30; d >= 0; --d) {
    const std::string_view word = kOrdinalDays[d];
    const size_t dash = word.find('-');
    if (dash == std::string_view::npos) {
      if (EqualsNoCase(toks[i].text, word)) {
        *day = d + 1;
        return 1;
      }
      continue;
    }
    if (i + 1 < n && EqualsNoCase(toks[i].text, word.substr(0, dash))) {
      int j = i + 1;
      if (toks[j].text == "-" && j + 1 < n) ++j;
      if (EqualsNoCase(toks[j].text, word.substr(dash + 1))) {
        *day = d + 1;
        return j - i + 1;
      }
    }
  }
  return 0;
}

Unit LookupUnit(std::string_view w) {
  struct Entry {
    std::string_view singular;
    Unit unit;
  };
  static constexpr Entry kUnits[] = {
      {"second", Unit::kSecond},   {"minute", Unit::kMinute},  {"hour", Unit::kHour},
      {"day", Unit::kDay},         {"week", Unit::kWeek},      {"month", Unit::kMonth},
      {"year", Unit::kYear},       {"decade", Unit::kDecade},  {"fortnight", Unit::kFortnight},
      {"weekend", Unit::kWeekend}, {"quarter", Unit::kQuarter}};
  if (EqualsNoCase(w, "century") || EqualsNoCase(w, "centuries")) return Unit::kCentury;
  static constexpr Entry kAbbreviations[] = {
      {"sec", Unit::kSecond},  {"secs", Unit::kSecond}, {"min", Unit::kMinute},
      {"mins", Unit::kMinute}, {"h", Unit::kHour},      {"hr", Unit::kHour},
      {"hrs", Unit::kHour},    {"wk", Unit::kWeek},     {"wks", Unit::kWeek},
      {"yr", Unit::kYear},     {"yrs", Unit::kYear},    {"qtr", Unit::kQuarter},
      {"qtrs", Unit::kQuarter}};
  for (const Entry& e : kAbbreviations) {
    if (EqualsNoCase(w, e.singular)) return e.unit;
  }
  for (const Entry& e : kUnits) {
    if (EqualsNoCase(w, e.singular)) return e.unit;
    if (w.size() == e.singular.size() + 1 && Lower(w.back()) == 's' &&
        EqualsNoCase(w.substr(0, e.singular.size()), e.singular)) {
      return e.unit;
    }
  }
  return Unit::kNone;
}

// "daily", "weekly", ...: the unit each recurs by; kWeekend stands for "nightly".
Unit RecurringAdverb(std::string_view w) {
  static constexpr std::pair<std::string_view, Unit> kAdverbs[] = {
      {"daily", Unit::kDay},     {"everyday", Unit::kDay},      {"weekly", Unit::kWeek},
      {"monthly", Unit::kMonth}, {"quarterly", Unit::kQuarter}, {"annually", Unit::kYear},
      {"yearly", Unit::kYear},   {"hourly", Unit::kHour},       {"nightly", Unit::kWeekend}};
  for (const auto& [word, unit] : kAdverbs) {
    if (EqualsNoCase(w, word)) return unit;
  }
  return Unit::kNone;
}

// A holiday name starting at toks[i] ("New Year's Day": words, apostrophes and hyphens
// between them): the longest one in the table. Returns tokens used, 0 if none.
int MatchHoliday(const std::array<Tok, kMaxToks>& toks, int i, int n, int* holiday) {
  std::array<char, 40> key;
  size_t len = 0;
  int best = 0;
  for (int j = i; j < n; ++j) {
    const Tok& t = toks[j];
    if (t.kind == TokKind::kPunct) {
      if (t.text == "'" || t.text == "-" || t.text == ".") continue;
      break;
    }
    if (t.kind != TokKind::kWord || len + t.text.size() > key.size()) break;
    for (char c : t.text) {
      if (IsAsciiAlpha(c)) key[len++] = Lower(c);
    }
    if (const int h = datetime_internal::LookupHoliday(std::string_view(key.data(), len)); h >= 0) {
      *holiday = h;
      best = j - i + 1;
    }
  }
  return best;
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
      if (sep == "-" && t.digits == 4 && toks[i + 2].digits == 2 && b >= 1 && b <= 12 &&
          !(i + 3 < n && toks[i + 3].text == "-")) {
        r->year = a, r->month = b;
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
    if (t.kind == TokKind::kNumber) {
      if (int used = ReadTime(toks, i, n, r);
          used > 0 && (used > 1 || toks[i].kind == TokKind::kWord)) {
        i += used;
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
    if (int used = MatchHoliday(toks, i, n, &r->holiday); used > 0) {
      i += used;
      continue;
    }
    bool abbreviated = false;
    if (int m = LookupMonth(t.text, &abbreviated); m > 0) {
      r->month = m;
      r->month_abbreviated = abbreviated;
      r->month_is_lower_may = t.text == "may";
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
    } else if (EqualsNoCase(w, "tonight")) {
      r->has_relative_day = true;
      r->part_of_day = "NI";
    } else if (EqualsNoCase(w, "morning") || EqualsNoCase(w, "afternoon") ||
               EqualsNoCase(w, "evening") || EqualsNoCase(w, "night")) {
      // "this morning" is today; "last night" the night before; "in the morning" names no day.
      if (r->has_shift && r->shift < 0 && !r->has_relative_day) r->relative_days = -1;
      if (!(i > 0 && EqualsNoCase(toks[i - 1].text, "the"))) r->has_relative_day = true;
      r->part_of_day = EqualsNoCase(w, "morning")     ? "MO"
                       : EqualsNoCase(w, "afternoon") ? "AF"
                       : EqualsNoCase(w, "evening")   ? "EV"
                                                      : "NI";
    } else if (EqualsNoCase(w, "last") || EqualsNoCase(w, "past") || EqualsNoCase(w, "previous")) {
      r->has_shift = true;
      r->shift = -1;
    } else if (EqualsNoCase(w, "next") || EqualsNoCase(w, "coming") ||
               EqualsNoCase(w, "following")) {
      r->has_shift = true;
      r->shift = 1;
    } else if (EqualsNoCase(w, "this") || EqualsNoCase(w, "current")) {
      r->has_shift = true;
      r->shift = 0;
    } else if (EqualsNoCase(w, "ago") || EqualsNoCase(w, "earlier")) {
      if (r->count != -1) r->direction = -1;
    } else if (EqualsNoCase(w, "later")) {
      if (r->count != -1) r->direction = 1;
    } else if (EqualsNoCase(w, "and") && i + 1 < n) {
      // "and a half" / "and half": the only "and" a single expression has.
      int j = i + 1;
      if (j + 1 < n && (EqualsNoCase(toks[j].text, "a") || EqualsNoCase(toks[j].text, "an"))) ++j;
      if (!EqualsNoCase(toks[j].text, "half")) return false;
      r->plus_half = true;
      i = j + 1;
      continue;
    } else if (EqualsNoCase(w, "every") || EqualsNoCase(w, "each")) {
      r->recurring = 1;
    } else if (EqualsNoCase(w, "other") && r->recurring > 0) {
      r->recurring = 2;  // "every other week"
    } else if (Unit u = RecurringAdverb(w); u != Unit::kNone) {
      r->recurring = 1;
      if (u == Unit::kWeekend) {
        r->part_of_day = "NI";  // "nightly"
      } else {
        r->unit = u;
      }
    } else if (EqualsNoCase(w, "half")) {
      r->half_of = true;
    } else if (EqualsNoCase(w, "few") || EqualsNoCase(w, "several") || EqualsNoCase(w, "couple")) {
      // "a few" counts as three (the Recognizers-Text convention); "several" stays vague.
      r->count = EqualsNoCase(w, "couple") ? 2 : EqualsNoCase(w, "few") ? 3 : -2;
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
               EqualsNoCase(w, "T") || EqualsNoCase(w, "on") || EqualsNoCase(w, "in")) {
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

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsShiftWord(std::string_view w) {
  for (std::string_view c : {"next", "last", "past", "previous", "coming", "following"}) {
    if (EqualsNoCase(w, c)) return true;
  }
  return false;
}

bool IsLeadingCue(std::string_view w) {
  for (std::string_view c : kLeadingCues) {
    if (EqualsNoCase(w, c)) return true;
  }
  return false;
}

class TemporalRecognizerImpl final : public TemporalRecognizer {
 public:
  explicit TemporalRecognizerImpl(const RE2::Options& options)
      : pattern_(BuildPattern(), options) {}

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
      if (match.empty()) {
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
      int first = 0;
      // The span starts at the expression itself, not at "on" / "in" before it.
      while (first < n - 1 && toks[first].kind == TokKind::kWord &&
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
             toks[last - 1].text != ")" && toks[last - 1].text != ".") {
        --last;
      }
      // A final period belongs to the sentence unless it closes "a.m." / "p.m.".
      if (last > first + 1 && toks[last - 1].text == "." &&
          !(toks[last - 2].kind == TokKind::kWord &&
            (EqualsNoCaseNoDots(toks[last - 2].text, "am") ||
             EqualsNoCaseNoDots(toks[last - 2].text, "pm")))) {
        --last;
      }
      Reading reading;
      reading.ref_seconds =
          reference_seconds >= 0 && reference_seconds < 86400 ? reference_seconds : -1;
      const bool cue = first > 0;
      std::array<Tok, kMaxToks> kept;
      std::copy(toks.begin() + first, toks.begin() + last, kept.begin());
      TemporalMention mention;
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
        // "on the first floor", "on the 18th hole": a day alone must not lead a noun phrase.
        if (reading.day > 0 && reading.month == 0 && reading.year == 0 && reading.weekday < 0 &&
            reading.hour < 0 && after < text.size() && text[after] >= 'a' && text[after] <= 'z') {
          pos = begin + 1;
          continue;
        }
        if (!reading.year_alone_ok && reading.year > 0 && stop - begin == 4) {
          reading.year_alone_ok = datetime_internal::YearRangeBefore(text, begin, range.begin);
        }
        if (reading.year == 0 && !reading.has_relative_day && reading.count == -1 &&
            reading.recurring == 0 &&
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
    datetime_internal::MergeRanges(text, std::min<size_t>(range.begin, end), first_mention, out);
    datetime_internal::AttachModifiers(text, std::min<size_t>(range.begin, end), first_mention,
                                       out);
  }

 private:
  RE2 pattern_;
};

}  // namespace

int datetime_internal::LookupCountWord(std::string_view w) { return claimscan::LookupCountWord(w); }

bool datetime_internal::IsCalendarWord(std::string_view w) {
  bool abbreviated = false;
  return LookupMonth(w, &abbreviated) > 0 || LookupWeekday(w) >= 0;
}

absl::StatusOr<std::unique_ptr<const TemporalRecognizer>> TemporalRecognizer::Create() {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_longest_match(true);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  auto recognizer = std::make_unique<TemporalRecognizerImpl>(options);
  if (absl::Status s = recognizer->status(); !s.ok()) return s;
  return std::unique_ptr<const TemporalRecognizer>(std::move(recognizer));
}

}  // namespace claimscan
