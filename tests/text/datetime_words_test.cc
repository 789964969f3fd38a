// Single date words and forms (src/text/datetime_word_forms.cc, datetime_spelled.cc): the present,
// centuries, spelled years. Examples written for these tests, with news-like negatives.
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/datetime.h"
#include "datetime_test_util.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

class DateWordsTest : public RecognizerSuite {
 protected:
  static std::vector<TemporalMention> Find(std::string_view text,
                                           std::string_view reference = "2024-03-13") {
    CivilDate ref;
    EXPECT_TRUE(ParseIsoDate(reference, &ref));
    std::vector<TemporalMention> out;
    recognizer_->FindAt(text, Span{0, static_cast<uint32_t>(text.size())}, &ref, 10 * 3600, &out);
    return out;
  }

  // "words=value" for each mention, "words=value..end" for a range, joined by " | ".
  static std::string Show(std::string_view text, std::string_view reference = "2024-03-13") {
    std::string out;
    for (const TemporalMention& m : Find(text, reference)) {
      const uint32_t b = m.mod.empty() ? m.span.begin : m.mod_begin;
      if (!out.empty()) out += " | ";
      out += std::string(text.substr(b, m.span.end - b)) + "=" + m.value;
      if (!m.end_value.empty()) out += ".." + m.end_value;
    }
    return out;
  }
};

// A one-letter word where a glued set prefix ("semiannual", "biweekly") is looked for read
// past its end (an exception out of the recogniser).
TEST_F(DateWordsTest, ShortWordsAreNoSetPrefixes) {
  EXPECT_EQ(Show("casualties in Pīpār on August 9"), "August 9=2024-08-09");
  EXPECT_EQ(Show("bi. semi. biweekly"), "biweekly=P2W");
}

// A participle after "be" is passive, not past: the vote that "will be held on Tuesday" is
// the coming Tuesday; one that "was held on Tuesday" the last.
TEST_F(DateWordsTest, PassiveParticipleIsNotThePast) {
  EXPECT_EQ(Show("The vote will be held on Tuesday."), "Tuesday=2024-03-19");
  EXPECT_EQ(Show("The vote was held on Tuesday."), "Tuesday=2024-03-12");
  EXPECT_EQ(Show("The accord would not be signed before it is debated."), "");
}

TEST_F(DateWordsTest, PhrasesOfThePresent) {
  EXPECT_EQ(Show("Talks are stalled at the moment, officials said."), "at the moment=PRESENT_REF");
  EXPECT_EQ(Show("At present the port is closed to ships."), "At present=PRESENT_REF");
  EXPECT_EQ(Show("No charges have been filed at the present time."),
            "at the present time=PRESENT_REF");
  EXPECT_EQ(Show("The council wants a decision right now."), "right now=PRESENT_REF");
  // "now" closing a clause is the present.
  EXPECT_EQ(Show("The bridge must be repaired now."), "now=PRESENT_REF");
  const auto found = Find("The bridge must be repaired now.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, TemporalKind::kDateTime);
  EXPECT_TRUE(found[0].relative);
}

TEST_F(DateWordsTest, NowAsAnAdverbIsNoDate) {
  EXPECT_EQ(Show("Israel now says the strike hit a depot."), "");
  EXPECT_EQ(Show("The airport is now closed to flights."), "");
  EXPECT_EQ(Show("Prices will stay where they are for now."), "");
  EXPECT_EQ(Show("From now on, visitors need a permit."), "");
  EXPECT_EQ(Show("Storms hit the coast every now and then."), "");
  EXPECT_EQ(Show("Now, the ministry says, the plan is dead."), "");
}

TEST_F(DateWordsTest, UpToThePresent) {
  std::string text = "The fund has paid out $3 million to date.";
  auto found = Find(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "PRESENT_REF");
  EXPECT_EQ(found[0].mod, "before");
  EXPECT_EQ(text.substr(found[0].mod_begin, found[0].span.end - found[0].mod_begin), "to date");
  EXPECT_EQ(Show("It is the largest survey to date of the reef."), "to date=PRESENT_REF");
  EXPECT_EQ(Show("Till date, 14 arrests have been made."), "Till date=PRESENT_REF");
  EXPECT_EQ(Show("Shares are down 12% year to date.", "2024-03-13"), "year to date=2024");
  EXPECT_EQ(Show("Year-to-date sales rose.", "2024-03-13"), "Year-to-date=2024");
}

TEST_F(DateWordsTest, ToDateThatIsNoDate) {
  EXPECT_EQ(Show("The records are not up to date."), "");
  EXPECT_EQ(Show("An up-to-date list was published."), "");
  EXPECT_EQ(Show("She began to date him after the war."), "");
  EXPECT_EQ(Show("Set the field equal to date 1 in the form."), "");
  EXPECT_EQ(Show("At the moment of impact the driver braked."), "");
  EXPECT_EQ(Show("At the moment he fired, the crowd ran."), "");
}

TEST_F(DateWordsTest, Centuries) {
  EXPECT_EQ(Show("Cities of the 21st century need water."), "the 21st century=2000..2099");
  EXPECT_EQ(Show("They restored a 19th-century mill."), "19th-century=1800..1899");
  EXPECT_EQ(Show("It was built in the twentieth century."), "the twentieth century=1900..1999");
  const auto found = Find("in the 12th century");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].counted);
  EXPECT_EQ(found[0].grain, TimeGrain::kYear);
  // Plural and counted centuries are durations or nothing, not one century.
  EXPECT_EQ(Show("It lasted two centuries."), "two centuries=P200Y");
}

