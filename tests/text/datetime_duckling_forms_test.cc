// Forms of dates and times from Duckling's conventions: clock offsets, seasons, parts of a day
// on a named day, and the like. Examples written for these tests.
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/datetime.h"
#include "datetime_test_util.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

class DucklingFormsTest : public RecognizerSuite {
 protected:
  // The single mention in `text` found on `reference` at `seconds` after midnight, as
  // "surface=value" (plus "..end_value" for a range).
  static std::string One(std::string_view text, std::string_view reference = "2021-06-08",
                         int seconds = 10 * 3600 + 15 * 60) {
    CivilDate ref;
    EXPECT_TRUE(ParseIsoDate(reference, &ref));
    std::vector<TemporalMention> out;
    recognizer_->FindAt(text, Span{0, static_cast<uint32_t>(text.size())}, &ref, seconds, &out);
    if (out.size() != 1) return "found " + std::to_string(out.size());
    std::string s = std::string(out[0].span.In(text)) + "=" + out[0].value;
    if (!out[0].end_value.empty()) s += ".." + out[0].end_value;
    return s;
  }
};

// Reference: Tuesday 2021-06-08, 10:15.
TEST_F(DucklingFormsTest, ClockOffsetsWithPrimesHedgesAndMore) {
  EXPECT_EQ(One("the bus leaves in 5'"), "in 5'=2021-06-08T10:20:00");
  EXPECT_EQ(One("in 30\""), "in 30\"=2021-06-08T10:15:30");
  EXPECT_EQ(One("back in about half an hour"), "in about half an hour=2021-06-08T10:45:00");
  EXPECT_EQ(One("in 3 more minutes"), "in 3 more minutes=2021-06-08T10:18:00");
  EXPECT_EQ(One("in a pair of hours"), "in a pair of hours=2021-06-08T12:15");
  EXPECT_EQ(One("two seconds from now"), "two seconds from now=2021-06-08T10:15:02");
  // "second" after "a" stays the ordinal; a prime without "in" is feet or a quote.
  EXPECT_EQ(One("they played a second match"), "found 0");
  EXPECT_EQ(One("the forty second floor"), "found 0");
  EXPECT_EQ(One("forty seconds from now"), "forty seconds from now=2021-06-08T10:15:40");
  EXPECT_EQ(One("a 6' wall"), "found 0");
}

TEST_F(DucklingFormsTest, SeasonsNextToTheReferenceOrWithAYear) {
  // June 8 is before summer starts: "this summer" is the coming one, "last summer" 2020's.
  EXPECT_EQ(One("this summer"), "this summer=2021-SU");
  EXPECT_EQ(One("we met last summer"), "last summer=2020-SU");
  EXPECT_EQ(One("next autumn"), "next autumn=2022-FA");
  EXPECT_EQ(One("by next fall"), "next fall=2022-FA");
  // A winter is labelled with its December's year; in January it is still running.
  EXPECT_EQ(One("this winter", "2022-01-15"), "this winter=2021-WI");
  EXPECT_EQ(One("this winter", "2022-11-02"), "this winter=2022-WI");
  EXPECT_EQ(One("in the spring of 2019"), "the spring of 2019=2019-SP");
  EXPECT_EQ(One("summer 2016"), "summer 2016=2016-SU");
  // After an article the words are nouns; alone, "spring" and "fall" are often verbs.
  EXPECT_EQ(One("the next fall in prices"), "found 0");
  EXPECT_EQ(One("prices fall"), "found 0");
  EXPECT_EQ(One("a spring storm"), "found 0");
}

TEST_F(DucklingFormsTest, EraYearsGluedDaysAndTheMidday) {
  EXPECT_EQ(One("the town was founded in 1066 AD"), "1066 AD=1066");
  EXPECT_EQ(One("built in 70 A.D."), "70 A.D.=0070");
  EXPECT_EQ(One("AD 410"), "AD 410=0410");
  EXPECT_EQ(One("30 ads ran"), "found 0");
  EXPECT_EQ(One("due 3june 2022"), "3june 2022=2022-06-03");
  EXPECT_EQ(One("9may 2020"), "9may 2020=2020-05-09");
  EXPECT_EQ(One("until the noon"), "the noon=T12:00");
}

TEST_F(DucklingFormsTest, WeekendsOfAMonthAndWeeksCountedFromTheEnd) {
  // The weekend of the month's last (or n-th) Friday; ISO weeks for weekend values.
  EXPECT_EQ(One("the last weekend of July"), "last weekend of July=2021-W30-WE");
  EXPECT_EQ(One("last week-end in July"), "last week-end in July=2021-W30-WE");
  EXPECT_EQ(One("the second weekend of May 2022"), "the second weekend of May 2022=2022-W19-WE");
  EXPECT_EQ(One("this past weekend"), "this past weekend=2021-W22-WE");
  EXPECT_EQ(One("last week end"), "last week end=2021-W22-WE");
  // 2021 has 52 ISO weeks: the last is W52, the second last W51.
  EXPECT_EQ(One("the second last week of 2021"), "the second last week of 2021=2021-W51");
  EXPECT_EQ(One("the last week of 2021"), "last week of 2021=2021-W52");
}

