// Holidays of the lunar and lunisolar calendars: the Hebrew calendar module, the holiday table's
// loader, and the names the temporal recogniser turns into dates (Easter and Orthodox Easter
// cycles, Hebrew, Islamic, Chinese, Hindu, Sikh, Jain and Parsi holidays).
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/datetime.h"
#include "gtest/gtest.h"
#include "text/datetime_calendar.h"
#include "text/datetime_hebrew.h"
#include "text/datetime_holiday_table.h"

namespace claimscan {
namespace {

namespace heb = calendar::hebrew;
using datetime_internal::HolidayTable;

std::string Gregorian(int64_t days) { return FormatIsoDate(calendar::FromDays(days)); }

TEST(HebrewCalendarTest, NewYearsAgainstKnownDates) {
  EXPECT_EQ(Gregorian(heb::NewYear(5711)), "1950-09-12");
  EXPECT_EQ(Gregorian(heb::NewYear(5779)), "2018-09-10");
  EXPECT_EQ(Gregorian(heb::NewYear(5784)), "2023-09-16");
  EXPECT_EQ(Gregorian(heb::NewYear(5785)), "2024-10-03");
}

TEST(HebrewCalendarTest, LeapYearsAndLengths) {
  EXPECT_TRUE(heb::IsLeapYear(5782));
  EXPECT_FALSE(heb::IsLeapYear(5783));
  EXPECT_TRUE(heb::IsLeapYear(5784));
  EXPECT_EQ(heb::DaysInYear(5784), 383);
  for (int y = 5700; y < 5900; ++y) {
    const int n = heb::DaysInYear(y);
    EXPECT_TRUE(heb::IsLeapYear(y) ? (n >= 383 && n <= 385) : (n >= 353 && n <= 355)) << y;
    // Rosh Hashanah never falls on a Sunday, Wednesday or Friday.
    const int wd = calendar::WeekdayOfDays(heb::NewYear(y));
    EXPECT_TRUE(wd != 6 && wd != 2 && wd != 4) << y;
  }
}

TEST(HebrewCalendarTest, DaysOfTheYear) {
  EXPECT_EQ(Gregorian(heb::ToDays(5782, heb::kNisan, 15)), "2022-04-16");    // Passover
  EXPECT_EQ(Gregorian(heb::ToDays(5784, heb::kKislev, 25)), "2023-12-08");   // Hanukkah
  EXPECT_EQ(Gregorian(heb::ToDays(5784, heb::kAdarII, 14)), "2024-03-24");   // Purim
  EXPECT_EQ(Gregorian(heb::ToDays(5785, heb::kTishrei, 10)), "2024-10-12");  // Yom Kippur
  EXPECT_EQ(Gregorian(heb::ToDays(5783, heb::kSivan, 6)), "2023-05-26");     // Shavuot
  EXPECT_EQ(heb::YearOfMonthIn(2024, heb::kTishrei), 5785);
  EXPECT_EQ(heb::YearOfMonthIn(2024, heb::kNisan), 5784);
}

TEST(HolidayTableTest, ParsesRowsInOrder) {
  auto t = HolidayTable::Parse(
      "# comment\n"
      "eid_al_fitr\t2030\t2030-02-05\t\n"
      "eid_al_fitr\t2031\t2031-01-25\n"
      "ramadan\t2030\t2030-01-06\t2030-02-04\r\n",
      "mem.tsv");
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ((*t)->size(), 3u);
  ASSERT_EQ((*t)->Find("eid_al_fitr").size(), 2u);
  EXPECT_EQ(Gregorian((*t)->Find("eid_al_fitr")[1].first), "2031-01-25");
  ASSERT_EQ((*t)->Find("ramadan").size(), 1u);
  EXPECT_EQ(Gregorian((*t)->Find("ramadan")[0].last), "2030-02-04");
  EXPECT_TRUE((*t)->Find("diwali").empty());
}

TEST(HolidayTableTest, BadLinesNameFileAndLine) {
  struct Case {
    const char* text;
    const char* message;
  };
  const Case cases[] = {
      {"a\t2030\n", "mem.tsv:1: expected id"},
      {"# x\na\tyear\t2030-01-01\n", "mem.tsv:2: year is not a number"},
      {"a\t2030\t2030-13-01\n", "mem.tsv:1: start is not"},
      {"a\t2031\t2030-01-01\n", "mem.tsv:1: year differs"},
      {"a\t2030\t2030-01-05\t2030-01-04\n", "mem.tsv:1: end before start"},
      {"a\t2030\t2030-01-05\na\t2030\t2030-01-01\n", "mem.tsv:2: rows not in date order"},
      {"a\t2030\t2030-01-05\nb\t2030\t2030-01-01\na\t2031\t2031-01-01\n",
       "mem.tsv:3: holiday rows are not grouped"},
  };
  for (const Case& c : cases) {
    auto t = HolidayTable::Parse(c.text, "mem.tsv");
    ASSERT_FALSE(t.ok()) << c.text;
    EXPECT_EQ(t.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(t.status().message().find(c.message), std::string::npos) << t.status();
  }
}

TEST(HolidayTableTest, MissingFileAndFolder) {
  auto t = HolidayTable::Load("/nonexistent/holidays.tsv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(t.status().message().find("/nonexistent/holidays.tsv"), std::string::npos);
  auto r = TemporalRecognizer::Create("/nonexistent");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nonexistent/dates/holidays.tsv"), std::string::npos);
}

TEST(HolidayTableTest, AnIdInTwoFilesIsRejected) {
  const std::string dir = ::testing::TempDir();
  const std::string a = dir + "/holidays_a.tsv", b = dir + "/holidays_b.tsv";
  {
    std::ofstream(a) << "diwali\t2040\t2040-11-04\n";
    std::ofstream(b) << "# other\nholi\t2040\t2040-02-28\ndiwali\t2041\t2041-10-24\n";
  }
  auto t = HolidayTable::LoadAll({a, b});
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(t.status().message().find("holidays_b.tsv:3: holiday rows are not grouped"),
            std::string::npos)
      << t.status();
  // The same id at the end of one file and the start of the next is no continuation either.
  { std::ofstream(b) << "diwali\t2041\t2041-10-24\n"; }
  t = HolidayTable::LoadAll({a, b});
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("holidays_b.tsv:1:"), std::string::npos) << t.status();
  { std::ofstream(b) << "holi\t2040\t2040-02-28\n"; }
  t = HolidayTable::LoadAll({a, b, dir + "/missing.tsv"});
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), absl::StatusCode::kNotFound);
  t = HolidayTable::LoadAll({a, b});
  ASSERT_TRUE(t.ok()) << t.status();
  EXPECT_EQ((*t)->size(), 2u);
  EXPECT_EQ(Gregorian((*t)->Find("holi")[0].first), "2040-02-28");
}

TEST(HolidayTableTest, ShippedTableLoadsAndCoversTheYears) {
  auto t = HolidayTable::Load(std::string(CLAIMSCAN_TEST_DATA_DIR) + "/dates/holidays.tsv");
  ASSERT_TRUE(t.ok()) << t.status();
  for (std::string_view id : {"eid_al_fitr", "eid_al_adha", "ramadan", "chinese_new_year"}) {
    const auto spans = (*t)->Find(id);
    ASSERT_FALSE(spans.empty()) << id;
    EXPECT_EQ(calendar::FromDays(spans.front().first).year, 1950) << id;
    EXPECT_EQ(calendar::FromDays(spans.back().first).year, 2100) << id;
  }
  auto indian =
      HolidayTable::Load(std::string(CLAIMSCAN_TEST_DATA_DIR) + "/dates/holidays_indian.tsv");
  ASSERT_TRUE(indian.ok()) << indian.status();
  for (std::string_view id : {"diwali", "holi", "onam", "thai_pongal", "parsi_new_year"}) {
    const auto spans = (*indian)->Find(id);
    ASSERT_EQ(spans.size(), 151u) << id;  // one a year
    EXPECT_EQ(calendar::FromDays(spans.front().first).year, 1950) << id;
    EXPECT_EQ(calendar::FromDays(spans.back().first).year, 2100) << id;
  }
}

class HolidayNamesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto r = TemporalRecognizer::Create(CLAIMSCAN_TEST_DATA_DIR);
    ASSERT_TRUE(r.ok()) << r.status();
    recognizer_ = std::move(r).value().release();
  }
  static void TearDownTestSuite() {
    delete recognizer_;
    recognizer_ = nullptr;
  }

  // All mentions, as "surface=value" or "surface=value..end".
  static std::string All(std::string_view text, std::string_view reference = "",
                         const TemporalRecognizer* r = nullptr) {
    CivilDate ref;
    const bool has_ref = !reference.empty() && ParseIsoDate(reference, &ref);
    std::vector<TemporalMention> out;
    (r ? r : recognizer_)
        ->Find(text, Span{0, static_cast<uint32_t>(text.size())}, has_ref ? &ref : nullptr, &out);
    std::string s;
    for (const TemporalMention& m : out) {
      if (!s.empty()) s += " | ";
      s += std::string(m.span.In(text)) + "=" + m.value;
      if (!m.end_value.empty()) s += ".." + m.end_value;
    }
    return s;
  }

  static const TemporalRecognizer* recognizer_;
};

