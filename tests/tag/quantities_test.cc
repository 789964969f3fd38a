#include "tag/quantities.h"

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimscan/datetime.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

std::string ReadExample(const std::string& name) {
  std::ifstream in(std::string(CLAIMSCAN_TEST_EXAMPLES_DIR) + "/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(ParseNumberTest, DigitsAndWords) {
  double v = 0;
  ASSERT_TRUE(ParseNumber("1,000", &v));
  EXPECT_EQ(v, 1000);
  ASSERT_TRUE(ParseNumber("1,234,567.5", &v));
  EXPECT_DOUBLE_EQ(v, 1234567.5);
  ASSERT_TRUE(ParseNumber("2.5 million", &v));
  EXPECT_DOUBLE_EQ(v, 2.5e6);
  ASSERT_TRUE(ParseNumber("five", &v));
  EXPECT_EQ(v, 5);
  ASSERT_TRUE(ParseNumber("twenty-five", &v));
  EXPECT_EQ(v, 25);
  ASSERT_TRUE(ParseNumber("twenty five", &v));
  EXPECT_EQ(v, 25);
  ASSERT_TRUE(ParseNumber("a dozen", &v));
  EXPECT_EQ(v, 12);
  ASSERT_TRUE(ParseNumber("two dozen", &v));
  EXPECT_EQ(v, 24);
  ASSERT_TRUE(ParseNumber("hundreds", &v));
  EXPECT_EQ(v, 100);
  ASSERT_TRUE(ParseNumber("tens of thousands", &v));
  EXPECT_EQ(v, 10000);
  ASSERT_TRUE(ParseNumber("one hundred and twenty", &v));
  EXPECT_EQ(v, 120);
  ASSERT_TRUE(ParseNumber("three thousand nine hundred and sixty five", &v));
  EXPECT_EQ(v, 3965);
  ASSERT_TRUE(ParseNumber("3 hundred and 21", &v));
  EXPECT_EQ(v, 321);
  ASSERT_TRUE(ParseNumber("minus five point five", &v));
  EXPECT_DOUBLE_EQ(v, -5.5);
  ASSERT_TRUE(ParseNumber("-12", &v));
  EXPECT_EQ(v, -12);
  ASSERT_TRUE(ParseNumber("5k", &v));
  EXPECT_EQ(v, 5000);
}

TEST(ParseNumberTest, DecimalsScalesAndCounts) {
  double v = 0;
  ASSERT_TRUE(ParseNumber(".77", &v));
  EXPECT_DOUBLE_EQ(v, 0.77);
  ASSERT_TRUE(ParseNumber("-.5", &v));
  EXPECT_DOUBLE_EQ(v, -0.5);
  ASSERT_TRUE(ParseNumber("point 77", &v));
  EXPECT_DOUBLE_EQ(v, 0.77);
  ASSERT_TRUE(ParseNumber("1 point 1", &v));
  EXPECT_DOUBLE_EQ(v, 1.1);
  ASSERT_TRUE(ParseNumber("two hundred point zero three", &v));
  EXPECT_DOUBLE_EQ(v, 200.03);
  ASSERT_TRUE(ParseNumber("a couple", &v));
  EXPECT_EQ(v, 2);
  ASSERT_TRUE(ParseNumber("a pair of", &v));
  EXPECT_EQ(v, 2);
  ASSERT_TRUE(ParseNumber("nil", &v));
  EXPECT_EQ(v, 0);
  ASSERT_TRUE(ParseNumber("two hundredth", &v));
  EXPECT_EQ(v, 200);
  ASSERT_TRUE(ParseNumber("three thousand millions", &v));
  EXPECT_EQ(v, 3e9);
  ASSERT_TRUE(ParseNumber("three lakh crore", &v));
  EXPECT_EQ(v, 3e12);
  ASSERT_TRUE(ParseNumber("three hundred Cr", &v));
  EXPECT_EQ(v, 3e9);
  ASSERT_TRUE(ParseNumber("five dozs", &v));
  EXPECT_EQ(v, 60);
  ASSERT_TRUE(ParseNumber("2.33 k", &v));
  EXPECT_DOUBLE_EQ(v, 2330);
  ASSERT_TRUE(ParseNumber("1,674.5 G", &v));
  EXPECT_DOUBLE_EQ(v, 1674.5e9);
  ASSERT_TRUE(ParseNumber("2  1/4", &v));
  EXPECT_DOUBLE_EQ(v, 2.25);
  ASSERT_TRUE(ParseNumber("one thousand and five hundred", &v));
  EXPECT_EQ(v, 1500);
  ASSERT_TRUE(ParseNumber("two hundred and fifty thousand", &v));
  EXPECT_EQ(v, 250000);
  // "5G" is a network generation, not five billion.
  EXPECT_FALSE(ParseNumber("5G", &v));
  // Two numbers, not one: "3 hundred and 2 hundred", "4 thousand 3 hundred and 0".
  EXPECT_FALSE(ParseNumber("3 hundred and 2 hundred", &v));
  EXPECT_FALSE(ParseNumber("4 thousand 3 hundred and 0", &v));
  // Dotted digit groups are separate integers.
  EXPECT_FALSE(ParseNumber("192.168.1.2", &v));
}

TEST(ParseNumberTest, RejectsNonNumbers) {
  double v = 0;
  EXPECT_FALSE(ParseNumber("", &v));
  EXPECT_FALSE(ParseNumber("a", &v));
  EXPECT_FALSE(ParseNumber("people", &v));
  EXPECT_FALSE(ParseNumber("five people", &v));
  EXPECT_FALSE(ParseNumber("1, 234", &v));
  EXPECT_FALSE(ParseNumber("thousand", &v));
}

class QuantityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto q = QuantityRecognizer::Create(CLAIMSCAN_TEST_DATA_DIR "/quantities");
    ASSERT_TRUE(q.ok()) << q.status();
    quantities_ = std::move(q).value().release();
    auto t = TemporalRecognizer::Create();
    ASSERT_TRUE(t.ok()) << t.status();
    dates_ = std::move(t).value().release();
  }
  static void TearDownTestSuite() {
    delete quantities_;
    delete dates_;
  }

  static std::vector<Quantity> Find(std::string_view text) {
    const Span all{0, static_cast<uint32_t>(text.size())};
    std::vector<TemporalMention> dates;
    dates_->Find(text, all, nullptr, &dates);
    std::vector<Quantity> out;
    quantities_->Find(text, all, dates, &out);
    return out;
  }

  // The quantity whose text is exactly `surface`, or null.
  static const Quantity* At(const std::vector<Quantity>& found, std::string_view text,
                            std::string_view surface) {
    const size_t pos = text.find(surface);
    if (pos == std::string_view::npos) return nullptr;
    for (const Quantity& q : found) {
      if (q.span.begin == pos && q.span.end == pos + surface.size()) return &q;
    }
    return nullptr;
  }

  static const Quantity* One(const std::vector<Quantity>& found) {
    return found.size() == 1 ? &found[0] : nullptr;
  }

  // The units named with no amount in `text`, as "surface=unit".
  static std::vector<std::string> Names(std::string_view text) {
    const auto found = Find(text);
    std::vector<UnitName> names;
    quantities_->FindUnitNames(text, Span{0, static_cast<uint32_t>(text.size())}, found, &names);
    std::vector<std::string> out;
    for (const UnitName& u : names) {
      out.push_back(std::string(u.span.In(text)) + "=" + std::string(u.unit));
    }
    return out;
  }

  static const QuantityRecognizer* quantities_;
  static const TemporalRecognizer* dates_;
};

