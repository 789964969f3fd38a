// The documented limits: ParseOptions::max_input_bytes, ParseOptions::max_sentence_bytes and
// EngineOptions::max_entities_per_document each give a clear error or a documented cut.
#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "claimscan/engine.h"
#include "invariants.h"
#include "robustness_util.h"

namespace claimscan::robustness {
namespace {

const std::string kArticle =
    "Israel strikes Beirut suburbs\n"
    "Israeli jets struck the southern suburbs of Beirut on Monday, the army said.\n";

TEST(Limits, InputOverMaxInputBytesIsResourceExhausted) {
  ParseOptions options;
  options.max_input_bytes = kArticle.size() - 1;
  auto parsed = SharedEngine().Parse("big", kArticle, options);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), absl::StatusCode::kResourceExhausted) << parsed.status();
  EXPECT_NE(std::string(parsed.status().message()).find(std::to_string(options.max_input_bytes)),
            std::string::npos)
      << "the error names the limit: " << parsed.status();
  auto analyzed = SharedEngine().Analyze("big", kArticle, options, nullptr);
  ASSERT_FALSE(analyzed.ok());
  EXPECT_EQ(analyzed.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(Limits, InputOfExactlyMaxInputBytesIsAccepted) {
  ParseOptions options;
  options.max_input_bytes = kArticle.size();
  auto doc = SharedEngine().Analyze("exact", kArticle, options, nullptr);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_FALSE(doc->article.paragraphs.empty());
}

TEST(Limits, DefaultMaxInputBytesKeepsOffsetsIn32Bits) {
  ParseOptions options;
  EXPECT_EQ(options.max_input_bytes, size_t{256} << 20);
  EXPECT_LT(options.max_input_bytes, size_t{1} << 32);  // Span offsets are uint32_t
}

TEST(Limits, LimitIsCheckedBeforeAnyOtherWork) {
  // Ill-formed UTF-8 past the limit: the size error wins, the bytes are never scanned.
  ParseOptions options;
  options.max_input_bytes = 16;
  const std::string bytes = std::string(32, 'a') + "\xFF";
  auto parsed = SharedEngine().Parse("big", bytes, options);
  ASSERT_FALSE(parsed.ok());
  EXPECT_EQ(parsed.status().code(), absl::StatusCode::kResourceExhausted) << parsed.status();
}

// Returns whether every ASCII letter or digit of each paragraph is inside some sentence.
bool SentencesCoverParagraphWords(const Article& a) {
  for (Span p : a.paragraphs) {
    for (uint32_t i = p.begin; i < p.end; ++i) {
      if (!std::isalnum(static_cast<unsigned char>(a.text[i]))) continue;
      bool covered = false;
      for (Span s : a.sentences) covered = covered || (s.begin <= i && i < s.end);
      if (!covered) return false;
    }
  }
  return true;
}

TEST(Limits, LongSentencesAreCutAtATokenEdgeAndNothingIsLost) {
  ParseOptions options;
  options.max_sentence_bytes = 200;
  // About 4,000 bytes of ordinary prose with no sentence punctuation.
  const std::string body = Repeat(
      "the army said that the residents of the town were told to leave their homes and go to "
      "the shelters in the north, ",
      36);
  const std::string bytes = "Headline about nothing\n" + body + "\n";
  auto parsed = SharedEngine().Parse("long", bytes, options);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(invariants::CheckArticle(*parsed, bytes), "");
  const Article& a = *parsed;
  ASSERT_GE(a.sentences.size(), body.size() / 200);
  for (Span s : a.sentences) {
    EXPECT_LE(s.size(), options.max_sentence_bytes);
    // A token edge: the cut never splits a word.
    const auto is_word = [&](uint32_t i) {
      return i < a.text.size() && std::isalpha(static_cast<unsigned char>(a.text[i]));
    };
    if (s.begin > 0) {
      EXPECT_FALSE(is_word(s.begin - 1) && is_word(s.begin)) << s.begin;
    }
    EXPECT_FALSE(is_word(s.end - 1) && is_word(s.end)) << s.end;
  }
  EXPECT_TRUE(SentencesCoverParagraphWords(a));
}

TEST(Limits, OneTokenLongerThanMaxSentenceBytesIsStillInsideTheText) {
  ParseOptions options;
  options.max_sentence_bytes = 64;
  const std::string bytes = "Title\n" + std::string(5000, 'x') + " and more words here.\n";
  auto doc = SharedEngine().Analyze("token", bytes, options, nullptr);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(invariants::CheckDocument(*doc, bytes), "");
  EXPECT_TRUE(SentencesCoverParagraphWords(doc->article));
}

TEST(Limits, MaxSentenceBytesOfOneByteDoesNotLoop) {
  ParseOptions options;
  options.max_sentence_bytes = 1;
  const std::string bytes = kArticle + "Gen. Smith said \xE2\x80\x9Cno\xE2\x80\x9D in Tel Aviv.\n";
  auto doc = SharedEngine().Analyze("one", bytes, options, nullptr);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(invariants::CheckDocument(*doc, bytes), "");
}

// Paragraphs naming many distinct people: far more entities than the limit below.
std::string ManyPeople() {
  static constexpr const char* kFirst[] = {"Amal",  "Omar",   "Yael",  "David", "Nadia",
                                           "Karim", "Miriam", "Yosef", "Layla", "Tariq"};
  static constexpr const char* kLast[] = {"Haddad", "Khoury", "Cohen",   "Levi",   "Nasser",
                                          "Saleh",  "Peretz", "Mansour", "Azulay", "Farah"};
  std::string out = "Officials from both sides speak out about the failed talks\n\n";
  for (const char* first : kFirst) {
    out += "On Monday,";
    for (const char* last : kLast) out += std::string(" ") + first + " " + last + ",";
    out +=
        " and several others said that they would not go to the talks in the capital because "
        "the other side had not agreed to any of the terms they had put forward.\n\n";
  }
  return out;
}

TEST(Limits, TooManyEntitiesIsResourceExhausted) {
  EngineOptions engine_options;
  engine_options.data_dir = CLAIMSCAN_TEST_DATA_DIR;
  engine_options.max_entities_per_document = 5;
  auto engine = Engine::Create(engine_options);
  ASSERT_TRUE(engine.ok()) << engine.status();
  const std::string bytes = ManyPeople();

  // The same text is within the default limit.
  auto unlimited = SharedEngine().Analyze("people", bytes, {}, nullptr);
  ASSERT_TRUE(unlimited.ok()) << unlimited.status();
  ASSERT_GT(unlimited->tags.entities.size(), 5u) << "the text must name more than 5 entities";

  auto limited = (*engine)->Analyze("people", bytes, {}, nullptr);
  ASSERT_FALSE(limited.ok()) << "got " << limited->tags.entities.size() << " entities";
  EXPECT_EQ(limited.status().code(), absl::StatusCode::kResourceExhausted) << limited.status();
  EXPECT_FALSE(limited.status().message().empty());
}

}  // namespace
}  // namespace claimscan::robustness
