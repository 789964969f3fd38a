// Internal to the temporal recogniser (src/text/datetime*.cc): ASCII helpers shared by the
// files it is split into, and the range pass that runs after the single-expression scan.
#ifndef CLAIMSCAN_TEXT_DATETIME_INTERNAL_H_
#define CLAIMSCAN_TEXT_DATETIME_INTERNAL_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimscan/datetime.h"
#include "text/datetime_holiday_table.h"

namespace claimscan {
namespace datetime_internal {

inline bool IsAsciiAlpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
inline char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }
inline bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The decimal number in s[at, at + len): -1 when that slice runs past s or holds anything but
// digits, as the "XXXX" of a partial value does. Values are read back with this, never with
// std::stoi, which throws on such a slice and would let an exception out of Find.
inline int DigitsAt(std::string_view s, size_t at, size_t len) {
  if (len == 0 || len > 9 || at > s.size() || s.size() - at < len) return -1;
  int v = 0;
  for (size_t i = at; i < at + len; ++i) {
    if (!IsDigit(s[i])) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// Trims blanks off both ends of text[b, e).
inline std::string_view Trimmed(std::string_view text, size_t b, size_t e) {
  while (b < e && IsBlank(text[b])) ++b;
  while (e > b && IsBlank(text[e - 1])) --e;
  return text.substr(b, e - b);
}

inline bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (Lower(a[i]) != Lower(b[i])) return false;
  }
  return true;
}

// Compares ignoring case and dots, so "p.m" == "pm".
inline bool EqualsNoCaseNoDots(std::string_view a, std::string_view b) {
  size_t j = 0;
  for (char c : a) {
    if (c == '.') continue;
    if (j >= b.size() || Lower(c) != b[j]) return false;
    ++j;
  }
  return j == b.size();
}

enum class TokKind : uint8_t { kWord, kNumber, kPunct };

struct Tok {
  uint32_t begin = 0;  // byte offsets into the text
  uint32_t end = 0;
  TokKind kind = TokKind::kPunct;
  std::string_view text;
  int number = 0;           // value of the leading digits (kNumber)
  int digits = 0;           // how many leading digits
  bool has_suffix = false;  // "21st"
};

constexpr int kMaxToks = 40;

// Splitting and reading one match (datetime.cc): the tokens of a matched expression.
int LookupCountWord(std::string_view w);  // "seven" = 7, "a" = 1; -1 if none

// The calendar vocabulary: a closed part of the grammar, shared by the pattern and the reader.
inline constexpr std::string_view kMonthNames[12] = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
// Abbreviations, index = month - 1 (two spellings for September).
inline constexpr std::pair<std::string_view, int> kMonthAbbrevs[] = {
    {"jan", 1}, {"feb", 2}, {"mar", 3},  {"apr", 4},  {"jun", 6},  {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
inline constexpr std::string_view kWeekdayNames[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                                      "friday", "saturday", "sunday"};
inline constexpr std::pair<std::string_view, int> kWeekdayAbbrevs[] = {
    {"mon", 0},  {"tue", 1},   {"tues", 1}, {"wed", 2}, {"thu", 3},
    {"thur", 3}, {"thurs", 3}, {"fri", 4},  {"sat", 5}, {"sun", 6}};
inline constexpr std::string_view kOrdinalDays[31] = {
    "first",        "second",         "third",         "fourth",        "fifth",
    "sixth",        "seventh",        "eighth",        "ninth",         "tenth",
    "eleventh",     "twelfth",        "thirteenth",    "fourteenth",    "fifteenth",
    "sixteenth",    "seventeenth",    "eighteenth",    "nineteenth",    "twentieth",
    "twenty-first", "twenty-second",  "twenty-third",  "twenty-fourth", "twenty-fifth",
    "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",  "thirtieth",
    "thirty-first"};
inline constexpr std::string_view kCountWords[] = {
    "zero",     "one",     "two",     "three",     "four",     "five",     "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
inline constexpr std::pair<std::string_view, int> kTensWords[] = {
    {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"ninety", 90}};

// The one RE2 alternation that finds candidate expressions (datetime_pattern.cc).
std::string BuildPattern();

// True when a joiner and a bare four-digit year come right before text[begin] ("2015 and",
// "2014 to"): a year there ends a range even when a lower-case word follows it.
bool YearRangeBefore(std::string_view text, size_t begin, size_t floor);

enum class Unit : uint8_t {
  kNone,
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeek,
  kMonth,
  kYear,
  kDecade,
  kCentury,
  kFortnight,
  kWeekend,
  kQuarter
};

// What the tokens of one match say, before resolution.
struct Reading {
  int year = 0, month = 0, day = 0, weekday = -1;
  bool month_abbreviated = false;
  bool month_is_lower_may = false;  // "may" the verb, not the month
  int hour = -1, minute = -1, second = -1;
  bool minute_written = false;  // "11:00": minute grain although the minute is zero
  int relative_days = 0;        // yesterday = -1, tomorrow = +1
  bool has_relative_day = false;
  int shift = 0;  // last = -1, next = +1, this = 0
  bool has_shift = false;
  double count = -1;  // a duration's count; -1 = none, -2 = vague ("a few")
  Unit unit = Unit::kNone;
  int direction = 0;                       // ago = -1, later / from now = +1
  bool plus_half = false;                  // "two and a half years", "an hour and a half"
  bool half_of = false;                    // "half an hour", "half a day"
  bool has_cue = false;                    // "in", "early", ... before a bare month
  bool year_alone_ok = false;              // a bare year not followed by a lower-case word
  int holiday = -1;                        // index into the holiday table
  bool holiday_capital = false;            // the holiday's name began with a capital letter
  const HolidayTable* holidays = nullptr;  // the recogniser's table of lunar holidays, if any
  int recurring = 0;                       // "every" = 1, "every other" = 2; 0 = not a set
  const char* part_of_day = nullptr;       // TIMEX part of day: "MO", "AF", "EV", "NI"
  // The sentence speaks of the future, or the expression stands alone: a day the words leave
  // open ("Monday", "August 27", "Halloween") is the coming one rather than the latest.
  bool future = false;
  bool loose_hour = false;
  int plus_quarters = 0;  // "two and a quarter hours" = 1, "one and two quarters" = 2
  int quarters_of = 0;    // "a quarter of an hour" = 1, "three-quarters of an hour" = 3
  bool upcoming = false;
  bool has_zone = false;  // "4pm CET": the clock is that zone's, `zone_minutes` from UTC
  int zone_minutes = 0;   // "upcoming two months": the unit that many on
  int quarter = 0;        // "third quarter", "q3": 1-4
  int week = 0;           // "week 10", "3rd week": 1-53
  int nth = 0;            // "the third Tuesday of": 1-5; "last Monday of", "last day of": -1
  bool day_of = false;    // "last day of": the nth counts days, not weekdays
  bool after_at = false;  // "at" led into the expression: "at 15h" is a clock time
  int season = 0;  // "this summer": 1 spring, 2 summer, 3 autumn, 4 winter (TIMEX SP SU FA WI)
  int part = 0;    // "the beginning of" = 1, "the end of" = 3: a part of the period named
  // The reference's time of day in seconds, -1 when unknown: clock offsets ("in 2 minutes")
  // resolve to an instant only with it.
  int ref_seconds = -1;
};

// The calendar vocabulary (datetime_words.cc). Month 1-12 and weekday 0-6 (Monday 0; -1 if
// none) of a name or abbreviation; a count word ("seven" = 7, "a" = 1; -1 if none); an
// ordinal day at toks[i] ("third", "the 21st"; tokens used, 0 if none); a unit word; a zone
// abbreviation's offset from UTC in minutes; a part of the day's TIMEX code ("TMO"; null if
// none); a weekend at toks[i] (tokens used); a season 1-4 (0 if none); a recurring adverb's
// unit ("daily" = day); a holiday name at toks[i] (tokens used, with its table index and
// whether it was capitalised).
int LookupMonth(std::string_view w, bool* abbreviated);
int LookupWeekday(std::string_view w);
int MatchOrdinalDay(const std::array<Tok, kMaxToks>& toks, int i, int n, int* day);
Unit LookupUnit(std::string_view w);
bool LookupZone(std::string_view w, int* minutes);
const char* PartOfDayCode(std::string_view w);
bool IsPartOfDayWord(std::string_view w);
int WeekendAt(const std::array<Tok, kMaxToks>& toks, int i, int n);
bool IsZoneWord(std::string_view w);
bool IsWeekdayAbbreviation(std::string_view w);
bool IsEraWord(std::string_view w);
int SeasonOf(std::string_view w);
Unit RecurringAdverb(std::string_view w);
int MatchHoliday(const std::array<Tok, kMaxToks>& toks, int i, int n, int* holiday, bool* capital);

// A month or weekday name or abbreviation ("June", "Sept", "Thu").
bool IsCalendarWord(std::string_view w);
// A word that introduces a date but is no part of its value ("on Monday", "in 2006").
bool IsLeadingCue(std::string_view w);
// "next", "last", "past", "previous", "coming", "following".
bool IsShiftWord(std::string_view w);

// A capitalised month name alone at text[begin, end) that is a person's name or the verb
// ("Theresa May", "May I ask") rather than the month (datetime_context.cc).
bool MonthWordIsNoMonth(std::string_view text, size_t floor, size_t begin, size_t end);

// True when the sentence around text[begin, end) (within text[floor, ceiling)) speaks of the
// future ("will", "'ll") and not of the past, or has no words besides the expression and the
// words that lead into it ("on", "at", "by") (datetime_context.cc).
bool FutureContext(std::string_view text, size_t floor, size_t ceiling, size_t begin, size_t end);
// True when that sentence has a word of the past ("was", "said", a verb in -ed).
bool PastContext(std::string_view text, size_t floor, size_t ceiling, size_t begin, size_t end);

// Clock times (datetime_clock.cc). Each reads the time at toks[i] into *r and returns the
// tokens used, 0 if none: "13:54", "3 p.m.", "noon", "15h00", "11ish" (ReadTime); "ten
// thirty", "half past seven", "a quarter to 5pm", "eight o'clock" (ReadClockWords).
int ReadTime(const std::array<Tok, kMaxToks>& toks, int i, int n, Reading* r);
int ReadClockWords(const std::array<Tok, kMaxToks>& toks, int i, int n, Reading* r);

// Holidays (datetime_holidays.cc): the pattern that finds their names, the table index of a
// name given as its lower-case letters ("newyearsday"; -1 if none), whether the name alone must
// be capitalised ("Lent"), and the occurrences that start in a Gregorian year (at most two: an
// Islamic holiday can come twice in one year), written to out[] in date order; returns how many.
// A holiday of the holiday table has none when `table` is null.
std::string HolidayPattern();
int LookupHoliday(std::string_view letters);
bool HolidayNeedsCapital(int holiday);
bool HolidayNeedsQualifier(int holiday);
int HolidaysIn(int holiday, int year, const HolidayTable* table, HolidaySpan out[2]);

// The first and last day of the season of `year` (winter starts in it and runs into the next
// one), as Duckling bounds
// them: spring March 20 - June 21, summer June 21 - September 23, autumn September 23 - December
// 21, winter December 21 - March 20. `season` 1-4 as Reading::season.
void SeasonBounds(int season, int year, CivilDate* first, CivilDate* last);

// The first ten days of a month (part 1) or its days from the 21st (part 3), as a range.
bool PartOfMonth(int year, int month, int part, TemporalMention* m);

// Turns a reading into a mention value. Returns false when the reading is not a date at all
// (a lone number, "may" the verb) or names an impossible day.
bool Resolve(const Reading& reading, const CivilDate* ref, TemporalMention* m);

// Joins neighbouring mentions out[first..] that make one expression, in place: durations
// joined by "and" or a comma ("2 years and 3 months" = P2Y3M) and a duration counted from a day
// ("three weeks from tomorrow") (datetime_compose.cc).
void ComposeMentions(std::string_view text, size_t first, std::vector<TemporalMention>* out);

// Sets the modifier of each single mention out[first..] that follows "before", "after",
// "since", "later than", "no later than", "as early as", "starting" (datetime_compose.cc).
void AttachModifiers(std::string_view text, size_t floor, size_t first,
                     std::vector<TemporalMention>* out);

// Joins the mentions out[first..] that form ranges ("2014 to 2018", "from May to September",
// "between 4pm and 5pm", "5 to 6pm") into one mention with end_value set, in place. `floor` is
// where the scanned range of the text begins; `ref` (may be null) is the reference day, for
// ranges that run to now ("from 2015 to the present").
void MergeRanges(std::string_view text, size_t floor, size_t first, const CivilDate* ref,
                 std::vector<TemporalMention>* out);

// Forms the single-expression scan leaves in pieces (datetime_forms.cc): a day and a bounded
// time of it ("tomorrow before 5pm"), a modifier after its date ("3 pm or later"), "Jan-Feb
// 2017", "later this afternoon", "end of 2000" without its article, "the first six months of
// 2021", "within 2h" (from the reference's instant: `ref_seconds` after midnight, -1 unknown).
// Runs after AttachModifiers.
void JoinForms(std::string_view text, size_t floor, const CivilDate* ref, int ref_seconds,
               size_t first, std::vector<TemporalMention>* out);

// Readings of datetime_forms.cc, tried before the general ones; false when the reading is none
// of them. A weekday with a day of the month and no month ("Tue 13th", "Sunday 31"): the
// nearest day that is both (the first one ahead when the reading looks ahead). A season with
// neither year nor shift ("summer", "in winter" = "WI").
bool ResolveExtraForms(const Reading& r, const CivilDate* ref, TemporalMention* m);

// Words the general reading has no slot for (datetime_word_forms.cc): the pattern of their
// words, and the reading of one match toks[0, n) of it in text[floor, ceiling): "right now",
// "at the moment", "to date" (PRESENT_REF), "year to date" (the reference's year), "now"
// closing a clause, "the 21st century" (2000 to 2099), sets ("every two weeks", "every
// weekday", "semiannual", "Friday mornings", "the 19th of every month") and "three weekends".
// 1 when it made *m; 0 when the match is none of them or its sentence says otherwise ("Israel
// now says", "up to date"); -1 when the match must not be read at all ("two evenings").
std::string WordFormPattern();
int ReadWordForm(std::string_view text, size_t floor, size_t ceiling,
                 const std::array<Tok, kMaxToks>& toks, int n, const CivilDate* ref,
                 TemporalMention* m);

// Years in words after a month, a day or a holiday (datetime_spelled.cc): "August two thousand
// and fifteen", "twenty five January nineteen eighty six", "Easter Sunday two thousand ten"
// extend the mentions out[first..] in place. Called by JoinForms.
void JoinSpelledYears(std::string_view text, size_t floor, size_t first,
                      std::vector<TemporalMention>* out);

// A named day and a part of it (datetime_dayparts.cc): "February the 15th in the morning", "the
// morning of the 15th" = "2013-02-15TMO". Joins the mentions out[first..] in place.
void JoinDayParts(std::string_view text, size_t floor, size_t first,
                  std::vector<TemporalMention>* out);

}  // namespace datetime_internal
}  // namespace claimscan

#endif  // CLAIMSCAN_TEXT_DATETIME_INTERNAL_H_
