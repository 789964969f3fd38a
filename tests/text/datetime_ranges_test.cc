// Ranges and composed expressions (src/text/datetime_ranges.cc, datetime_compose.cc): two ends
// joined into one range, a duration laid from a day or time, a weekday placed by an offset.
// Examples written for these tests.
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/datetime.h"
#include "datetime_test_util.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

class RangesTest : public RecognizerSuite {
 protected:
  static std::vector<TemporalMention> Find(std::string_view text, std::string_view reference,
                                           int seconds = 9 * 3600) {
    CivilDate ref;
    EXPECT_TRUE(ParseIsoDate(reference, &ref));
    std::vector<TemporalMention> out;
    recognizer_->FindAt(text, Span{0, static_cast<uint32_t>(text.size())}, &ref, seconds, &out);
    return out;
  }

  static std::string_view Words(std::string_view text, const TemporalMention& m) {
    const uint32_t b = m.mod.empty() ? m.span.begin : m.mod_begin;
    return text.substr(b, m.span.end - b);
  }
};

TEST_F(RangesTest, YearsJoinedByToInNews) {
  const std::string text = "Exports grew every year from 1998 to 2003, the ministry said.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(Words(text, found[1]), "from 1998 to 2003");
  EXPECT_EQ(found[1].value, "1998");
  EXPECT_EQ(found[1].end_value, "2003");
}

TEST_F(RangesTest, UnrelatedEndsStayApart) {
  // Places joined by "to", and two years in two clauses, are no range.
  std::string text = "The envoy travelled from Oslo to Rome on Tuesday.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "Tuesday");
  EXPECT_TRUE(found[0].end_value.empty());

  text = "The bridge opened in 1887 and closed in 1990.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].end_value.empty());
  EXPECT_TRUE(found[1].end_value.empty());
}

TEST_F(RangesTest, BetweenADayAndABareDay) {
  std::string text = "Delegates will meet between June 8 and 10 in Vienna.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "between June 8 and 10");
  EXPECT_EQ(found[0].value, "2023-06-08");
  EXPECT_EQ(found[0].end_value, "2023-06-10");

  // Without "between", "and" lists two days; a counted figure ends no range.
  text = "Ballots were cast on June 8 and 10.";
  found = Find(text, "2023-03-06");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(Words(text, found[0]), "June 8");
  EXPECT_TRUE(found[0].end_value.empty());

  text = "Turnout was between June 8 and 9 million voters.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].end_value.empty());
}

TEST_F(RangesTest, DurationFromADayIsARangeOfDays) {
  std::string text = "Schools will close for four days from Tuesday.";
  auto found = Find(text, "2023-03-06");  // a Monday
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "for four days from Tuesday");
  EXPECT_EQ(found[0].value, "2023-03-07");
  EXPECT_EQ(found[0].end_value, "2023-03-10");
  EXPECT_TRUE(found[0].counted);

  text = "The road is shut for 2 weeks, from April 3.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "for 2 weeks, from April 3");
  EXPECT_EQ(found[0].value, "2023-04-03");
  EXPECT_EQ(found[0].end_value, "2023-04-16");

  // Without "for", the duration counts a day from the other one.
  text = "The vote will take place two weeks from Tuesday.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2023-03-21");
  EXPECT_TRUE(found[0].end_value.empty());
}

TEST_F(RangesTest, DurationFromATimeOrStartingAnInstant) {
  std::string text = "The hall is booked for 2 hours from 3 pm";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "for 2 hours from 3 pm");
  EXPECT_EQ(found[0].value, "T15:00");
  EXPECT_EQ(found[0].end_value, "T17:00");

  text = "Book the room for a week starting next Monday at 8 am";
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "a week starting next Monday at 8 am");
  EXPECT_EQ(found[0].value, "2023-03-13T08:00");
  EXPECT_EQ(found[0].end_value, "2023-03-20T08:00");
}

TEST_F(RangesTest, WeekdayInTheWeekOfAnOffsetDay) {
  // 2023-03-08 is a Wednesday; three weeks on is Wednesday 2023-03-29.
  std::string text = "We return Tuesday three weeks from now.";
  auto found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "Tuesday three weeks from now");
  EXPECT_EQ(found[0].value, "2023-03-28");

  text = "We return in 4 days on Friday.";  // in 4 days = Sunday 2023-03-12
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "in 4 days on Friday");
  EXPECT_EQ(found[0].value, "2023-03-10");
}

TEST_F(RangesTest, WeekdayOfAShiftedWeek) {
  const std::string text = "Let's talk next week Thu at 4 pm";
  auto found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "next week Thu at 4 pm");
  EXPECT_EQ(found[0].value, "2023-03-16T16:00");
}

TEST_F(RangesTest, InAnOffsetFromToday) {
  const std::string text = "It ships in three days from today";
  auto found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "three days from today");
  EXPECT_EQ(found[0].value, "2023-03-11");
}

