// The pattern of the temporal recogniser: one RE2 alternation, built once, that finds candidate
// date, time, range, duration and set expressions in a single leftmost-longest pass. What the
// matched words mean is read in datetime.cc.
#include <iterator>
#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "common/strings.h"
#include "text/datetime_internal.h"

namespace claimscan {
namespace datetime_internal {
namespace {

std::string Alternation(const std::string_view* words, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) absl::StrAppend(&out, i ? "|" : "", AsAbsl(words[i]));
  return out;
}

// Builds the one alternation. Order does not matter: RE2 runs leftmost-longest.
}  // namespace

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
      // "8h PST": an hour in h with a zone after it (alone "15h" is as often a duration).
      "|(?:[01]?\\d|2[0-3])h\\s*(?:[ecmp][sd]?t|gmt|utc|cest|cet|bst|ist|jst|msk)\\b",
      // Spelled and clock-face times: "ten thirty", "twelve oh three", "seven twenty-seven",
      // "nine fifty nine a m", "eight o'clock", "half past seven", "a quarter to 5pm",
      // "thirty-six minutes past eight".
      "|", hour_word, "[\\s-]+", minute_words, "(?:\\s+minutes\\b)?(?:\\s*", ampm,
      "|\\s+[ap]\\s+m\\b)?", "|(?:", hour_word,
      "|(?:1[0-2]|0?[1-9]))\\s*(?:o['\\x{2019}]?\\s?clock\\b)(?:\\s*", ampm, ")?",
      "|(?:half|(?:a\\s+)?quarter|(?:[1-5]?\\d|", count_word_60,
      ")(?:\\s+minutes?)?)\\s+(?:past|to)\\s+", "(?:", hour_word, "|1[0-2]|0?[1-9])(?:\\s*", ampm,
      "|\\s+o['\\x{2019}]?\\s?clock\\b|\\b))",
      // A time zone after the time: "4pm CET", "8:00 PST", "3 p.m. ET".
      "(?:\\s*(?:[ecmp][sd]?t|gmt|utc|cest|cet|bst|ist|jst|msk)\\b)?");
  // A time whose hour alone is a number, where a part of the day or "at" says it is one
  // ("tonight at 8", "9 tomorrow", "at 8 in the evening").
  const std::string loose_time =
      absl::StrCat("(?:", time, "|(?:1[0-2]|0?[1-9]|", hour_word, ")\\b)");
  const std::string at_time = absl::StrCat("(?:,?\\s+(?:at\\s+|around\\s+)?", time, ")");
  const std::string count =
      "(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
      "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
      "sixty|ninety|a\\s+few|few|several|a\\s+couple\\s+of|couple\\s+of|a\\s+couple|a\\s+pair\\s+"
      "of)";
  const std::string count_no_a =
      "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
      "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|"
      "a\\s+few|few|several|a\\s+couple\\s+of|couple\\s+of|a\\s+couple)";
  const std::string unit =
      "(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|fortnights?|months?|"
      "years?|yrs?|decades?|centuries|century)\\b";
  const std::string relword =
      "(?:last|next|this|coming|past|previous|current|following|earlier\\s+this|later\\s+this|"
      "the\\s+past|the\\s+previous|the\\s+coming|the\\s+next|the\\s+last|this\\s+past)";
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
      // "February the 15th": "the" between only before an ordinal ("February the 15 members").
      absl::StrCat("(?:", cue_to, "\\s+)?(?:", wd_any, ",?\\s+(?:the\\s+)?)?(?:", mon,
                   "\\s*(?:the\\s+(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b|(?:",
                   ordinal_words, ")\\b)|", day, ")", "|(?:the\\s+)?", day, "\\s+(?:of\\s+)?", mon,
                   ")(?:,?\\s+(?:of\\s+)?", year, ")?", at_time, "?"),
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
      // A year of the common era, any number of digits: "2014 AD", "70 A.D.", "AD 70" (upper
      // case only: "30 ad" is an advertisement).
      "(?:\\bin\\s+)?\\b(?:\\d{1,4}\\s*(?-i:AD\\b|A\\.D\\.?)|(?-i:AD|A\\.D\\.)\\s*\\d{1,4}\\b)",
      // A day glued to its month: "14april 2015", "3june".
      absl::StrCat("\\b(?:[12]\\d|3[01]|0?[1-9])", mon, "(?:,?\\s+", year, ")?"),
      // The Roman ides: "the ides of March" (the 15th of March, May, July and October, the 13th
      // of the other months).
      absl::StrCat("\\b(?:the\\s+)?ides\\s+of\\s+", mon, "(?:,?\\s+", year, ")?"),
      // A bare year; kept only when no lower-case word follows ("2000 soldiers").
      absl::StrCat("\\b", year),
      // Weekdays: "Monday", "on Monday", "last Friday", "Monday at 3 p.m.".
      absl::StrCat("(?:(?:", relword, "|", cue_to, "|early|late)\\s+)?(?:", wd, at_time,
                   "?|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b\\.?", at_time,
                   // Abbreviations alone only where no common word is spelled the same: "Thu",
                   // "Fri", "Tues", and "Mon." with its dot (not "sun", "sat", "wed").
                   "|\\b(?:tue|tues|thu|thur|thurs|fri)\\b\\.?|\\bmon\\.)"),
      // A weekday with its day of the month or a numeric date: "Tue 13th", "tues the 4th 7pm",
      // "Friday 2018-7-6", "this friday 5/12" (not "Friday 7.6" or "7-6": scores and figures),
      // "on Sunday 31!" (a bare number only before the sentence's end: "Sunday 31 people" is a
      // count).
      absl::StrCat("(?:(?:", relword, "|", cue_to, ")\\s+)?", wd_any,
                   ",?\\s+(?:\\d{4}-\\d{1,2}-\\d{1,2}\\b|",
                   "(?:0?[1-9]|1[0-2])/(?:[12]\\d|3[01]|0?[1-9])\\b|",
                   "(?:the\\s+)?(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b|the\\s+(?:",
                   ordinal_words, ")\\b|(?:[12]\\d|3[01]|0?[1-9])\\s*(?:[!?;]|$))", at_time,
                   "?(?:\\s+(?:at|around)\\s+(?:1[0-2]|0?[1-9])\\b)?"),
      // A weekday and a bare hour: "Sat at 5", "on Monday around 10".
      absl::StrCat("(?:(?:", relword, "|", cue_to, ")\\s+)?", wd_any,
                   "\\s+(?:at|around)\\s+(?:1[0-2]|0?[1-9])\\b"),
      // A season alone: "summer", "in winter", "during the autumn" (Recognizers' "SU"; with a
      // shift or a year below). Not "spring" or "fall": verbs and nouns too.
      absl::StrCat("(?:(?:in|during|throughout)\\s+(?:the\\s+)?)?\\b(?:summer|winter|autumn)\\b(?:,"
                   "?\\s+(?:of\\s+)?",
                   year, ")?"),
      // Days relative to the reference: "yesterday", "the day after tomorrow", "this morning".
      absl::StrCat("(?:the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|"
                   "(?:yesterday|today|tomorrow|this)\\s+(?:morning|afternoon|evening|night)|"
                   "last\\s+night|yesterday|today|tomorrow|tonight|tonite)\\b",
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
      // Month and year joined: "Dec-2018".
      absl::StrCat("\\b", mon, "-", year),
      // Month and year: "2/2013", "12-2015", "2014/10".
      "\\b(?:(?:0?[1-9]|1[0-2])[/-](?:1[89]|2[01])\\d\\d|(?:1[89]|2[01])\\d\\d/"
      "(?:0?[1-9]|1[0-2]))\\b",
      // Year and month: "2014-10".
      absl::StrCat("(?:", cue, "\\s+)?\\b(?:1[89]|2[01])\\d\\d-(?:0[1-9]|1[0-2])\\b"),
      // A day of the month alone, after "on": "on the 18th", "on 24th", "on the first".
      absl::StrCat("\\bon\\s+(?:the\\s+(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b|(?:",
                   ordinal_words, ")\\b)|(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b)"),
      // Recurring sets: "every Tuesday", "each other week", "every day at 7pm", "daily".
      absl::StrCat(
          "\\b(?:(?:every|each)\\s+(?:other\\s+)?(?:", wd,
          "|(?:day|week|month|year|quarter|hour|weekend|morning|afternoon|evening|night)"
          "\\b)|(?:(?:semi|bi)-?)?(?:daily|weekly|monthly|quarterly|annually|annual|yearly|"
          "hourly|everyday|nightly)\\b|weekends\\b|once\\s+a\\s+(?:day|week|month|year)\\b)",
          at_time, "?"),
      // The end of a day: "end of tomorrow", "the end of today", "end of this sunday".
      absl::StrCat(
          "(?:the\\s+)?end\\s+of\\s+(?:the\\s+day|today|tomorrow|yesterday|(?:(?:this|next|last)"
          "\\s+)?",
          wd, ")"),
      // A part of the day alone: "in the morning", "later in the afternoon", "in the evenings".
      "(?:later\\s+)?in\\s+(?:the\\s+)?(?:morning|afternoon|evening)s?\\b|"
      "(?:later\\s+)?in\\s+the\\s+night\\b",
      // Holidays: "Christmas", "next Thanksgiving", "Easter 2010", "Diwali in 2030",
      // "independence day of this year".
      absl::StrCat("(?:(?:", relword, "|", cue_to, ")\\s+)?\\b", HolidayPattern(),
                   "(?:,?\\s+(?:(?:of|in)\\s+)?(?:", year, "|(?:this|next|last)\\s+year\\b))?"),
      // Seasons with a shift or a year: "this summer", "last fall", "winter 2013", "the spring
      // of 2014". Never alone: "spring" and "fall" are also verbs and nouns.
      absl::StrCat("(?:(?:this|next|last|past|previous|current|coming)\\s+(?:summer|winter|"
                   "autumn|spring|fall)\\b|(?:the\\s+)?(?:summer|winter|autumn|spring|fall)"
                   ",?\\s+(?:of\\s+)?",
                   year, ")"),
      // Periods relative to the reference: "last week", "this month", "next year".
      absl::StrCat(relword,
                   "\\s+(?:week|month|year|week[\\s-]?end|quarter|fortnight|decade|qtr|yr)\\b"),
      // Ordinal parts of a month or year: "the first Monday of this month", "last day of
      // October 2015", "third tuesday of september 2014", "the 15th day of next month", "3rd
      // week of 2018", "the first quarter of the year", "20 of next month".
      // Also "the last weekend of October", "the third last week of 2018" (counted from the end).
      absl::StrCat("(?:the\\s+)?(?:", day, "(?:\\s+last)?|last)\\s+(?:(?:", wd,
                   "|day|week|quarter|qtr|week[\\s-]?end)\\s+)?(?:of|in)\\s+(?:the\\s+)?(?:(?:(?:"
                   "this|next|last|"
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
      // The n-th such weekday from now: "3 fridays from now".
      absl::StrCat("\\b", count_no_a,
                   "\\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\\s+"
                   "from\\s+now\\b"),
      // The unit a count ahead: "upcoming two months", "2 upcoming quarters" (Duckling's reading:
      // the month two months on).
      absl::StrCat("\\b(?:upcoming\\s+", count_no_a, "|", count_no_a,
                   "\\s+upcoming)\\s+(?:days?|weeks?|months?|quarters?|years?)\\b"),
      // Durations and offsets: "two weeks", "a month-long", "a year ago", "3 days later".
      // Halves: "two and a half years", "half an hour", "an hour and a half".
      // Quarters: "two and a quarter hours", "one and two quarters of hour", "three-quarters of
      // an hour", "one year and a quarter"; fractions: "1/2 hour", "3/4h".
      // "in about half an hour", "in 2 more minutes": a hedge after "in", "more" before the unit.
      absl::StrCat(
          "\\b(?:in\\s+(?:about\\s+|approximately\\s+)?)?(?:", count,
          "\\s+and\\s+(?:an?\\s+)?half[\\s-]+|half[\\s-]+(?:an?\\s+)?|", count,
          "\\s+and\\s+(?:an?\\s+)?(?:(?:one|two|three)\\s+)?quarters?\\s+(?:of\\s+)?(?:an?\\s+)?|"
          "(?:an?\\s+|one[\\s-]+|two[\\s-]+|three[\\s-]+)?quarters?\\s+of\\s+an?\\s+|"
          "[1-9]/[1-9]\\s*|",
          count, "[\\s-]+(?:more\\s+)?|\\d+(?:\\.\\d+)?)", unit,
          "(?:\\s+and\\s+(?:an?\\s+)?(?:half|quarter)\\b)?"
          "(?:-long|\\s+long|\\s+ago|\\s+earlier|\\s+later|\\s+hence|\\s+from\\s+now)?"),
      // Minutes and seconds written as primes, only as an offset after "in": "in 15'", "in 1\"".
      // Alone they are as often feet and inches.
      "\\bin\\s+\\d{1,3}['\"]",
      // A whole unit: "all day", "all week".
      "\\ball\\s+(?:day|week|month|year)\\b",
      // ISO 8601 durations, upper case only: "P1M", "PT3H".
      "(?-i:\\bP(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?)\\b",
      // Times alone: "13:54", "3 p.m.", "at noon".
      // A hedge stays in the span: "at about 3pm", "exactly 3pm", "3pm sharp", "3pm approximately".
      absl::StrCat(
          "(?:(?:at|around|by|until|since)\\s+)?(?:(?:about|exactly|approximately)\\s+)?\\b", time,
          "(?:\\s+(?:sharp|exactly|approximately)\\b)?"),
      // "at 15h": an hour in h after "at".
      "\\bat\\s+(?:[01]?\\d|2[0-3])h\\b",
      // "the midday", "the noon": the article stays in the span.
      "\\bthe\\s+(?:noon|mid[\\s-]?day)\\b",
      // The present, centuries and sets without a unit of their own: "right now", "to date",
      // "the 21st century", "every two weeks" (datetime_word_forms.cc).
      WordFormPattern(),
  };
  std::string pattern = "(?:";
  for (size_t i = 0; i < std::size(alternatives); ++i) {
    absl::StrAppend(&pattern, i ? "|" : "", "(?:", alternatives[i], ")");
  }
  absl::StrAppend(&pattern, ")");
  return pattern;
}

}  // namespace datetime_internal
}  // namespace claimscan
