#include <memory>
#include <string>
#include <vector>

#include "claimscan/claim.h"
#include "doc_builder.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

using testing::DocBuilder;

class ClaimExtractorTest : public ::testing::Test {
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

  static std::vector<Claim> Extract(const Document& doc) {
    std::vector<Claim> claims;
    EXPECT_TRUE(extractor_->Extract(doc.article, doc.tags, &claims).ok());
    return claims;
  }

  static std::string View(const Document& doc, Span s) { return std::string(doc.article.View(s)); }

  static int32_t EntityIndex(const Document& doc, std::string_view canonical) {
    for (size_t e = 0; e < doc.tags.entities.size(); ++e) {
      if (doc.tags.entities[e].canonical == canonical) return static_cast<int32_t>(e);
    }
    return -1;
  }

  static bool Has(const std::vector<int32_t>& v, int32_t x) {
    return std::find(v.begin(), v.end(), x) != v.end();
  }

  static const ClaimExtractor* extractor_;
};

const ClaimExtractor* ClaimExtractorTest::extractor_ = nullptr;

TEST_F(ClaimExtractorTest, MissingDataFolderIsAnError) {
  auto created = ClaimExtractor::Create("/nonexistent/claimscan-data");
  ASSERT_FALSE(created.ok());
  EXPECT_NE(created.status().message().find("events.tsv"), std::string::npos);
}

TEST_F(ClaimExtractorTest, SplitsCoordinatedClausesAndSharesTheSubject) {
  Document doc =
      DocBuilder("d", {"Israel killed top commanders, including Hezbollah leader Sayed Hassan "
                       "Nasrallah, and wreaked havoc in Hezbollah-influenced areas."})
          .Entity("Israel", EntityType::kGpe)
          .Entity("Hezbollah", EntityType::kOrg)
          .Entity("Sayed Hassan Nasrallah", EntityType::kPerson)
          .Build();
  const std::vector<Claim> claims = Extract(doc);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].event, "kill");
  EXPECT_EQ(View(doc, claims[0].trigger), "killed");
  EXPECT_EQ(View(doc, claims[0].span),
            "Israel killed top commanders, including Hezbollah leader Sayed Hassan Nasrallah");
  const int32_t israel = EntityIndex(doc, "Israel");
  const int32_t nasrallah = EntityIndex(doc, "Sayed Hassan Nasrallah");
  EXPECT_EQ(claims[0].actors, std::vector<int32_t>{israel});
  EXPECT_TRUE(Has(claims[0].targets, nasrallah));
  EXPECT_EQ(claims[1].event, "damage");
  EXPECT_EQ(View(doc, claims[1].trigger), "wreaked havoc");
  EXPECT_EQ(claims[1].actors, std::vector<int32_t>{israel});  // inherited from the first clause
  EXPECT_EQ(claims[0].attribution.kind, AttributionKind::kOutlet);
  EXPECT_FALSE(claims[0].negated);
  EXPECT_FALSE(claims[0].hedged);
}

TEST_F(ClaimExtractorTest, CommaBeforeParticipleStartsAClauseWithItsOwnFigure) {
  Document doc = DocBuilder("d", {"Israel carried out heavy airstrikes in central Beirut over the "
                                  "weekend, killing at least 29 people."})
                     .Entity("Israel", EntityType::kGpe)
                     .Entity("Beirut", EntityType::kGpe)
                     .Quantity("at least 29 people", 29, "people", Qualifier::kAtLeast)
                     .Build();
  const std::vector<Claim> claims = Extract(doc);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].event, "attack");
  EXPECT_EQ(claims[0].place, EntityIndex(doc, "Beirut"));
  EXPECT_TRUE(claims[0].quantities.empty());
  EXPECT_EQ(claims[1].event, "kill");
  EXPECT_EQ(View(doc, claims[1].span), "killing at least 29 people.");
  EXPECT_EQ(claims[1].quantities, std::vector<uint32_t>{0});
  EXPECT_EQ(claims[1].actors, std::vector<int32_t>{EntityIndex(doc, "Israel")});
}

