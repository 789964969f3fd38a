// End to end on the five bundled example articles: parse, tag, extract claims, compare.
// The expectations are facts a reader finds in the articles; the rules that find them are
// general (no example text appears in the code).
#include <dirent.h>
#include <cstdlib>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "claimscan/article.h"
#include "claimscan/claim.h"
#include "claimscan/compare.h"
#include "claimscan/tag.h"
#include "common/file.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

std::vector<std::string> TextFiles(const std::string& dir) {
  std::vector<std::string> files;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name.size() > 4 && name.substr(name.size() - 4) == ".txt") files.push_back(name);
    }
    closedir(d);
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Parses, tags and extracts the claims of every *.txt in `dir`.
std::vector<Document> AnalyzeFolder(const std::string& dir) {
  std::vector<Document> docs;
  auto parser = ArticleParser::Create(CLAIMSCAN_TEST_DATA_DIR);
  TaggerOptions tag_options;
  tag_options.data_dir = CLAIMSCAN_TEST_DATA_DIR;
  auto tagger = Tagger::Create(tag_options);
  auto claims = ClaimExtractor::Create(CLAIMSCAN_TEST_DATA_DIR);
  EXPECT_TRUE(parser.ok()) << parser.status();
  EXPECT_TRUE(tagger.ok()) << tagger.status();
  EXPECT_TRUE(claims.ok()) << claims.status();
  if (!parser.ok() || !tagger.ok() || !claims.ok()) return docs;
  auto scratch = (*tagger)->NewScratch();
  for (const std::string& name : TextFiles(dir)) {
    auto bytes = ReadFile(JoinPath(dir, name));
    EXPECT_TRUE(bytes.ok()) << bytes.status();
    if (!bytes.ok()) continue;
    Document doc;
    auto article = (*parser)->Parse(name.substr(0, name.size() - 4), *std::move(bytes), {});
    EXPECT_TRUE(article.ok()) << article.status();
    if (!article.ok()) continue;
    doc.article = *std::move(article);
    EXPECT_TRUE((*tagger)->Tag(doc.article, scratch.get(), &doc.tags).ok());
    EXPECT_TRUE((*claims)->Extract(doc.article, doc.tags, &doc.claims).ok());
    docs.push_back(std::move(doc));
  }
  return docs;
}

std::string ClaimText(const std::vector<Document>& docs, const ClaimRef& ref) {
  const Document& d = docs[ref.doc];
  return std::string(d.article.View(d.claims[ref.claim].span));
}

bool Mentions(const std::vector<Document>& docs, const Finding& f, std::string_view word) {
  for (const ClaimRef& ref : f.claims) {
    if (ClaimText(docs, ref).find(word) != std::string::npos) return true;
  }
  return false;
}

void Dump(const std::vector<Document>& docs, const CompareResult& r) {
  if (std::getenv("CLAIMSCAN_DUMP") == nullptr) return;
  if (std::getenv("CLAIMSCAN_DUMP_CLAIMS") != nullptr) {
    for (const Document& d : docs) {
      for (const Claim& c : d.claims) {
        fprintf(stderr, "[%s] %s%s%s %s <%s: %s> | %s\n", d.article.id.c_str(), c.event.c_str(),
                c.negated ? " NEG" : "", c.hedged ? " HEDGED" : "",
                c.attribution.direct_quote ? "QUOTE" : "",
                std::string(AttributionKindName(c.attribution.kind)).c_str(),
                std::string(d.article.View(c.attribution.speaker)).c_str(),
                std::string(d.article.View(c.span)).c_str());
      }
    }
  }
  for (const Finding& f : r.findings) {
    if (f.docs.size() < 2) continue;
    fprintf(stderr, "%s/%s %s\n  %s\n", std::string(FindingKindName(f.kind)).c_str(),
            std::string(ConflictTypeName(f.conflict_type)).c_str(), f.summary.c_str(),
            f.reason.c_str());
    for (const ClaimRef& ref : f.claims) {
      fprintf(stderr, "    [%s] %s\n", docs[ref.doc].article.id.c_str(),
              ClaimText(docs, ref).c_str());
    }
  }
}

class ExamplesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    docs_ = new std::vector<Document>(AnalyzeFolder(CLAIMSCAN_TEST_EXAMPLES_DIR));
    result_ = new CompareResult(CompareDocuments(*docs_, {}));
    Dump(*docs_, *result_);
  }
  static void TearDownTestSuite() {
    delete result_;
    delete docs_;
  }
  static std::vector<Document>* docs_;
  static CompareResult* result_;
};

std::vector<Document>* ExamplesTest::docs_ = nullptr;
CompareResult* ExamplesTest::result_ = nullptr;

