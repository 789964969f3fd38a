#include "claimscan/story.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimscan {
namespace {

// A document with a title line, body lines and the given entity keys (one mention each).
Document Make(const std::string& title, const std::vector<std::string>& body,
              const std::vector<std::string>& entity_keys, const std::string& published = "") {
  Document d;
  std::string text = title + "\n";
  for (const std::string& line : body) text += line + "\n";
  d.article.original = text;
  d.article.text = text;
  d.article.title = {0, static_cast<uint32_t>(title.size())};
  uint32_t pos = static_cast<uint32_t>(title.size()) + 1;
  for (const std::string& line : body) {
    d.article.paragraphs.push_back({pos, pos + static_cast<uint32_t>(line.size())});
    pos += static_cast<uint32_t>(line.size()) + 1;
  }
  for (const std::string& key : entity_keys) {
    Entity e;
    e.key = key;
    e.canonical = key;
    e.mentions.push_back(static_cast<uint32_t>(d.tags.mentions.size()));
    Mention m;
    m.span = {0, 1};
    m.entity = static_cast<int32_t>(d.tags.entities.size());
    d.tags.mentions.push_back(m);
    d.tags.entities.push_back(e);
  }
  if (!published.empty()) {
    CivilDate day;
    if (ParseIsoDate(published, &day)) {
      d.article.published = day;
      d.article.published_iso = published;
    }
  }
  return d;
}

std::vector<Document> MixedPile() {
  std::vector<Document> docs;
  // Two look-alike earthquakes, three outlets each, and one unrelated election story.
  for (int i = 0; i < 3; ++i) {
    docs.push_back(Make("Strong earthquake strikes northern Chile",
                        {"A magnitude 7.8 earthquake struck off the coast of Iquique in northern "
                         "Chile on Tuesday, killing five people, officials said.",
                         "The quake triggered a tsunami warning along the Pacific coast of Chile "
                         "and Peru; thousands evacuated Iquique."},
                        {"gaz:chile", "gaz:iquique", "gaz:peru"}, "2014-04-01"));
    docs.push_back(Make("Earthquake hits Indonesia's Sumatra island",
                        {"A magnitude 6.1 earthquake shook Aceh province on Sumatra, Indonesia, "
                         "killing 22 people and injuring hundreds, the disaster agency said.",
                         "Rescuers searched collapsed houses in Bener Meriah and Central Aceh."},
                        {"gaz:indonesia", "gaz:aceh", "gaz:sumatra"}, "2013-07-02"));
  }
  docs.push_back(Make("Voters head to the polls in Portugal",
                      {"Portuguese voters cast ballots on Sunday in a parliamentary election "
                       "expected to return the Socialist Party to power in Lisbon."},
                      {"gaz:portugal", "gaz:lisbon", "gaz:socialist_party"}, "2015-10-04"));
  return docs;
}

TEST(Stories, LookAlikeEventsStayApartAndOutletsJoin) {
  std::vector<Document> docs = MixedPile();
  std::vector<Story> stories = ClusterStories(docs);
  ASSERT_EQ(stories.size(), 3u);
  std::vector<std::vector<uint32_t>> groups;
  for (const Story& s : stories) groups.push_back(s.docs);
  EXPECT_EQ(groups[0], (std::vector<uint32_t>{0, 2, 4}));
  EXPECT_EQ(groups[1], (std::vector<uint32_t>{1, 3, 5}));
  EXPECT_EQ(groups[2], (std::vector<uint32_t>{6}));
  EXPECT_EQ(stories[0].label, "Strong earthquake strikes northern Chile");
  EXPECT_EQ(stories[0].first_published, "2014-04-01");
  EXPECT_EQ(stories[1].last_published, "2013-07-02");
}

TEST(Stories, IncrementalAddMatchesArrivalOrder) {
  std::vector<Document> docs = MixedPile();
  StoryClusterer clusterer;
  std::vector<uint32_t> assigned;
  for (const Document& d : docs) assigned.push_back(clusterer.Add(d));
  EXPECT_EQ(clusterer.size(), docs.size());
  EXPECT_EQ(assigned[0], assigned[2]);
  EXPECT_EQ(assigned[2], assigned[4]);
  EXPECT_EQ(assigned[1], assigned[3]);
  EXPECT_NE(assigned[0], assigned[1]);
  EXPECT_NE(assigned[6], assigned[0]);
  EXPECT_NE(assigned[6], assigned[1]);
  EXPECT_EQ(clusterer.Stories().size(), 3u);
}

TEST(Stories, SameWordsFarApartInTimeAreDifferentStories) {
  std::vector<Document> docs;
  const std::vector<std::string> body = {
      "An air strike hit a residential building in the city on Monday, killing eight people, "
      "the health ministry said."};
  docs.push_back(Make("Air strike hits Gaza City building", body, {"gaz:gaza"}, "2024-03-04"));
  docs.push_back(Make("Air strike hits Gaza City building", body, {"gaz:gaza"}, "2024-03-04"));
  docs.push_back(Make("Air strike hits Gaza City building", body, {"gaz:gaza"}, "2024-05-20"));
  StoryOptions o;
  o.date_gap_penalty = 0.0;  // the dates alone must separate them
  std::vector<Story> stories = ClusterStories(docs, o);
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0].docs, (std::vector<uint32_t>{0, 1}));
}

TEST(Stories, EmptyInputsAndEmptyArticles) {
  EXPECT_TRUE(ClusterStories({}).empty());
  std::vector<Document> docs(3);  // no text at all: each stands alone, no crash
  std::vector<Story> stories = ClusterStories(docs);
  size_t total = 0;
  for (const Story& s : stories) total += s.docs.size();
  EXPECT_EQ(total, 3u);
}

}  // namespace
}  // namespace claimscan