const TemporalRecognizer* HolidayNamesTest::recognizer_ = nullptr;

TEST_F(HolidayNamesTest, EasterCycles) {
  EXPECT_EQ(All("Orthodox Easter 2024"), "Orthodox Easter 2024=2024-05-05");
  EXPECT_EQ(All("clean monday 2024"), "clean monday 2024=2024-03-18");
  EXPECT_EQ(All("Lazarus Saturday 2023"), "Lazarus Saturday 2023=2023-04-08");
  EXPECT_EQ(All("Branch Sunday 2024"), "Branch Sunday 2024=2024-03-24");
  EXPECT_EQ(All("Lent 2024"), "Lent 2024=2024-02-14..2024-03-30");
  EXPECT_EQ(All("We gave up sweets for Lent.", "2025-03-20"), "Lent=2025-03-05..2025-04-19");
  // The verb is no season.
  EXPECT_EQ(All("She lent him the money.", "2025-03-20"), "");
}

TEST_F(HolidayNamesTest, ObservedOnAWeekday) {
  EXPECT_EQ(All("Boss's Day 2020"), "Boss's Day 2020=2020-10-16");  // a Friday
  EXPECT_EQ(All("Boss's Day 2021"), "Boss's Day 2021=2021-10-15");  // Saturday: the Friday
  EXPECT_EQ(All("Boss's Day 2022"), "Boss's Day 2022=2022-10-17");  // Sunday: the Monday
}