const QuantityRecognizer* QuantityTest::quantities_ = nullptr;
const TemporalRecognizer* QuantityTest::dates_ = nullptr;

void ExpectQuantity(const Quantity* q, double value, std::string_view unit, Qualifier qualifier,
                    EntityType type, bool vague = false) {
  ASSERT_NE(q, nullptr);
  EXPECT_DOUBLE_EQ(q->value, value);
  EXPECT_EQ(q->unit, unit);
  EXPECT_EQ(q->qualifier, qualifier);
  EXPECT_EQ(q->type, type);
  EXPECT_EQ(q->vague, vague);
}

// "pounds of <a thing>" weigh; "pounds of <money>" and "£" stay the currency.
TEST_F(QuantityTest, PoundsOfAThingAreAWeight) {
  const std::string seized = "Police seized 400 pounds of explosives and 30 pounds of cocaine.";
  auto found = Find(seized);
  ExpectQuantity(At(found, seized, "400 pounds"), 400, "lb", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(At(found, seized, "30 pounds"), 30, "lb", Qualifier::kExact,
                 EntityType::kQuantity);
  const std::string money = "It cost 5 million pounds of taxpayers' money. A ticket is 20 pounds.";
  found = Find(money);
  ExpectQuantity(At(found, money, "5 million pounds"), 5e6, "GBP", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(At(found, money, "20 pounds"), 20, "GBP", Qualifier::kExact, EntityType::kMoney);
}

// A decimal comma ("4,99 euros") is no list; "1,2 and 3" is.
TEST_F(QuantityTest, DecimalCommaIsNoListItem) {
  const std::string text = "Articles 1,2 and 3 apply; a pass costs 4,99 euros.";
  const auto found = Find(text);
  EXPECT_EQ(At(found, text, "1,2"), nullptr);
  ExpectQuantity(At(found, text, "4,99 euros"), 4.99, "EUR", Qualifier::kExact, EntityType::kMoney);
}

TEST_F(QuantityTest, Article000) {
  const std::string text = ReadExample("000_ebbecf3718b6671e.txt");
  const auto found = Find(text);
  ExpectQuantity(At(found, text, "five military brigades"), 5, "brigade", Qualifier::kExact,
                 EntityType::kCardinal);
  ExpectQuantity(At(found, text, "tens of thousands of Israelis"), 10000, "israeli",
                 Qualifier::kExact, EntityType::kCardinal, /*vague=*/true);
  ExpectQuantity(At(found, text, "hundreds of precision drones"), 100, "drone", Qualifier::kExact,
                 EntityType::kCardinal, /*vague=*/true);
  // The dateline "2024-11-02 | 13:54" holds no quantity.
  const Span dateline{static_cast<uint32_t>(text.find("2024-11-02 | 13:54")),
                      static_cast<uint32_t>(text.find("13:54") + 5)};
  for (const Quantity& q : found) EXPECT_FALSE(q.span.Overlaps(dateline));
}

TEST_F(QuantityTest, Article001) {
  const std::string text = ReadExample("001_e40af85a717e963c.txt");
  const auto found = Find(text);
  ExpectQuantity(At(found, text, "at least 29 people"), 29, "people", Qualifier::kAtLeast,
                 EntityType::kCardinal);
  ExpectQuantity(At(found, text, "250 missiles"), 250, "missile", Qualifier::kExact,
                 EntityType::kCardinal);
  ExpectQuantity(At(found, text, "30 kilometers"), 30, "km", Qualifier::kExact,
                 EntityType::kQuantity);
  // "November 25" is a date, not the number 25.
  for (const Quantity& q : found) EXPECT_NE(q.value, 25);
}

TEST_F(QuantityTest, Article002) {
  const std::string text = ReadExample("002_dace1ab283cfe4f4.txt");
  const auto found = Find(text);
  ExpectQuantity(At(found, text, "over 30 branches"), 30, "branch", Qualifier::kMoreThan,
                 EntityType::kCardinal);
  ExpectQuantity(At(found, text, "at least ten explosions"), 10, "explosion", Qualifier::kAtLeast,
                 EntityType::kCardinal);
  ExpectQuantity(At(found, text, "15"), 15, "", Qualifier::kExact, EntityType::kCardinal);
}

TEST_F(QuantityTest, Article003) {
  const std::string text = ReadExample("003_aceeea0f2382b012.txt");
  const auto found = Find(text);
  ExpectQuantity(At(found, text, "more than 1,000 Lebanese"), 1000, "lebanese",
                 Qualifier::kMoreThan, EntityType::kCardinal);
  ExpectQuantity(At(found, text, "over 100 rockets"), 100, "rocket", Qualifier::kMoreThan,
                 EntityType::kCardinal);
  ExpectQuantity(At(found, text, "more than a dozen senior officials"), 12, "official",
                 Qualifier::kMoreThan, EntityType::kCardinal);
  // "Sept. 27" and "Oct. 8" are dates.
  for (const Quantity& q : found) {
    EXPECT_NE(q.value, 27);
    EXPECT_NE(q.value, 8);
  }
}

TEST_F(QuantityTest, Article004Range) {
  const std::string text = ReadExample("004_a0aefb3713c4057f.txt");
  const auto found = Find(text);
  const Quantity* q = At(found, text, "10,000 to 15,000 peacekeepers");
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->is_range);
  EXPECT_EQ(q->value, 10000);
  EXPECT_EQ(q->to, 15000);
  EXPECT_EQ(q->unit, "peacekeeper");
  EXPECT_EQ(q->qualifier, Qualifier::kRange);
  // "Thursday, November 21, 2024" holds no quantity.
  for (const Quantity& other : found) EXPECT_NE(other.value, 2024);
}

TEST_F(QuantityTest, MoneyPercentMeasures) {
  ExpectQuantity(One(Find("The fund holds $ 75 million now.")), 75e6, "USD", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("It cost €20 in total.")), 20, "EUR", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("about 2.5 billion dollars")), 2.5e9, "USD", Qualifier::kAbout,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("turnout rose 12.5% overall")), 12.5, "%", Qualifier::kExact,
                 EntityType::kPercent);
  ExpectQuantity(One(Find("nearly 40 per cent of voters")), 40, "%", Qualifier::kAbout,
                 EntityType::kPercent);
  ExpectQuantity(One(Find("a four-mile drive")), 4, "mile", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("The weight is 20 kg")), 20, "kg", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("up to 700 contract workers")), 700, "worker", Qualifier::kAtMost,
                 EntityType::kCardinal);
  ExpectQuantity(One(Find("it only cost 3 dollars 50 cents.")), 3.5, "USD", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("a fine of 42 MYR")), 42, "MYR", Qualifier::kExact, EntityType::kMoney);
  ExpectQuantity(One(Find("a 1/4 mile oval")), 0.25, "mile", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("raised 10M last year")), 1e7, "", Qualifier::kExact,
                 EntityType::kCardinal);
}