TEST_F(ExamplesTest, AllFiveArticlesYieldClaims) {
  ASSERT_EQ(docs_->size(), 5u);
  for (const Document& d : *docs_) EXPECT_GE(d.claims.size(), 5u) << d.article.id;
}

TEST_F(ExamplesTest, NasrallahKillingIsCorroborated) {
  size_t best = 0;
  for (const Finding& f : result_->findings) {
    if (f.kind != FindingKind::kCorroborated) continue;
    if (!Mentions(*docs_, f, "Nasrallah")) continue;
    const Claim& c = (*docs_)[f.claims[0].doc].claims[f.claims[0].claim];
    if (c.event != "kill") continue;
    best = std::max(best, f.docs.size());
  }
  EXPECT_GE(best, 3u);
}

TEST_F(ExamplesTest, Resolution1701IsCorroborated) {
  size_t best = 0;
  for (const Finding& f : result_->findings) {
    if (f.kind == FindingKind::kSingleSource) continue;
    if (Mentions(*docs_, f, "1701")) best = std::max(best, f.docs.size());
  }
  EXPECT_GE(best, 2u);
}

// 001, 002 and 004 each say Resolution 1701 followed or ended the 2006 war, in three wordings
// ("This resolution was adopted after the 2006 Hezbollah-Israel war"; "resolution 1701, which
// concluded the previous conflict between Hezbollah and Israel in 2006"; "Resolution 1701,
// which established the terms for the ceasefire following the Second Lebanon War in 2006").
TEST_F(ExamplesTest, Resolution1701AndThe2006WarAreCorroborated) {
  bool found = false;
  for (const Finding& f : result_->findings) {
    if (f.kind != FindingKind::kCorroborated) continue;
    std::vector<uint32_t> with_both;
    for (const ClaimRef& ref : f.claims) {
      const Document& d = (*docs_)[ref.doc];
      bool law = false, war = false;
      for (uint32_t m : d.claims[ref.claim].mentions) {
        const Mention& mention = d.tags.mentions[m];
        if (mention.entity < 0) continue;
        const std::string& name = d.tags.entities[mention.entity].canonical;
        law |= mention.type == EntityType::kLaw && name.find("1701") != std::string::npos;
        war |= mention.type == EntityType::kEvent && name.find("2006") != std::string::npos;
      }
      if (law && war) with_both.push_back(ref.doc);
    }
    std::sort(with_both.begin(), with_both.end());
    with_both.erase(std::unique(with_both.begin(), with_both.end()), with_both.end());
    found |= with_both.size() >= 3;
  }
  EXPECT_TRUE(found);
}

// The Israeli cabinet's meeting (000) and the US envoy's meeting in Beirut (002) are two facts.
TEST_F(ExamplesTest, TheCabinetMeetingIsNotTheEnvoysMeeting) {
  for (const Finding& f : result_->findings) {
    if (f.docs.size() < 2) continue;
    EXPECT_FALSE(Mentions(*docs_, f, "cabinet") && Mentions(*docs_, f, "envoy")) << f.summary;
  }
}

// Israel's troops deployed in southern Lebanon (001) and the US anti-missile system deployed
// to Israel (002) are two facts: their places differ.
TEST_F(ExamplesTest, TheTroopsAreNotTheMissileSystem) {
  for (const Finding& f : result_->findings) {
    if (f.docs.size() < 2) continue;
    EXPECT_FALSE(Mentions(*docs_, f, "deployed troops") && Mentions(*docs_, f, "anti-missile"))
        << f.summary;
  }
}

// Numbers inside names are no figures of a claim: "Resolution 1701", "Second Lebanon War".
TEST_F(ExamplesTest, NumbersInsideNamesAreNoClaimFigures) {
  for (const Document& d : *docs_) {
    for (const Claim& c : d.claims) {
      for (uint32_t q : c.quantities) {
        const std::string_view figure = d.article.View(d.tags.quantities[q].span);
        EXPECT_NE(figure, "1701") << d.article.View(c.span);
        EXPECT_NE(figure, "Second") << d.article.View(c.span);
      }
    }
  }
}

TEST_F(ExamplesTest, NoNumericConflictBetweenLowerBoundsAndExactFigures) {
  for (const Finding& f : result_->findings) {
    EXPECT_NE(f.conflict_type, ConflictType::kNumeric) << f.summary << " / " << f.reason;
  }
}

