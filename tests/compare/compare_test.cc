// CompareDocuments on hand-built documents (claims from the real extractor, tags by hand):
// planted agreements, numeric, temporal, polarity and attribution conflicts, syndicated copy.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "../claim/doc_builder.h"
#include "claimscan/claim.h"
#include "claimscan/compare.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

using testing::DocBuilder;

class CompareTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto created = ClaimExtractor::Create(CLAIMSCAN_TEST_DATA_DIR);
    ASSERT_TRUE(created.ok()) << created.status();
    extractor_ = std::move(created).value().release();
  }
  static void TearDownTestSuite() {
    delete extractor_;
    extractor_ = nullptr;
  }

  static Document WithClaims(Document doc) {
    EXPECT_TRUE(extractor_->Extract(doc.article, doc.tags, &doc.claims).ok());
    return doc;
  }

  static std::vector<const Finding*> OfKind(const CompareResult& r, FindingKind kind) {
    std::vector<const Finding*> out;
    for (const Finding& f : r.findings) {
      if (f.kind == kind) out.push_back(&f);
    }
    return out;
  }

  static const ClaimExtractor* extractor_;
};

const ClaimExtractor* CompareTest::extractor_ = nullptr;

// Tags shared by the invented Lakeport flood story: same keys in every article.
DocBuilder& FloodTags(DocBuilder& b) {
  return b.Entity("Lakeport", EntityType::kGpe, "gaz:lakeport")
      .Entity("Governor Ana Ruiz", EntityType::kPerson, "name:ana_ruiz")
      .Entity("Red Cross", EntityType::kOrg, "gaz:red_cross");
}

TEST_F(CompareTest, CorroborationAcrossIndependentArticles) {
  DocBuilder a("a", {"Floods killed 12 people in Lakeport on Monday, Governor Ana Ruiz said."});
  DocBuilder b("b", {"Governor Ana Ruiz said the floods in Lakeport killed 12 people."});
  DocBuilder c("c", {"The Red Cross opened shelters in Lakeport after the floods killed 12."});
  std::vector<Document> docs = {
      WithClaims(FloodTags(a).Quantity("12 people", 12, "people").Build()),
      WithClaims(FloodTags(b).Quantity("12 people", 12, "people").Build()),
      WithClaims(FloodTags(c).Build())};
  const CompareResult r = CompareDocuments(docs, {});
  const auto agreed = OfKind(r, FindingKind::kCorroborated);
  const auto complementary = OfKind(r, FindingKind::kComplementary);
  ASSERT_EQ(agreed.size() + complementary.size(), 1u);
  const Finding& f = agreed.empty() ? *complementary[0] : *agreed[0];
  EXPECT_EQ(f.docs, (std::vector<uint32_t>{0, 1, 2}));
  EXPECT_EQ(f.claims.size(), 3u);
  EXPECT_FALSE(f.syndicated);
  EXPECT_NE(f.summary.find("kill"), std::string::npos);
  EXPECT_NE(f.reason.find("Lakeport"), std::string::npos);
  EXPECT_TRUE(OfKind(r, FindingKind::kConflict).empty());
  EXPECT_TRUE(r.syndicated.empty());
}

// An article that gives the fact twice (lead and body) adds both statements as evidence, and
// still counts once; two figures of one article never make a conflict on their own.
TEST_F(CompareTest, AnArticleStatingAFactTwiceIsOneSourceWithTwoEvidenceSpans) {
  DocBuilder a("a", {"Floods killed 12 people in Lakeport on Monday, Governor Ana Ruiz said.",
                     "The floods in Lakeport killed 12 people, Governor Ana Ruiz said later."});
  DocBuilder b("b", {"Governor Ana Ruiz said the floods in Lakeport killed 12 people."});
  std::vector<Document> docs = {
      WithClaims(FloodTags(a).Quantity("12 people", 12, "people").Build()),
      WithClaims(FloodTags(b).Quantity("12 people", 12, "people").Build())};
  const CompareResult r = CompareDocuments(docs, {});
  const Finding* shared = nullptr;
  for (const Finding& f : r.findings) {
    if (f.docs.size() == 2) shared = &f;
  }
  ASSERT_NE(shared, nullptr);
  EXPECT_NE(shared->kind, FindingKind::kConflict);
  EXPECT_EQ(shared->docs, (std::vector<uint32_t>{0, 1}));
  size_t from_a = 0;
  for (const ClaimRef& c : shared->claims) from_a += c.doc == 0 ? 1 : 0;
  EXPECT_EQ(from_a, 2u) << "both statements of article a are evidence";
  EXPECT_TRUE(OfKind(r, FindingKind::kSingleSource).empty());
}

