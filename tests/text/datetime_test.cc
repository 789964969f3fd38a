#include "claimscan/datetime.h"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "datetime_test_util.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

std::string ReadExample(const std::string& name) {
  std::ifstream in(std::string(CLAIMSCAN_TEST_EXAMPLES_DIR) + "/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class TemporalTest : public RecognizerSuite {
 protected:
  // Finds mentions in all of `text`; `reference` is "YYYY-MM-DD" or empty.
  static std::vector<TemporalMention> Find(std::string_view text, std::string_view reference) {
    CivilDate ref;
    const bool has_ref = !reference.empty() && ParseIsoDate(reference, &ref);
    std::vector<TemporalMention> out;
    recognizer_->Find(text, Span{0, static_cast<uint32_t>(text.size())}, has_ref ? &ref : nullptr,
                      &out);
    return out;
  }

  // The single mention in `text`, as "surface=value".
  static std::string One(std::string_view text, std::string_view reference = "") {
    const auto found = Find(text, reference);
    if (found.size() != 1) return "found " + std::to_string(found.size());
    return std::string(found[0].span.In(text)) + "=" + found[0].value;
  }

  // The single mention in `text`, as "surface=value..end_value".
  static std::string OneRange(std::string_view text, std::string_view reference = "") {
    const auto found = Find(text, reference);
    if (found.size() != 1) return "found " + std::to_string(found.size());
    return std::string(found[0].span.In(text)) + "=" + found[0].value + ".." + found[0].end_value;
  }

  // The mention whose text is `surface` in `text` (first occurrence), or null.
  static const TemporalMention* At(const std::vector<TemporalMention>& found, std::string_view text,
                                   std::string_view surface, size_t from = 0) {
    const size_t pos = text.find(surface, from);
    if (pos == std::string_view::npos) return nullptr;
    for (const TemporalMention& m : found) {
      if (m.span.begin == pos && m.span.end == pos + surface.size()) return &m;
    }
    return nullptr;
  }
};

TEST(CalendarTest, ParseIsoDate) {
  CivilDate d;
  ASSERT_TRUE(ParseIsoDate("2024-11-02", &d));
  EXPECT_EQ(d, (CivilDate{2024, 11, 2}));
  EXPECT_TRUE(ParseIsoDate("2024-02-29", &d));
  EXPECT_FALSE(ParseIsoDate("2023-02-29", &d));
  EXPECT_FALSE(ParseIsoDate("2024-13-01", &d));
  EXPECT_FALSE(ParseIsoDate("2024-11-2", &d));
  EXPECT_FALSE(ParseIsoDate("2024/11/02", &d));
  EXPECT_FALSE(ParseIsoDate("", &d));
}

TEST(CalendarTest, FormatAndWeekday) {
  EXPECT_EQ(FormatIsoDate(CivilDate{2024, 11, 2}), "2024-11-02");
  EXPECT_EQ(FormatIsoDate(CivilDate{2024, 11, 0}), "2024-11");
  EXPECT_EQ(FormatIsoDate(CivilDate{0, 11, 25}), "XXXX-11-25");
  EXPECT_EQ(FormatIsoDate(CivilDate{2006, 0, 0}), "2006");
  EXPECT_EQ(DayOfWeek(CivilDate{2024, 11, 25}), 0);  // Monday
  EXPECT_EQ(DayOfWeek(CivilDate{2024, 11, 21}), 3);  // Thursday
  EXPECT_EQ(DayOfWeek(CivilDate{2000, 2, 29}), 1);   // Tuesday
  EXPECT_EQ(DayOfWeek(CivilDate{1970, 1, 1}), 3);    // Thursday
  EXPECT_EQ(TimeGrainName(TimeGrain::kWeek), "week");
  EXPECT_EQ(TimeGrainName(TimeGrain::kDay), "day");
}

TEST_F(TemporalTest, Article000IsoDateAndTime) {
  const std::string text = ReadExample("000_ebbecf3718b6671e.txt");
  const auto found = Find(text, "2024-11-02");
  const TemporalMention* dt = At(found, text, "2024-11-02 | 13:54");
  ASSERT_NE(dt, nullptr);
  EXPECT_EQ(dt->kind, TemporalKind::kDateTime);
  EXPECT_EQ(dt->value, "2024-11-02T13:54");
  EXPECT_EQ(dt->grain, TimeGrain::kMinute);
  const TemporalMention* header = At(found, text, "2024-11-02");
  ASSERT_NE(header, nullptr);
  EXPECT_EQ(header->value, "2024-11-02");
  EXPECT_FALSE(header->relative);
  const TemporalMention* month_long = At(found, text, "a month-long");
  ASSERT_NE(month_long, nullptr);
  EXPECT_EQ(month_long->kind, TemporalKind::kDuration);
  EXPECT_EQ(month_long->value, "P1M");
  const TemporalMention* saturday = At(found, text, "early Saturday");
  ASSERT_NE(saturday, nullptr);
  EXPECT_EQ(saturday->value, "2024-11-02");  // the reference day is itself a Saturday
}

TEST_F(TemporalTest, Article001MondayNovember25) {
  const std::string text = ReadExample("001_e40af85a717e963c.txt");
  const auto found = Find(text, "2024-11-25");
  const TemporalMention* monday = At(found, text, "Monday (November 25)");
  ASSERT_NE(monday, nullptr);
  EXPECT_EQ(monday->value, "2024-11-25");
  EXPECT_EQ(monday->grain, TimeGrain::kDay);
  const TemporalMention* last_week = At(found, text, "last week");
  ASSERT_NE(last_week, nullptr);
  EXPECT_EQ(last_week->value, "2024-W47");
  EXPECT_EQ(last_week->grain, TimeGrain::kWeek);
  const TemporalMention* september = At(found, text, "September");
  ASSERT_NE(september, nullptr);
  EXPECT_EQ(september->value, "2024-09");
  EXPECT_EQ(september->grain, TimeGrain::kMonth);
}

TEST_F(TemporalTest, Article001WithoutReferenceStaysPartialButWeekdayFixesYear) {
  const std::string text = ReadExample("001_e40af85a717e963c.txt");
  const auto found = Find(text, "");
  const TemporalMention* monday = At(found, text, "Monday (November 25)");
  ASSERT_NE(monday, nullptr);
  EXPECT_EQ(monday->value, "XXXX-11-25");
  EXPECT_TRUE(monday->partial);
}

TEST_F(TemporalTest, Article002RelativeExpressions) {
  const std::string text = ReadExample("002_dace1ab283cfe4f4.txt");
  const auto found = Find(text, "2024-11-18");
  const TemporalMention* year_ago = At(found, text, "a year ago");
  ASSERT_NE(year_ago, nullptr);
  EXPECT_EQ(year_ago->value, "2023-11-18");
  const TemporalMention* october = At(found, text, "early October");
  ASSERT_NE(october, nullptr);
  EXPECT_EQ(october->value, "2024-10");
  const TemporalMention* y2006 = At(found, text, "2006");
  ASSERT_NE(y2006, nullptr);
  EXPECT_EQ(y2006->value, "2006");
  EXPECT_EQ(y2006->grain, TimeGrain::kYear);
  const TemporalMention* this_month = At(found, text, "earlier this month");
  ASSERT_NE(this_month, nullptr);
  EXPECT_EQ(this_month->value, "2024-11");
  const TemporalMention* monday = At(found, text, "Monday");
  ASSERT_NE(monday, nullptr);
  EXPECT_EQ(monday->value, "2024-11-18");
}

TEST_F(TemporalTest, Article003AbbreviatedMonths) {
  const std::string text = ReadExample("003_aceeea0f2382b012.txt");
  const auto found = Find(text, "2024-10-15");
  const TemporalMention* sept = At(found, text, "Sept. 27");
  ASSERT_NE(sept, nullptr);
  EXPECT_EQ(sept->value, "2024-09-27");
  const TemporalMention* oct = At(found, text, "Oct. 8");
  ASSERT_NE(oct, nullptr);
  EXPECT_EQ(oct->value, "2024-10-08");
  const TemporalMention* tuesday = At(found, text, "Tuesday");
  ASSERT_NE(tuesday, nullptr);
  EXPECT_EQ(tuesday->value, "2024-10-15");
  const TemporalMention* last_week = At(found, text, "last week");
  ASSERT_NE(last_week, nullptr);
  EXPECT_EQ(last_week->value, "2024-W41");
}

TEST_F(TemporalTest, Article004FullDateline) {
  const std::string text = ReadExample("004_a0aefb3713c4057f.txt");
  const auto found = Find(text, "2024-11-21");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].span.In(text), "Thursday, November 21, 2024");
  EXPECT_EQ(found[0].value, "2024-11-21");
  EXPECT_FALSE(found[0].partial);
  const TemporalMention* monday = At(found, text, "Monday");
  ASSERT_NE(monday, nullptr);
  EXPECT_EQ(monday->value, "2024-11-18");
}

