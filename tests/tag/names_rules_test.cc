// Unseen-name and resolver rules, one test a rule: span boundaries (titles, followers, joins
// through "and", "at" and "of"), crafts, designations, agencies named after their country,
// newspapers, and countries acting as teams.
#include <string>
#include <string_view>

#include "claimscan/tag.h"
#include "gtest/gtest.h"
#include "tag_test_util.h"

namespace claimscan {
namespace {

using tag_test::SharedTagger;
using tag_test::TagString;
using tag_test::TypeOf;

// Every mention's surface and type, "Sweden:ORG", in text order (names only).
std::string Names(std::string_view text, const TagResult& r) {
  std::string out;
  for (const Mention& m : r.mentions) {
    const std::string_view type = EntityTypeName(m.type);
    if (type == "DATE" || type == "TIME" || type == "CARDINAL" || type == "QUANTITY" ||
        type == "ORDINAL") {
      continue;
    }
    if (!out.empty()) out += " ";
    out += std::string(m.span.In(text)) + ":" + std::string(type);
  }
  return out;
}

TEST(NamesRules, CraftsAreNoMentionsAndTheirBareNamesNeither) {
  const std::string text =
      "On April 12, 1981, Space Shuttle Columbia lifted off from Florida. Columbia was lost in "
      "2003. She was moved to the cruise ship, Freewinds. On board the Freewinds she worked. "
      "The vessel HMC Searcher sailed.";
  TagResult r = TagString(text);
  EXPECT_EQ(Names(text, r), "Florida:GPE");
}

TEST(NamesRules, DesignationsNumeralsAndAbbreviationsAreNoNames) {
  const std::string text =
      "The last mission, STS-135, follows STS-134. As of 15:11 GMT the site was back. He called "
      "it part XVII. Children lose 15 IQ points. So far, it's the Internet: 1, Scientology: 0.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "STS-135"), "none");
  EXPECT_EQ(TypeOf(text, r, "STS-134"), "none");
  EXPECT_EQ(TypeOf(text, r, "GMT"), "none");
  EXPECT_EQ(TypeOf(text, r, "XVII"), "none");
  EXPECT_EQ(TypeOf(text, r, "IQ"), "none");
  EXPECT_EQ(TypeOf(text, r, "Internet"), "none");
}

TEST(NamesRules, ACreditLineOfNamesIsNoHeadline) {
  const std::string text = "Image: NASA Bill Ingalls.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Bill Ingalls"), "PERSON");
  EXPECT_EQ(TypeOf(text, r, "NASA Bill Ingalls"), "none");
}

TEST(NamesRules, FollowersAndEmployersBeforeANameAreCutOff) {
  const std::string text =
      "It removed a video featuring Scientologist Tom Cruise from the site. After the leak, CEO "
      "of the Refugee Council Enver Solomon told reporters it was wrong.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Tom Cruise"), "PERSON");
  EXPECT_EQ(TypeOf(text, r, "Refugee Council"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "Enver Solomon"), "PERSON");
}

TEST(NamesRules, ADomainWordBeforeACountryNamesAnAgency) {
  const std::string text =
      "Environment Canada spokesperson Julie Hahn said so. A sensitive Environment Canada "
      "document was found. Lydia Buchtmann for Food Standards Australia New Zealand, says they "
      "agree. Health Minister Tony Clement was in Canada.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Environment Canada"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "Food Standards Australia New Zealand"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "Canada"), "GPE");
}

TEST(NamesRules, NewspapersNamedAfterTheirCity) {
  const std::string text = "\"Report found on street\" — Toronto Star, August 15, 2008.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Toronto Star"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "Toronto"), "none");
}

TEST(NamesRules, DomainWordsAfterAConnectorAndBeforeARole) {
  const std::string text =
      "The U.S. Department of Agriculture notes that ozone harms crops. Maxime Bernier resigned "
      "as Foreign Affairs minister.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "U.S. Department of Agriculture"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "Affairs"), "none");
  EXPECT_EQ(TypeOf(text, r, "Foreign Affairs"), "none");
}

TEST(NamesRules, TwoNamesJoinedByAndAtOrOfTheCountryStayTwo) {
  const std::string text =
      "A team from the Massachusetts Institute of Technology and Colorado State University of "
      "the US and the University of Sheffield of the UK studied ozone. The Tang Teaching Museum "
      "and Art Gallery at Skidmore College and the Weatherspoon Art Museum at the University of "
      "North Carolina at Greensboro showed them.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Massachusetts Institute of Technology"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "Colorado State University"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "University of Sheffield"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "US"), "GPE");
  EXPECT_EQ(TypeOf(text, r, "Tang Teaching Museum and Art Gallery"), "FAC");
  EXPECT_EQ(TypeOf(text, r, "Skidmore College"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "Weatherspoon Art Museum"), "FAC");
  EXPECT_EQ(TypeOf(text, r, "University of North Carolina at Greensboro"), "ORG");
}

TEST(NamesRules, APersonOfAnOrganisationIsTwoNames) {
  const std::string text = "It shows publishers Jann Wenner of Rolling Stone Magazine and others.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Rolling Stone Magazine"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "Jann Wenner of Rolling Stone Magazine"), "none");
}