TEST_F(HolidayNamesTest, HebrewHolidaysFromTheEve) {
  EXPECT_EQ(All("Passover 2022"), "Passover 2022=2022-04-15..2022-04-23");
  EXPECT_EQ(All("pesach 2022"), "pesach 2022=2022-04-15..2022-04-23");
  EXPECT_EQ(All("Chanukah 2023"), "Chanukah 2023=2023-12-07..2023-12-15");
  EXPECT_EQ(All("Hanukkah 2023"), "Hanukkah 2023=2023-12-07..2023-12-15");
  EXPECT_EQ(All("Rosh Hashana 2024"), "Rosh Hashana 2024=2024-10-02..2024-10-04");
  EXPECT_EQ(All("Rosh Hashanah 2024"), "Rosh Hashanah 2024=2024-10-02..2024-10-04");
  EXPECT_EQ(All("Yom Kippur 2024"), "Yom Kippur 2024=2024-10-11");
  EXPECT_EQ(All("Purim 2024"), "Purim 2024=2024-03-23");  // Adar II in a leap year
  EXPECT_EQ(All("next Passover", "2024-05-01"), "next Passover=2025-04-12..2025-04-20");
  // In running text: the one under way, or the nearest.
  EXPECT_EQ(All("Families gathered for Passover.", "2024-04-25"),
            "Passover=2024-04-22..2024-04-30");
}