TEST_F(DucklingFormsTest, ANamedDayAndAPartOfIt) {
  EXPECT_EQ(One("on June the 20th in the evening"), "June the 20th in the evening=2021-06-20TEV");
  EXPECT_EQ(One("20 of June in the morning"), "20 of June in the morning=2021-06-20TMO");
  EXPECT_EQ(One("on the afternoon of June 3"), "afternoon of June 3=2021-06-03TAF");
  // Not across a sentence, and "the" before a bare number is not a day.
  EXPECT_EQ(One("In June the 15 members met"), "June=2021-06");
  const std::string two = "It opened June 20. In the morning it rained.";
  CivilDate ref{2021, 6, 8};
  std::vector<TemporalMention> out;
  recognizer_->Find(two, Span{0, static_cast<uint32_t>(two.size())}, &ref, &out);
  EXPECT_EQ(out.size(), 2u);
}

TEST_F(DucklingFormsTest, ADayWrittenWithDigitsAndAClockTimeNextToIt) {
  EXPECT_EQ(One("in 3 days at 9am"), "in 3 days at 9am=2021-06-11T09:00");
  EXPECT_EQ(One("10:30 on June 12"), "10:30 on June 12=2021-06-12T10:30");
  EXPECT_EQ(One("4 PM, Fri, Jun 11"), "4 PM, Fri, Jun 11=2021-06-11T16:00");
  // A holiday keeps its time apart (Recognizers-Text's reading).
  EXPECT_EQ(One("on Christmas at 8:00"), "found 2");
}

TEST_F(DucklingFormsTest, WeekdayAbbreviationsAloneAndTheIdes) {
  // Reference Tuesday 2021-06-08: a weekday alone is the coming one.
  EXPECT_EQ(One("Fri"), "Fri=2021-06-11");
  EXPECT_EQ(One("thurs"), "thurs=2021-06-10");
  EXPECT_EQ(One("mon."), "mon.=2021-06-14");
  // Words spelled like abbreviations stay words.
  EXPECT_EQ(One("in the sun"), "found 0");
  EXPECT_EQ(One("they sat down"), "found 0");
  EXPECT_EQ(One("c'mon."), "found 0");
  EXPECT_EQ(One("singer Carly Simon."), "found 0");
  EXPECT_EQ(One("the statue"), "found 0");
  EXPECT_EQ(One("the ides of May"), "the ides of May=2022-05-15");
  EXPECT_EQ(One("the ides of January 2022"), "the ides of January 2022=2022-01-13");
}

TEST_F(DucklingFormsTest, HoursWrittenWithHAfterAtOrBeforeAZone) {
  EXPECT_EQ(One("see you at 9h"), "9h=T09:00");
  EXPECT_EQ(One("Friday 20h CET"), "Friday 20h CET=2021-06-11T20:00");
  // Elsewhere "15h" is a length of time.
  EXPECT_EQ(One("a 15h flight"), "15h=PT15H");
}

TEST_F(DucklingFormsTest, LateNightsMidnightOfAnEveningAndIsoIntervals) {
  EXPECT_EQ(One("it ended late tonight"), "late tonight=2021-06-08T21:00..2021-06-08T23:00");
  EXPECT_EQ(One("late last night"), "late last night=2021-06-07T21:00..2021-06-07T23:00");
  // A bare 12 in the evening is the midnight that ends it; with minutes it stays as written.
  EXPECT_EQ(One("tonight at 12"), "tonight at 12=2021-06-09T00:00");
  EXPECT_EQ(One("this afternoon at 3"), "this afternoon at 3=2021-06-08T15:00");
  EXPECT_EQ(One("2020-05-01 09:00:00/2020-05-02 18:30:00"),
            "2020-05-01 09:00:00/2020-05-02 18:30:00=2020-05-01T09:00:00..2020-05-02T18:30:00");
}

TEST_F(DucklingFormsTest, AWeekdayOfANamedWeekAndAWeekdaysPartOfTheDay) {
  // Reference Tuesday 2021-06-08 (ISO week 23).
  EXPECT_EQ(One("Wednesday of next week"), "Wednesday of next week=2021-06-16");
  EXPECT_EQ(One("sunday from last week"), "sunday from last week=2021-06-06");
  EXPECT_EQ(One("last week's Friday"), "last week's Friday=2021-06-04");
  // A bare part after a weekday stays out: news annotation (GUM) spans "Thursday" alone.
  EXPECT_EQ(One("Police said the fire started Friday night."), "Friday=2021-06-04");
}

TEST_F(DucklingFormsTest, HedgesAroundAClockTimeStayInItsSpan) {
  EXPECT_EQ(One("doors open at about 7pm"), "about 7pm=T19:00");
  EXPECT_EQ(One("exactly 9:30"), "exactly 9:30=T09:30");
  EXPECT_EQ(One("be there at 6pm sharp"), "6pm sharp=T18:00");
}

TEST_F(DucklingFormsTest, MinutesAfterWholeHoursWithoutTheirUnit) {
  EXPECT_EQ(One("the flight takes 2 hours fifteen"), "2 hours fifteen=PT2H15M");
  EXPECT_EQ(One("1 hour and 40"), "1 hour and 40=PT1H40M");
  // A number that counts something else stays out.
  EXPECT_EQ(One("after 2 hours 40 people were rescued"), "2 hours=PT2H");
}

}  // namespace
}  // namespace claimscan