TEST_F(RangesTest, RangesThatRunToNow) {
  std::string text = "She has chaired the board from 2012 to the present.";
  auto found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "from 2012 to the present");
  EXPECT_EQ(found[0].value, "2012-01-01");
  EXPECT_EQ(found[0].end_value, "2023-03-08");

  text = "Between 2016 and today, fares tripled.";
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "Between 2016 and today");
  EXPECT_EQ(found[0].value, "2016-01-01");
  EXPECT_EQ(found[0].end_value, "2023-03-08");

  text = "Rents rose between Feb 2021 and today.";
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2021-02-01");
  EXPECT_EQ(found[0].end_value, "2023-03-08");

  // A year and "today" in two clauses stay apart.
  text = "He lost in 2016 and today he won.";
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].end_value.empty());
}

TEST_F(RangesTest, TimeThenADayAndATime) {
  // The start has no day of its own: it is on the reference's day, not the end's.
  const std::string text = "The line is down from 3pm till tomorrow 9:15am";
  auto found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2023-03-08T15:00");
  EXPECT_EQ(found[0].end_value, "2023-03-09T09:15");
}

TEST_F(RangesTest, WeekdayEndFollowsItsStart) {
  // 2023-03-10 is a Friday: the coming Friday is the 17th, the Monday after it the 20th.
  const std::string text = "The strike will run from 8 p.m. Friday to 5 a.m. Monday.";
  auto found = Find(text, "2023-03-10");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].end_value.substr(0, 10), "2023-03-20");
  EXPECT_LT(found[0].value, found[0].end_value);
}

TEST_F(RangesTest, SeasonOfTwoYears) {
  std::string text = "His 1998-99 season was the best.";
  auto found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "1998-99");
  EXPECT_EQ(found[0].value, "1998");
  EXPECT_EQ(found[0].end_value, "1999");

  text = "Europe's war (1914–18) reshaped it.";
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "1914");
  EXPECT_EQ(found[0].end_value, "1918");

  // A later year that could be a month, or a span too long for the form: no such range.
  text = "Call 2012-58 for tickets.";
  found = Find(text, "2023-03-08");
  for (const auto& m : found) EXPECT_TRUE(m.end_value.empty());
  text = "Call 2012-05 for tickets.";
  found = Find(text, "2023-03-08");
  for (const auto& m : found) EXPECT_TRUE(m.end_value.empty());
}

TEST_F(RangesTest, OffsetBoundedByMoreOrLessThan) {
  std::string text = "The fee was paid more than 3 days before yesterday";
  auto found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "more than 3 days before yesterday");
  EXPECT_EQ(found[0].value, "2023-03-04");
  EXPECT_EQ(found[0].mod, "before");

  text = "It will be sent less than 2 days after tomorrow";
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "less than 2 days after tomorrow");
  EXPECT_EQ(found[0].value, "2023-03-09");
  EXPECT_EQ(found[0].end_value, "2023-03-10");
  EXPECT_TRUE(found[0].counted);
  EXPECT_TRUE(found[0].mod.empty());
}

TEST_F(RangesTest, NumericDayRanges) {
  std::string text = "Enrolment runs from 9/3-9/14, 2025";
  auto found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "from 9/3-9/14, 2025");
  EXPECT_EQ(found[0].value, "2025-09-03");
  EXPECT_EQ(found[0].end_value, "2025-09-14");

  text = "Closed 12/20-1/3/2024 for repairs";
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "12/20-1/3/2024");
  EXPECT_EQ(found[0].value, "2023-12-20");
  EXPECT_EQ(found[0].end_value, "2024-01-03");

  // The end in the next year when it would come before the start.
  text = "from 11/15 to 02/10";
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].end_value.substr(5), "02-10");
  EXPECT_LT(found[0].value, found[0].end_value);

  // Fractions and impossible days are no range.
  text = "Stir in 1/2-3/4 cup of milk";
  found = Find(text, "2023-03-08");
  for (const auto& m : found) EXPECT_TRUE(m.end_value.empty());
  text = "Open 2/30-3/2/2023 only";
  found = Find(text, "2023-03-08");
  for (const auto& m : found) EXPECT_TRUE(m.end_value.empty());
}

TEST_F(RangesTest, WeekNamedByADay) {
  std::string text = "Hearings resume the week of April 17.";
  auto found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "the week of April 17");
  EXPECT_EQ(found[0].value, "2023-W16");  // Monday April 17 to Sunday April 23
  EXPECT_EQ(found[0].grain, TimeGrain::kWeek);

  text = "Book it for the week starting on May 3";
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "the week starting on May 3");
  EXPECT_EQ(found[0].value, "2023-05-03");
  EXPECT_EQ(found[0].end_value, "2023-05-09");
  EXPECT_TRUE(found[0].counted);
  EXPECT_TRUE(found[0].mod.empty());
}