TEST_F(TemporalTest, WrittenDates) {
  EXPECT_EQ(One("It was signed on 21 November 2024 in Paris."), "21 November 2024=2024-11-21");
  EXPECT_EQ(One("Born 10/31/1974."), "10/31/1974=1974-10-31");
  EXPECT_EQ(One("Born 31/10/74."), "31/10/74=1974-10-31");
  EXPECT_EQ(One("the second of Aug. it rained", "2016-11-07"), "the second of Aug=2016-08-02");
  EXPECT_EQ(One("Nov. 21", ""), "Nov. 21=XXXX-11-21");
  EXPECT_EQ(One("in November 2024 there", ""), "November 2024=2024-11");
  EXPECT_EQ(One("prices rose in 2006."), "2006=2006");
}

TEST_F(TemporalTest, WeekdayDateAgreementPicksTheYear) {
  // November 25 is a Monday in 2024 but a Tuesday in 2025: a 2025 reference still means 2024.
  EXPECT_EQ(One("on Monday (November 25)", "2025-03-01"), "Monday (November 25)=2024-11-25");
}

TEST_F(TemporalTest, RejectsImpossibleDatesAndVerbs) {
  EXPECT_EQ(Find("on February 30 it", "2024-01-01").size(), 0u);
  EXPECT_EQ(Find("13/13/2020", "").size(), 0u);
  EXPECT_EQ(Find("the plan may remain theoretical", "2024-01-01").size(), 0u);
  EXPECT_EQ(Find("Jan Egeland said", "2024-01-01").size(), 0u);
  EXPECT_EQ(Find("1,000 people and 250 missiles", "2024-01-01").size(), 0u);
  EXPECT_EQ(Find("2000 soldiers and 1/2 of the rest", "2024-01-01").size(), 0u);
}