TEST_F(HolidayNamesTest, IslamicAndChineseFromTheTable) {
  EXPECT_EQ(All("Eid al-Fitr 2024"), "Eid al-Fitr 2024=2024-04-10");
  EXPECT_EQ(All("eid ul fitr 2024"), "eid ul fitr 2024=2024-04-10");
  EXPECT_EQ(All("Eid al-Adha 2024"), "Eid al-Adha 2024=2024-06-16");
  EXPECT_EQ(All("the Feast of the Sacrifice 2024"), "Feast of the Sacrifice 2024=2024-06-16");
  EXPECT_EQ(All("Lailat al-Kadr 2024"), "Lailat al-Kadr 2024=2024-04-06");
  EXPECT_EQ(All("Ramadan 2024"), "Ramadan 2024=2024-03-11..2024-04-09");
  // English and transliterated names of the same nights and days.
  EXPECT_EQ(All("the Night of Power 2024"), "Night of Power 2024=2024-04-06");
  EXPECT_EQ(All("night of destiny 2024"), "night of destiny 2024=2024-04-06");
  EXPECT_EQ(All("Amun Jadid 2024"), "Amun Jadid 2024=2024-07-07");
  EXPECT_EQ(All("Lunar New Year 2024"), "Lunar New Year 2024=2024-02-10");
  EXPECT_EQ(All("last Chinese New Year", "2024-05-01"), "last Chinese New Year=2024-02-10");
  EXPECT_EQ(All("Shops close early during Ramadan.", "2024-03-20"),
            "Ramadan=2024-03-11..2024-04-09");
}

// Dates published for 2023 and 2024 (Indian government holiday lists, panchangs), which the
// computed table (scripts/gen_indian_holidays.py) must reproduce.
TEST_F(HolidayNamesTest, HinduLunisolarFestivals) {
  EXPECT_EQ(All("Diwali 2023"), "Diwali 2023=2023-11-12");
  EXPECT_EQ(All("Deepavali in 2023"), "Deepavali in 2023=2023-11-12");
  EXPECT_EQ(All("dhanteras 2023"), "dhanteras 2023=2023-11-10");
  EXPECT_EQ(All("Holi 2024"), "Holi 2024=2024-03-25");
  EXPECT_EQ(All("Holika Dahan 2024"), "Holika Dahan 2024=2024-03-24");
  // Bhadra covers the night of March 6 and pratipada grows: the bonfire moves to March 7.
  EXPECT_EQ(All("holika dahan 2023"), "holika dahan 2023=2023-03-07");
  EXPECT_EQ(All("Krishna Janmashtami 2024"), "Krishna Janmashtami 2024=2024-08-26");
  EXPECT_EQ(All("Maha Shivratri 2024"), "Maha Shivratri 2024=2024-03-08");
  EXPECT_EQ(All("Ganesh Chaturthi 2023"), "Ganesh Chaturthi 2023=2023-09-19");
  EXPECT_EQ(All("Raksha Bandhan 2023"), "Raksha Bandhan 2023=2023-08-30");
  EXPECT_EQ(All("Dussehra 2024"), "Dussehra 2024=2024-10-12");
  EXPECT_EQ(All("Navratri 2023"), "Navratri 2023=2023-10-15..2023-10-24");
  EXPECT_EQ(All("Gudi Padwa 2024"), "Gudi Padwa 2024=2024-04-09");
  EXPECT_EQ(All("Chhath Puja 2023"), "Chhath Puja 2023=2023-11-19");
  EXPECT_EQ(All("Karva Chauth 2024"), "Karva Chauth 2024=2024-10-20");
  EXPECT_EQ(All("Ram Navami 2024"), "Ram Navami 2024=2024-04-17");
}