TEST_F(QuantityTest, RangesAndOrdinals) {
  const std::string text = "between 5 and 10 km, then 5-10 drones, and the third wave";
  const auto found = Find(text);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].span.In(text), "between 5 and 10 km");
  EXPECT_TRUE(found[0].is_range);
  EXPECT_EQ(found[0].unit, "km");
  EXPECT_EQ(found[1].span.In(text), "5-10 drones");
  EXPECT_EQ(found[1].to, 10);
  EXPECT_EQ(found[1].unit, "drone");
  EXPECT_EQ(found[2].span.In(text), "third");
  EXPECT_EQ(found[2].type, EntityType::kOrdinal);
  EXPECT_EQ(found[2].value, 3);
}

TEST_F(QuantityTest, SkipsCodesAndPronouns) {
  EXPECT_TRUE(Find("an F-16 and an A320 flew; COVID-19 spread").empty());
  EXPECT_TRUE(Find("one of the leaders said").empty());
}

TEST_F(QuantityTest, RespectsRange) {
  const std::string text = "5 rockets. 7 drones.";
  std::vector<Quantity> out;
  quantities_->Find(text, Span{10, static_cast<uint32_t>(text.size())}, {}, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].span.In(text), "7 drones");
}

TEST_F(QuantityTest, DottedGroupsAreSeparateNumbers) {
  const std::string text = "at 192.168.1.2 now";
  const auto found = Find(text);
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].value, 192);
  EXPECT_EQ(found[1].value, 168);
  EXPECT_EQ(found[2].value, 1);
  EXPECT_EQ(found[3].value, 2);
}