TEST_F(TemporalTest, RelativeDays) {
  EXPECT_EQ(One("he left yesterday", "2024-11-25"), "yesterday=2024-11-24");
  EXPECT_EQ(One("the day after tomorrow", "2024-11-30"), "the day after tomorrow=2024-12-02");
  EXPECT_EQ(One("on Monday we met", "2024-11-27"), "Monday=2024-11-25");
  EXPECT_EQ(One("next Monday", "2024-11-25"), "next Monday=2024-12-02");
  EXPECT_EQ(One("last Monday", "2024-11-25"), "last Monday=2024-11-18");
  EXPECT_EQ(One("on Monday", ""), "Monday=XXXX-WXX-1");
  EXPECT_EQ(One("next month", "2024-12-10"), "next month=2025-01");
  EXPECT_EQ(One("two weeks ago", "2024-03-10"), "two weeks ago=2024-02-25");
}

TEST_F(TemporalTest, TimesAndDurations) {
  EXPECT_EQ(One("at 3 p.m. local time"), "3 p.m.=T15:00");
  EXPECT_EQ(One("at 13:54"), "13:54=T13:54");
  EXPECT_EQ(One("by noon"), "noon=T12:00");
  EXPECT_EQ(One("met Monday at 9:30 am", "2024-11-27"), "Monday at 9:30 am=2024-11-25T09:30");
  EXPECT_EQ(One("a truce of two weeks"), "two weeks=P2W");
  EXPECT_EQ(One("for 2.5 years"), "2.5 years=P2.5Y");
  EXPECT_EQ(One("a 10-day pause"), "10-day=P10D");
  EXPECT_EQ(One("lasting 3 hours"), "3 hours=PT3H");
  EXPECT_EQ(One("period P1M applies"), "P1M=P1M");
  EXPECT_EQ(One("back tomorrow at 5pm", "2024-11-25"), "tomorrow at 5pm=2024-11-26T17:00");
  EXPECT_EQ(One("then 3pm on Monday", "2024-11-27"), "3pm on Monday=2024-11-25T15:00");
  EXPECT_EQ(One("sales in 2014-10 fell"), "2014-10=2014-10");
  EXPECT_EQ(One("leave in two weeks", "2024-03-01"), "in two weeks=2024-03-15");
  EXPECT_EQ(One("Born 10-31-74."), "10-31-74=1974-10-31");
  EXPECT_EQ(One("dated 31-Oct-1974"), "31-Oct-1974=1974-10-31");
  EXPECT_EQ(One("at 8.10 pm"), "8.10 pm=T20:10");
}

