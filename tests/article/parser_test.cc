// ArticleParser on the bundled examples (against tests/fixtures/examples_gold.tsv), on articles
// written in other outlets' styles (tests/fixtures/articles/), and on hostile input.
#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimscan/article.h"
#include "common/file.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const ArticleParser& Parser() {
  static const ArticleParser* parser = [] {
    auto created = ArticleParser::Create(CLAIMSCAN_TEST_DATA_DIR);
    EXPECT_TRUE(created.ok()) << created.status();
    return created.ok() ? created->release() : nullptr;
  }();
  return *parser;
}

std::string Read(const std::string& path) {
  auto bytes = ReadFile(path);
  EXPECT_TRUE(bytes.ok()) << bytes.status();
  return bytes.ok() ? *bytes : std::string();
}

Article ParseOk(std::string bytes, const ParseOptions& options = {}) {
  auto article = Parser().Parse("test", std::move(bytes), options);
  EXPECT_TRUE(article.ok()) << article.status();
  return article.ok() ? *std::move(article) : Article();
}

Article ParseFile(const std::string& path) { return ParseOk(Read(path)); }

std::vector<std::string> Texts(const Article& a, const std::vector<Span>& spans) {
  std::vector<std::string> out;
  for (Span s : spans) out.emplace_back(a.View(s));
  return out;
}

std::string Body(const Article& a) {
  std::string out;
  for (Span s : a.paragraphs) {
    out += a.View(s);
    out += '\n';
  }
  return out;
}