TEST_F(CompareTest, IncompatibleFiguresAreANumericConflict) {
  DocBuilder a("a", {"Floods killed 29 people in Lakeport on Monday."});
  DocBuilder b("b", {"Floods in Lakeport killed 35 people, officials said."});
  std::vector<Document> docs = {
      WithClaims(FloodTags(a).Quantity("29 people", 29, "people").Build()),
      WithClaims(FloodTags(b).Quantity("35 people", 35, "people").Build())};
  const CompareResult r = CompareDocuments(docs, {});
  const auto conflicts = OfKind(r, FindingKind::kConflict);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0]->conflict_type, ConflictType::kNumeric);
  EXPECT_NE(conflicts[0]->reason.find("29 people"), std::string::npos);
  EXPECT_NE(conflicts[0]->reason.find("35 people"), std::string::npos);
  EXPECT_EQ(conflicts[0]->claims.size(), 2u);
}

TEST_F(CompareTest, LowerBoundsAndVagueFiguresAgreeWithExactOnes) {
  DocBuilder a("a", {"Rebels launched over 100 rockets at Lakeport."});
  DocBuilder b("b", {"Rebels launched 250 rockets at Lakeport, the army said."});
  DocBuilder c("c", {"Rebels launched hundreds of rockets at Lakeport."});
  std::vector<Document> docs = {
      WithClaims(FloodTags(a)
                     .Entity("Rebels", EntityType::kOrg, "name:rebels")
                     .Quantity("over 100 rockets", 100, "rocket", Qualifier::kMoreThan)
                     .Build()),
      WithClaims(FloodTags(b)
                     .Entity("Rebels", EntityType::kOrg, "name:rebels")
                     .Quantity("250 rockets", 250, "rocket")
                     .Build()),
      WithClaims(FloodTags(c)
                     .Entity("Rebels", EntityType::kOrg, "name:rebels")
                     .Quantity("hundreds of rockets", 100, "rocket", Qualifier::kExact, true)
                     .Build())};
  const CompareResult r = CompareDocuments(docs, {});
  EXPECT_TRUE(OfKind(r, FindingKind::kConflict).empty());
  const auto agreed = OfKind(r, FindingKind::kCorroborated);
  ASSERT_EQ(agreed.size(), 1u);
  EXPECT_EQ(agreed[0]->docs.size(), 3u);
}

TEST_F(CompareTest, DifferentDatesForOneEventAreATemporalConflict) {
  DocBuilder a("a", {"The dam at Lakeport collapsed and floods hit Lakeport on March 3."});
  DocBuilder b("b", {"Floods hit Lakeport on March 5 after heavy rain."});
  std::vector<Document> docs = {WithClaims(FloodTags(a).Date("March 3", "2025-03-03").Build()),
                                WithClaims(FloodTags(b).Date("March 5", "2025-03-05").Build())};
  const CompareResult r = CompareDocuments(docs, {});
  const auto conflicts = OfKind(r, FindingKind::kConflict);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0]->conflict_type, ConflictType::kTemporal);
  EXPECT_NE(conflicts[0]->reason.find("2025-03-03"), std::string::npos);
  EXPECT_NE(conflicts[0]->reason.find("2025-03-05"), std::string::npos);
}