TEST_F(ClaimExtractorTest, NamedSpeakerWithDirectQuote) {
  Document doc =
      DocBuilder("d", {"Israeli government spokesman David Mencer said, \xE2\x80\x9CWe are moving "
                       "towards an agreement, but there are still some issues to be "
                       "resolved.\xE2\x80\x9D"})
          .Entity("Israeli", EntityType::kNorp, "gaz:israel")
          .Entity("David Mencer", EntityType::kPerson)
          .Build();
  const std::vector<Claim> claims = Extract(doc);
  ASSERT_GE(claims.size(), 1u);
  const Claim& c = claims[0];
  EXPECT_EQ(c.event, "agreement");
  EXPECT_EQ(c.attribution.kind, AttributionKind::kNamed);
  EXPECT_EQ(View(doc, c.attribution.speaker), "David Mencer");
  EXPECT_EQ(View(doc, c.attribution.cue), "said");
  EXPECT_EQ(c.attribution.entity, EntityIndex(doc, "David Mencer"));
  EXPECT_TRUE(c.attribution.direct_quote);
  EXPECT_FALSE(c.negated);
  // "We" in the quotation speaks for the speaker's side.
  EXPECT_TRUE(Has(c.actors, EntityIndex(doc, "Israeli")));
}

TEST_F(ClaimExtractorTest, AnonymousSourceCarriesToTheNextSentenceAndNegationIsFound) {
  Document doc =
      DocBuilder("d", {"According to a source familiar with the discussions, Israel has received "
                       "indirect ceasefire requests from both Hezbollah and Iran.",
                       "The source noted, \xE2\x80\x9CIsrael doesn\xE2\x80\x99t want a "
                       "ceasefire\xE2\x80\x9D as it continues its military campaign."})
          .Entity("Israel", EntityType::kGpe)
          .Entity("Hezbollah", EntityType::kOrg)
          .Entity("Iran", EntityType::kGpe)
          .Build();
  const std::vector<Claim> claims = Extract(doc);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].attribution.kind, AttributionKind::kAnonymous);
  EXPECT_EQ(View(doc, claims[0].attribution.speaker), "a source familiar with the discussions");
  EXPECT_EQ(View(doc, claims[0].attribution.cue), "According to");
  EXPECT_EQ(claims[0].sentence, 0u);

  const Claim& quote = claims[1];
  EXPECT_EQ(quote.sentence, 1u);
  EXPECT_EQ(quote.event, "agreement");  // "want" only frames the ceasefire
  EXPECT_EQ(View(doc, quote.trigger), "ceasefire");
  EXPECT_EQ(quote.attribution.kind, AttributionKind::kAnonymous);
  EXPECT_EQ(View(doc, quote.attribution.speaker), "a source familiar with the discussions");
  EXPECT_TRUE(quote.attribution.direct_quote);
  EXPECT_TRUE(quote.negated);
  EXPECT_EQ(View(doc, quote.negation), "doesn\xE2\x80\x99t");
  EXPECT_TRUE(Has(quote.actors, EntityIndex(doc, "Israel")));
}

TEST_F(ClaimExtractorTest, MediaReportsAndHedges) {
  Document doc =
      DocBuilder("d", {"Israeli media report the withdrawal of thousands of Israeli soldiers.",
                       "Axios reported that Israel handed over a document.",
                       "The strikes have reportedly overwhelmed the air defenses of Israel.",
                       "Unconfirmed reports indicate that Hezbollah targeted several bases."})
          .Entity("Israel", EntityType::kGpe)
          .Entity("Axios", EntityType::kOrg)
          .Entity("Hezbollah", EntityType::kOrg)
          .Build();
  const std::vector<Claim> claims = Extract(doc);
  ASSERT_EQ(claims.size(), 4u);
  EXPECT_EQ(claims[0].event, "withdraw");
  EXPECT_EQ(claims[0].attribution.kind, AttributionKind::kMedia);
  EXPECT_EQ(View(doc, claims[0].attribution.speaker), "Israeli media");
  EXPECT_EQ(claims[1].attribution.kind, AttributionKind::kMedia);
  EXPECT_EQ(View(doc, claims[1].attribution.speaker), "Axios");
  EXPECT_EQ(View(doc, claims[1].span), "Israel handed over a document.");
  EXPECT_EQ(claims[2].attribution.kind, AttributionKind::kOutlet);
  EXPECT_TRUE(claims[2].hedged);
  ASSERT_EQ(claims[2].hedges.size(), 1u);
  EXPECT_EQ(View(doc, claims[2].hedges[0]), "reportedly");
  EXPECT_EQ(claims[3].event, "attack");
  EXPECT_EQ(claims[3].attribution.kind, AttributionKind::kMedia);
  EXPECT_TRUE(claims[3].hedged);  // "Unconfirmed" frames the whole report
}