TEST_F(DateWordsTest, YearsInWords) {
  EXPECT_EQ(Show("The treaty was signed on March third nineteen ninety two."),
            "March third nineteen ninety two=1992-03-03");
  EXPECT_EQ(Show("He arrived in October two thousand and nine."),
            "October two thousand and nine=2009-10");
  EXPECT_EQ(Show("Born eleven June nineteen hundred and forty one, he"),
            "eleven June nineteen hundred and forty one=1941-06-11");
  EXPECT_EQ(Show("They wed on May thirty nineteen oh five."),
            "May thirty nineteen oh five=1905-05-30");
  EXPECT_EQ(Show("Christmas twenty twelve was quiet."), "Christmas twenty twelve=2012-12-25");
  EXPECT_EQ(Show("Easter two thousand and eleven"), "Easter two thousand and eleven=2011-04-24");
}

TEST_F(DateWordsTest, CountsAfterAMonthAreNoYear) {
  // A lower-case word after the number makes it a count.
  EXPECT_EQ(Show("In August two thousand troops crossed the border.", "2024-03-13"),
            "August=2024-08");
  EXPECT_EQ(Show("On May twenty five people were hurt.", "2024-03-13"), "May=2024-05");
  // A day in words needs a year in words after it.
  EXPECT_EQ(Show("By June twenty, nothing had changed.", "2024-03-13"), "By June=2024-06");
}