// A day apart is time zones or "yesterday" in articles published a day apart, not a
// disagreement about the date.
TEST_F(CompareTest, DatesOneDayApartAreNotATemporalConflict) {
  DocBuilder a("a", {"Floods hit Lakeport on March 3 after heavy rain."});
  DocBuilder b("b", {"Floods hit Lakeport on March 4 after heavy rain."});
  std::vector<Document> docs = {WithClaims(FloodTags(a).Date("March 3", "2025-03-03").Build()),
                                WithClaims(FloodTags(b).Date("March 4", "2025-03-04").Build())};
  const CompareResult r = CompareDocuments(docs, {});
  EXPECT_TRUE(OfKind(r, FindingKind::kConflict).empty());
  bool grouped = false;
  for (const Finding& f : r.findings) grouped |= f.docs.size() == 2;
  EXPECT_TRUE(grouped);
}

// A negation denies the event only when it governs its trigger: "could not say how divers
// rescued" is about saying; "said" itself is never denied; "did not rescue" is.
TEST_F(CompareTest, ANegationOfAnotherVerbIsNotAPolarityConflict) {
  DocBuilder a("a", {"Divers rescued 12 people in Lakeport, Governor Ana Ruiz said."});
  DocBuilder b("b", {"Officials could not say how divers in Lakeport rescued 12 people."});
  DocBuilder c("c", {"Governor Ana Ruiz did not say when Lakeport would reopen its schools."});
  DocBuilder d("d", {"Governor Ana Ruiz said Lakeport would reopen its schools."});
  std::vector<Document> docs = {
      WithClaims(FloodTags(a).Quantity("12 people", 12, "people").Build()),
      WithClaims(FloodTags(b).Quantity("12 people", 12, "people").Build()),
      WithClaims(FloodTags(c).Build()), WithClaims(FloodTags(d).Build())};
  const CompareResult r = CompareDocuments(docs, {});
  for (const Finding* f : OfKind(r, FindingKind::kConflict)) ADD_FAILURE() << f->reason;
  DocBuilder e("e", {"Divers did not rescue anyone in Lakeport, Governor Ana Ruiz said."});
  docs[1] = WithClaims(FloodTags(e).Build());
  const CompareResult denied = CompareDocuments(docs, {});
  const auto conflicts = OfKind(denied, FindingKind::kConflict);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0]->conflict_type, ConflictType::kPolarity);
}

TEST_F(CompareTest, AffirmedAndDeniedStanceIsAPolarityConflictWithBothSpeakers) {
  DocBuilder a("a", {"Mayor Tom Hale said, \xE2\x80\x9CLakeport is moving towards an agreement "
                     "with the union.\xE2\x80\x9D"});
  DocBuilder b("b", {"According to a person familiar with the talks, Lakeport does not want "
                     "an agreement with the union."});
  auto tags = [](DocBuilder& d) -> DocBuilder& {
    return d.Entity("Lakeport", EntityType::kGpe, "gaz:lakeport")
        .Entity("Tom Hale", EntityType::kPerson, "name:tom_hale");
  };
  std::vector<Document> docs = {WithClaims(tags(a).Build()), WithClaims(tags(b).Build())};
  const CompareResult r = CompareDocuments(docs, {});
  const auto conflicts = OfKind(r, FindingKind::kConflict);
  ASSERT_EQ(conflicts.size(), 1u);
  const Finding& f = *conflicts[0];
  EXPECT_EQ(f.conflict_type, ConflictType::kPolarity);
  ASSERT_EQ(f.claims.size(), 2u);
  const Claim& first = docs[f.claims[0].doc].claims[f.claims[0].claim];
  const Claim& second = docs[f.claims[1].doc].claims[f.claims[1].claim];
  EXPECT_NE(first.negated, second.negated);
  EXPECT_EQ(docs[0].claims[0].attribution.kind, AttributionKind::kNamed);
  EXPECT_EQ(docs[1].claims[0].attribution.kind, AttributionKind::kAnonymous);
}