// Non-blank lines of `text` as trimmed spans (ASCII white space and NBSP, the only white
// space the examples and fixtures use).
std::vector<Span> NonBlankLines(std::string_view text) {
  auto space_at = [&](size_t i) -> size_t {  // length of the white space at i, or 0
    if (text[i] == ' ' || text[i] == '\t' || text[i] == '\r') return 1;
    return text.substr(i, 2) == "\xC2\xA0" ? 2 : 0;
  };
  auto space_before = [&](size_t e) -> size_t {
    if (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r') return 1;
    return e >= 2 && text.substr(e - 2, 2) == "\xC2\xA0" ? 2 : 0;
  };
  std::vector<Span> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t b = pos, e = nl;
    while (b < e && space_at(b)) b += space_at(b);
    while (e > b && space_before(e)) e -= space_before(e);
    if (e > b) out.push_back(Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    pos = nl + 1;
  }
  return out;
}

// Every kept or removed block with what it became.
std::map<uint32_t, std::pair<Span, std::string>> Blocks(const Article& a) {
  std::map<uint32_t, std::pair<Span, std::string>> out;
  auto add = [&](Span s, const std::string& what) {
    if (s.empty()) return;
    EXPECT_TRUE(out.emplace(s.begin, std::make_pair(s, what)).second)
        << "two blocks start at " << s.begin << ": " << a.View(s);
  };
  add(a.title, "title");
  add(a.subtitle, "subtitle");
  add(a.byline, "byline");
  for (Span s : a.headings) add(s, "heading");
  for (Span s : a.paragraphs) add(s, "body");
  for (const RemovedBlock& r : a.removed) add(r.span, "removed");
  return out;
}

// Kept and removed blocks cover every non-blank line exactly once, and every span reads the
// input bytes at its offsets.
void ExpectCoverage(const Article& a) {
  ASSERT_EQ(a.text.size(), a.original.size());
  const auto blocks = Blocks(a);
  const std::vector<Span> lines = NonBlankLines(a.text);
  ASSERT_EQ(blocks.size(), lines.size());
  size_t i = 0;
  for (const auto& [begin, block] : blocks) {
    EXPECT_EQ(block.first, lines[i]) << "line " << i << ": " << a.View(lines[i]);
    EXPECT_EQ(std::string_view(a.original).substr(block.first.begin, block.first.size()),
              a.View(block.first));
    ++i;
  }
  for (Span s : a.sentences) {
    EXPECT_LE(s.end, a.text.size());
    EXPECT_FALSE(s.empty());
  }
}

struct Gold {
  std::map<int, std::string> lines;  // 1-based line -> label
  std::map<std::string, std::vector<std::string>> meta;
};

std::map<std::string, Gold> LoadGold() {
  std::map<std::string, Gold> gold;
  const std::string path = std::string(CLAIMSCAN_TEST_FIXTURES_DIR) + "/examples_gold.tsv";
  const absl::Status status = ForEachDataLine(path, [&](int, std::string_view line) {
    std::vector<std::string> f;
    size_t pos = 0;
    while (true) {
      const size_t tab = line.find('\t', pos);
      f.emplace_back(line.substr(pos, tab == std::string_view::npos ? line.npos : tab - pos));
      if (tab == std::string_view::npos) break;
      pos = tab + 1;
    }
    if (f.size() != 4) return absl::InvalidArgumentError("expected 4 fields");
    if (f[1] == "line") {
      gold[f[0]].lines[std::stoi(f[2])] = f[3];
    } else {
      gold[f[0]].meta[f[2]].push_back(f[3]);
    }
    return absl::OkStatus();
  });
  EXPECT_TRUE(status.ok()) << status;
  return gold;
}

TEST(ArticleParserExamples, MatchGoldLineByLine) {
  const auto gold = LoadGold();
  ASSERT_EQ(gold.size(), 5u);
  for (const auto& [file, g] : gold) {
    SCOPED_TRACE(file);
    const Article a = ParseFile(std::string(CLAIMSCAN_TEST_EXAMPLES_DIR) + "/" + file);
    ExpectCoverage(a);
    const auto blocks = Blocks(a);
    // Line numbers of block starts.
    std::map<uint32_t, int> line_of;
    int line = 1;
    for (size_t i = 0, next = 0; i <= a.text.size(); ++i) {
      if (i == a.text.size() || a.text[i] == '\n') {
        for (auto it = blocks.lower_bound(static_cast<uint32_t>(next));
             it != blocks.end() && it->first < i; ++it) {
          line_of[it->first] = line;
        }
        ++line;
        next = i + 1;
      }
    }
    ASSERT_EQ(blocks.size(), g.lines.size());
    for (const auto& [begin, block] : blocks) {
      const int at = line_of[begin];
      ASSERT_TRUE(g.lines.count(at)) << "line " << at;
      EXPECT_EQ(block.second, g.lines.at(at)) << "line " << at << ": " << a.View(block.first);
    }
    auto field = [&](const std::string& name) {
      auto it = g.meta.find(name);
      return it == g.meta.end() ? std::vector<std::string>{} : it->second;
    };
    EXPECT_EQ(std::vector<std::string>{std::string(a.View(a.title))},
              field("title").empty() ? std::vector<std::string>{""} : field("title"));
    EXPECT_EQ(Texts(a, a.authors), field("author"));
    const auto published = field("published");
    EXPECT_EQ(a.published_iso.substr(0, 10), published.empty() ? "" : published[0]);
    if (!published.empty()) {
      EXPECT_GE(a.published_confidence, 0.8);
    }
    const auto dateline = field("dateline");
    if (!dateline.empty()) {
      EXPECT_EQ(a.View(a.dateline), dateline[0]);
    }
  }
}

TEST(ArticleParserExamples, NoPromptSurvivesAndNoBodyIsLost) {
  static constexpr std::string_view kPrompts[] = {
      "Subscribe to",       "Leave a Reply",           "Your email address will not be published",
      "Advertisement",      "Trinity Audio",           "See also",
      "Discover more from", "Please enter your",       "Must Read",
      "Latest News",        "More Articles Like This", "LEAVE A REPLY"};
  const auto gold = LoadGold();
  for (const auto& [file, g] : gold) {
    const std::string path = std::string(CLAIMSCAN_TEST_EXAMPLES_DIR) + "/" + file;
    const Article a = ParseFile(path);
    const std::string body = Body(a);
    for (std::string_view prompt : kPrompts) {
      EXPECT_EQ(body.find(prompt), std::string::npos) << file << ": " << prompt;
    }
    // Every gold body line is in the body, verbatim.
    const std::string text = Read(path);
    int line = 1;
    size_t pos = 0;
    while (pos <= text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string::npos) nl = text.size();
      auto it = g.lines.find(line);
      if (it != g.lines.end() && it->second == "body") {
        std::string_view l(text.data() + pos, nl - pos);
        while (!l.empty() && (l.back() == ' ' || l.back() == '\r')) l.remove_suffix(1);
        EXPECT_NE(body.find(l), std::string::npos) << file << ":" << line;
      }
      ++line;
      pos = nl + 1;
    }
  }
}