TEST_F(HolidayNamesTest, SikhJainSolarAndParsiFestivals) {
  EXPECT_EQ(All("Guru Nanak Jayanti 2023"), "Guru Nanak Jayanti 2023=2023-11-27");
  EXPECT_EQ(All("Mahavir Jayanti 2024"), "Mahavir Jayanti 2024=2024-04-21");
  EXPECT_EQ(All("Guru Gobind Singh Jayanti 2024"), "Guru Gobind Singh Jayanti 2024=2024-01-17");
  // Twice in 2025 (Pausha comes early in January and again in December): the first.
  EXPECT_EQ(All("Guru Gobind Singh Jayanti 2025"), "Guru Gobind Singh Jayanti 2025=2025-01-06");
  EXPECT_EQ(All("Thai Pongal 2024"), "Thai Pongal 2024=2024-01-15");
  EXPECT_EQ(All("Makar Sankranti 2024"), "Makar Sankranti 2024=2024-01-15");
  EXPECT_EQ(All("Baisakhi 2024"), "Baisakhi 2024=2024-04-13");
  EXPECT_EQ(All("Rabindra Jayanti 2024"), "Rabindra Jayanti 2024=2024-05-08");
  EXPECT_EQ(All("Onam 2023"), "Onam 2023=2023-08-29");
  // Thiruvonam comes twice in Chingam 2024; Onam is the one after Atham.
  EXPECT_EQ(All("Thiruvonam 2024"), "Thiruvonam 2024=2024-09-15");
  // 365 days a year and no leap day: a day earlier after each February 29th.
  EXPECT_EQ(All("Parsi New Year 2023"), "Parsi New Year 2023=2023-08-16");
  EXPECT_EQ(All("Jamshedi Navroz 2024"), "Jamshedi Navroz 2024=2024-08-15");
}

TEST_F(HolidayNamesTest, IndianSpellingVariants) {
  // Every spelling the name pattern admits is a key of the holiday table.
  EXPECT_EQ(All("narak nivaran chaturdashi 2032"), "narak nivaran chaturdashi 2032=2032-11-02");
  // Chaturdashi at sunrise and amavasya by the evening: Naraka Chaturdashi and Diwali share
  // November 2.
  EXPECT_EQ(All("Naraka Chaturdashi 2032"), "Naraka Chaturdashi 2032=2032-11-02");
  EXPECT_EQ(All("Dipawali 2032"), "Dipawali 2032=2032-11-02");
  EXPECT_EQ(All("Sri Ram Navami 2032"), "Sri Ram Navami 2032=2032-04-18");
  EXPECT_EQ(All("Shri Rama Navami 2032"), "Shri Rama Navami 2032=2032-04-18");
  EXPECT_EQ(All("Maha Sivratri 2032"), "Maha Sivratri 2032=2032-03-10");
  EXPECT_EQ(All("Guru Nanak Dev Gurpurab 2032"), "Guru Nanak Dev Gurpurab 2032=2032-11-17");
  EXPECT_EQ(All("Baishakhi 2032"), "Baishakhi 2032=2032-04-13");
  EXPECT_EQ(All("Sharad Navrathri 2032"), "Sharad Navrathri 2032=2032-10-05..2032-10-14");
}

TEST_F(HolidayNamesTest, IndianFestivalsRelativeAndInText) {
  EXPECT_EQ(All("next Diwali", "2024-01-10"), "next Diwali=2024-10-31");
  EXPECT_EQ(All("last Holi", "2024-05-01"), "last Holi=2024-03-25");
  EXPECT_EQ(All("Markets were crowded before Diwali.", "2023-11-01"), "Diwali=2023-11-12");
  // Ordinary words stay words: a holiday is not Holi, a wrist thread is no festival, a dish of
  // rice is no Pongal unless capitalised or dated.
  EXPECT_EQ(All("The holiday season starts.", "2023-11-01"), "");
  EXPECT_EQ(All("She tied a rakhi on his wrist.", "2023-08-01"), "");
  EXPECT_EQ(All("rakhi 2023"), "rakhi 2023=2023-08-30");
  EXPECT_EQ(All("We ate pongal for breakfast.", "2024-01-02"), "");
  EXPECT_EQ(All("pongal 2024"), "pongal 2024=2024-01-15");
}

TEST_F(HolidayNamesTest, WithoutTheTableNoLunarHolidays) {
  auto plain = TemporalRecognizer::Create();
  ASSERT_TRUE(plain.ok());
  EXPECT_EQ(All("Shops close early during Ramadan.", "2024-03-20", plain->get()), "");
  // Computed holidays need no table.
  EXPECT_EQ(All("Passover 2022", "", plain->get()), "Passover 2022=2022-04-15..2022-04-23");
}

}  // namespace
}  // namespace claimscan