TEST_F(TemporalTest, RangesTakeTheirCueAndBareEnds) {
  // "from" / "between" belong to the range even when the start was read with its own cue.
  EXPECT_EQ(OneRange("The range is from 2014 to 2018."), "from 2014 to 2018=2014..2018");
  EXPECT_EQ(OneRange("sales between 2015 and 2018 fell"), "between 2015 and 2018=2015..2018");
  EXPECT_EQ(OneRange("out between 4pm and 5pm"), "between 4pm and 5pm=T16:00..T17:00");
  EXPECT_EQ(OneRange("from Sep to Nov", "2018-05-01"), "from Sep to Nov=2018-09..2018-11");
  // A bare hour takes the end's half of the day; a bare day takes its month and year.
  EXPECT_EQ(OneRange("I'll be out 5 to 6pm"), "5 to 6pm=T17:00..T18:00");
  EXPECT_EQ(OneRange("open 9-11am"), "9-11am=T09:00..T11:00");
  EXPECT_EQ(OneRange("between 10 and 11:30"), "between 10 and 11:30=T10:00..T11:30");
  EXPECT_EQ(OneRange("off 23rd to 26th Oct 2024"), "23rd to 26th Oct 2024=2024-10-23..2024-10-26");
  EXPECT_EQ(OneRange("1-8 september 2024"), "1-8 september 2024=2024-09-01..2024-09-08");
  // A bare day or year after a date closes the range.
  EXPECT_EQ(OneRange("in Korea on November 18-19, 2024"),
            "November 18-19, 2024=2024-11-18..2024-11-19");
  EXPECT_EQ(OneRange("The range is from 2014-2018."), "from 2014-2018=2014..2018");
  EXPECT_EQ(OneRange("April 9th through 17th", "2017-03-01"),
            "April 9th through 17th=2017-04-09..2017-04-17");
  // Not ranges: counts and scores next to a date, a range that would run backwards.
  EXPECT_EQ(One("5 to 6 people died on May 3, 2024"), "May 3, 2024=2024-05-03");
  EXPECT_EQ(One("on May 3, 2024 - 25 people"), "May 3, 2024=2024-05-03");
  EXPECT_EQ(One("June 20 - 1 dead", "2024-06-25"), "June 20=2024-06-20");
  // A start without a year takes the end's; "to" before a month or weekday joins, not a count.
  EXPECT_EQ(OneRange("from Dec 28 to Jan 3 2025", "2013-02-12"),
            "from Dec 28 to Jan 3 2025=2024-12-28..2025-01-03");
  EXPECT_EQ(One("rose to 2000 soldiers in May 2024"), "May 2024=2024-05");
  // A time range next to a day is a date-time range on that day; times of two grains join.
  EXPECT_EQ(OneRange("met from 9:30 - 11:00 on Thursday", "2024-11-29"),
            "from 9:30 - 11:00 on Thursday=2024-11-28T09:30..2024-11-28T11:00");
  EXPECT_EQ(OneRange("talked Thursday from 9:30 until 11:00", "2024-11-29"),
            "Thursday from 9:30 until 11:00=2024-11-28T09:30..2024-11-28T11:00");
  // Standing alone, the day is the coming one.
  EXPECT_EQ(OneRange("Thursday from 9:30 until 11:00", "2024-11-29"),
            "Thursday from 9:30 until 11:00=2024-12-05T09:30..2024-12-05T11:00");
  EXPECT_EQ(OneRange("open 4pm - 5:30pm"), "4pm - 5:30pm=T16:00..T17:30");
  const auto found = Find("open 4pm - 5:30pm", "");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].grain, TimeGrain::kMinute);
  // A numeric date keeps its year after a cue.
  EXPECT_EQ(One("on 1/1/2015"), "1/1/2015=2015-01-01");
}

TEST_F(TemporalTest, CountedPeriodsNextToTheReference) {
  // Whole units next to the reference's own, as a counted range of first and last unit.
  const auto days = Find("over the next three days", "2013-02-12");
  ASSERT_EQ(days.size(), 1u);
  // The article stays out of the span, as Recognizers-Text has it ("past two quarters").
  EXPECT_EQ(days[0].span.In("over the next three days"), "next three days");
  EXPECT_EQ(days[0].value, "2013-02-13");
  EXPECT_EQ(days[0].end_value, "2013-02-15");
  EXPECT_TRUE(days[0].counted);
  EXPECT_EQ(OneRange("in the last 2 days", "2013-02-12"), "last 2 days=2013-02-10..2013-02-11");
  EXPECT_EQ(OneRange("next 3 weeks", "2013-02-12"), "next 3 weeks=2013-W08..2013-W10");
  EXPECT_EQ(OneRange("past fortnight", "2021-05-20"), "past fortnight=2021-W18..2021-W19");
  EXPECT_EQ(OneRange("next three months", "2013-11-12"), "next three months=2013-12..2014-02");
  EXPECT_EQ(OneRange("the past two quarters", "2019-07-04"), "past two quarters=2019-Q1..2019-Q2");
  EXPECT_EQ(OneRange("the next decade", "2018-07-02"), "next decade=2020..2029");
  // Not counted: a plain period and a duration keep their single value; "following" without
  // "the" is a preposition before a duration.
  EXPECT_EQ(One("de-escalation following a year of conflict", "2024-11-25"), "a year=P1Y");
  EXPECT_EQ(One("following two weeks of talks", "2024-11-25"), "two weeks=P2W");
  EXPECT_EQ(One("next week", "2013-02-12"), "next week=2013-W08");
  EXPECT_EQ(One("a truce of three days"), "three days=P3D");
}

TEST_F(TemporalTest, HalvesInDurations) {
  EXPECT_EQ(One("for two and a half years"), "two and a half years=P2.5Y");
  EXPECT_EQ(One("talks lasted an hour and a half"), "an hour and a half=PT1.5H");
  EXPECT_EQ(One("one and half hour"), "one and half hour=PT1.5H");
  EXPECT_EQ(One("wait half an hour"), "half an hour=PT0.5H");
  EXPECT_EQ(One("5 and a half minutes"), "5 and a half minutes=PT5.5M");
  // "and" before a count is not "and a half": the two durations compose (P2DT3H).
  EXPECT_EQ(One("two days and three hours"), "two days and three hours=P2DT3H");
}