TEST_F(QuantityTest, BoundsAndRanges) {
  ExpectQuantity(One(Find("His score is 200 or greater")), 200, "", Qualifier::kAtLeast,
                 EntityType::kCardinal);
  ExpectQuantity(One(Find("50 or fewer people came")), 50, "people", Qualifier::kAtMost,
                 EntityType::kCardinal);
  ExpectQuantity(One(Find("more than 5000 or equal to it")), 5000, "", Qualifier::kAtLeast,
                 EntityType::kCardinal);
  ExpectQuantity(One(Find("x is equal to 20.")), 20, "", Qualifier::kExact, EntityType::kCardinal);
  const auto two_bounds = Find("The number is above 1000 and below 1500");
  const Quantity* q = One(two_bounds);
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->is_range);
  EXPECT_EQ(q->value, 1000);
  EXPECT_EQ(q->to, 1500);
  EXPECT_EQ(q->qualifier, Qualifier::kMoreThan);  // the lower bound is open
  const auto reversed = Find("at most 100 and at least 20 apples");
  q = One(reversed);
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->is_range);
  EXPECT_EQ(q->value, 20);
  EXPECT_EQ(q->to, 100);
  EXPECT_EQ(q->qualifier, Qualifier::kRange);
  EXPECT_EQ(q->unit, "apple");
  const auto through = Find("The number range is 20 through 100");
  q = One(through);
  ASSERT_NE(q, nullptr);
  EXPECT_TRUE(q->is_range);
  EXPECT_EQ(q->to, 100);
  // A change from a percentage to an amount is no range.
  const auto found = Find("revenue rose 4.8 % to $ 13.18 billion");
  ASSERT_EQ(found.size(), 2u);
  ExpectQuantity(&found[0], 4.8, "%", Qualifier::kExact, EntityType::kPercent);
  ExpectQuantity(&found[1], 13.18e9, "USD", Qualifier::kExact, EntityType::kMoney);
}

TEST_F(QuantityTest, FractionsWithOverOutOfIn) {
  ExpectQuantity(One(Find("1 over 3")), 1.0 / 3, "", Qualifier::kExact, EntityType::kCardinal);
  ExpectQuantity(One(Find("one out of three")), 1.0 / 3, "", Qualifier::kExact,
                 EntityType::kCardinal);
  ExpectQuantity(One(Find("1 in twenty-one")), 1.0 / 21, "", Qualifier::kExact,
                 EntityType::kCardinal);
  // "over" before a counted noun is a qualifier of its own quantity, not a fraction.
  EXPECT_EQ(Find("3 over 5 people").size(), 2u);
}

TEST_F(QuantityTest, UnitsWithoutDigitsAndCompounds) {
  ExpectQuantity(One(Find("a kilogram")), 1, "kg", Qualifier::kExact, EntityType::kQuantity);
  ExpectQuantity(One(Find("half a liter")), 0.5, "l", Qualifier::kExact, EntityType::kQuantity);
  ExpectQuantity(One(Find("thousand liters")), 1000, "l", Qualifier::kExact, EntityType::kQuantity);
  ExpectQuantity(One(Find("above a dollar and 42 cents")), 1.42, "USD", Qualifier::kMoreThan,
                 EntityType::kMoney);
  EXPECT_TRUE(Find("a real problem and a foot soldier").empty());
  EXPECT_TRUE(Find("it rained a bit in a yard").empty());
  EXPECT_TRUE(Find("the age-55 group").empty());
  ExpectQuantity(One(Find("over 5\"")), 5, "inch", Qualifier::kMoreThan, EntityType::kQuantity);
  ExpectQuantity(One(Find("above 5 in")), 5, "inch", Qualifier::kMoreThan, EntityType::kQuantity);
  EXPECT_EQ(One(Find("over 5 in the city"))->unit, "");
  ExpectQuantity(One(Find("he is 5'8\" tall")), 68, "inch", Qualifier::kExact,
                 EntityType::kQuantity);
  // A closing quote after a number is no unit.
  EXPECT_EQ(One(Find("he said \"we lost 5\" today"))->unit, "");
  EXPECT_NE(One(Find("over 90's hits"))->unit, "ft");
  ExpectQuantity(One(Find("he is 5 ft 2 in")), 62, "inch", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("10 kms, 8 meters and 6 cm")), 1000806, "cm", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("The weight is 20 (kg)")), 20, "kg", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("190 km2.")), 190, "km2", Qualifier::kExact, EntityType::kQuantity);
  EXPECT_EQ(Find("24703 m212")[0].unit, "");  // no metres inside a code
}

TEST_F(QuantityTest, MoneyForms) {
  ExpectQuantity(One(Find("They lost 75 USD million.")), 75e6, "USD", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("losses of 30 MUSD were reported")), 30e6, "USD", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("It costs 15 dollars 50.")), 15.5, "USD", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("20 ringgit and 43 sen")), 20.43, "MYR", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("USD115")), 115, "USD", Qualifier::kExact, EntityType::kMoney);
  // Cents need the amount to end there: "$20 and 43 people" is two quantities.
  EXPECT_EQ(Find("$20 and 43 people").size(), 2u);
  // A lower-case code before a number is a word: "try one more".
  for (const Quantity& q : Find("Let's try one last time")) EXPECT_NE(q.type, EntityType::kMoney);
  EXPECT_TRUE(Find("That one is really good").empty());
}