TEST(ArticleParserExamples, SentencesKeepAbbreviations) {
  const Article a =
      ParseFile(std::string(CLAIMSCAN_TEST_EXAMPLES_DIR) + "/003_aceeea0f2382b012.txt");
  const auto sentences = Texts(a, a.sentences);
  EXPECT_TRUE(std::any_of(sentences.begin(), sentences.end(), [](const std::string& s) {
    return s.find("killed Sept. 27, with Israeli") != std::string::npos;
  }));
  EXPECT_TRUE(std::any_of(sentences.begin(), sentences.end(), [](const std::string& s) {
    return s.find("including the U.S. and France") != std::string::npos;
  }));
  EXPECT_EQ(sentences.front(),
            "Intense Conflict Leads Hezbollah to Consider Cease-Fire with Israel");
}

TEST(ArticleParserExamples, BylineWithRolesGivesTwoAuthors) {
  const Article a =
      ParseFile(std::string(CLAIMSCAN_TEST_EXAMPLES_DIR) + "/000_ebbecf3718b6671e.txt");
  EXPECT_EQ(a.View(a.byline), "Report by Amal Shehadeh, English adaptation by Yasmine Jaroudi");
  EXPECT_THAT(Texts(a, a.authors), ElementsAre("Amal Shehadeh", "Yasmine Jaroudi"));
  EXPECT_EQ(a.published_iso, "2024-11-02T13:54");
}

TEST(ArticleParserExamples, RemovalReasons) {
  const Article a =
      ParseFile(std::string(CLAIMSCAN_TEST_EXAMPLES_DIR) + "/004_a0aefb3713c4057f.txt");
  std::map<std::string, RemovalReason> reason;
  for (const RemovedBlock& r : a.removed) reason.emplace(a.View(r.span), r.reason);
  EXPECT_EQ(reason.at("- Advertisement -"), RemovalReason::kAdvertisement);
  EXPECT_EQ(reason.at("Getting your Trinity Audio player ready..."), RemovalReason::kAdvertisement);
  EXPECT_EQ(reason.at("Thursday, November 21, 2024"), RemovalReason::kMetadata);
  EXPECT_EQ(reason.at("LEAVE A REPLY"), RemovalReason::kFormField);
  EXPECT_EQ(RemovalReasonName(RemovalReason::kTeaser), "teaser");
  // The stand-first shown again as the first paragraph is removed once, as a duplicate.
  int duplicates = 0;
  for (const RemovedBlock& r : a.removed) duplicates += r.reason == RemovalReason::kDuplicate;
  EXPECT_EQ(duplicates, 1);
  EXPECT_THAT(std::string(a.View(a.subtitle)), HasSubstr("Prime Minister Benjamin Netanyahu"));
}

// ---- Other outlets' styles ------------------------------------------------------------------

std::string Fixture(const std::string& name) {
  return std::string(CLAIMSCAN_TEST_FIXTURES_DIR) + "/articles/" + name;
}

TEST(ArticleParserStyles, WireCopyWithDateline) {
  const Article a = ParseFile(Fixture("wire_reuters.txt"));
  ExpectCoverage(a);
  EXPECT_EQ(a.View(a.title), "Israel says it struck Hezbollah sites in southern Lebanon");
  EXPECT_THAT(Texts(a, a.authors), ElementsAre("Jane Doe", "John Roe"));
  EXPECT_EQ(a.View(a.dateline), "BEIRUT");
  EXPECT_EQ(a.View(a.outlet), "Reuters");
  EXPECT_EQ(a.published_iso.substr(0, 10), "2024-11-03");
  ASSERT_EQ(a.paragraphs.size(), 5u);
  EXPECT_THAT(std::string(a.View(a.paragraphs[0])), HasSubstr("BEIRUT (Reuters) - Israel's"));
  const std::string body = Body(a);
  EXPECT_EQ(body.find("Scroll to continue"), std::string::npos);
  EXPECT_EQ(body.find("Oil prices rise"), std::string::npos);
  EXPECT_EQ(body.find("Reporting by"), std::string::npos);
}

TEST(ArticleParserStyles, BlogWithCommentForm) {
  const Article a = ParseFile(Fixture("blog_comments.txt"));
  ExpectCoverage(a);
  EXPECT_EQ(a.View(a.title), "How I saved my tomatoes from blight this summer");
  EXPECT_THAT(Texts(a, a.authors), ElementsAre("Anna Smith"));
  EXPECT_EQ(a.published_iso.substr(0, 10), "2023-08-14");
  ASSERT_EQ(a.paragraphs.size(), 4u);
  EXPECT_THAT(std::string(a.View(a.paragraphs[3])), HasSubstr("twenty kilos"));
  int form_fields = 0;
  for (const RemovedBlock& r : a.removed) form_fields += r.reason == RemovalReason::kFormField;
  EXPECT_GE(form_fields, 3);
  EXPECT_EQ(Body(a).find("Great tips"), std::string::npos);  // a reader comment
}