TEST_F(TemporalTest, Holidays) {
  // Fixed days, n-th weekdays and days counted from Easter, in the year named or picked.
  EXPECT_EQ(One("thanksgiving 2014"), "thanksgiving 2014=2014-11-27");
  EXPECT_EQ(One("on Memorial Day 2024"), "Memorial Day 2024=2024-05-27");
  EXPECT_EQ(One("black friday 2017"), "black friday 2017=2017-11-24");
  EXPECT_EQ(One("Easter 2010"), "Easter 2010=2010-04-04");
  EXPECT_EQ(One("Good Friday", "2013-02-12"), "Good Friday=2013-03-29");
  EXPECT_EQ(One("next halloween", "2013-02-12"), "next halloween=2013-10-31");
  EXPECT_EQ(One("last easter", "2013-02-12"), "last easter=2012-04-08");
  EXPECT_EQ(One("independence day of this year", "2018-05-01"),
            "independence day of this year=2018-07-04");
  EXPECT_EQ(One("on New Year's Day", "2024-11-25"), "New Year's Day=2025-01-01");
  // Part of a longer name, or too vague to be a day.
  EXPECT_TRUE(Find("flights to Easter Island", "2013-02-12").empty());
  EXPECT_TRUE(Find("in the new year", "2013-02-12").empty());
}

TEST_F(TemporalTest, PartsOfTheDay) {
  // TIMEX part-of-day codes on the day; a clock time or time range replaces the part.
  EXPECT_EQ(One("I'll go back this evening", "2016-11-07"), "this evening=2016-11-07TEV");
  EXPECT_EQ(One("it rained last night", "2016-11-07"), "last night=2016-11-06TNI");
  EXPECT_EQ(One("tomorrow morning", "2016-11-07"), "tomorrow morning=2016-11-08TMO");
  EXPECT_EQ(One("back tonight", "2016-11-07"), "tonight=2016-11-07TNI");
  EXPECT_EQ(OneRange("a meeting tonight from 7 to 7:30pm", "2016-11-07"),
            "tonight from 7 to 7:30pm=2016-11-07T19:00..2016-11-07T19:30");
  EXPECT_EQ(OneRange("between 10 and 11:30 this morning", "2018-05-31"),
            "between 10 and 11:30 this morning=2018-05-31T10:00..2018-05-31T11:30");
  const auto found = Find("this evening", "2016-11-07");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, TemporalKind::kDate);
  EXPECT_EQ(found[0].grain, TimeGrain::kDay);
}

TEST_F(TemporalTest, RecurringSets) {
  // Recognizers' timex forms; kind kSet, which the tagger does not report as a DATE.
  EXPECT_EQ(One("swimming every Tuesday"), "every Tuesday=XXXX-WXX-2");
  EXPECT_EQ(One("each other week"), "each other week=P2W");
  EXPECT_EQ(One("I'll leave every day at 7:13 p.m."), "every day at 7:13 p.m.=T19:13");
  EXPECT_EQ(One("I'll leave 6am everyday"), "6am everyday=T06:00");
  EXPECT_EQ(One("dinner every night"), "every night=TNI");
  EXPECT_EQ(One("plan trip quarterly"), "quarterly=P3M");
  const auto found = Find("daily infections rose", "");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, TemporalKind::kSet);
  EXPECT_EQ(found[0].value, "P1D");
  EXPECT_TRUE(Find("on each side of the border", "").empty());
}

TEST_F(TemporalTest, DayOfMonthAloneAfterOn) {
  // The nearest such day (ties to the past), only after "on" and not before a noun.
  EXPECT_EQ(One("set something up on the 18th.", "2024-11-25"), "the 18th=2024-11-18");
  EXPECT_EQ(One("On 24th", "2013-02-12"), "24th=2013-02-24");
  EXPECT_EQ(One("met on the first", "2024-11-25"), "the first=2024-12-01");
  EXPECT_EQ(One("due on the 31st", "2024-11-25"), "the 31st=2024-10-31");
  EXPECT_TRUE(Find("on the first floor", "2024-11-25").empty());
  EXPECT_TRUE(Find("on 5 occasions", "2024-11-25").empty());
}

TEST_F(TemporalTest, RespectsRangeAndOrder) {
  const std::string text = "Yesterday. Then on Friday, Oct. 4, 2024 and 2024-10-05.";
  CivilDate ref{2024, 10, 6};
  std::vector<TemporalMention> out;
  recognizer_->Find(text, Span{11, static_cast<uint32_t>(text.size())}, &ref, &out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].span.In(text), "Friday, Oct. 4, 2024");
  EXPECT_EQ(out[0].value, "2024-10-04");
  EXPECT_EQ(out[1].value, "2024-10-05");
  EXPECT_LE(out[0].span.end, out[1].span.begin);
}