TEST_F(ClaimExtractorTest, PronounSpeakerResolvesToTheLastNamedSpeaker) {
  Document doc = DocBuilder("d", {"Michael Herzog said a deal was close.",
                                  "He added, \xE2\x80\x9CWe just need to settle some minor "
                                  "issues and sign the agreement.\xE2\x80\x9D"})
                     .Entity("Michael Herzog", EntityType::kPerson)
                     .Build();
  const std::vector<Claim> claims = Extract(doc);
  ASSERT_GE(claims.size(), 2u);
  EXPECT_EQ(claims[0].attribution.kind, AttributionKind::kNamed);
  EXPECT_EQ(View(doc, claims[0].attribution.speaker), "Michael Herzog");
  EXPECT_EQ(View(doc, claims[0].span), "a deal was close.");
  const Claim& quote = claims.back();
  EXPECT_EQ(quote.sentence, 1u);
  EXPECT_EQ(quote.attribution.kind, AttributionKind::kNamed);
  EXPECT_EQ(View(doc, quote.attribution.speaker), "Michael Herzog");
  EXPECT_EQ(View(doc, quote.attribution.cue), "added");
  EXPECT_TRUE(quote.attribution.direct_quote);
}

TEST_F(ClaimExtractorTest, PassiveVoiceMakesTheSubjectTheTarget) {
  Document doc = DocBuilder("d", {"Hassan Nasrallah was killed in Beirut on September 27."})
                     .Entity("Hassan Nasrallah", EntityType::kPerson)
                     .Entity("Beirut", EntityType::kGpe)
                     .Date("September 27", "2024-09-27")
                     .Build();
  const std::vector<Claim> claims = Extract(doc);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].event, "kill");
  EXPECT_TRUE(claims[0].actors.empty());
  EXPECT_EQ(claims[0].targets, std::vector<int32_t>{EntityIndex(doc, "Hassan Nasrallah")});
  EXPECT_EQ(claims[0].place, EntityIndex(doc, "Beirut"));
  EXPECT_EQ(claims[0].times, std::vector<uint32_t>{0});
}

// After a passive verb, only the "by" phrase names the doer; "to" a place names where it went;
// a clause that follows names no one who did it.
TEST_F(ClaimExtractorTest, PassiveDoerOnlyAfterBy) {
  Document doc = DocBuilder("d", {"The radar was deployed to Zembla by Ruritanian engineers, "
                                  "with Sylvania watching."})
                     .Entity("Zembla", EntityType::kGpe)
                     .Entity("Ruritanian", EntityType::kNorp)
                     .Entity("Sylvania", EntityType::kGpe)
                     .Build();
  const std::vector<Claim> claims = Extract(doc);
  ASSERT_GE(claims.size(), 1u);
  EXPECT_EQ(claims[0].event, "deploy");
  EXPECT_EQ(claims[0].actors, std::vector<int32_t>{EntityIndex(doc, "Ruritanian")});
  EXPECT_FALSE(Has(claims[0].targets, EntityIndex(doc, "Zembla")));
  EXPECT_EQ(claims[0].place, EntityIndex(doc, "Zembla"));  // where it was deployed to
  EXPECT_FALSE(Has(claims[0].actors, EntityIndex(doc, "Sylvania")));
}

// Another register: a disaster wire with the speaker at the end of the sentence.
TEST_F(ClaimExtractorTest, TrailingAnonymousSpeakerInADisasterReport) {
  Document doc =
      DocBuilder("d", {"A strong earthquake struck northern Peru on Sunday, killing at least 12 "
                       "people, local officials said.",
                       "Rescue teams did not find any survivors in the village of Ancash."})
          .Entity("Peru", EntityType::kGpe)
          .Entity("Ancash", EntityType::kGpe)
          .Quantity("at least 12 people", 12, "people", Qualifier::kAtLeast)
          .Date("Sunday", "2025-03-02")
          .Build();
  const std::vector<Claim> claims = Extract(doc);
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[0].event, "disaster");
  EXPECT_EQ(claims[0].attribution.kind, AttributionKind::kAnonymous);
  EXPECT_EQ(View(doc, claims[0].attribution.speaker), "local officials");
  EXPECT_EQ(claims[1].event, "kill");
  EXPECT_EQ(claims[1].quantities.size(), 1u);
  EXPECT_EQ(claims[1].times, std::vector<uint32_t>{0});  // the sentence's date
  EXPECT_EQ(claims[2].event, "rescue");
  EXPECT_TRUE(claims[2].negated);
  EXPECT_EQ(View(doc, claims[2].negation), "not");
  EXPECT_EQ(claims[2].attribution.kind, AttributionKind::kOutlet);
}