TEST(ArticleParserStyles, NewspaperWithRelatedLinks) {
  const Article a = ParseFile(Fixture("newspaper_related.txt"));
  ExpectCoverage(a);
  EXPECT_EQ(a.View(a.title), "City council approves new bus lanes after heated debate");
  EXPECT_THAT(std::string(a.View(a.subtitle)), HasSubstr("twelve kilometres of dedicated lanes"));
  EXPECT_THAT(Texts(a, a.authors), ElementsAre("Maria Lopez"));
  EXPECT_EQ(a.published_iso.substr(0, 10), "2024-03-05");
  EXPECT_THAT(Texts(a, a.headings), ElementsAre("What happens next"));
  EXPECT_EQ(a.paragraphs.size(), 4u);
  const std::string body = Body(a);
  EXPECT_EQ(body.find("Bus fares"), std::string::npos);
  EXPECT_EQ(body.find("cookie"), std::string::npos);
  std::map<std::string, RemovalReason> reason;
  for (const RemovedBlock& r : a.removed) reason.emplace(a.View(r.span), r.reason);
  EXPECT_EQ(reason.at("Council unveils plan for new cycle bridge"), RemovalReason::kTeaser);
}

TEST(ArticleParserStyles, HeadlinesGluedToExcerptsAreTeasers) {
  const std::string page =
      "Harbour Ferry Strike Ends After Three WeeksThe ferry workers accepted a new offer on "
      "Friday night and services resume on Monday morning.\n"
      "Best Places To Eat Near The Old HarbourLooking for a quiet dinner by the water? We "
      "tried the restaurants along the quay so that you do not have to.\n"
      "Flood barrier tested as river rises\n"
      "By Anna Berg\n"
      "The new flood barrier on the river was raised for the first time on Tuesday as the "
      "water level climbed after a week of heavy rain in the hills.\n"
      "Engineers said the barrier held without trouble and that the town centre stayed dry, "
      "although several roads near the bridge were closed for the afternoon.\n";
  const Article a = ParseOk(page);
  const std::string body = Body(a);
  EXPECT_THAT(body, HasSubstr("The new flood barrier"));
  EXPECT_THAT(body, HasSubstr("Engineers said"));
  EXPECT_EQ(body.find("ferry workers"), std::string::npos);
  EXPECT_EQ(body.find("quiet dinner"), std::string::npos);
  size_t teasers = 0;
  for (const RemovedBlock& r : a.removed) teasers += r.reason == RemovalReason::kTeaser;
  EXPECT_EQ(teasers, 2u);
  // One glued brand name in a paragraph is not a teaser list.
  const Article b = ParseOk(
      "Media Awards Announced For The SportsBusiness Journal Readers in a long list of winners "
      "that the editors published on Monday.\nThe editors said the list would grow next year "
      "as more readers took part in the vote than ever before.\n");
  EXPECT_THAT(Body(b), HasSubstr("SportsBusiness"));
}

TEST(ArticleParserStyles, GermanPage) {
  ParseOptions options;
  options.language = "de";
  const Article a = ParseOk(Read(Fixture("german_news.txt")), options);
  ExpectCoverage(a);
  EXPECT_EQ(a.View(a.title), "Bundestag beschließt Reform des Heizungsgesetzes");
  EXPECT_THAT(Texts(a, a.authors), ElementsAre("Max Mustermann"));
  EXPECT_EQ(a.View(a.dateline), "Berlin");
  EXPECT_EQ(a.paragraphs.size(), 4u);
  const std::string body = Body(a);
  EXPECT_EQ(body.find("Cookies"), std::string::npos);
  EXPECT_EQ(body.find("Wärmepumpe oder Fernwärme"), std::string::npos);
}

TEST(ArticleParserStyles, KeepAllKeepsEveryLine) {
  ParseOptions options;
  options.remove_boilerplate = false;
  const std::string text = Read(Fixture("blog_comments.txt"));
  const Article a = ParseOk(text, options);
  EXPECT_EQ(a.paragraphs.size(), NonBlankLines(text).size());
  EXPECT_TRUE(a.removed.empty());
}

