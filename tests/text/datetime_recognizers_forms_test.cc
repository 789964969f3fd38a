// Forms from the Recognizers-Text conventions that the single-expression scan used to leave in
// pieces (src/text/datetime_forms.cc). Examples written for these tests.
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/datetime.h"
#include "datetime_test_util.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

class RecognizersFormsTest : public RecognizerSuite {
 protected:
  static std::vector<TemporalMention> Find(std::string_view text, std::string_view reference) {
    CivilDate ref;
    EXPECT_TRUE(ParseIsoDate(reference, &ref));
    std::vector<TemporalMention> out;
    recognizer_->FindAt(text, Span{0, static_cast<uint32_t>(text.size())}, &ref, 9 * 3600, &out);
    return out;
  }

  // The words a mention stands for: from its modifier when it has one.
  static std::string_view Words(std::string_view text, const TemporalMention& m) {
    const uint32_t b = m.mod.empty() ? m.span.begin : m.mod_begin;
    return text.substr(b, m.span.end - b);
  }
};

TEST_F(RecognizersFormsTest, DayAndBoundedTimeAreOneDateTime) {
  const std::string text = "The vote will close Wednesday before 6pm.";
  auto found = Find(text, "2023-03-06");  // a Monday
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "Wednesday before 6pm");
  EXPECT_EQ(found[0].kind, TemporalKind::kDateTime);
  EXPECT_EQ(found[0].value, "2023-03-08T18:00");
  EXPECT_EQ(found[0].mod, "before");

  const std::string after = "Doors open on 3/14/2022 after 7:30";
  found = Find(after, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(after, found[0]), "3/14/2022 after 7:30");
  EXPECT_EQ(found[0].value, "2022-03-14T07:30");
  EXPECT_EQ(found[0].mod, "after");
}

TEST_F(RecognizersFormsTest, ModifierAfterItsDate) {
  std::string text = "Entries from 2019 or later qualify.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "2019 or later");
  EXPECT_EQ(found[0].value, "2019");
  EXPECT_EQ(found[0].mod, "since");

  text = "Call me at 11 am or earlier";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "11 am or earlier");
  EXPECT_EQ(found[0].mod, "before");

  // The word leads into another phrase: no modifier.
  text = "It grew in 2015 and after the merger it shrank.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "2015");
  EXPECT_TRUE(found[0].mod.empty());
}

TEST_F(RecognizersFormsTest, MonthSpanBeforeMonthOfYear) {
  std::string text = "Sales fell in March-May 2021.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "March-May 2021");
  EXPECT_EQ(found[0].value, "2021-03");
  EXPECT_EQ(found[0].end_value, "2021-05");

  text = "The Nov - Feb 2021 season";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2020-11");
  EXPECT_EQ(found[0].end_value, "2021-02");
}

TEST_F(RecognizersFormsTest, LeadingWordsOfAPartOfToday) {
  const std::string text = "We will talk later this evening.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "later this evening");
  EXPECT_EQ(found[0].value, "2023-03-06TEV");

  const std::string in = "It resumes later in today.";
  found = Find(in, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(in, found[0]), "later in today");
  EXPECT_EQ(found[0].value, "2023-03-06");
}

TEST_F(RecognizersFormsTest, ArticleStaysOutOfPartOfYear) {
  const std::string text = "It closed at the beginning of 1998.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "beginning of 1998");
}

TEST_F(RecognizersFormsTest, WeekdayWithDayOfMonth) {
  // The nearest Tuesday the 14th: 2022-06-14 before the reference, 2023-03-14 after it.
  std::string text = "The board met on Tue 14th.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "Tue 14th");
  EXPECT_EQ(found[0].value, "2023-03-14");

  text = "The board met on Wednesday the 8th.";
  found = Find(text, "2023-03-20");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2023-03-08");

  // Looking ahead: the first Friday the 13th after the reference.
  text = "We will meet on Friday the 13th at 9pm";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2023-10-13T21:00");

  text = "Is it Saturday 30?";  // 2022-07-30 is 219 days back, 2023-09-30 208 ahead
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2023-09-30");

  // A count after a weekday is no day of the month.
  text = "On Sunday 31 people were hurt.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "Sunday");
}

TEST_F(RecognizersFormsTest, WeekdayWithIsoDate) {
  const std::string text = "Signed Monday 2022-5-9 in Rome.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "Monday 2022-5-9");
  EXPECT_EQ(found[0].value, "2022-05-09");
}

TEST_F(RecognizersFormsTest, WeekdayAndBareHour) {
  const std::string text = "Lunch is on Tue at 1";
  auto found = Find(text, "2023-03-08");  // a Wednesday
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "Tue at 1");
  EXPECT_EQ(found[0].value, "2023-03-07T01:00");
}