TEST_F(RangesTest, YearOrMonthToADay) {
  const std::string text = "He led the firm from 2011 through June 3rd 2015.";
  auto found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "from 2011 through June 3rd 2015");
  EXPECT_EQ(found[0].value, "2011-01-01");
  EXPECT_EQ(found[0].end_value, "2015-06-03");
}

TEST_F(RangesTest, EndsGivenByPartsOfPeriods) {
  std::string text = "The museum is shut from February until the end of April.";
  auto found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "from February until the end of April");
  EXPECT_EQ(found[0].value, "2023-02-01");
  EXPECT_EQ(found[0].end_value, "2023-04-30");

  text = "Work ran from the end of May to June 9.";
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value.substr(5), "05-21");
  EXPECT_EQ(found[0].end_value.substr(5), "06-09");

  // "and" joins them only after "between".
  text = "She arrived in May and the end of July was busy.";
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].end_value.empty());
}

TEST_F(RangesTest, WeekendNamedByADay) {
  // Memorial Day 2023 is Monday May 29: its weekend is the one before it (ISO week 21).
  std::string text = "Traffic peaked over the Memorial Day weekend.";
  auto found = Find(text, "2023-06-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "Memorial Day weekend");
  EXPECT_EQ(found[0].value, "2023-W21-WE");

  // July 4 2024 is a Thursday: the weekend of its week.
  text = "Fireworks are planned for the weekend of July 4 2024";
  found = Find(text, "2023-06-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "the weekend of July 4 2024");
  EXPECT_EQ(found[0].value, "2024-W27-WE");
}

TEST_F(RangesTest, YearlessEndsKeptClose) {
  // Each year-less end is read on its own; the end comes back to the first such day after the
  // start ("Jan." ends no sentence).
  std::string text = "The sale ran from Jan. 1 to March 31.";
  auto found = Find(text, "2023-05-10");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2023-01-01");
  EXPECT_EQ(found[0].end_value, "2023-03-31");

  text = "The shop was closed Dec. 24-Jan. 2.";
  found = Find(text, "2023-05-10");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2022-12-24");
  EXPECT_EQ(found[0].end_value, "2023-01-02");
}

TEST_F(RangesTest, OvernightClockRange) {
  std::string text = "A curfew is in force from 9 p.m. to 5 a.m.";
  auto found = Find(text, "2023-05-10");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "from 9 p.m. to 5 a.m.");
  EXPECT_EQ(found[0].value, "T21:00");
  EXPECT_EQ(found[0].end_value, "T05:00");

  // Without am / pm on both ends a backward pair is no range.
  text = "Shifts moved from 9 to 5 a.m.";
  found = Find(text, "2023-05-10");
  for (const auto& m : found) EXPECT_FALSE(m.value == "T09:00" && m.end_value == "T05:00");
}

TEST_F(RangesTest, PresentReadAsItsOwnMentionEndsARange) {
  const std::string text = "She has led the party from 2017 to date.";
  auto found = Find(text, "2023-05-10");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "from 2017 to date");
  EXPECT_EQ(found[0].value, "2017-01-01");
  EXPECT_EQ(found[0].end_value, "2023-05-10");
}

TEST_F(RangesTest, FourDigitClockRanges) {
  std::string text = "The checkpoint is open from 0600 to 1830 hours.";
  auto found = Find(text, "2023-05-10");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "from 0600 to 1830 hours");
  EXPECT_EQ(found[0].value, "T06:00");
  EXPECT_EQ(found[0].end_value, "T18:30");

  text = "Patrols ran between 2200-0400.";
  found = Find(text, "2023-05-10");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "T22:00");
  EXPECT_EQ(found[0].end_value, "T04:00");  // over midnight

  // Figures that cannot be clock times, or no "from" / "between": nothing.
  text = "Sales rose from 1200 to 1500 units.";
  found = Find(text, "2023-05-10");
  for (const auto& m : found) EXPECT_NE(m.kind, TemporalKind::kTime);
  text = "Between 2000 and 2010 people moved in.";
  found = Find(text, "2023-05-10");
  for (const auto& m : found) EXPECT_NE(m.kind, TemporalKind::kTime);
  text = "Call 0730-0930 for details.";
  found = Find(text, "2023-05-10");
  for (const auto& m : found) EXPECT_NE(m.kind, TemporalKind::kTime);
}

TEST_F(RangesTest, MonthInAYear) {
  const std::string text = "Output grew from March in 2012 to August in 2014.";
  auto found = Find(text, "2023-05-10");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "from March in 2012 to August in 2014");
  EXPECT_EQ(found[0].value, "2012-03");
  EXPECT_EQ(found[0].end_value, "2014-08");
}

}  // namespace
}  // namespace claimscan