TEST(ArticleParserStyles, ReferenceDateOnlyWhenTheArticleHasNone) {
  ParseOptions options;
  options.reference_date = CivilDate{2025, 1, 15};
  const Article dated = ParseOk(Read(Fixture("wire_reuters.txt")), options);
  EXPECT_EQ(dated.published_iso.substr(0, 10), "2024-11-03");
  const Article undated = ParseOk(
      Read(std::string(CLAIMSCAN_TEST_EXAMPLES_DIR) + "/003_aceeea0f2382b012.txt"), options);
  ASSERT_TRUE(undated.published.has_value());
  EXPECT_EQ(*undated.published, (CivilDate{2025, 1, 15}));
  EXPECT_LT(undated.published_confidence, 0.5);
}

// ---- Hostile input ---------------------------------------------------------------------------

TEST(ArticleParserInput, EmptyAndWhiteSpaceOnly) {
  for (std::string input : {std::string(), std::string(" \n\t\r\n  \n")}) {
    const Article a = ParseOk(input);
    EXPECT_TRUE(a.paragraphs.empty());
    EXPECT_TRUE(a.removed.empty());
    EXPECT_TRUE(a.title.empty());
    EXPECT_EQ(a.original, input);
  }
}

TEST(ArticleParserInput, NoNewlines) {
  const std::string text =
      "The council voted on Monday to approve the plan, which will add twelve kilometres of bus "
      "lanes to the city's busiest roads over the next two years, officials said.";
  const Article a = ParseOk(text);
  ExpectCoverage(a);
  ASSERT_EQ(a.paragraphs.size(), 1u);
  EXPECT_EQ(a.View(a.paragraphs[0]), text);
}

TEST(ArticleParserInput, BinaryIsRejected) {
  std::string bytes = "PK\x03\x04";
  bytes.append(64, '\0');
  bytes += "some text";
  auto a = Parser().Parse("zip", bytes, {});
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(a.status().message()), HasSubstr("looks binary"));
}

TEST(ArticleParserInput, InvalidUtf8BothPolicies) {
  const std::string bytes = "Title\nGood \xC3\x28 text here.\n";
  auto rejected = Parser().Parse("bad", bytes, {});
  ASSERT_FALSE(rejected.ok());
  EXPECT_EQ(rejected.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(rejected.status().message()), HasSubstr("offset 11"));

  ParseOptions options;
  options.invalid_utf8 = InvalidUtf8::kReplace;
  const Article a = ParseOk(bytes, options);
  EXPECT_EQ(a.original, bytes);
  ASSERT_EQ(a.text.size(), bytes.size());
  EXPECT_EQ(a.text[11], '?');
  EXPECT_EQ(Blocks(a).size(), 2u);
}

TEST(ArticleParserInput, OverLimitIsResourceExhausted) {
  ParseOptions options;
  options.max_input_bytes = 10;
  auto a = Parser().Parse("big", std::string(11, 'a'), options);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), absl::StatusCode::kResourceExhausted);
}

TEST(ArticleParserInput, TwentyMegabyteLineIsLinearAndSentencesAreCapped) {
  std::string line;
  const std::string_view words = "the plan adds lanes to the roads and officials said it works ";
  while (line.size() < (size_t{20} << 20)) line += words;  // one "sentence", no punctuation
  ParseOptions options;
  options.max_sentence_bytes = 1 << 16;
  const auto start = std::chrono::steady_clock::now();
  const Article a = ParseOk(line, options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 20.0);
  ExpectCoverage(a);
  ASSERT_FALSE(a.sentences.empty());
  size_t covered = 0;
  for (Span s : a.sentences) {
    EXPECT_LE(s.size(), options.max_sentence_bytes);
    covered += s.size();
  }
  EXPECT_GT(covered, line.size() * 9 / 10);
}

TEST(ArticleParserInput, CoverageOnAssortedTexts) {
  const std::vector<std::string> texts = {
      "a\nb\nc",
      "\n\n\nOnly line after blanks, which is short.",
      "  • Home\n  • News\n  • Sport\nHeadline here\nBy A B\nText text text.\n",
      "Title\nTitle\nTitle\n",
      "\xE2\x80\x94\n* * *\n|||\n[ ]\n",
      "Line with trailing spaces   \r\nand CRLF endings.\r\n",
  };
  for (const std::string& text : texts) {
    SCOPED_TRACE(text);
    ExpectCoverage(ParseOk(text));
  }
  for (const char* name :
       {"wire_reuters.txt", "blog_comments.txt", "newspaper_related.txt", "german_news.txt"}) {
    SCOPED_TRACE(name);
    ExpectCoverage(ParseFile(Fixture(name)));
  }
}

}  // namespace
}  // namespace claimscan