TEST_F(QuantityTest, ApproximateBoundsAndDashes) {
  // A bound after the number replaces "about", which leaves the span.
  const std::string text = "There're about five hundred or more in these products.";
  const auto found = Find(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].span.In(text), "five hundred or more");
  EXPECT_EQ(found[0].qualifier, Qualifier::kAtLeast);
  EXPECT_EQ(found[0].value, 500);
  // "how about" asks; it does not approximate.
  ExpectQuantity(One(Find("How about 2 in 5 or more")), 0.4, "", Qualifier::kAtLeast,
                 EntityType::kCardinal);
  const auto ordinal = Find("thirty\u2014first");
  ASSERT_EQ(ordinal.size(), 1u);
  EXPECT_EQ(ordinal[0].type, EntityType::kOrdinal);
  EXPECT_EQ(ordinal[0].value, 31);
  const auto from_and = Find("from 30 celsius and 40 celsius");
  ASSERT_EQ(from_and.size(), 1u);
  EXPECT_TRUE(from_and[0].is_range);
  EXPECT_EQ(from_and[0].value, 30);
  EXPECT_EQ(from_and[0].to, 40);
  EXPECT_EQ(from_and[0].unit, "C");
  ExpectQuantity(One(Find("malaysian ringgits 42")), 42, "MYR", Qualifier::kExact,
                 EntityType::kMoney);
}

TEST_F(QuantityTest, AgesSpeedsAndGluedForms) {
  std::string text = "She's 60 years old; she was born in May 8, 1945.";
  auto found = Find(text);
  const Quantity* age = At(found, text, "60 years old");
  ExpectQuantity(age, 60, "year", Qualifier::kExact, EntityType::kQuantity);
  text = "Now, after ninety five years of age, perspectives change.";
  found = Find(text);
  ExpectQuantity(At(found, text, "ninety five years of age"), 95, "year", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("a man of age 87")), 87, "year", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("50 meters per millisecond")), 50, "m/ms", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("50 km/ms")), 50, "km/ms", Qualifier::kExact, EntityType::kQuantity);
  ExpectQuantity(One(Find("10k$")), 1e4, "USD", Qualifier::kExact, EntityType::kMoney);
  ExpectQuantity(One(Find("3.14US$")), 3.14, "USD", Qualifier::kExact, EntityType::kMoney);
  ExpectQuantity(One(Find("when <-30")), -30, "", Qualifier::kLessThan, EntityType::kCardinal);
  ExpectQuantity(One(Find("1 k.g.")), 1, "kg", Qualifier::kExact, EntityType::kQuantity);
  ExpectQuantity(One(Find("1 k.gs")), 1, "kg", Qualifier::kExact, EntityType::kQuantity);
  ExpectQuantity(One(Find("it was 2.33 k.")), 2330, "", Qualifier::kExact, EntityType::kCardinal);
  const auto glued = Find("thirtyfirst");
  ASSERT_EQ(glued.size(), 1u);
  EXPECT_EQ(glued[0].type, EntityType::kOrdinal);
  EXPECT_EQ(glued[0].value, 31);
  double v = 0;
  ASSERT_TRUE(ParseNumber("twentyfive", &v));
  EXPECT_EQ(v, 25);
  EXPECT_FALSE(ParseNumber("twentyish", &v));
}

TEST_F(QuantityTest, SpaceGroupsCodesAndApproximateRanges) {
  ExpectQuantity(One(Find("China's population is 1 414 021 100.")), 1414021100, "",
                 Qualifier::kExact, EntityType::kCardinal);
  // One space-separated group is two numbers, not one.
  EXPECT_EQ(Find("5 100 people").size(), 2u);
  EXPECT_TRUE(Find("scp2-173m").empty());
  const std::string text = "These apples are about 20~100";
  const auto found = Find(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].span.In(text), "20~100");
  EXPECT_TRUE(found[0].is_range);
}

TEST_F(QuantityTest, CurrencyAfterANationality) {
  ExpectQuantity(One(Find("250 million dutch guilders of bonds")), 250e6, "NLG", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("5 million Zimbabwean dollars")), 5e6, "zimbabwean dollar",
                 Qualifier::kExact, EntityType::kMoney);
  // Other words before a currency keep it out of the quantity.
  EXPECT_EQ(One(Find("5 people paid dollars"))->unit, "people");
  ExpectQuantity(One(Find("It rained 20 millimetres")), 20, "mm", Qualifier::kExact,
                 EntityType::kQuantity);
}

TEST_F(QuantityTest, CurrencyScalesAndRepeatedSigns) {
  ExpectQuantity(One(Find("a €5m grant")), 5e6, "EUR", Qualifier::kExact, EntityType::kMoney);
  ExpectQuantity(One(Find("a £1bn hole")), 1e9, "GBP", Qualifier::kExact, EntityType::kMoney);
  ExpectQuantity(One(Find("C$ 10")), 10, "CAD", Qualifier::kExact, EntityType::kMoney);
  ExpectQuantity(One(Find("Rs. 500")), 500, "INR", Qualifier::kExact, EntityType::kMoney);
  const auto range = Find("$10-$20");
  ASSERT_EQ(range.size(), 1u);
  EXPECT_TRUE(range[0].is_range);
  EXPECT_EQ(range[0].value, 10);
  EXPECT_EQ(range[0].to, 20);
  EXPECT_EQ(range[0].unit, "USD");
  double v = 0;
  ASSERT_TRUE(ParseNumber("two and a half million", &v));
  EXPECT_EQ(v, 2.5e6);
}