TEST_F(RecognizersFormsTest, Seasons) {
  std::string text = "Prices rose last summer and will fall next spring.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(Words(text, found[0]), "last summer");
  EXPECT_EQ(found[0].value, "2022-SU");
  EXPECT_EQ(Words(text, found[1]), "next spring");
  EXPECT_EQ(found[1].value, "2024-SP");

  text = "The film opens in autumn 2024.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2024-FA");

  text = "Floods come every summer.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "SU");

  // Nouns and names, not seasons.
  for (const char* other : {"A summer camp opened.", "Shares may fall 3%.", "The Arab Spring.",
                            "The hot spring is closed.", "Winter Olympics"}) {
    EXPECT_TRUE(Find(other, "2023-03-06").empty()) << other;
  }
}

TEST_F(RecognizersFormsTest, YearThenMonth) {
  const std::string text = "It shut in 2019 june.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "2019 june");
  EXPECT_EQ(found[0].value, "2019-06");
}

TEST_F(RecognizersFormsTest, DayTimeToTime) {
  std::string text = "Shifts run Friday at 9:00 - 11:30 pm";
  auto found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "Friday at 9:00 - 11:30 pm");
  EXPECT_EQ(found[0].value, "2023-03-03T21:00");
  EXPECT_EQ(found[0].end_value, "2023-03-03T23:30");

  text = "Open Monday 08:00 to 17:00.";
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2023-03-06T08:00");
  EXPECT_EQ(found[0].end_value, "2023-03-06T17:00");
}

TEST_F(RecognizersFormsTest, DaysOfOneMonth) {
  std::string text = "The fair runs from fifth till twelfth of May.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "from fifth till twelfth of May");
  EXPECT_EQ(found[0].value, "2023-05-05");
  EXPECT_EQ(found[0].end_value, "2023-05-12");

  text = "Closed between the 3rd and the 8th of July";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "between the 3rd and the 8th of July");
  EXPECT_EQ(found[0].value, "2023-07-03");
  EXPECT_EQ(found[0].end_value, "2023-07-08");

  text = "Open June 2nd through tenth";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "June 2nd through tenth");
  EXPECT_EQ(found[0].end_value.substr(5), "06-10");

  text = "We met 4 july to 6 july in 2021.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "4 july to 6 july in 2021");
  EXPECT_EQ(found[0].value, "2021-07-04");
  EXPECT_EQ(found[0].end_value, "2021-07-06");
}

TEST_F(RecognizersFormsTest, WeekdayRangeAndPlacedStart) {
  std::string text = "Talks run from next tuesday to friday";
  auto found = Find(text, "2023-03-08");  // a Wednesday
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "from next tuesday to friday");
  EXPECT_EQ(found[0].value, "2023-03-14");
  EXPECT_EQ(found[0].end_value, "2023-03-17");

  // "next" places the start against the reference; the end's year does not move it.
  text = "from next monday to Dec 1st 2024";
  found = Find(text, "2023-03-08");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2023-03-13");
  EXPECT_EQ(found[0].end_value, "2024-12-01");
}

TEST_F(RecognizersFormsTest, PmOfTheEndHoldsForTheStart) {
  std::string text = "The shop opens on May 2 2022 from 4:00 to 6:30pm";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2022-05-02T16:00");
  EXPECT_EQ(found[0].end_value, "2022-05-02T18:30");

  text = "Talks ran between 1:15 and 3 p.m.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "T13:15");
  EXPECT_EQ(found[0].end_value, "T15:00");

  // The start has its own marker, or would run past the end: it stays.
  text = "Open from 9am to 5pm";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "T09:00");
  text = "Open from 11:00 to 3pm";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "T11:00");
}

TEST_F(RecognizersFormsTest, ModifierBeforeTheYear) {
  const std::string text = "Rates rose after the year 2008.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "after the year 2008");
  EXPECT_EQ(found[0].mod, "after");
}

TEST_F(RecognizersFormsTest, EdgeUnitsOfAPeriod) {
  std::string text = "Output grew in the first six months of 2021.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "the first six months of 2021");
  EXPECT_EQ(found[0].value, "2021-01");
  EXPECT_EQ(found[0].end_value, "2021-06");
  EXPECT_TRUE(found[0].counted);

  text = "Prices fell in the last three months of 2020.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2020-10");
  EXPECT_EQ(found[0].end_value, "2020-12");

  text = "Snow fell the last 5 days of February 2024";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2024-02-25");
  EXPECT_EQ(found[0].end_value, "2024-02-29");
}