TEST_F(TemporalTest, FutureSentencesAndLoneExpressionsNameTheComingDay) {
  // News looks back: a weekday, a year-less date or a holiday is the latest such day...
  EXPECT_EQ(One("Police said on Monday", "2013-02-12"), "Monday=2013-02-11");
  EXPECT_EQ(One("it rained on August 27", "2013-02-12"), "August 27=2012-08-27");
  // ...unless the sentence speaks of the future or the expression stands alone.
  EXPECT_EQ(One("The summit will open on Monday", "2013-02-12"), "Monday=2013-02-18");
  EXPECT_EQ(One("We'll be back August 27", "2013-02-12"), "August 27=2013-08-27");
  EXPECT_EQ(One("monday", "2013-02-12"), "monday=2013-02-18");
  EXPECT_EQ(One("this monday", "2013-02-12"), "this monday=2013-02-18");
  EXPECT_EQ(One("halloween", "2013-02-12"), "halloween=2013-10-31");
  EXPECT_EQ(One("MLK day", "2013-02-12"), "MLK day=2014-01-20");
  EXPECT_EQ(One("on the first", "2013-02-12"), "the first=2013-03-01");
  // Both ends of a year-less range stay in order.
  EXPECT_EQ(OneRange("What will happen between august and october", "2018-09-07"),
            "between august and october=2018-08..2018-10");
}

TEST_F(TemporalTest, ClockOffsetsNeedTheReferenceTime) {
  CivilDate ref{2013, 2, 12};
  std::vector<TemporalMention> out;
  const std::string text = "in 2 minutes";
  recognizer_->FindAt(text, Span{0, static_cast<uint32_t>(text.size())}, &ref, 4 * 3600 + 30 * 60,
                      &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].value, "2013-02-12T04:32:00");
  EXPECT_EQ(out[0].grain, TimeGrain::kSecond);
  out.clear();
  const std::string hours = "in one hour";
  recognizer_->FindAt(hours, Span{0, static_cast<uint32_t>(hours.size())}, &ref, 23 * 3600, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].value, "2013-02-13T00:00");
  EXPECT_EQ(out[0].grain, TimeGrain::kMinute);
  out.clear();
  const std::string last = "the last 2 minutes";
  recognizer_->FindAt(last, Span{0, static_cast<uint32_t>(last.size())}, &ref, 4 * 3600 + 30 * 60,
                      &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].value, "2013-02-12T04:28");
  EXPECT_EQ(out[0].end_value, "2013-02-12T04:29");
  // Without the time of day (Find) the offset stays a duration.
  EXPECT_EQ(One("in 2 minutes", "2013-02-12"), "in 2 minutes=PT2M");
}

TEST_F(TemporalTest, ComposedDurationsAndOffsetsFromADay) {
  EXPECT_EQ(One("2 years and 3 months"), "2 years and 3 months=P2Y3M");
  EXPECT_EQ(One("a minute and 30 seconds"), "a minute and 30 seconds=PT1M30S");
  EXPECT_EQ(One("1 hour, 15 seconds"), "1 hour, 15 seconds=PT1H15S");
  EXPECT_EQ(One("Are you available three weeks from tomorrow?", "2018-05-31"),
            "three weeks from tomorrow=2018-06-22");
  EXPECT_EQ(One("It happened 2 weeks before May 13 1999.", "2016-11-07"),
            "2 weeks before May 13 1999=1999-04-29");
  // Units out of order stay apart.
  EXPECT_EQ(Find("3 months and 2 years", "").size(), 2u);
}

TEST_F(TemporalTest, ClockTimesInWordsAndPartsOfTheDay) {
  EXPECT_EQ(One("ten thirty"), "ten thirty=T10:30");
  EXPECT_EQ(One("seven thirty p.m."), "seven thirty p.m.=T19:30");
  EXPECT_EQ(One("twelve oh three"), "twelve oh three=T12:03");
  EXPECT_EQ(One("nine fifty nine a m"), "nine fifty nine a m=T09:59");
  EXPECT_EQ(One("It's half past seven o'clock"), "half past seven o'clock=T07:30");
  EXPECT_EQ(One("a quarter past 8pm"), "a quarter past 8pm=T20:15");
  EXPECT_EQ(One("at 10 past 9"), "10 past 9=T09:10");
  EXPECT_EQ(One("at 15h00"), "15h00=T15:00");
  EXPECT_EQ(One("be back 11ish"), "11ish=T11:00");
  EXPECT_EQ(One("midday"), "midday=T12:00");
  EXPECT_EQ(One("tonight at 8 o'clock", "2013-02-12"), "tonight at 8 o'clock=2013-02-12T20:00");
  EXPECT_EQ(One("9 tomorrow", "2013-02-12"), "9 tomorrow=2013-02-13T09:00");
  EXPECT_EQ(One("this afternoon at 2", "2013-02-12"), "this afternoon at 2=2013-02-12T14:00");
  EXPECT_EQ(One("at 8 in the evening"), "8 in the evening=T20:00");
  // Not times: two numbers, a count range, a house number.
  EXPECT_EQ(Find("three twenty", "").size(), 0u);
  EXPECT_EQ(Find("There are two to four people in the room", "").size(), 0u);
  EXPECT_EQ(One("coffee on building 4 this afternoon", "2019-07-30"),
            "this afternoon=2019-07-30TAF");
}