TEST_F(QuantityTest, OrdinalsRelativeToTheEndOrTheCurrentItem) {
  // The unit says where the count starts, the value is the offset.
  const auto relative = [](std::string_view text, std::string_view surface) {
    const auto found = Find(text);
    const Quantity* q = At(found, text, surface);
    EXPECT_NE(q, nullptr) << text;
    if (q == nullptr) return std::string();
    EXPECT_EQ(q->type, EntityType::kOrdinal) << text;
    return q->unit + (q->value >= 0 ? "+" : "") + std::to_string(static_cast<int>(q->value));
  };
  EXPECT_EQ(relative("Pick the last but one card", "the last but one"), "end-1");
  EXPECT_EQ(relative("Pick the last but two cards", "the last but two"), "end-2");
  EXPECT_EQ(relative("Open the one before the last one please", "the one before the last one"),
            "end-1");
  EXPECT_EQ(relative("She came third to last", "third to last"), "end-2");
  EXPECT_EQ(relative("He finished the second from last", "the second from last"), "end-1");
  EXPECT_EQ(relative("He finished next to last", "next to last"), "end-1");
  EXPECT_EQ(relative("the penultimate stage", "penultimate"), "end-1");
  EXPECT_EQ(relative("Close the last tab", "last"), "end+0");
  EXPECT_EQ(relative("Skip to the next track", "next"), "current+1");
  EXPECT_EQ(relative("Undo the previous one", "previous one"), "current-1");
  EXPECT_EQ(relative("Keep the current draft", "current"), "current+0");
  // Not positions: the verb "last", "at last", compounds, "next to" a place, the noun.
  EXPECT_TRUE(Find("The talks will last long").empty());
  EXPECT_TRUE(Find("At last they agreed").empty());
  EXPECT_TRUE(Find("a last-minute deal").empty());
  EXPECT_TRUE(Find("He sat next to her").empty());
  EXPECT_TRUE(Find("swept away by the current.").empty());
}

TEST_F(QuantityTest, DecimalCommasAndEuropeanGroups) {
  double v = 0;
  ASSERT_TRUE(ParseNumber("2,5", &v));
  EXPECT_DOUBLE_EQ(v, 2.5);
  ASSERT_TRUE(ParseNumber("7.250,75", &v));
  EXPECT_DOUBLE_EQ(v, 7250.75);
  ASSERT_TRUE(ParseNumber("3.000.000,5", &v));
  EXPECT_DOUBLE_EQ(v, 3000000.5);
  ExpectQuantity(One(Find("It cost 4,99 euros.")), 4.99, "EUR", Qualifier::kExact,
                 EntityType::kMoney);
  // A list of small numbers stays a list; thousands groups stay thousands.
  EXPECT_EQ(Find("see rows 4,5,6").size(), 3u);
  ExpectQuantity(One(Find("about 2,500 people")), 2500, "people", Qualifier::kAbout,
                 EntityType::kCardinal);
}

TEST_F(QuantityTest, SpacedMinusAndSpeedsPerArticleTime) {
  // A minus set apart from a figure that is the whole text (a table cell).
  ExpectQuantity(One(Find("- 40")), -40, "", Qualifier::kExact, EntityType::kCardinal);
  ExpectQuantity(One(Find("- 3,400,000")), -3.4e6, "", Qualifier::kExact, EntityType::kCardinal);
  // Elsewhere it is a dash.
  const auto dash = Find("- 12 people were hurt");
  ASSERT_EQ(dash.size(), 1u);
  EXPECT_EQ(dash[0].value, 12);
  ExpectQuantity(One(Find("The storm moved at 40 miles an hour.")), 40, "mile/h", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("sound travels 343 metres a second")), 343, "m/s", Qualifier::kExact,
                 EntityType::kQuantity);
}

TEST_F(QuantityTest, TwoBoundsOnOrdinalsAreARangeOfPositions) {
  const std::string text = "She finished above the fifth but below the twelfth.";
  const auto found = Find(text);
  const Quantity* q = One(found);
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->span.In(text), "above the fifth but below the twelfth");
  EXPECT_EQ(q->type, EntityType::kOrdinal);
  EXPECT_TRUE(q->is_range);
  EXPECT_EQ(q->value, 5);
  EXPECT_EQ(q->to, 12);
  EXPECT_EQ(q->qualifier, Qualifier::kMoreThan);
  const auto both = Find("at most the 9th and at least the 3rd");
  const Quantity* closed = One(both);
  ASSERT_NE(closed, nullptr);
  EXPECT_EQ(closed->value, 3);
  EXPECT_EQ(closed->to, 9);
  EXPECT_EQ(closed->qualifier, Qualifier::kRange);
  // One bound on an ordinal is no quantity phrase: the ordinal stands alone.
  const std::string alone = "more than the second";
  const auto one_bound = Find(alone);
  const Quantity* o = One(one_bound);
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->span.In(alone), "second");
  EXPECT_FALSE(o->is_range);
}

TEST_F(QuantityTest, CentsAfterASignAndAlone) {
  ExpectQuantity(One(Find("a ticket was 7 € 45 cents")), 7.45, "EUR", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("5 $ 99 cent")), 5.99, "USD", Qualifier::kExact, EntityType::kMoney);
  // Without the cents the sign before the second figure is its own.
  const auto two = Find("5 $ 99");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[1].unit, "USD");
  ExpectQuantity(One(Find("a stamp for 25 c")), 25, "cent", Qualifier::kExact, EntityType::kMoney);
  EXPECT_EQ(One(Find("Grade 10 C"))->unit, "");
  ExpectQuantity(One(Find("it sold at 43c")), 43, "cent", Qualifier::kExact, EntityType::kMoney);
}