TEST_F(RecognizersFormsTest, WithinAClockDurationAhead) {
  std::string text = "Crews will arrive within 45 minutes";
  auto found = Find(text, "2023-03-06");  // reference 09:00
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "within 45 minutes");
  EXPECT_EQ(found[0].value, "2023-03-06T09:00:00");
  EXPECT_EQ(found[0].end_value, "2023-03-06T09:45:00");

  // In a past sentence it stays a duration.
  text = "Crews arrived within 45 minutes";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, TemporalKind::kDuration);
}

TEST_F(RecognizersFormsTest, HalvesAndCalendarYears) {
  std::string text = "Margins shrank in 2021 H2.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "2021 H2");
  EXPECT_EQ(found[0].value, "2021-07");
  EXPECT_EQ(found[0].end_value, "2021-12");
  EXPECT_TRUE(found[0].counted);

  text = "Sales rose in the first half of 2020.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "the first half of 2020");
  EXPECT_EQ(found[0].value, "2020-01");
  EXPECT_EQ(found[0].end_value, "2020-06");

  text = "Taxes rose in calendar year 2015.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "calendar year 2015");
  EXPECT_EQ(found[0].value, "2015");
}

TEST_F(RecognizersFormsTest, WeekOfAMonth) {
  // March 2021: the 1st is a Monday, the 31st a Wednesday.
  std::string text = "Talks resume the first week of March 2021.";
  auto found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(Words(text, found[0]), "the first week of March 2021");
  EXPECT_EQ(found[0].value, "2021-W09");  // March 1-7
  EXPECT_EQ(found[0].grain, TimeGrain::kWeek);

  text = "They met during the last week of March 2021.";
  found = Find(text, "2023-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2021-W12");  // March 22-28, the last one ending in March
}

// The joins read numbers back out of mention values; with no reference date a value is
// partial ("XXXX", "XXXX-05") and must make the join give up, never throw. Each sentence here
// puts a partial value where a join reads its year, month, day or clock.
TEST(DateFormsWithoutReference, PartialValuesNeverThrow) {
  auto r = TemporalRecognizer::Create();
  ASSERT_TRUE(r.ok()) << r.status();
  const std::vector<std::string> texts = {
      "Exports fell in the first eight months of this year.",
      "The first ten days of next month were dry.",
      "Prices rose over the last four months of last year.",
      "The talks ran Jan-Feb this year.",
      "We met from this May to next June.",
      "It happened the first week of next month.",
      "The office opens tomorrow 9:00 - 5pm.",
      "Doors open at 4pm for 30 mins today.",
      "From ninth till seventeenth of this month.",
      "Between 2014 and this year.",
  };
  for (const std::string& text : texts) {
    std::vector<TemporalMention> out;
    (*r)->Find(text, Span{0, static_cast<uint32_t>(text.size())}, nullptr, &out);
    EXPECT_FALSE(out.empty()) << text;
    for (const TemporalMention& m : out) {
      EXPECT_LE(m.span.end, text.size()) << text;
      EXPECT_FALSE(m.value.empty()) << text;
    }
  }
}

// A capitalised month name that is a person's name or the verb "may" is no date; the month
// itself still is, after a cue or in a title-case headline.
TEST_F(RecognizersFormsTest, MonthNamesThatAreNamesOrTheVerbMayAreNoDates) {
  for (const std::string text :
       {"Prime Minister Theresa May spoke.", "Guitarist Brian May played.", "May I ask a question?",
        "\"May he rest in peace,\" she said.", "May the best team win."}) {
    EXPECT_TRUE(Find(text, "2019-03-01").empty()) << text;
  }
  for (const std::string text :
       {"In May he resigned.", "May was the hottest month.", "Elections Expected In May",
        "The vote is set for May.", "Prices rose in April and May."}) {
    auto found = Find(text, "2019-03-01");
    ASSERT_FALSE(found.empty()) << text;
    EXPECT_EQ(found.back().grain, TimeGrain::kMonth) << text;
  }
}

// Two bare figures after a day are its hours ("open Saturday 11-4"), but after a verb that
// reports a result they are the score.
TEST_F(RecognizersFormsTest, FiguresAfterAResultVerbAndADayAreAScore) {
  for (const std::string text :
       {"The Yankees won Friday 7-6 in Boston.", "Leeds beat Hull Saturday 2-1 at home."}) {
    for (const TemporalMention& m : Find(text, "2019-03-06")) {
      EXPECT_TRUE(m.end_value.empty()) << text << ": " << Words(text, m);
      EXPECT_EQ(m.kind, TemporalKind::kDate) << text << ": " << Words(text, m);
    }
  }
  const std::string open = "The market is open Saturday 11-4.";
  auto found = Find(open, "2019-03-06");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_FALSE(found[0].end_value.empty()) << Words(open, found[0]);
}

}  // namespace
}  // namespace claimscan
