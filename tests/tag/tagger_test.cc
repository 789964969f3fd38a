// Tagger: every person, organisation and place a careful reader marks in the bundled example
// articles, small texts in other styles, resolver and linking rules, limits and threads.
#include <dirent.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "claimscan/tag.h"
#include "common/file.h"
#include "gtest/gtest.h"
#include "tag_test_util.h"

namespace claimscan {
namespace {

using tag_test::SharedTagger;
using tag_test::TagString;
using tag_test::TypeOf;

struct Doc {
  std::string name;
  std::string text;
  TagResult result;
};

std::vector<Doc> TagExamples(const Tagger& tagger) {
  std::vector<std::string> names;
  if (DIR* d = opendir(CLAIMSCAN_TEST_EXAMPLES_DIR)) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 4 && n.substr(n.size() - 4) == ".txt") names.push_back(n);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  std::vector<Doc> docs;
  auto scratch = tagger.NewScratch();
  for (const std::string& n : names) {
    Doc doc;
    doc.name = n;
    auto text = ReadFile(JoinPath(CLAIMSCAN_TEST_EXAMPLES_DIR, n));
    EXPECT_TRUE(text.ok()) << text.status();
    doc.text = *text;
    absl::Status st = tagger.TagText(doc.text, Span{0, static_cast<uint32_t>(doc.text.size())},
                                     nullptr, scratch.get(), &doc.result);
    EXPECT_TRUE(st.ok()) << st;
    docs.push_back(std::move(doc));
  }
  return docs;
}

const std::vector<Doc>& Examples() {
  static const std::vector<Doc>* docs = new std::vector<Doc>(TagExamples(SharedTagger()));
  return *docs;
}

// Mentions whose span is exactly `surface`, over all example articles.
std::vector<std::pair<const Doc*, const Mention*>> Find(std::string_view surface) {
  std::vector<std::pair<const Doc*, const Mention*>> found;
  for (const Doc& d : Examples()) {
    for (const Mention& m : d.result.mentions) {
      if (m.span.In(d.text) == surface) found.emplace_back(&d, &m);
    }
  }
  return found;
}

TEST(TaggerExamples, FiveArticlesAreTagged) { EXPECT_EQ(Examples().size(), 5u); }

TEST(TaggerExamples, FindsEveryNamedEntityWithItsType) {
  const std::pair<const char*, EntityType> expected[] = {
      {"Amos Hochstein", EntityType::kPerson},
      {"David Mencer", EntityType::kPerson},
      {"Michael Herzog", EntityType::kPerson},
      {"Itamar Ben-Gavir", EntityType::kPerson},
      {"Benjamin Netanyahu", EntityType::kPerson},
      {"Hassan Nasrallah", EntityType::kPerson},
      {"Naim Qassem", EntityType::kPerson},
      {"Hashem Safieddine", EntityType::kPerson},
      {"Lloyd Austin", EntityType::kPerson},
      {"Yoav Gallant", EntityType::kPerson},
      {"Najib Mikati", EntityType::kPerson},
      {"Nabih Berri", EntityType::kPerson},
      {"Yahya Sinwar", EntityType::kPerson},
      {"Amal Shehadeh", EntityType::kPerson},
      {"Yasmine Jaroudi", EntityType::kPerson},
      {"Hochstein", EntityType::kPerson},
      {"Qassem", EntityType::kPerson},
      {"Hezbollah", EntityType::kOrg},
      {"IDF", EntityType::kOrg},
      {"Israel Defense Forces", EntityType::kOrg},
      {"Reuters", EntityType::kOrg},
      {"Axios", EntityType::kOrg},
      {"UNIFIL", EntityType::kOrg},
      {"Hamas", EntityType::kOrg},
      {"Al-Qard Al-Hassan Association", EntityType::kOrg},
      {"Israel", EntityType::kGpe},
      {"Lebanon", EntityType::kGpe},
      {"Beirut", EntityType::kGpe},
      {"Tel Aviv", EntityType::kGpe},
      {"Nahariyya", EntityType::kGpe},
      {"Tira", EntityType::kGpe},
      {"Kyiv", EntityType::kGpe},
      {"Gaza", EntityType::kGpe},
      {"Syria", EntityType::kGpe},
      {"Iran", EntityType::kGpe},
      {"Litani River", EntityType::kLoc},
      {"Bekaa Valley", EntityType::kLoc},
      {"Israeli", EntityType::kNorp},
      {"Lebanese", EntityType::kNorp},
      {"Iranian", EntityType::kNorp},
      {"Resolution 1701", EntityType::kLaw},
      {"Second Lebanon War", EntityType::kEvent},
  };
  for (const auto& [surface, type] : expected) {
    auto found = Find(surface);
    ASSERT_FALSE(found.empty()) << surface << " not found";
    int exact = 0;
    for (const auto& [doc, m] : found) {
      // A country acting ("Israel has intensified its airstrikes") is an ORG mention of the
      // country: the government, as GUM annotates it; its entity stays GPE.
      const bool acting_country = type == EntityType::kGpe && m->type == EntityType::kOrg &&
                                  m->entity >= 0 &&
                                  doc->result.entities[m->entity].type == EntityType::kGpe;
      if (m->type == type) ++exact;
      EXPECT_TRUE(m->type == type || acting_country)
          << surface << " typed " << EntityTypeName(m->type) << " in " << doc->name;
    }
    EXPECT_GT(exact, 0) << surface;
  }
}

TEST(TaggerExamples, PlacesWhoseKindIsOpenAreSomePlace) {
  // Districts, bays and neighbourhoods: GPE or LOC are both fair readings.
  for (const char* surface : {"Haifa Bay", "Dahiya", "Chiyah"}) {
    auto found = Find(surface);
    ASSERT_FALSE(found.empty()) << surface << " not found";
    for (const auto& [doc, m] : found) {
      EXPECT_TRUE(m->type == EntityType::kGpe || m->type == EntityType::kLoc ||
                  m->type == EntityType::kFac)
          << surface << " typed " << EntityTypeName(m->type) << " in " << doc->name;
    }
  }
}

TEST(TaggerExamples, UnSecurityCouldBeTheCouncilOrItsResolution) {
  bool council = false;
  for (const Doc& d : Examples()) {
    for (const Mention& m : d.result.mentions) {
      std::string_view s = m.span.In(d.text);
      if (s.find("Security Council") != std::string_view::npos) {
        council = true;
        EXPECT_TRUE(m.type == EntityType::kOrg || m.type == EntityType::kLaw) << s;
      }
    }
  }
  EXPECT_TRUE(council);
}

TEST(TaggerExamples, MentionsAreSortedDisjointAndLinked) {
  for (const Doc& d : Examples()) {
    const TagResult& r = d.result;
    ASSERT_FALSE(r.mentions.empty()) << d.name;
    for (size_t i = 0; i < r.mentions.size(); ++i) {
      const Mention& m = r.mentions[i];
      EXPECT_LT(m.span.begin, m.span.end);
      EXPECT_LE(m.span.end, d.text.size());
      EXPECT_GE(m.score, 0.f);
      EXPECT_LE(m.score, 1.f);
      if (i > 0) {
        EXPECT_LE(r.mentions[i - 1].span.end, m.span.begin) << d.name;
      }
      if (m.entity >= 0) {
        ASSERT_LT(static_cast<size_t>(m.entity), r.entities.size());
        const auto& ms = r.entities[m.entity].mentions;
        EXPECT_NE(std::find(ms.begin(), ms.end(), i), ms.end());
        // A country named as an actor is an ORG mention of a GPE entity.
        const EntityType et = r.entities[m.entity].type;
        EXPECT_TRUE(et == m.type || (et == EntityType::kGpe && m.type == EntityType::kOrg))
            << m.span.In(d.text);
      }
    }
    for (const Entity& e : r.entities) {
      EXPECT_FALSE(e.key.empty());
      EXPECT_FALSE(e.canonical.empty());
      EXPECT_FALSE(e.mentions.empty());
    }
  }
}

TEST(TaggerExamples, PartialNamesAndAcronymsLinkWithinAnArticle) {
  for (const Doc& d : Examples()) {
    const TagResult& r = d.result;
    int32_t full = -1;
    for (const Mention& m : r.mentions) {
      if (m.span.In(d.text) == "Amos Hochstein") full = m.entity;
    }
    if (full < 0) continue;
    for (const Mention& m : r.mentions) {
      if (m.span.In(d.text) == "Hochstein") {
        EXPECT_EQ(m.entity, full) << d.name;
      }
    }
  }
  // "Israel Defense Forces (IDF)": one entity.
  for (const Doc& d : Examples()) {
    int32_t idf = -1, expansion = -1;
    for (const Mention& m : d.result.mentions) {
      if (m.span.In(d.text) == "IDF") idf = m.entity;
      if (m.span.In(d.text) == "Israel Defense Forces") expansion = m.entity;
    }
    if (idf >= 0 && expansion >= 0) {
      EXPECT_EQ(idf, expansion) << d.name;
    }
  }
}

TEST(TaggerExamples, NumbersAndDatesAreReported) {
  size_t quantities = 0, dates = 0;
  for (const Doc& d : Examples()) {
    quantities += d.result.quantities.size();
    dates += d.result.dates.size();
    for (const Mention& m : d.result.mentions) {
      if (m.type == EntityType::kDate || m.type == EntityType::kCardinal) {
        EXPECT_EQ(m.entity, -1);
        EXPECT_EQ(m.recogniser, Recogniser::kPattern);
      }
    }
  }
  EXPECT_GT(quantities, 5u);
  EXPECT_GT(dates, 5u);
}

TEST(TaggerText, UnseenNamesFromTitlesCuesAndGivenNames) {
  const std::string text =
      "Finance Minister Kwame Adjeyoh said the plan would pass. \"It is fair,\" Adjeyoh told "
      "reporters in Tamale. The opposition spokesman Ebo Nkansah-Mensah disagreed. Later, Dr. "
      "Efua Sutherland of the Ghana Cocoa Board added that the Tamale Farmers Association "
      "would be consulted.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "Kwame Adjeyoh"), "PERSON");
  EXPECT_EQ(TypeOf(text, r, "Adjeyoh"), "PERSON");
  EXPECT_EQ(TypeOf(text, r, "Ebo Nkansah-Mensah"), "PERSON");
  EXPECT_EQ(TypeOf(text, r, "Efua Sutherland"), "PERSON");
  EXPECT_EQ(TypeOf(text, r, "Ghana Cocoa Board"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "Tamale Farmers Association"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "Finance Minister Kwame Adjeyoh"), "none");
  // The partial name joins the full one.
  int32_t full = -1, partial = -1;
  for (const Mention& m : r.mentions) {
    if (m.span.In(text) == "Kwame Adjeyoh") full = m.entity;
    if (m.span.In(text) == "Adjeyoh") {
      partial = m.entity;
      EXPECT_EQ(m.recogniser, Recogniser::kAlias);
    }
  }
  ASSERT_GE(full, 0);
  EXPECT_EQ(partial, full);
  EXPECT_EQ(r.entities[full].key, "name:kwame_adjeyoh");
}

TEST(TaggerText, SentenceInitialCommonWordsAndHeadingsAreNotNames) {
  const std::string text =
      "MARKETS RALLY AFTER VOTE\n"
      "Unconfirmed reports said prices rose. Police closed the road. However, Marta Kowalczyk "
      "disagreed.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "MARKETS RALLY AFTER VOTE"), "none");
  EXPECT_EQ(TypeOf(text, r, "MARKETS"), "none");
  EXPECT_EQ(TypeOf(text, r, "Unconfirmed"), "none");
  EXPECT_EQ(TypeOf(text, r, "Police"), "none");
  EXPECT_EQ(TypeOf(text, r, "However"), "none");
  EXPECT_EQ(TypeOf(text, r, "Marta Kowalczyk"), "PERSON");
}

TEST(TaggerText, StructuredOrganisationAndPlaceNames) {
  const std::string text =
      "She studied at the University of Northern Zembla before joining the Joint Council for "
      "the Welfare of Immigrants. The Korean People's Army moved troops to the Zembla River. "
      "Flights left Qorvath International Airport.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "University of Northern Zembla"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "Joint Council for the Welfare of Immigrants"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "Korean People's Army"), "ORG");
  EXPECT_EQ(TypeOf(text, r, "Zembla River"), "LOC");
  EXPECT_EQ(TypeOf(text, r, "Qorvath International Airport"), "FAC");
}

TEST(TaggerText, ACountryActingIsAnOrgMentionOfTheCountry) {
  const std::string text =
      "Sweden defeated Panama in Moscow. Fans in Sweden cheered a goal for Panama.";
  TagResult r = TagString(text);
  std::vector<std::string> types;
  for (const Mention& m : r.mentions) {
    types.push_back(std::string(m.span.In(text)) + ":" + std::string(EntityTypeName(m.type)));
  }
  // Both teams act in "Sweden defeated Panama"; "in Sweden" is the place.
  EXPECT_EQ(types, (std::vector<std::string>{"Sweden:ORG", "Panama:ORG", "Moscow:GPE", "Sweden:GPE",
                                             "Panama:ORG"}));
  // Both Swedens are one entity, the country.
  ASSERT_EQ(r.mentions.size(), 5u);
  EXPECT_EQ(r.mentions[0].entity, r.mentions[3].entity);
  EXPECT_EQ(r.entities[r.mentions[0].entity].type, EntityType::kGpe);
}

TEST(TaggerText, LawAndEventPatterns) {
  const std::string text =
      "The ceasefire rests on UN Security Council Resolution 1559 and Article 51. Veterans of "
      "World War II and of the 1973 war recalled the Third Zembla War.";
  TagResult r = TagString(text);
  EXPECT_EQ(TypeOf(text, r, "UN Security Council Resolution 1559"), "LAW");
  EXPECT_EQ(TypeOf(text, r, "Article 51"), "LAW");
  EXPECT_EQ(TypeOf(text, r, "World War II"), "EVENT");
  EXPECT_EQ(TypeOf(text, r, "1973 war"), "EVENT");
  EXPECT_EQ(TypeOf(text, r, "Third Zembla War"), "EVENT");
}

TEST(TaggerText, EmptyAndOutOfRangeInput) {
  TagResult r = TagString("");
  EXPECT_TRUE(r.mentions.empty());
  EXPECT_TRUE(r.entities.empty());
  auto scratch = SharedTagger().NewScratch();
  std::string text = "Hello";
  absl::Status st = SharedTagger().TagText(text, Span{0, 99}, nullptr, scratch.get(), &r);
  EXPECT_EQ(st.code(), absl::StatusCode::kOutOfRange);
  st = SharedTagger().TagText(text, Span{0, 5}, nullptr, nullptr, &r);
  EXPECT_EQ(st.code(), absl::StatusCode::kInvalidArgument);
}

TEST(TaggerArticle, TagUsesTitleBylineAndParagraphsAndTheArticleDates) {
  Article a;
  a.text = "Talks resume\nReport by Amal Shehadeh\nHezbollah fired rockets at Haifa on Monday.";
  a.original = a.text;
  a.title = {0, 12};
  a.byline = {13, 36};
  a.paragraphs = {{37, static_cast<uint32_t>(a.text.size())}};
  TemporalMention monday;
  monday.span = {static_cast<uint32_t>(a.text.find("Monday")),
                 static_cast<uint32_t>(a.text.find("Monday") + 6)};
  monday.value = "XXXX-XX-XX";
  a.dates.push_back(monday);
  auto scratch = SharedTagger().NewScratch();
  TagResult r;
  ASSERT_TRUE(SharedTagger().Tag(a, scratch.get(), &r).ok());
  EXPECT_EQ(TypeOf(a.text, r, "Amal Shehadeh"), "PERSON");
  EXPECT_EQ(TypeOf(a.text, r, "Hezbollah"), "ORG");
  EXPECT_EQ(TypeOf(a.text, r, "Haifa"), "GPE");
  EXPECT_EQ(TypeOf(a.text, r, "Monday"), "DATE");
  ASSERT_EQ(r.dates.size(), 1u);
  EXPECT_EQ(r.dates[0].span, monday.span);
}

TEST(TaggerOptionsTest, EntityLimitIsResourceExhausted) {
  TaggerOptions options;
  options.data_dir = CLAIMSCAN_TEST_DATA_DIR;
  options.max_entities_per_document = 2;
  auto tagger = Tagger::Create(options);
  ASSERT_TRUE(tagger.ok()) << tagger.status();
  const std::string text = "Hezbollah, Hamas and Reuters met in Beirut.";
  TagResult r;
  auto scratch = (*tagger)->NewScratch();
  absl::Status st = (*tagger)->TagText(text, Span{0, static_cast<uint32_t>(text.size())}, nullptr,
                                       scratch.get(), &r);
  EXPECT_EQ(st.code(), absl::StatusCode::kResourceExhausted) << st;
}

TEST(TaggerOptionsTest, MissingDataDirIsAnError) {
  EXPECT_EQ(Tagger::Create(TaggerOptions{}).status().code(), absl::StatusCode::kInvalidArgument);
  TaggerOptions options;
  options.data_dir = "/nonexistent/claimscan-data";
  EXPECT_FALSE(Tagger::Create(options).ok());
}

TEST(TaggerOptionsTest, UserGazetteerAddsNames) {
  const std::string path = ::testing::TempDir() + "/tagger_test_watchlist.tsv";
  {
    FILE* f = std::fopen(path.c_str(), "w");
    ASSERT_NE(f, nullptr);
    std::fputs("watch:zorblax\tORG\tZorblax Dynamics\tZDX\n", f);
    std::fclose(f);
  }
  TaggerOptions options;
  options.data_dir = CLAIMSCAN_TEST_DATA_DIR;
  options.gazetteer_files = {path};
  auto tagger = Tagger::Create(options);
  ASSERT_TRUE(tagger.ok()) << tagger.status();
  const std::string text = "Shares of Zorblax Dynamics fell; ZDX said nothing.";
  TagResult r;
  auto scratch = (*tagger)->NewScratch();
  ASSERT_TRUE(
      (*tagger)
          ->TagText(text, Span{0, static_cast<uint32_t>(text.size())}, nullptr, scratch.get(), &r)
          .ok());
  int32_t full = -1, acronym = -1;
  for (const Mention& m : r.mentions) {
    if (m.span.In(text) == "Zorblax Dynamics") full = m.entity;
    if (m.span.In(text) == "ZDX") acronym = m.entity;
  }
  ASSERT_GE(full, 0);
  EXPECT_EQ(full, acronym);
  EXPECT_EQ(r.entities[full].key, "gaz:watch:zorblax");
}

TEST(TaggerThreads, TwoThreadsOneTaggerSameResults) {
  const Tagger& tagger = SharedTagger();
  std::vector<Doc> a, b;
  std::thread t1([&] { a = TagExamples(tagger); });
  std::thread t2([&] { b = TagExamples(tagger); });
  t1.join();
  t2.join();
  ASSERT_EQ(a.size(), b.size());
  ASSERT_EQ(a.size(), Examples().size());
  for (size_t d = 0; d < a.size(); ++d) {
    const TagResult& x = a[d].result;
    const TagResult& y = b[d].result;
    const TagResult& z = Examples()[d].result;
    ASSERT_EQ(x.mentions.size(), y.mentions.size());
    ASSERT_EQ(x.mentions.size(), z.mentions.size());
    for (size_t i = 0; i < x.mentions.size(); ++i) {
      EXPECT_EQ(x.mentions[i].span, y.mentions[i].span);
      EXPECT_EQ(x.mentions[i].type, y.mentions[i].type);
      EXPECT_EQ(x.mentions[i].entity, y.mentions[i].entity);
      EXPECT_EQ(x.mentions[i].span, z.mentions[i].span);
    }
    ASSERT_EQ(x.entities.size(), y.entities.size());
    for (size_t e = 0; e < x.entities.size(); ++e) EXPECT_EQ(x.entities[e].key, y.entities[e].key);
  }
}

}  // namespace
}  // namespace claimscan