TEST_F(QuantityTest, CapitalCGluedIsCelsiusExceptInARate) {
  ExpectQuantity(One(Find("temperatures reached 41C on Sunday")), 41, "C", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("a dividend of 9C per share")), 9, "cent", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("earnings of 12.5C/share")), 12.5, "cent", Qualifier::kExact,
                 EntityType::kMoney);
  // After a name it is a model: "Boeing 737C".
  EXPECT_NE(One(Find("a Boeing 737C landed"))->unit, "C");
}

TEST_F(QuantityTest, CompoundMeasuresInEitherOrderWithAnd) {
  // A larger unit after "and" adds up too; the sum is in the smaller unit.
  ExpectQuantity(One(Find("3 miles and 2 km")), 6.828032, "km", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("40 cm and 2 m")), 240, "cm", Qualifier::kExact, EntityType::kQuantity);
  // Without "and", a larger unit after a smaller one is another measure.
  EXPECT_EQ(Find("40 cm 2 m").size(), 2u);
  // The same unit twice is a list.
  EXPECT_EQ(Find("5 km and 10 km").size(), 2u);
}

TEST_F(QuantityTest, DegreesOfArcAndDrachmas) {
  ExpectQuantity(One(Find("a 30 degrees angle")), 30, "arc degree", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("the car made a 90-degree turn")), 90, "arc degree", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("it was 30 degrees outside")), 30, "degree", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("a loaf cost 2,000 drachmas")), 2000, "GRD", Qualifier::kExact,
                 EntityType::kMoney);
}

TEST_F(QuantityTest, HyphenatedAgesAndHeights) {
  ExpectQuantity(One(Find("a 34-year-old driver was hurt")), 34, "year", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("a nine-month-old puppy")), 9, "month", Qualifier::kExact,
                 EntityType::kQuantity);
  // A duration before a noun is no age.
  EXPECT_TRUE(Find("a 10-year plan").empty());
  ExpectQuantity(One(Find("a 6-foot-9 centre")), 81, "inch", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("the seven-foot-one player")), 85, "inch", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("a 500-pound bomb")), 500, "lb", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("a 5 million-pound deal")), 5e6, "GBP", Qualifier::kExact,
                 EntityType::kMoney);
  // Only inches (under 12) follow the hyphen.
  EXPECT_EQ(Find("a 6-foot-15 wall")[0].unit, "ft");
}

TEST_F(QuantityTest, BelowZeroPoundsAndOuncesQuidAndDottedSquareUnits) {
  ExpectQuantity(One(Find("it fell to fifteen degrees below zero")), -15, "degree",
                 Qualifier::kExact, EntityType::kQuantity);
  ExpectQuantity(One(Find("a low of 8C below zero")), -8, "C", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("it was ten below zero")), -10, "degree", Qualifier::kExact,
                 EntityType::kQuantity);
  // A glued "F" is a model or a form far more often ("a 777F freighter", "file a 13F").
  EXPECT_NE(One(Find("a 777F freighter"))->unit, "F");
  ExpectQuantity(One(Find("the baby weighed 7 pounds 3 ounces")), 115, "oz", Qualifier::kExact,
                 EntityType::kQuantity);
  ExpectQuantity(One(Find("a ticket costs 7 pounds 30")), 7.3, "GBP", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("it cost him 40 quid")), 40, "GBP", Qualifier::kExact,
                 EntityType::kMoney);
  EXPECT_TRUE(Names("a quid pro quo").empty());
  ExpectQuantity(One(Find("a 900 sq. ft. flat")), 900, "ft2", Qualifier::kExact,
                 EntityType::kQuantity);
}

TEST_F(QuantityTest, AScaleOnlyOnTheUpperBoundScalesBoth) {
  const auto millions = Find("between 40 and 60 million euros");
  ASSERT_EQ(millions.size(), 1u);
  EXPECT_EQ(millions[0].value, 40e6);
  EXPECT_EQ(millions[0].to, 60e6);
  EXPECT_EQ(millions[0].unit, "EUR");
  const auto people = Find("two to three thousand people");
  ASSERT_EQ(people.size(), 1u);
  EXPECT_EQ(people[0].value, 2000);
  EXPECT_EQ(people[0].to, 3000);
  const auto dollars = Find("a $5-8 billion hole");
  ASSERT_EQ(dollars.size(), 1u);
  EXPECT_EQ(dollars[0].value, 5e9);
  EXPECT_EQ(dollars[0].to, 8e9);
  // A lower bound that would pass the upper one stays as written.
  const auto literal = Find("from 500 to 2 million");
  ASSERT_EQ(literal.size(), 1u);
  EXPECT_EQ(literal[0].value, 500);
  EXPECT_EQ(literal[0].to, 2e6);
  // A bound with its own scale keeps it.
  const auto own = Find("from 1 million to 3 million");
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].value, 1e6);
}