TEST_F(ExamplesTest, CeasefireStanceIsAPolarityConflictWithBothSourcesNamed) {
  const Finding* stance = nullptr;
  for (const Finding& f : result_->findings) {
    if (f.conflict_type == ConflictType::kPolarity && Mentions(*docs_, f, "want a ceasefire")) {
      stance = &f;
    }
  }
  ASSERT_NE(stance, nullptr);
  bool named = false, anonymous = false;
  for (const ClaimRef& ref : stance->claims) {
    const Document& d = (*docs_)[ref.doc];
    const Attribution& a = d.claims[ref.claim].attribution;
    if (a.kind == AttributionKind::kNamed &&
        d.article.View(a.speaker).find("Mencer") != std::string_view::npos) {
      named = true;
    }
    if (a.kind == AttributionKind::kAnonymous && !a.speaker.empty()) anonymous = true;
  }
  EXPECT_TRUE(named);
  EXPECT_TRUE(anonymous);
}

TEST_F(ExamplesTest, UnifilExpansionIsSingleSource) {
  bool found = false;
  for (const Finding& f : result_->findings) {
    if (!Mentions(*docs_, f, "UNIFIL")) continue;
    found = true;
    EXPECT_EQ(f.docs.size(), 1u);
    EXPECT_EQ(f.kind, FindingKind::kSingleSource);
  }
  EXPECT_TRUE(found);
}

// Speaker, cue and quote of the quotations in the examples.
TEST_F(ExamplesTest, QuotesAreCreditedToTheirSpeakers) {
  struct Expected {
    std::string_view in_claim;
    AttributionKind kind;
    std::string_view speaker;
  };
  const Expected expected[] = {
      {"moving towards an agreement", AttributionKind::kNamed, "Mencer"},
      {"a deal was close", AttributionKind::kNamed, "Herzog"},
      {"total victory", AttributionKind::kNamed, "Ben-Gavir"},
      {"ability to put it into operation", AttributionKind::kNamed, "Austin"},
      {"want a ceasefire", AttributionKind::kAnonymous, "source familiar with the discussions"},
  };
  for (const Expected& e : expected) {
    bool seen = false;
    for (const Document& d : *docs_) {
      for (const Claim& c : d.claims) {
        if (d.article.View(c.span).find(e.in_claim) == std::string_view::npos) continue;
        seen = true;
        EXPECT_EQ(c.attribution.kind, e.kind) << e.in_claim;
        EXPECT_NE(d.article.View(c.attribution.speaker).find(e.speaker), std::string_view::npos)
            << e.in_claim << ": speaker '" << d.article.View(c.attribution.speaker) << "'";
      }
    }
    EXPECT_TRUE(seen) << e.in_claim;
  }
}

// Invented story sets (tests/fixtures/stories), analysed end to end.
TEST(StoriesTest, QuakeSetFindsTheCopyAndTheDeathTollConflict) {
  const std::vector<Document> docs =
      AnalyzeFolder(std::string(CLAIMSCAN_TEST_FIXTURES_DIR) + "/stories/quake");
  ASSERT_EQ(docs.size(), 3u);
  const CompareResult r = CompareDocuments(docs, {});
  Dump(docs, r);
  // a_wire and b_copy share their body: one source.
  ASSERT_EQ(r.syndicated.size(), 1u);
  EXPECT_EQ(r.syndicated[0].doc_a, 0u);
  EXPECT_EQ(r.syndicated[0].doc_b, 1u);
  EXPECT_GE(r.syndicated[0].overlap, 0.9);
  bool numeric = false;
  for (const Finding& f : r.findings) {
    if (f.conflict_type != ConflictType::kNumeric) continue;
    numeric = true;
    EXPECT_TRUE(Mentions(docs, f, "40 people"));
    EXPECT_TRUE(Mentions(docs, f, "12 people"));
  }
  EXPECT_TRUE(numeric);
  for (const Finding& f : r.findings) {
    if (f.kind == FindingKind::kCorroborated) {
      // Corroboration needs two independent sources: the copy alone is not one.
      EXPECT_TRUE(std::find(f.docs.begin(), f.docs.end(), 2u) != f.docs.end()) << f.summary;
    }
  }
}

TEST(StoriesTest, UnrelatedArticlesGiveNoGroupsAndNoConflicts) {
  const std::vector<Document> docs =
      AnalyzeFolder(std::string(CLAIMSCAN_TEST_FIXTURES_DIR) + "/stories/unrelated");
  ASSERT_EQ(docs.size(), 3u);
  const CompareResult r = CompareDocuments(docs, {});
  EXPECT_TRUE(r.syndicated.empty());
  for (const Finding& f : r.findings) {
    EXPECT_EQ(f.docs.size(), 1u) << f.summary << " / " << f.reason;
    EXPECT_NE(f.kind, FindingKind::kConflict) << f.summary;
  }
}

}  // namespace
}  // namespace claimscan