TEST_F(CompareTest, OneQuoteCreditedToTwoPeopleIsAnAttributionConflict) {
  const std::string quote =
      "\xE2\x80\x9CThe bridge at Lakeport will be rebuilt and reopened by the spring "
      "season.\xE2\x80\x9D";
  DocBuilder a("a", {"Governor Ana Ruiz said, " + quote});
  DocBuilder b("b", {"Mayor Tom Hale said, " + quote});
  std::vector<Document> docs = {
      WithClaims(FloodTags(a).Build()),
      WithClaims(FloodTags(b).Entity("Tom Hale", EntityType::kPerson, "name:tom_hale").Build())};
  const CompareResult r = CompareDocuments(docs, {});
  const auto conflicts = OfKind(r, FindingKind::kConflict);
  ASSERT_EQ(conflicts.size(), 1u);
  EXPECT_EQ(conflicts[0]->conflict_type, ConflictType::kAttribution);
  EXPECT_NE(conflicts[0]->reason.find("Ana Ruiz"), std::string::npos);
  EXPECT_NE(conflicts[0]->reason.find("Tom Hale"), std::string::npos);
}

TEST_F(CompareTest, SyndicatedCopyIsOneSource) {
  const std::vector<std::string> wire = {
      "Floods killed 12 people in Lakeport on Monday as the river burst its banks after three "
      "days of rain, Governor Ana Ruiz said.",
      "The Red Cross opened six shelters in schools across the north of the city and asked for "
      "blankets, bottled water and volunteers to help the families who lost their homes."};
  DocBuilder a("wire-a", wire);
  DocBuilder b("wire-b", wire);
  std::vector<Document> docs = {WithClaims(FloodTags(a).Build()), WithClaims(FloodTags(b).Build())};
  const CompareResult r = CompareDocuments(docs, {});
  ASSERT_EQ(r.syndicated.size(), 1u);
  EXPECT_EQ(r.syndicated[0].doc_a, 0u);
  EXPECT_EQ(r.syndicated[0].doc_b, 1u);
  EXPECT_DOUBLE_EQ(r.syndicated[0].overlap, 1.0);
  EXPECT_TRUE(OfKind(r, FindingKind::kCorroborated).empty());
  bool found = false;
  for (const Finding& f : r.findings) {
    if (f.docs.size() == 2) {
      EXPECT_TRUE(f.syndicated);
      EXPECT_EQ(f.kind, FindingKind::kSingleSource);
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(CompareTest, UnrelatedArticlesProduceNoGroupsAndNoConflicts) {
  DocBuilder a("a", {"Floods killed 12 people in Lakeport on Monday."});
  DocBuilder b("b", {"The central bank of Norland raised interest rates by 2 percent."});
  DocBuilder c("c", {"A striker from Eastvale scored twice as United won the cup final."});
  std::vector<Document> docs = {
      WithClaims(FloodTags(a).Quantity("12 people", 12, "people").Build()),
      WithClaims(b.Entity("Norland", EntityType::kGpe).Build()),
      WithClaims(
          c.Entity("Eastvale", EntityType::kGpe).Entity("United", EntityType::kOrg).Build())};
  const CompareResult r = CompareDocuments(docs, {});
  for (const Finding& f : r.findings) {
    EXPECT_EQ(f.docs.size(), 1u) << f.summary;
    EXPECT_EQ(f.kind, FindingKind::kSingleSource);
  }
  EXPECT_FALSE(r.findings.empty());
  CompareOptions no_singles;
  no_singles.include_single_source = false;
  EXPECT_TRUE(CompareDocuments(docs, no_singles).findings.empty());
}

// Articles on one story word its central event differently ("fell", "sank", "crash") and
// name different participants; told they are one story, their leads' claims of the event
// class most of them report are one fact. A later, unrelated fall in the body stays apart,
// and without one_story (a mixed pile) nothing joins on the event class alone.
TEST_F(CompareTest, OneStoryGroupsTheLeadsCentralEventAcrossWordings) {
  DocBuilder a("a", {"Old mill bridge fell into the Oster river",
                     "Engineers had warned about the bridge for years.",
                     "In 1998 a barn fell in a storm nearby."});
  DocBuilder b("b", {"A historic bridge sank into the river at Millbrook on Sunday."});
  DocBuilder c("c", {"Drivers saw the span crash into the water, police said."});
  std::vector<Document> docs = {WithClaims(a.Entity("Oster", EntityType::kLoc).Build()),
                                WithClaims(b.Entity("Millbrook", EntityType::kGpe).Build()),
                                WithClaims(c.Build())};
  CompareOptions story;
  story.one_story = true;
  story.lead_sentences = 2;
  const CompareResult r = CompareDocuments(docs, story);
  const Finding* central = nullptr;
  for (const Finding& f : r.findings) {
    if (f.docs.size() > 1) {
      EXPECT_EQ(central, nullptr) << f.summary;
      central = &f;
    }
  }
  ASSERT_NE(central, nullptr);
  EXPECT_EQ(central->docs, (std::vector<uint32_t>{0, 1, 2}));
  for (const ClaimRef& ref : central->claims) {
    EXPECT_LT(docs[ref.doc].claims[ref.claim].sentence, 2u);  // the barn is not in it
  }
  EXPECT_NE(central->kind, FindingKind::kConflict);
  for (const Finding& f : CompareDocuments(docs, {}).findings) {
    EXPECT_EQ(f.docs.size(), 1u) << f.summary;
  }
}

// Claims in one group only through others (here the story's central event) may state
// different facts: only claims comparable on their own are checked for conflicts.
TEST_F(CompareTest, ClaimsGroupedOnlyThroughTheStoryAreNotComparedForConflicts) {
  DocBuilder a("a", {"Old mill bridge fell into the river on May 4."});
  DocBuilder b("b", {"A ferry sank near Harwick on May 9 in a storm."});
  DocBuilder c("c", {"The bridge at Oster crashed into the water."});
  std::vector<Document> docs = {
      WithClaims(a.Date("May 4", "2025-05-04").Build()),
      WithClaims(b.Entity("Harwick", EntityType::kGpe).Date("May 9", "2025-05-09").Build()),
      WithClaims(c.Entity("Oster", EntityType::kGpe).Build())};
  CompareOptions story;
  story.one_story = true;
  const CompareResult r = CompareDocuments(docs, story);
  bool grouped = false;
  for (const Finding& f : r.findings) grouped |= f.docs.size() == 3;
  EXPECT_TRUE(grouped);
  for (const Finding* f : OfKind(r, FindingKind::kConflict)) ADD_FAILURE() << f->reason;
}

// In one story, the lead claims of the class most leads report are one finding however worded;
// a lead claim of another class about the same person ("charged with fraud") is another fact
// and stays out of it.
TEST_F(CompareTest, OneStoryCentralEventIsTheClassMostLeadsReport) {
  auto tags = [](DocBuilder& d) -> DocBuilder& {
    return d.Entity("Ines Varga", EntityType::kPerson, "name:ines_varga")
        .Entity("Dunmore", EntityType::kGpe, "gaz:dunmore")
        .Entity("Paul Brandt", EntityType::kPerson, "name:paul_brandt");
  };
  DocBuilder a("a", {"Dunmore mayor Ines Varga resigned on Monday."});
  DocBuilder b("b", {"Ines Varga stepped down as mayor of Dunmore."});
  DocBuilder c("c", {"Prosecutors charged Ines Varga with fraud.",
                     "Paul Brandt was arrested in an unrelated case."});
  std::vector<Document> docs = {WithClaims(tags(a).Build()), WithClaims(tags(b).Build()),
                                WithClaims(tags(c).Build())};
  CompareOptions story;
  story.one_story = true;
  story.lead_sentences = 2;
  const CompareResult r = CompareDocuments(docs, story);
  const Finding* central = nullptr;
  for (const Finding& f : r.findings) {
    if (f.docs.size() > 1) {
      EXPECT_EQ(central, nullptr) << f.summary;
      central = &f;
    }
  }
  ASSERT_NE(central, nullptr);
  EXPECT_EQ(central->docs, (std::vector<uint32_t>{0, 1}));
  std::vector<std::string> events;
  for (const ClaimRef& ref : central->claims) {
    events.push_back(docs[ref.doc].claims[ref.claim].event);
  }
  EXPECT_EQ(events, (std::vector<std::string>{"dismiss", "dismiss"}));
}

// Two parties doing the same kind of thing are two facts: the cabinet's meeting is not the
// envoy's, though both concern Sylvania.
TEST_F(CompareTest, DifferentDoersOfOneKindOfEventAreTwoFacts) {
  DocBuilder a("a", {"The Freedonian cabinet will meet on Sunday to review the talks with "
                     "Sylvania and the border plan."});
  DocBuilder b("b", {"The Ruritanian envoy will meet officials of Sylvania on Monday to review "
                     "the talks and the border plan."});
  std::vector<Document> docs = {WithClaims(a.Entity("Freedonian", EntityType::kNorp, "gaz:norp:FD")
                                               .Entity("Sylvania", EntityType::kGpe, "gaz:sylvania")
                                               .Build()),
                                WithClaims(b.Entity("Ruritanian", EntityType::kNorp, "gaz:norp:RU")
                                               .Entity("Sylvania", EntityType::kGpe, "gaz:sylvania")
                                               .Build())};
  const CompareResult r = CompareDocuments(docs, {});
  for (const Finding& f : r.findings)
    EXPECT_EQ(f.docs.size(), 1u) << f.summary << " / " << f.reason;
}

// Claims of different kinds that relate the same two named facts (a treaty and a war) state
// one fact; claims that share one named fact but say different things complement each other.
TEST_F(CompareTest, TwoNamedFactsRelatedByTwoSourcesAreCorroborated) {
  DocBuilder a("a", {"Diplomats met to revive the Treaty of Lorn, signed after the 1911 war."});
  DocBuilder b("b", {"Critics reject the Treaty of Lorn, which ended the 1911 war."});
  DocBuilder c("c", {"Lawyers will study the Treaty of Lorn next year."});
  auto tags = [](DocBuilder& d) -> DocBuilder& {
    return d.Entity("Treaty of Lorn", EntityType::kLaw, "name:treaty_of_lorn")
        .Entity("1911 war", EntityType::kEvent, "event:war:1911");
  };
  std::vector<Document> docs = {
      WithClaims(tags(a).Build()), WithClaims(tags(b).Build()),
      WithClaims(c.Entity("Treaty of Lorn", EntityType::kLaw, "name:treaty_of_lorn").Build())};
  CompareResult r = CompareDocuments({docs[0], docs[1]}, {});
  const auto agreed = OfKind(r, FindingKind::kCorroborated);
  ASSERT_EQ(agreed.size(), 1u);
  EXPECT_EQ(agreed[0]->docs, (std::vector<uint32_t>{0, 1}));
  EXPECT_NE(agreed[0]->reason.find("1911 war"), std::string::npos) << agreed[0]->reason;
  r = CompareDocuments({docs[0], docs[2]}, {});
  for (const Finding& f : r.findings) {
    EXPECT_NE(f.kind, FindingKind::kCorroborated) << f.summary << " / " << f.reason;
  }
}

TEST_F(CompareTest, EmptyInput) {
  const CompareResult r = CompareDocuments({}, {});
  EXPECT_TRUE(r.findings.empty());
  EXPECT_TRUE(r.syndicated.empty());
}

}  // namespace
}  // namespace claimscan