TEST_F(DateWordsTest, SetsWithoutAUnitOfTheirOwn) {
  EXPECT_EQ(Show("Inspectors return every two weeks."), "every two weeks=P2W");
  EXPECT_EQ(Show("The panel meets each 3 months."), "each 3 months=P3M");
  EXPECT_EQ(Show("Buses run every weekday."), "every weekday=P1WD");
  EXPECT_EQ(Show("The fund files a semiannual report."), "semiannual=P0.5Y");
  EXPECT_EQ(Show("a biweekly newsletter"), "biweekly=P2W");
  EXPECT_EQ(Show("Rent is due on the 5th of every month."), "the 5th of every month=XXXX-XX-05");
  EXPECT_EQ(Show("The market opens on Saturday mornings."), "Saturday mornings=XXXX-WXX-6TMO");
  EXPECT_EQ(Show("The clinic is open evenings."), "evenings=TEV");
  const auto found = Find("Buses run every weekday.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, TemporalKind::kSet);
}

TEST_F(DateWordsTest, PluralPartsOfTheDayThatAreNoSet) {
  EXPECT_EQ(Show("Evenings are colder in the hills."), "");
  EXPECT_EQ(Show("She spent two evenings with the crew."), "");
  EXPECT_EQ(Show("After many sleepless nights, he quit."), "");
}

TEST_F(DateWordsTest, CountedWeekends) {
  const auto found = Find("The repairs took three weekends.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, TemporalKind::kDuration);
  EXPECT_EQ(found[0].value, "P3WE");
}

TEST_F(DateWordsTest, NextFortnightFollowsTheCurrentOne) {
  // The current fortnight is the reference's week and the next one (2024-03-13 is in W11).
  EXPECT_EQ(Show("Talks resume in the next fortnight.", "2024-03-13"),
            "next fortnight=2024-W13..2024-W14");
  EXPECT_EQ(Show("Prices fell over the past fortnight.", "2024-03-13"),
            "past fortnight=2024-W09..2024-W10");
}

TEST_F(DateWordsTest, TheWeekend) {
  // 2024-03-13 is a Wednesday of ISO week 11.
  EXPECT_EQ(Show("Talks will resume at the weekend.", "2024-03-13"), "the weekend=2024-W11-WE");
  // In a sentence of the past, the latest weekend begun.
  EXPECT_EQ(Show("Two people were hurt over the weekend.", "2024-03-13"),
            "the weekend=2024-W10-WE");
  EXPECT_EQ(Show("Two people were hurt over the weekend.", "2024-03-16"),
            "the weekend=2024-W11-WE");
  EXPECT_EQ(Show("Lunch with the team weekend.", "2024-03-13"), "weekend=2024-W11-WE");
}

TEST_F(DateWordsTest, WeekendsThatAreNoDate) {
  EXPECT_EQ(Show("The weekend before the vote was calm."), "");
  EXPECT_EQ(Show("They took a long weekend."), "");
  EXPECT_EQ(Show("Weekend trading was thin."), "");
  EXPECT_EQ(Show("A weekend-long festival opened."), "");
}

TEST_F(DateWordsTest, CompactDates) {
  EXPECT_EQ(Show("The deal closed on Dec31, 1994."), "Dec31, 1994=1994-12-31");
  EXPECT_EQ(Show("Filed 2019/Oct/04 by the clerk."), "2019/Oct/04=2019-10-04");
  EXPECT_EQ(Show("Release notes: see report-20190815.pdf"), "20190815=2019-08-15");
  EXPECT_EQ(Show("archive/20211103/index"), "20211103=2021-11-03");
}

TEST_F(DateWordsTest, EightDigitsElsewhereAreANumber) {
  EXPECT_EQ(Show("Call 20190815 for details."), "");
  EXPECT_EQ(Show("Case no. 20191399-B was closed."), "");  // no such day
}

TEST_F(DateWordsTest, FiscalAndSchoolYears) {
  EXPECT_EQ(Show("Profit fell in the last fiscal year.", "2024-03-13"), "last fiscal year=FY2023");
  EXPECT_EQ(Show("Revenue grew 4% in fiscal 2022."), "fiscal 2022=FY2022");
  EXPECT_EQ(Show("FY23 sales were flat."), "FY23=FY2023");
  EXPECT_EQ(Show("Enrolment rose this school year.", "2024-03-13"), "this school year=SY2024");
  EXPECT_EQ(Show("the academic year 2019"), "academic year 2019=SY2019");
  EXPECT_EQ(Show("The 4th month of next year brings a vote.", "2024-03-13"),
            "The 4th month of next year=2025-04");
  // No shift and no number: no year named.
  EXPECT_EQ(Show("The school year starts late."), "");
}

TEST_F(DateWordsTest, EarlyOrLatePartAroundAClockTime) {
  EXPECT_EQ(Show("Polls open early morning at 7:30."), "early morning at 7:30=T07:30");
  EXPECT_EQ(Show("The blast came at 11:15 late evening."), "11:15 late evening=T23:15");
  EXPECT_EQ(Show("The raid began late evening at 10."), "late evening at 10=T22:00");
  EXPECT_EQ(Show("Polls close on Sunday late evening at 10:00.", "2024-03-13"),
            "Sunday late evening at 10:00=2024-03-10T22:00");
  // A bare number before a lower-case word is a count.
  EXPECT_EQ(Show("Police searched late evening at 10 sites."), "");
}

TEST_F(DateWordsTest, EarlierInTheWeek) {
  EXPECT_EQ(Show("Earlier in the week, the minister resigned.", "2024-03-13"),
            "Earlier in the week=2024-W11");
  EXPECT_EQ(Show("Talks resume later in the week.", "2024-03-13"), "later in the week=2024-W11");
}

TEST_F(DateWordsTest, PartOfTheDayAsTheWholeText) {
  EXPECT_EQ(Show("Evening", "2024-03-13"), "Evening=2024-03-13TEV");
  EXPECT_EQ(Show("morning.", "2024-03-13"), "morning=2024-03-13TMO");
  // Inside a sentence the word alone is no date.
  EXPECT_EQ(Show("Traders filled the morning markets."), "");
  EXPECT_EQ(Show("Witnesses described the night of the attack."), "");
  EXPECT_EQ(Show("Good morning"), "");
}

}  // namespace
}  // namespace claimscan
