// Hostile inputs through Engine::Analyze: each gives a result that keeps every contract
// (tests/fuzz/invariants.h) or a clear error — never a crash, a hang or super-linear growth.
#include <gtest/gtest.h>
#include <malloc.h>

#include <initializer_list>
#include <string>
#include <string_view>

#include "claimscan/engine.h"
#include "invariants.h"
#include "robustness_util.h"

namespace claimscan::robustness {
namespace {

// Analyses `bytes`; on success checks the invariants, on failure that the error is one of
// `allowed` and says something. Returns whether the analysis succeeded.
bool AnalyzeResultOrClearError(std::string_view what, const std::string& bytes,
                               const ParseOptions& options,
                               std::initializer_list<absl::StatusCode> allowed) {
  auto doc = SharedEngine().Analyze("hostile", bytes, options, nullptr);
  if (!doc.ok()) {
    EXPECT_FALSE(doc.status().message().empty()) << what;
    bool expected = false;
    for (absl::StatusCode code : allowed) expected = expected || doc.status().code() == code;
    EXPECT_TRUE(expected) << what << ": unexpected error " << doc.status();
    return false;
  }
  EXPECT_EQ(invariants::CheckDocument(*doc, bytes), "") << what;
  return true;
}

ParseOptions Replace() {
  ParseOptions o;
  o.invalid_utf8 = InvalidUtf8::kReplace;
  return o;
}

TEST(Hostile, EmptyInputIsAnEmptyArticle) {
  auto doc = SharedEngine().Analyze("empty", "", {}, nullptr);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_TRUE(doc->article.paragraphs.empty());
  EXPECT_TRUE(doc->article.sentences.empty());
  EXPECT_TRUE(doc->article.title.empty());
  EXPECT_TRUE(doc->tags.mentions.empty());
  EXPECT_TRUE(doc->claims.empty());
}

TEST(Hostile, WhiteSpaceOnlyIsAnEmptyArticle) {
  const std::string bytes = " \t\r\n\n   \r\n\t\f\v \n";
  auto doc = SharedEngine().Analyze("blank", bytes, {}, nullptr);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->article.original, bytes);
  EXPECT_TRUE(doc->article.paragraphs.empty());
  EXPECT_TRUE(doc->article.sentences.empty());
  EXPECT_TRUE(doc->claims.empty());
}

TEST(Hostile, UnicodeWhiteSpaceOnlyHasNoClaims) {
  // NBSP, narrow NBSP, zero-width space, BOM, ideographic space.
  const std::string bytes = "\xC2\xA0\xE2\x80\xAF\n\xE2\x80\x8B\xEF\xBB\xBF\xE3\x80\x80\n";
  ASSERT_TRUE(AnalyzeResultOrClearError("unicode blanks", bytes, {}, {}));
}

// 50 MB on one line through the parser (the stage that cuts lines and sentences), and 2 MB
// of it through the whole pipeline (about 1 s of CPU per MB in RelWithDebInfo).
TEST(Hostile, FiftyMegabytesOnOneLine) {
  const std::string_view sentence =
      "Hezbollah fired 10 rockets at Haifa on Monday, Israeli officials said. ";
  const std::string huge = Repeat(sentence, Scaled(size_t{50} << 20) / sentence.size());
  auto article = SharedEngine().Parse("one-line", huge, {});
  ASSERT_TRUE(article.ok()) << article.status();
  EXPECT_EQ(invariants::CheckArticle(*article, huge), "");
  EXPECT_GT(article->sentences.size(), Scaled(size_t{50} << 20) / sentence.size() / 2);

  const std::string bytes = Repeat(sentence, Scaled(size_t{2} << 20) / sentence.size());
  auto doc = SharedEngine().Analyze("one-line", bytes, {}, nullptr);
  if (!doc.ok()) {
    // The only acceptable refusal is a documented limit (entities per document).
    EXPECT_EQ(doc.status().code(), absl::StatusCode::kResourceExhausted) << doc.status();
    return;
  }
  EXPECT_EQ(invariants::CheckDocument(*doc, bytes), "");
  EXPECT_FALSE(doc->article.paragraphs.empty());
}

TEST(Hostile, AMillionTinyLines) {
  const std::string bytes = Repeat("a\n", Scaled(1000000));
  ASSERT_TRUE(AnalyzeResultOrClearError("tiny lines", bytes, {}, {}));
}

TEST(Hostile, RepeatedPatterns) {
  struct Case {
    const char* name;
    std::string bytes;
  };
  const Case cases[] = {
      {"1,1,1,...", Repeat("1,", Scaled(1000000))},
      // Kept small: the tagger is super-linear on it (see HostileGrowth and docs/robustness.md).
      {"U.S.U.S....", Repeat("U.S.", Scaled(8000))},
      {"(((...)))", Repeat("(", Scaled(100000)) + Repeat(")", Scaled(100000))},
      {"100k straight quotes", Repeat("\"", Scaled(100000))},
      {"100k curly quotes", Repeat("\xE2\x80\x9C\xE2\x80\x9D", Scaled(50000))},
      {"100k apostrophes in a word", "Israel" + Repeat("'s", Scaled(20000))},
      {"hyphen chain", "Ben" + Repeat("-Gvir", Scaled(20000))},
      {"dots", Repeat(".", Scaled(50000))},
      {"dash lines", Repeat("- Advertisement -\n", Scaled(10000))},
      {"digits", Repeat("9", Scaled(200000))},
      {"number ranges", Repeat("10,000 to 15,000 ", Scaled(10000))},
      {"dates", Repeat("Sept. 27, 2024 | 13:54 ", Scaled(5000))},
      {"backslash lines", Repeat("word \\\n", Scaled(20000))},
      {"zero-width", "A" + Repeat("\xE2\x80\x8B", Scaled(100000)) + "B"},
      {"said said", Repeat("said ", Scaled(20000))},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    AnalyzeResultOrClearError(c.name, c.bytes, {}, {absl::StatusCode::kResourceExhausted});
  }
}

// 10,000 distinct capitalised words in a row: a name recogniser that grows a candidate name
// word by word must not go quadratic or make one 10,000-word entity.
std::string CapitalisedWords(size_t count) {
  static constexpr std::string_view kSyllables[] = {"ka", "lo", "mi", "ra", "zu", "te",
                                                    "no", "vi", "sa", "de", "fo", "gu"};
  std::string out;
  for (size_t i = 0; i < count; ++i) {
    std::string word;
    for (size_t k = i, n = 0; n < 3; k /= 12, ++n) word += kSyllables[k % 12];
    word[0] = static_cast<char>(word[0] - 'a' + 'A');
    out += word;
    out += ' ';
  }
  return out;
}

TEST(Hostile, TenThousandCapitalisedWords) {
  const std::string bytes = CapitalisedWords(Scaled(10000)) + "said on Monday.\n";
  AnalyzeResultOrClearError("capitalised words", bytes, {}, {absl::StatusCode::kResourceExhausted});
}

TEST(Hostile, IllFormedUtf8IsRejectedWithTheOffsetOrReplaced) {
  const std::string bytes =
      "Israel said\n\xC3 broken \xC0\xAF overlong \xED\xA0\x80 surrogate "
      "\xF4\x90\x80\x80 too big, \x80 lone.\n";
  auto rejected = SharedEngine().Analyze("bad", bytes, {}, nullptr);
  ASSERT_FALSE(rejected.ok());
  EXPECT_EQ(rejected.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(std::string(rejected.status().message()).find("12"), std::string::npos)
      << "the error names the first bad offset (12): " << rejected.status();

  auto replaced = SharedEngine().Analyze("bad", bytes, Replace(), nullptr);
  ASSERT_TRUE(replaced.ok()) << replaced.status();
  EXPECT_EQ(invariants::CheckDocument(*replaced, bytes), "");
  const Article& a = replaced->article;
  ASSERT_EQ(a.text.size(), bytes.size());
  EXPECT_EQ(a.text[12], '?');
  EXPECT_EQ(a.text.substr(21, 2), "??");  // overlong C0 AF: both bytes
  // Every byte that differs became '?', and the replaced text is well formed.
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (a.text[i] != bytes[i]) {
      EXPECT_EQ(a.text[i], '?') << i;
    }
  }
  EXPECT_EQ(FindInvalidUtf8(a.text), kNoInvalidUtf8);
}

TEST(Hostile, TruncatedSequenceAtTheEnd) {
  for (std::string tail : {"\xE2", "\xE2\x80", "\xF0\x9F\x98"}) {
    const std::string bytes = "Hezbollah fired rockets " + tail;
    auto rejected = SharedEngine().Analyze("cut", bytes, {}, nullptr);
    EXPECT_FALSE(rejected.ok());
    AnalyzeResultOrClearError("truncated tail, replaced", bytes, Replace(), {});
  }
}

TEST(Hostile, Utf16WithBomIsAClearErrorOrReplaced) {
  std::string bytes = "\xFF\xFE";
  for (char c : std::string("Israel said on Monday.\n")) {
    bytes += c;
    bytes += '\0';
  }
  auto rejected = SharedEngine().Analyze("utf16", bytes, {}, nullptr);
  ASSERT_FALSE(rejected.ok());
  EXPECT_EQ(rejected.status().code(), absl::StatusCode::kInvalidArgument) << rejected.status();
  AnalyzeResultOrClearError("utf-16, replace", bytes, Replace(),
                            {absl::StatusCode::kInvalidArgument});
}

TEST(Hostile, Utf8BomChangesNothingButTheOffsets) {
  // A byte order mark in front of an article: the same fields, three bytes further on.
  for (auto& [id, bytes] : LoadExamples()) {
    auto plain = SharedEngine().Analyze(id, bytes, {}, nullptr);
    const std::string with_bom = "\xEF\xBB\xBF" + bytes;
    auto bom = SharedEngine().Analyze(id, with_bom, {}, nullptr);
    ASSERT_TRUE(plain.ok() && bom.ok()) << id;
    EXPECT_EQ(invariants::CheckDocument(*bom, with_bom), "") << id;
    EXPECT_EQ(plain->article.View(plain->article.title), bom->article.View(bom->article.title))
        << id;
    ASSERT_EQ(plain->article.paragraphs.size(), bom->article.paragraphs.size()) << id;
    for (size_t i = 0; i < plain->article.paragraphs.size(); ++i) {
      const Span p = plain->article.paragraphs[i];
      EXPECT_EQ(bom->article.paragraphs[i], (Span{p.begin + 3, p.end + 3})) << id;
    }
    EXPECT_EQ(plain->claims.size(), bom->claims.size()) << id;
  }
}

TEST(Hostile, NulBytesAreAClearErrorOrKeptInPlace) {
  const std::string bytes("Title line\nThe army said\0 that 3 soldiers died.\n\0\0\0\n", 50);
  AnalyzeResultOrClearError("NUL", bytes, {}, {absl::StatusCode::kInvalidArgument});
  AnalyzeResultOrClearError("NUL, replace", bytes, Replace(), {absl::StatusCode::kInvalidArgument});
  // All NULs: binary, not an article.
  AnalyzeResultOrClearError("all NUL", std::string(4096, '\0'), {},
                            {absl::StatusCode::kInvalidArgument});
}

TEST(Hostile, HtmlMarkup) {
  const std::string bytes =
      "<!DOCTYPE html>\n<html><head><title>Strikes on Haifa</title>\n"
      "<script>var ads = [1,2,3]; if (a < b && c > d) { x(); }</script></head>\n"
      "<body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>\n"
      "<p>Hezbollah fired <b>dozens</b> of rockets at Haifa on Monday, the army said.</p>\n"
      "<p>&quot;We will respond,&quot; Netanyahu said &amp; added nothing.</p>\n"
      "<!-- comment --></body></html>\n";
  ASSERT_TRUE(AnalyzeResultOrClearError("html", bytes, {}, {}));
}

TEST(Hostile, ControlCharactersAndLoneCarriageReturns) {
  std::string bytes = "Title\rBody one.\rBody two said the army.\r\x1b[31mred\x1b[0m\x07\x08\n";
  AnalyzeResultOrClearError("CR and escapes", bytes, {}, {absl::StatusCode::kInvalidArgument});
}

// ---- Linear time and memory -----------------------------------------------------------------

// Bytes the heap holds right now (glibc); meaningless under a sanitizer's allocator.
size_t HeapInUse() { return mallinfo2().uordblks; }

struct Growth {
  double time_ratio = 0;
  double memory_ratio = 0;
};

// Analyses make(n) and make(4n) and returns how much more time and retained memory the larger
// one took. Linear code gives about 4 for both; quadratic code 16.
template <typename Make>
Growth MeasureGrowth(Make make, size_t n) {
  Growth g;
  double seconds[2];
  size_t retained[2];
  for (int k = 0; k < 2; ++k) {
    const std::string bytes = make(k == 0 ? n : 4 * n);
    seconds[k] = BestSeconds([&] {
      auto doc = SharedEngine().Analyze("growth", bytes, {}, nullptr);
      EXPECT_TRUE(doc.ok() || doc.status().code() == absl::StatusCode::kResourceExhausted)
          << doc.status();
    });
    const size_t before = HeapInUse();
    auto doc = SharedEngine().Analyze("growth", bytes, {}, nullptr);
    retained[k] = HeapInUse() - std::min(before, HeapInUse());
  }
  // Below 5 ms the clock and the caches dominate: treat as 5 ms.
  g.time_ratio = seconds[1] / std::max(seconds[0], 0.005);
  g.memory_ratio = static_cast<double>(retained[1]) / std::max<size_t>(retained[0], 4096);
  return g;
}

void ExpectLinear(const char* name, const Growth& g) {
  std::printf("[growth] %-24s time x%.2f  memory x%.2f  (for 4x the input)\n", name, g.time_ratio,
              g.memory_ratio);
  EXPECT_LT(g.time_ratio, 8.0) << name << ": time grows faster than linearly";
  if (!kSanitized) {
    EXPECT_LT(g.memory_ratio, 8.0) << name << ": memory grows faster than linearly";
  }
}

TEST(HostileGrowth, TimeAndMemoryGrowLinearly) {
  const size_t n = Scaled(40000);
  const std::string_view sentence =
      "Hezbollah fired 10 rockets at Haifa on Monday, Israeli officials said. ";
  ExpectLinear("sentences, one line",
               MeasureGrowth([&](size_t k) { return Repeat(sentence, k / 8); }, n));
  ExpectLinear("paragraphs",
               MeasureGrowth(
                   [&](size_t k) {
                     return Repeat("The army said 3 soldiers died in Gaza on Sept. 27.\n\n", k / 8);
                   },
                   n));
  ExpectLinear("tiny lines", MeasureGrowth([](size_t k) { return Repeat("a\n", k); }, n));
  ExpectLinear("1,1,1", MeasureGrowth([](size_t k) { return Repeat("1,", k); }, n));
  ExpectLinear("U.S.", MeasureGrowth([](size_t k) { return Repeat("U.S.", k / 8); }, n));
  ExpectLinear("parentheses",
               MeasureGrowth([](size_t k) { return Repeat("(", k) + Repeat(")", k); }, n));
  ExpectLinear("quotes", MeasureGrowth([](size_t k) { return Repeat("\"", k); }, n));
  ExpectLinear("capitalised words",
               MeasureGrowth([](size_t k) { return CapitalisedWords(k / 4) + "said.\n"; }, n));
  ExpectLinear(
      "date-like",
      MeasureGrowth([](size_t k) { return Repeat("Sept. 27, 2024 | 13:54 ", k / 16); }, n));
}

}  // namespace
}  // namespace claimscan::robustness