TEST_F(QuantityTest, WireScalesNewSignsAndVagueAmountsOfAUnit) {
  ExpectQuantity(One(Find("profit of 3.4 bln euros")), 3.4e9, "EUR", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("sales of 250 mln")), 2.5e8, "", Qualifier::kExact,
                 EntityType::kCardinal);
  ExpectQuantity(One(Find("a ₹700 crore project")), 7e9, "INR", Qualifier::kExact,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("it cost ₩60,000")), 60000, "KRW", Qualifier::kExact, EntityType::kMoney);
  ExpectQuantity(One(Find("they spent billions of dollars")), 1e9, "USD", Qualifier::kExact,
                 EntityType::kMoney, /*vague=*/true);
  ExpectQuantity(One(Find("thousands of tonnes of grain")), 1000, "t", Qualifier::kExact,
                 EntityType::kQuantity, /*vague=*/true);
  ExpectQuantity(One(Find("hundreds of pounds of cocaine")), 100, "lb", Qualifier::kExact,
                 EntityType::kQuantity, /*vague=*/true);
  // A measure after modifiers is no count ("a few more km"), and a name is no unit.
  EXPECT_EQ(One(Find("millions of Americans"))->unit, "american");
}

TEST_F(QuantityTest, ACoupleOfAScaleAndBasisPoints) {
  ExpectQuantity(One(Find("a couple of hundred protesters")), 200, "protester", Qualifier::kExact,
                 EntityType::kCardinal);
  ExpectQuantity(One(Find("a couple thousand")), 2000, "", Qualifier::kExact,
                 EntityType::kCardinal);
  ExpectQuantity(One(Find("a couple of drones")), 2, "drone", Qualifier::kExact,
                 EntityType::kCardinal);
  ExpectQuantity(One(Find("rates rose 50 basis points")), 50, "basis point", Qualifier::kExact,
                 EntityType::kPercent);
  ExpectQuantity(One(Find("a 25 bps cut")), 25, "basis point", Qualifier::kExact,
                 EntityType::kPercent);
  ExpectQuantity(One(Find("a 75bp hike")), 75, "basis point", Qualifier::kExact,
                 EntityType::kPercent);
}

TEST_F(QuantityTest, BoundsAfterTheUnit) {
  ExpectQuantity(One(Find("tickets at 30 dollars or less.")), 30, "USD", Qualifier::kAtMost,
                 EntityType::kMoney);
  ExpectQuantity(One(Find("groups of 50 people or more")), 50, "people", Qualifier::kAtLeast,
                 EntityType::kCardinal);
  ExpectQuantity(One(Find("drops of 5 km and above")), 5, "km", Qualifier::kAtLeast,
                 EntityType::kQuantity);
  // A list goes on after "and more".
  const std::string list = "50 tanks and more troops";
  const auto found = Find(list);
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].span.In(list), "50 tanks");
  EXPECT_EQ(found[0].qualifier, Qualifier::kExact);
}

TEST_F(QuantityTest, UnitsNamedWithNoAmount) {
  using V = std::vector<std::string>;
  EXPECT_EQ(Names("convert 20 celsius to fahrenheit"), V{"fahrenheit=F"});
  EXPECT_EQ(Names("convert 70 degrees fahrenheit to degrees celsius"), V{"degrees celsius=C"});
  EXPECT_EQ(Names("a multibillion-dollar deal"), V{"dollar=USD"});
  EXPECT_EQ(Names("paid with a $20 dollars note"), V{"dollars=USD"});
  EXPECT_EQ(Names("Only a small percent voted"), V{"percent=%"});
  EXPECT_EQ(Names("miligrams per kilogram of body weight"), V{"kilogram=kg"});
  // Not names: everyday words, codes, capitals, abbreviations, units with an amount.
  EXPECT_TRUE(Names("they went on foot to pound the table at the Cup").empty());
  EXPECT_TRUE(Names("The USD rose; a degree in law; 5 km; Dollar General").empty());
  EXPECT_TRUE(Names("it holds 5 litres").empty());
  // They are never quantities.
  EXPECT_TRUE(Find("convert celsius to fahrenheit").empty());
}

TEST(ParseNumberTest, FractionsWithCompoundDenominatorsAndDozensAfterAnd) {
  double v = 0;
  // The hyphen binds the tens to the ordinal: two hundred over forty-sixths.
  ASSERT_TRUE(ParseNumber("two hundred forty-sixths", &v));
  EXPECT_DOUBLE_EQ(v, 200.0 / 46);
  // Tokenised text spaces the hyphen: "eighty - six hundred thirds" is 8600/3.
  ASSERT_TRUE(ParseNumber("eighty - six hundred thirds", &v));
  EXPECT_DOUBLE_EQ(v, 8600.0 / 3);
  ASSERT_TRUE(ParseNumber("thirty - seven", &v));
  EXPECT_EQ(v, 37);
  // "one" over a compound ordinal: one two hundred and seventh.
  ASSERT_TRUE(ParseNumber("one two hundred and seventh", &v));
  EXPECT_DOUBLE_EQ(v, 1.0 / 207);
  // "and" marks the point, as a decimal is read aloud: 500.37.
  ASSERT_TRUE(ParseNumber("five hundred and thirty-seven hundredths", &v));
  EXPECT_DOUBLE_EQ(v, 500.37);
  ASSERT_TRUE(ParseNumber("five hundred thirty-seven hundredths", &v));
  EXPECT_DOUBLE_EQ(v, 5.37);
  // The dozen counts what follows "and".
  ASSERT_TRUE(ParseNumber("four hundred and three dozen", &v));
  EXPECT_EQ(v, 436);
  ASSERT_TRUE(ParseNumber("five dozen", &v));
  EXPECT_EQ(v, 60);
}

TEST(QuantityCreateTest, MissingDataDirIsAnError) {
  EXPECT_FALSE(QuantityRecognizer::Create("/nonexistent/claimscan-data").ok());
}

}  // namespace
}  // namespace claimscan