TEST(NamesRules, ContinentsAndGivenNamesBeforeAPlaceWord) {
  const std::string text =
      "Categories: Canada Published North America Politics. It shows musician Nick Rhodes of "
      "the band.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "North America"), "LOC");
  EXPECT_EQ(TypeOf(text, r, "Nick Rhodes"), "PERSON");
}

TEST(NamesRules, CountriesInResultLinesAreTeamsAndARegionWordJoinsItsCountry) {
  const std::string text =
      "Group G — Belgium 3 – 0 Panama\n\nBelgium faced Panama in Sochi. Sweden faced South "
      "Korea on Monday. Korea substituted a player. Fans of Korea sang.";
  TagResult r = TagString(text);
  EXPECT_EQ(Names(text, r),
            "Belgium:ORG Panama:ORG Belgium:ORG Panama:ORG Sochi:GPE Sweden:ORG South Korea:ORG "
            "Korea:ORG Korea:ORG");
  // "Korea" is the country named before, not the peninsula.
  int32_t south = -1;
  for (const Mention& m : r.mentions) {
    const std::string_view s = m.span.In(text);
    if (s == "South Korea") south = m.entity;
    if (s == "Korea") {
      EXPECT_EQ(m.entity, south);
    }
  }
}

TEST(NamesRules, ACountryQualifyingANameIsNoActor) {
  const std::string text = "The University of Sheffield of the UK has analysed the data.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "UK"), "GPE");
}

TEST(NamesRules, TheArticleIsNoPartOfAGazetteerOrganisation) {
  const std::string text = "The Guardian cited examples of complicated questions.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Guardian"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "The Guardian"), "none");
}

TEST(NamesRules, GuessedPersonsLendTheirSurnameToGuesses) {
  const std::string text =
      "Belgium started with Romelu Lukaku, Yannick Carrasco, and Dries Mertens up front. In the "
      "second half, Dries Mertens scored from a volley. Six minutes later, Lukaku scored again.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Dries Mertens"), "PERSON");
  EXPECT_EQ(TypeOf(text, r, "Lukaku"), "PERSON");
  int32_t full = -1;
  for (const Mention& m : r.mentions) {
    if (m.span.In(text) == "Romelu Lukaku") full = m.entity;
    if (m.span.In(text) == "Lukaku") {
      EXPECT_EQ(m.entity, full);
    }
  }
}

TEST(NamesRules, ASurnameBeforeUnknownWordsIsThePerson) {
  const std::string text =
      "Andy Warhol took the pictures. Portraits are amongst the Warhol Polaroids donated to the "
      "school.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Warhol"), "PERSON");
  EXPECT_EQ(TypeOf(text, r, "Warhol Polaroids"), "none");
}

TEST(NamesRules, GuessesListedWithAPersonArePersons) {
  const std::string text =
      "Some 2,000 Greeks worship the ancient gods, such as Zeus, Hera, Poseidon, Aphrodite, and "
      "Athena.";
  TagResult r = TagString(text);
  for (std::string_view god : {"Zeus", "Hera", "Poseidon", "Aphrodite", "Athena"}) {
    EXPECT_EQ(TypeOf(text, r, god), "PERSON") << god;
  }
}

TEST(NamesRules, PlacesNamedAfterPersonsAndMuseumsOfSomething) {
  const std::string text =
      "Crowds filled the Chiang Kai Shek Memorial Hall Station. A trainer goes to the National "
      "Museum of the U.S. Air Force in Ohio.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Chiang Kai Shek Memorial Hall Station"), "FAC");
  EXPECT_EQ(TypeOf(text, r, "National Museum of the U.S. Air Force"), "FAC");
}

TEST(NamesRules, ThePluralNationalityOfATeamIsTheTeam) {
  const std::string text =
      "Belgium defeated Panama 3 – 0. Belgium scored twice, putting the Belgians in the lead. "
      "Belgians living abroad cheered.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Belgians"), "ORG");
}

TEST(NamesRules, ABuildingWordWithAPurposeIsAnOrganisation) {
  const std::string text =
      "Creswell Eastman, the chairman of the Australian Centre for Control of Iodine Deficiency "
      "Disorders, says it is crucial.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Australian Centre for Control of Iodine Deficiency Disorders"), "ORG");
}

TEST(NamesRules, DictionaryWordsAfterAPlaceCueAreNoPlace) {
  const std::string text = "Columbia lifts off from Launch Pad 39A at the Kennedy Space Center.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Launch Pad"), "none");
}

TEST(NamesRules, APlaceWordOpeningANameTypesIt) {
  const std::string text =
      "They climbed Mount Kilimanjaro, swam in Lake Tanganyika and prayed at the Masjid "
      "Al-Haram. Saudi officials were there.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Mount Kilimanjaro"), "LOC");
  EXPECT_EQ(TypeOf(text, r, "Lake Tanganyika"), "LOC");
  EXPECT_EQ(TypeOf(text, r, "Masjid Al-Haram"), "FAC");
  EXPECT_EQ(TypeOf(text, r, "Saudi"), "NORP");
}

}  // namespace
}  // namespace claimscan