TEST_F(TemporalTest, ModifiersOfOpenRanges) {
  const std::string text = "sales after 2010 and before 2018, no later than January 1, 2007";
  const auto found = Find(text, "2018-05-31");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].span.In(text), "2010");
  EXPECT_EQ(found[0].mod, "after");
  EXPECT_EQ(text.substr(found[0].mod_begin, 5), "after");
  EXPECT_EQ(found[1].mod, "before");
  EXPECT_EQ(found[2].value, "2007-01-01");
  EXPECT_EQ(found[2].mod, "before");
  EXPECT_EQ(text.substr(found[2].mod_begin, 2), "no");
  const auto since = Find("I'll be out since late July", "2019-02-25");
  ASSERT_EQ(since.size(), 1u);
  EXPECT_EQ(since[0].mod, "since");
  // A range keeps its own words; a plain date has no modifier.
  EXPECT_TRUE(Find("from 2014 to 2018", "")[0].mod.empty());
  EXPECT_TRUE(Find("in 2014", "")[0].mod.empty());
}

TEST_F(TemporalTest, BeginningAndEndOfPeriods) {
  EXPECT_EQ(OneRange("end of the month", "2013-02-12"), "end of the month=2013-02-21..2013-02-28");
  EXPECT_EQ(OneRange("the BOM", "2013-02-12"), "the BOM=2013-02-01..2013-02-10");
  EXPECT_EQ(OneRange("end of the year", "2013-02-12"), "end of the year=2013-09..2013-12");
  EXPECT_EQ(OneRange("beginning of next week", "2013-02-12"),
            "beginning of next week=2013-02-18..2013-02-20");
  EXPECT_EQ(OneRange("at the end of April", "2013-02-12"),
            "the end of April=2013-04-21..2013-04-30");
  // A deadline keeps its period and says "by".
  const auto by = Find("done by the end of the month", "2013-02-12");
  ASSERT_EQ(by.size(), 1u);
  EXPECT_EQ(by[0].mod, "by");
  // "early October" stays the month (news reads it so).
  EXPECT_EQ(One("prices fell in early October", "2024-11-18"), "early October=2024-10");
}

TEST_F(TemporalTest, OrdinalPartsQuartersAndWeeks) {
  EXPECT_EQ(One("the first Monday of this month", "2013-02-12"),
            "the first Monday of this month=2013-02-04");
  EXPECT_EQ(One("third tuesday of september 2014", "2013-02-12"),
            "third tuesday of september 2014=2014-09-16");
  EXPECT_EQ(One("last Monday of March", "2013-02-12"), "last Monday of March=2013-03-25");
  EXPECT_EQ(One("last day of october 2015", "2013-02-12"), "last day of october 2015=2015-10-31");
  EXPECT_EQ(One("the 15th day of next month", "2020-07-01"),
            "the 15th day of next month=2020-08-15");
  EXPECT_EQ(One("third quarter", "2013-02-12"), "third quarter=2013-Q3");
  EXPECT_EQ(One("sales went up during 2017-q1", "2019-06-11"), "2017-q1=2017-Q1");
  EXPECT_EQ(One("How about q3 2019", "2019-11-07"), "q3 2019=2019-Q3");
  EXPECT_EQ(One("Show sales in the week 1", "2019-03-02"), "week 1=2019-W01");
  EXPECT_EQ(One("How about 3rd week of 2018", "2018-11-29"), "3rd week of 2018=2018-W03");
  // "last" before a weekday alone is the previous week's.
  EXPECT_EQ(One("Where were you on last Wednesday?", "2019-01-31"), "last Wednesday=2019-01-23");
}

TEST_F(TemporalTest, QuartersAndFractionsOfUnitsAndUpcomingUnits) {
  EXPECT_EQ(One("two and a quarter of hours"), "two and a quarter of hours=PT2.25H");
  EXPECT_EQ(One("one and two quarters hour"), "one and two quarters hour=PT1.5H");
  EXPECT_EQ(One("a quarter of an hour"), "a quarter of an hour=PT0.25H");
  EXPECT_EQ(One("one year and a quarter gap"), "one year and a quarter=P1.25Y");
  EXPECT_EQ(One("1/2 hour"), "1/2 hour=PT0.5H");
  EXPECT_EQ(One("upcoming two months", "2013-02-12"), "upcoming two months=2013-04");
  EXPECT_EQ(One("2 upcoming quarters", "2013-02-12"), "2 upcoming quarters=2013-Q3");
  // A fraction before a noun that is no unit stays a date (US month/day after a cue).
  EXPECT_EQ(One("on 1/2 we met", "2013-02-12"), "1/2=2013-01-02");
}