TEST_F(ClaimExtractorTest, SentencesWithoutEventsYieldNoClaims) {
  Document doc = DocBuilder("d", {"The weather in the capital was mild.", ""}).Build();
  EXPECT_TRUE(Extract(doc).empty());
}

// A headline states the article's main fact: the title yields claims; a section heading,
// a label inside the body, does not.
TEST_F(ClaimExtractorTest, TheTitleIsAClaimButASectionHeadingIsNot) {
  Document doc = DocBuilder("d", {"Coast guard rescues 14 fishermen off Harwick",
                                  "Crew rescued in the storm", "The boat sank at dawn."})
                     .Entity("Harwick", EntityType::kGpe)
                     .Build();
  doc.article.title = doc.article.sentences[0];
  doc.article.headings.push_back(doc.article.sentences[1]);
  const std::vector<Claim> claims = Extract(doc);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].sentence, 0u);
  EXPECT_EQ(claims[0].event, "rescue");
  EXPECT_EQ(View(doc, claims[0].trigger), "rescues");
  EXPECT_EQ(claims[1].sentence, 2u);
  EXPECT_EQ(claims[1].event, "crash");
}

// The speaker closes the sentence and the verb is followed by words that report nothing
// ("in a statement"): the event before the speaker is the content.
TEST_F(ClaimExtractorTest, EventBeforeAClosingSpeakerIsTheContent) {
  Document doc = DocBuilder("d", {"The ferry sank near Porto Alto on Friday, its owner Lena "
                                  "Marsh said in a statement."})
                     .Entity("Porto Alto", EntityType::kGpe)
                     .Entity("Lena Marsh", EntityType::kPerson)
                     .Build();
  const std::vector<Claim> claims = Extract(doc);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].event, "crash");
  EXPECT_EQ(View(doc, claims[0].trigger), "sank");
  EXPECT_EQ(claims[0].attribution.kind, AttributionKind::kNamed);
  EXPECT_EQ(View(doc, claims[0].attribution.speaker), "Lena Marsh");
}

// Headlines speak in the present tense: the third-person form of a listed verb ("burned",
// "burning" -> "burns"; "charged" -> "charges" is listed) evokes its class too.
TEST_F(ClaimExtractorTest, PresentTenseHeadlineVerbsEvokeTheirClass) {
  Document doc = DocBuilder("d", {"Old tannery burns in Dunmore", "Rivera defeats Olsen again"})
                     .Entity("Dunmore", EntityType::kGpe)
                     .Entity("Rivera", EntityType::kPerson)
                     .Entity("Olsen", EntityType::kPerson)
                     .Build();
  const std::vector<Claim> claims = Extract(doc);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].event, "fire");
  EXPECT_EQ(View(doc, claims[0].trigger), "burns");
  EXPECT_EQ(claims[1].event, "win");
  EXPECT_EQ(View(doc, claims[1].trigger), "defeats");
}

TEST_F(ClaimExtractorTest, AppositiveSpeakerBeforeTheVerb) {
  Document doc =
      DocBuilder("d", {"Israel's ambassador to the United States, Michael Herzog, said a "
                       "deal was close and could be reached within days."})
          .Entity("Israel", EntityType::kGpe)
          .Entity("United States", EntityType::kGpe)
          .Entity("Michael", EntityType::kOrg)
          .Entity("Herzog", EntityType::kPerson)
          .Build();
  const std::vector<Claim> claims = Extract(doc);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].attribution.kind, AttributionKind::kNamed);
  EXPECT_EQ(View(doc, claims[0].attribution.speaker), "Herzog");
  EXPECT_EQ(View(doc, claims[0].span), "a deal was close and could be reached within days.");
}

}  // namespace
}  // namespace claimscan
