// Cross-article entity linking: gazetteer ids, spelling and transliteration variants, partial
// names, and the similarity helpers behind them.
#include <dirent.h>

#include <algorithm>
#include <string>
#include <vector>

#include "claimscan/tag.h"
#include "common/file.h"
#include "gtest/gtest.h"
#include "tag/link.h"

namespace claimscan {
namespace {

// A TagResult with one mention per name (the spans are not read by the linker).
TagResult Doc(const std::vector<std::pair<std::string, std::string>>& keyed_names,
              EntityType type = EntityType::kPerson) {
  TagResult r;
  for (const auto& [key, name] : keyed_names) {
    Mention m;
    m.type = type;
    m.entity = static_cast<int32_t>(r.entities.size());
    Entity e;
    e.key = key;
    e.canonical = name;
    e.type = type;
    e.mentions.push_back(static_cast<uint32_t>(r.mentions.size()));
    r.mentions.push_back(m);
    r.entities.push_back(e);
  }
  return r;
}

int32_t CorpusOf(const CorpusEntities& c, uint32_t doc, uint32_t entity) {
  return c.doc_to_corpus[doc][entity];
}

TEST(Similarity, JaroWinklerAndSkeletons) {
  EXPECT_DOUBLE_EQ(JaroWinkler("nasrallah", "nasrallah"), 1.0);
  EXPECT_DOUBLE_EQ(JaroWinkler("", "abc"), 0.0);
  EXPECT_GT(JaroWinkler("sayed", "sayyed"), 0.9);
  EXPECT_GT(JaroWinkler("qassem", "kassem"), 0.85);
  EXPECT_LT(JaroWinkler("hochstein", "netanyahu"), 0.6);
  EXPECT_EQ(ConsonantSkeleton("qassem"), ConsonantSkeleton("kassem"));
  EXPECT_EQ(ConsonantSkeleton("nahariyya"), ConsonantSkeleton("nahariya"));
  EXPECT_EQ(ConsonantSkeleton("gavir"), ConsonantSkeleton("gvir"));
  EXPECT_NE(ConsonantSkeleton("gallant"), ConsonantSkeleton("gantz"));
}

TEST(Linking, VariantsAndPartialNamesJoin) {
  TagResult a = Doc({{"name:sayed_hassan_nasrallah", "Sayed Hassan Nasrallah"},
                     {"name:itamar_ben_gavir", "Itamar Ben-Gavir"},
                     {"name:naim_qassem", "Naim Qassem"}});
  TagResult b = Doc({{"name:sayyed_hassan_nasrallah", "Sayyed Hassan Nasrallah"},
                     {"name:itamar_ben_gvir", "Itamar Ben-Gvir"},
                     {"name:kassem", "Kassem"}});
  TagResult c = Doc({{"name:nasrallah", "Nasrallah"}, {"name:benny_gantz", "Benny Gantz"}});
  CorpusEntities linked = LinkEntitiesAcrossDocuments({&a, &b, &c}, 0.85);
  ASSERT_EQ(linked.doc_to_corpus.size(), 3u);
  EXPECT_EQ(CorpusOf(linked, 0, 0), CorpusOf(linked, 1, 0));
  EXPECT_EQ(CorpusOf(linked, 0, 0), CorpusOf(linked, 2, 0));
  EXPECT_EQ(CorpusOf(linked, 0, 1), CorpusOf(linked, 1, 1));
  EXPECT_EQ(CorpusOf(linked, 0, 2), CorpusOf(linked, 1, 2));
  EXPECT_NE(CorpusOf(linked, 0, 1), CorpusOf(linked, 2, 1));
  const CorpusEntity& nasrallah = linked.entities[CorpusOf(linked, 0, 0)];
  EXPECT_EQ(nasrallah.mentions.size(), 3u);
  EXPECT_EQ(nasrallah.variants, (std::vector<std::string>{"Nasrallah", "Sayed Hassan Nasrallah",
                                                          "Sayyed Hassan Nasrallah"}));
  EXPECT_EQ(nasrallah.type, EntityType::kPerson);
  // Stable id: the fullest name's key (ties broken by the key itself).
  EXPECT_EQ(nasrallah.id, "name:sayyed_hassan_nasrallah");
}

TEST(Linking, GazetteerIdsWinAndTwoIdsNeverJoin) {
  TagResult a = Doc({{"gaz:nahariya", "Nahariya"}, {"gaz:gaza", "Gaza"}}, EntityType::kGpe);
  TagResult b =
      Doc({{"name:nahariyya", "Nahariyya"}, {"gaz:gaza_strip", "Gaza Strip"}}, EntityType::kGpe);
  CorpusEntities linked = LinkEntitiesAcrossDocuments({&a, &b}, 0.85);
  EXPECT_EQ(CorpusOf(linked, 0, 0), CorpusOf(linked, 1, 0));
  EXPECT_EQ(linked.entities[CorpusOf(linked, 0, 0)].id, "gaz:nahariya");
  EXPECT_EQ(linked.entities[CorpusOf(linked, 0, 0)].name, "Nahariya");
  EXPECT_NE(CorpusOf(linked, 0, 1), CorpusOf(linked, 1, 1));
}

TEST(Linking, ASurnameSharedByTwoPeopleStaysApart) {
  TagResult a = Doc({{"name:hassan_nasrallah", "Hassan Nasrallah"}});
  TagResult b = Doc({{"name:zeinab_nasrallah", "Zeinab Nasrallah"}});
  TagResult c = Doc({{"name:nasrallah", "Nasrallah"}});
  CorpusEntities linked = LinkEntitiesAcrossDocuments({&a, &b, &c}, 0.85);
  EXPECT_NE(CorpusOf(linked, 0, 0), CorpusOf(linked, 1, 0));
  EXPECT_NE(CorpusOf(linked, 2, 0), CorpusOf(linked, 0, 0));
  EXPECT_NE(CorpusOf(linked, 2, 0), CorpusOf(linked, 1, 0));
}

TEST(Linking, TypesMustAgreeButPlacesAreOneClass) {
  TagResult a = Doc({{"name:jordan", "Jordan"}}, EntityType::kGpe);
  TagResult b = Doc({{"name:jordan", "Jordan"}}, EntityType::kLoc);
  TagResult c = Doc({{"name:michael_jordan", "Michael Jordan"}}, EntityType::kPerson);
  CorpusEntities linked = LinkEntitiesAcrossDocuments({&a, &b, &c}, 0.85);
  EXPECT_EQ(CorpusOf(linked, 0, 0), CorpusOf(linked, 1, 0));
  EXPECT_NE(CorpusOf(linked, 0, 0), CorpusOf(linked, 2, 0));
}

TEST(Linking, NullAndEmptyDocuments) {
  TagResult empty;
  CorpusEntities linked = LinkEntitiesAcrossDocuments({&empty, nullptr}, 0.85);
  EXPECT_TRUE(linked.entities.empty());
  ASSERT_EQ(linked.doc_to_corpus.size(), 2u);
  EXPECT_TRUE(linked.doc_to_corpus[0].empty());
}

TEST(Linking, ManyEntitiesStayFast) {
  // 20,000 distinct surnames in 200 documents: blocking keeps this well under a second.
  std::vector<TagResult> docs(200);
  for (int d = 0; d < 200; ++d) {
    std::vector<std::pair<std::string, std::string>> names;
    for (int i = 0; i < 100; ++i) {
      const int id = d * 100 + i;
      // Pseudo-random eight-letter surnames (a fixed LCG), so they rarely look alike.
      uint32_t x = static_cast<uint32_t>(id) * 2654435761u + 12345u;
      std::string surname;
      for (int k = 0; k < 8; ++k) {
        x = x * 1664525u + 1013904223u;
        surname.push_back(static_cast<char>((k == 0 ? 'A' : 'a') + (x >> 24) % 26));
      }
      names.emplace_back("name:" + surname, surname);
    }
    docs[d] = Doc(names);
  }
  std::vector<const TagResult*> ptrs;
  for (const TagResult& r : docs) ptrs.push_back(&r);
  CorpusEntities linked = LinkEntitiesAcrossDocuments(ptrs, 0.85);
  EXPECT_GT(linked.entities.size(), 19000u);
}

TEST(LinkingExamples, VariantsResolveToOneEntityAcrossTheExampleArticles) {
  TaggerOptions options;
  options.data_dir = CLAIMSCAN_TEST_DATA_DIR;
  auto tagger = Tagger::Create(options);
  ASSERT_TRUE(tagger.ok()) << tagger.status();
  std::vector<std::string> names;
  if (DIR* d = opendir(CLAIMSCAN_TEST_EXAMPLES_DIR)) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 4 && n.substr(n.size() - 4) == ".txt") names.push_back(n);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  ASSERT_EQ(names.size(), 5u);
  std::vector<std::string> texts;
  std::vector<TagResult> results(names.size());
  auto scratch = (*tagger)->NewScratch();
  for (size_t i = 0; i < names.size(); ++i) {
    auto text = ReadFile(JoinPath(CLAIMSCAN_TEST_EXAMPLES_DIR, names[i]));
    ASSERT_TRUE(text.ok());
    texts.push_back(*text);
  }
  std::vector<const TagResult*> ptrs;
  for (size_t i = 0; i < names.size(); ++i) {
    ASSERT_TRUE((*tagger)
                    ->TagText(texts[i], Span{0, static_cast<uint32_t>(texts[i].size())}, nullptr,
                              scratch.get(), &results[i])
                    .ok());
    ptrs.push_back(&results[i]);
  }
  CorpusEntities linked = LinkEntitiesAcrossDocuments(ptrs, options.alias_similarity);
  // Every mention of these surfaces, in every article, lands in one corpus entity per group.
  const std::vector<std::vector<std::string>> groups = {
      {"Sayed Hassan Nasrallah", "Sayyed Hassan Nasrallah", "Hassan Nasrallah"},
      {"IDF", "Israel Defense Forces", "Israeli Defense Forces"},
      {"Qassem", "Naim Qassem", "Sheikh Naim Qassem"},
      {"Hochstein", "Amos Hochstein"},
      {"Hezbollah"},
  };
  for (const auto& group : groups) {
    std::vector<int32_t> seen;
    for (size_t d = 0; d < results.size(); ++d) {
      for (const Mention& m : results[d].mentions) {
        const std::string_view s = m.span.In(texts[d]);
        if (std::find(group.begin(), group.end(), s) == group.end()) continue;
        ASSERT_GE(m.entity, 0) << s;
        seen.push_back(linked.doc_to_corpus[d][m.entity]);
      }
    }
    ASSERT_GE(seen.size(), 2u) << group[0];
    for (int32_t c : seen) EXPECT_EQ(c, seen[0]) << group[0];
  }
}

}  // namespace
}  // namespace claimscan
