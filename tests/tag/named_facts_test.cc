// Laws and named events: reference keys, the gazetteer entry a pattern mention joins, and
// definite descriptions ("this resolution") that stand for a law named just before.
#include <string>

#include "claimscan/tag.h"
#include "gtest/gtest.h"
#include "tag/named_facts.h"
#include "tag_test_util.h"

namespace claimscan {
namespace {

using tag_test::TagString;

TEST(FactKey, NumberedResolutionsAndDatedWars) {
  EXPECT_EQ(FactKey(EntityType::kLaw, "United Nations Security Council Resolution 2417"),
            "law:resolution:2417");
  EXPECT_EQ(FactKey(EntityType::kLaw, "U.N. resolution 2417"), "law:resolution:2417");
  EXPECT_EQ(FactKey(EntityType::kLaw, "Resolutions 242 and 338"), "");  // two laws
  EXPECT_EQ(FactKey(EntityType::kLaw, "the Patriot Act"), "");
  EXPECT_EQ(FactKey(EntityType::kEvent, "1973 Arab-Israeli war"), "event:war:1973");
  EXPECT_EQ(FactKey(EntityType::kEvent, "conflict between Ruritania and Zembla in 1911"),
            "event:war:1911");
  EXPECT_EQ(FactKey(EntityType::kEvent, "Third Zembla War"), "");  // no year
  EXPECT_EQ(FactKey(EntityType::kEvent, "1999 uprising"), "");     // not a war
  EXPECT_EQ(FactKey(EntityType::kLaw, "1973 war"), "");            // types keep their keys
}

const Entity* EntityAt(std::string_view text, const TagResult& r, std::string_view surface) {
  const size_t at = text.find(surface);
  for (const Mention& m : r.mentions) {
    if (m.span.begin == at && m.span.size() == surface.size() && m.entity >= 0) {
      return &r.entities[m.entity];
    }
  }
  return nullptr;
}

TEST(NamedFacts, OneResolutionHoweverWorded) {
  const std::string text =
      "Diplomats cited United Nations Security Council Resolution 2334. Critics of U.N. "
      "resolution 2334 disagreed. Resolution 9901 was new, and UN Security Council Resolution "
      "9901 was debated.";
  const TagResult r = TagString(text);
  const Entity* full = EntityAt(text, r, "United Nations Security Council Resolution 2334");
  const Entity* lower = EntityAt(text, r, "U.N. resolution 2334");
  ASSERT_NE(full, nullptr);
  ASSERT_NE(lower, nullptr);
  EXPECT_EQ(full, lower);
  EXPECT_EQ(full->type, EntityType::kLaw);
  // The default gazetteer lists 2334: the mention takes its id and name.
  EXPECT_EQ(full->key, "gaz:res2334");
  // A resolution no gazetteer lists: its key joins its wordings here and in other articles.
  const Entity* unlisted = EntityAt(text, r, "UN Security Council Resolution 9901");
  ASSERT_NE(unlisted, nullptr);
  EXPECT_EQ(unlisted->key, "law:resolution:9901");
  EXPECT_EQ(EntityAt(text, r, "Resolution 9901"), unlisted);
}

TEST(NamedFacts, AWarByItsYearAndParties) {
  const std::string text =
      "Veterans of the 1911 Ruritania-Zembla war met. The conflict between Ruritania and Zembla "
      "in 1911 ended in a treaty. The 1914 war was another.";
  const TagResult r = TagString(text);
  const Entity* a = EntityAt(text, r, "1911 Ruritania-Zembla war");
  const Entity* b = EntityAt(text, r, "conflict between Ruritania and Zembla in 1911");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a, b);
  EXPECT_EQ(a->type, EntityType::kEvent);
  EXPECT_EQ(a->key, "event:war:1911:ruritania+zembla");
  const Entity* other = EntityAt(text, r, "1914 war");
  ASSERT_NE(other, nullptr);
  EXPECT_NE(other, a);
}

TEST(FactParties, CapitalisedNamesOtherThanTheKind) {
  EXPECT_EQ(FactParties("2006 Hezbollah-Israel war"),
            (std::vector<std::string>{"hezbollah", "israel"}));
  EXPECT_EQ(FactParties("conflict between Hezbollah and Israel in 2006"),
            (std::vector<std::string>{"hezbollah", "israel"}));
  EXPECT_TRUE(FactParties("Second World War").empty());
}

TEST(NamedFacts, AWarOfOtherPartiesInTheSameYearIsAnotherWar) {
  // The default gazetteer's 2023 war is the Israel-Hamas war.
  const std::string text =
      "Aid agencies fled the 2023 Sudan war. The 2023 Israel-Hamas war "
      "spread. The 2023 Israeli-Palestinian conflict went on.";
  const TagResult r = TagString(text);
  const Entity* sudan = EntityAt(text, r, "2023 Sudan war");
  const Entity* gaza = EntityAt(text, r, "2023 Israel-Hamas war");
  const Entity* stems = EntityAt(text, r, "2023 Israeli-Palestinian conflict");
  ASSERT_NE(sudan, nullptr);
  ASSERT_NE(gaza, nullptr);
  ASSERT_NE(stems, nullptr);
  EXPECT_EQ(sudan->key, "event:war:2023:sudan");
  EXPECT_EQ(gaza->key, "gaz:gaza_war");
  EXPECT_EQ(stems, gaza);  // "Israeli" = Israel, "Palestinian" listed among its parties
}

TEST(NamedFacts, AGazetteerWarJoinsByTheYearItsEntryGives) {
  // "Russia-Ukraine war" (year=2022) in the default gazetteer.
  const std::string text = "Analysts compared the 2022 Russia-Ukraine conflict with others.";
  const TagResult r = TagString(text);
  const Entity* e = EntityAt(text, r, "2022 Russia-Ukraine conflict");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->key, "gaz:ukraine_war");
}

TEST(NamedFacts, ThisResolutionStandsForTheLawNamedJustBefore) {
  const std::string text =
      "The council passed Resolution 9902 on Monday. This resolution demands a truce. Later, "
      "the resolution was ignored.";
  const TagResult r = TagString(text);
  const Entity* law = EntityAt(text, r, "Resolution 9902");
  ASSERT_NE(law, nullptr);
  EXPECT_EQ(EntityAt(text, r, "This resolution"), law);
  EXPECT_EQ(EntityAt(text, r, "the resolution"), law);
}

TEST(NamedFacts, ADescriptionWithNoLawBeforeItIsNoMention) {
  const std::string text =
      "This resolution was long awaited. The treaty of friendship came later. Resolution 9903 "
      "passed; the treaty was not mentioned in it.";
  const TagResult r = TagString(text);
  for (const Mention& m : r.mentions) {
    const std::string_view s = m.span.In(text);
    EXPECT_NE(s, "This resolution");
    EXPECT_NE(s, "The treaty");
    EXPECT_NE(s, "the treaty");  // the law before it is no treaty
  }
}

}  // namespace
}  // namespace claimscan