TEST_F(TemporalTest, TimeZonesStayWithTheirClock) {
  const auto found = Find("the vote closes at 8 p.m. ET", "");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].span.In("the vote closes at 8 p.m. ET"), "8 p.m. ET");
  EXPECT_EQ(found[0].value, "T20:00");
  EXPECT_TRUE(found[0].zoned);
  EXPECT_EQ(found[0].utc_offset_minutes, -300);
  const auto thu = Find("Thu at 8 am PST", "2013-02-12");
  ASSERT_EQ(thu.size(), 1u);
  EXPECT_EQ(thu[0].value, "2013-02-14T08:00");
  EXPECT_EQ(thu[0].utc_offset_minutes, -480);
  EXPECT_FALSE(Find("at 4pm", "")[0].zoned);
}

TEST_F(TemporalTest, TimeForADurationAndWeekdaysFromNow) {
  EXPECT_EQ(OneRange("The meeting is start from 10 am for 3 hours 30 minutes"),
            "from 10 am for 3 hours 30 minutes=T10:00..T13:30");
  EXPECT_EQ(OneRange("4pm for 30 mins"), "4pm for 30 mins=T16:00..T16:30");
  // "at" keeps a time and a duration apart.
  EXPECT_EQ(Find("meet at 2pm for 1 hr", "").size(), 2u);
  EXPECT_EQ(One("3 fridays from now", "2013-02-12"), "3 fridays from now=2013-03-01");
  EXPECT_EQ(One("two sundays from now", "2013-02-12"), "two sundays from now=2013-02-24");
}

TEST_F(TemporalTest, MoreSetsPartsOfTheDayAndTheEndOfADay) {
  EXPECT_EQ(One("Please schedule a meeting semi-annually"), "semi-annually=P0.5Y");
  EXPECT_EQ(One("the bi-monthly drills"), "bi-monthly=P2M");
  EXPECT_EQ(One("Let's meet once a week"), "once a week=P1W");
  EXPECT_EQ(One("dinner with mom weekends."), "weekends=P1WE");
  EXPECT_EQ(One("let's meet in the morning"), "in the morning=TMO");
  EXPECT_EQ(One("What happened later in the afternoon."), "later in the afternoon=TAF");
  EXPECT_EQ(One("see you tonite, honey!", "2020-07-01"), "tonite=2020-07-01TNI");
  EXPECT_EQ(One("I'll go back end of tomorrow", "2016-11-07"),
            "end of tomorrow=2016-11-08T23:59:59");
  // A decimal before "in the morning" is no hour.
  EXPECT_EQ(One("My temperature was 37.1 in the morning"), "in the morning=TMO");
}

TEST_F(TemporalTest, MonthYearNumbersHenceAndMoreHolidays) {
  EXPECT_EQ(One("2/2013"), "2/2013=2013-02");
  EXPECT_EQ(One("Is this a valid date? 12-2015"), "12-2015=2015-12");
  EXPECT_EQ(One("2014/10"), "2014/10=2014-10");
  EXPECT_EQ(One("three weeks hence", "2013-02-12"), "three weeks hence=2013-03-05");
  EXPECT_EQ(One("ten-thirty"), "ten-thirty=T10:30");
  EXPECT_EQ(One("I'll go back on saint patrick 2020"), "saint patrick 2020=2020-03-17");
  EXPECT_EQ(One("easter mon", "2013-02-12"), "easter mon=2013-04-01");
  EXPECT_EQ(One("Juneteenth 2021"), "Juneteenth 2021=2021-06-19");
  EXPECT_EQ(One("What's your plan for Dec-2018"), "Dec-2018=2018-12");
  EXPECT_EQ(One("I'll be back in the morning at 7"), "in the morning at 7=T07:00");
}

TEST_F(TemporalTest, BareHourRangesNextToADay) {
  EXPECT_EQ(OneRange("Where were you Monday 3-8", "2018-11-01"),
            "Monday 3-8=2018-10-29T03:00..2018-10-29T08:00");
  EXPECT_EQ(OneRange("between 7 and 9 last night", "2018-06-01"),
            "between 7 and 9 last night=2018-05-31T19:00..2018-05-31T21:00");
  EXPECT_EQ(OneRange("It will happen between 3 and 5 on 1/1/2015"),
            "between 3 and 5 on 1/1/2015=2015-01-01T03:00..2015-01-01T05:00");
  // A score before a day stays a score.
  EXPECT_EQ(One("They won 3-2 on Monday", "2018-11-01"), "Monday=2018-10-29");
}

TEST_F(TemporalTest, BoundsOfDurationsAndWholeUnits) {
  const std::string text = "Find records last for less than 2 hours or more than 4 days";
  const auto found = Find(text, "");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value, "PT2H");
  EXPECT_EQ(found[0].mod, "less");
  EXPECT_EQ(text.substr(found[0].mod_begin, 9), "less than");
  EXPECT_EQ(found[1].mod, "more");
  EXPECT_EQ(One("I'll leave for all day"), "all day=P1D");
  // "more than" bounds a duration only; a date after it has no modifier.
  EXPECT_TRUE(Find("more than 2020", "")[0].mod.empty());
  EXPECT_EQ(One("this MLK day", "2013-02-12"), "this MLK day=2014-01-20");
}

}  // namespace
}  // namespace claimscan
