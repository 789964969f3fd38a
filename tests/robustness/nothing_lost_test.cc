// Nothing lost: the parser's kept blocks (title, subtitle, byline, headings, paragraphs) and
// removed blocks cover every word of the input exactly once, on the examples and on generated
// messy articles; and every span the reports print is the input's bytes at its offsets.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/engine.h"
#include "claimscan/report.h"
#include "common/json.h"
#include "invariants.h"
#include "robustness_util.h"

namespace claimscan::robustness {
namespace {

// The blocks an article is cut into: every line is kept as one of these, or removed.
std::vector<std::pair<Span, std::string>> Blocks(const Article& a) {
  std::vector<std::pair<Span, std::string>> blocks;
  auto add = [&](Span s, std::string what) {
    if (!s.empty()) blocks.emplace_back(s, std::move(what));
  };
  add(a.title, "title");
  add(a.subtitle, "subtitle");
  add(a.byline, "byline");
  for (Span s : a.headings) add(s, "heading");
  for (Span s : a.paragraphs) add(s, "paragraph");
  for (const RemovedBlock& r : a.removed) {
    add(r.span, "removed:" + std::string(RemovalReasonName(r.reason)));
  }
  return blocks;
}

std::string_view LineAt(std::string_view text, size_t i) {
  size_t b = text.rfind('\n', i);
  b = (b == std::string_view::npos) ? 0 : b + 1;
  size_t e = text.find('\n', i);
  if (e == std::string_view::npos) e = text.size();
  return text.substr(b, std::min<size_t>(e - b, 120));
}

// Each ASCII letter and digit of the input lies in exactly one block. (Punctuation and white
// space at a block's edge may be trimmed; a word may not be dropped or shown twice.) With
// --keep-all every non-empty line is body, so the paragraphs alone must cover the input (the
// title may then also be one of them).
std::string CoverageProblem(const Article& a, bool keep_all) {
  std::vector<std::pair<Span, std::string>> blocks;
  if (keep_all) {
    for (Span s : a.paragraphs) blocks.emplace_back(s, "paragraph");
  } else {
    blocks = Blocks(a);
  }
  std::vector<uint8_t> count(a.text.size(), 0);
  std::vector<const std::string*> owner(a.text.size(), nullptr);
  for (const auto& [span, what] : blocks) {
    if (span.end > a.text.size()) return what + " ends past the input";
    for (uint32_t i = span.begin; i < span.end; ++i) {
      if (count[i]++ > 0 && std::isalnum(static_cast<unsigned char>(a.text[i]))) {
        return "byte " + std::to_string(i) + " is in both " + *owner[i] + " and " + what +
               ", line: \"" + std::string(LineAt(a.text, i)) + "\"";
      }
      owner[i] = &what;
    }
  }
  for (size_t i = 0; i < a.text.size(); ++i) {
    if (count[i] == 0 && std::isalnum(static_cast<unsigned char>(a.text[i]))) {
      return "byte " + std::to_string(i) + " is in no block (lost), line: \"" +
             std::string(LineAt(a.text, i)) + "\"";
    }
  }
  return "";
}

// Every JSON object with numeric "start"/"end" and a string "text" shows exactly the bytes at
// those offsets of its article (the nearest enclosing "article" id, else `default_id`).
void ExpectJsonSpansMatch(const JsonValue& v, const std::map<std::string, const Article*>& by_id,
                          const std::string& article_id, int* checked) {
  std::string id = article_id;
  if (v.is_object()) {
    const JsonValue& article = v["article"];
    if (article.is_string()) id = article.str();
    const JsonValue &start = v["start"], &end = v["end"], &text = v["text"];
    if (start.is_number() && end.is_number() && text.is_string()) {
      auto it = by_id.find(id);
      EXPECT_NE(it, by_id.end()) << "no article " << id;
      if (it != by_id.end()) {
        const std::string& bytes = it->second->text;
        const double b = start.number(), e = end.number();
        EXPECT_TRUE(b >= 0 && b <= e && e <= static_cast<double>(bytes.size()))
            << id << " [" << b << ", " << e << ") outside " << bytes.size() << " bytes";
        if (b >= 0 && b <= e && e <= static_cast<double>(bytes.size())) {
          EXPECT_EQ(bytes.substr(static_cast<size_t>(b), static_cast<size_t>(e - b)), text.str())
              << id << " [" << b << ", " << e << ")";
          ++*checked;
        }
      }
    }
    for (const auto& [key, member] : v.object()) ExpectJsonSpansMatch(member, by_id, id, checked);
  }
  for (const JsonValue& item : v.array()) ExpectJsonSpansMatch(item, by_id, id, checked);
}

// ---- Generated messy articles -----------------------------------------------------------------

// Lines in many styles: wire copy, blogs, broadcast transcripts, scraped pages.
class MessyArticles {
 public:
  explicit MessyArticles(uint32_t seed) : rng_(seed) {}

  std::string Next() {
    std::string out;
    if (Chance(0.2)) out += Pick(kChrome) + Eol();
    out += Pick(kTitles) + Eol();
    if (Chance(0.5)) out += Pick(kDates) + Eol();
    if (Chance(0.3)) out += Pick(kTitles) + Eol();  // the title shown twice
    if (Chance(0.6)) out += Pick(kBylines) + Eol();
    if (Chance(0.3)) out += Eol();
    const int paragraphs = 2 + static_cast<int>(rng_() % 8);
    for (int p = 0; p < paragraphs; ++p) {
      if (Chance(0.25)) out += Pick(kChrome) + Eol();
      if (Chance(0.1)) out += Pick(kHeadings) + Eol();
      const int sentences = 1 + static_cast<int>(rng_() % 4);
      for (int s = 0; s < sentences; ++s) {
        if (s > 0) out += Chance(0.1) ? "\xC2\xA0 " : " ";
        out += Pick(kSentences);
      }
      if (Chance(0.05)) out += " \\";
      out += Eol();
      if (Chance(0.4)) out += Eol();
    }
    if (Chance(0.5)) out += Pick(kChrome) + Eol();
    if (Chance(0.3)) out += "Related:" + Eol() + Pick(kTitles) + Eol() + Pick(kTitles) + Eol();
    if (Chance(0.2)) out += "\t  " + Eol();
    return out;
  }

 private:
  bool Chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
  template <size_t N>
  std::string Pick(const std::string_view (&list)[N]) {
    return std::string(list[rng_() % N]);
  }
  std::string Eol() { return Chance(0.15) ? "\r\n" : "\n"; }

  static constexpr std::string_view kTitles[] = {
      "Israel strikes Beirut suburbs as ceasefire talks stall",
      "\xE2\x80\x9CWe will respond\xE2\x80\x9D: Iran warns after overnight raids",
      "EXCLUSIVE \xE2\x80\x94 U.S. envoy heads to Lebanon",
      "Gaza: at least 29 killed in strike on school, officials say",
      "Markets fall 2.5% as oil jumps",
  };
  static constexpr std::string_view kDates[] = {
      "2024-11-02 | 13:54",          "Published: Sept. 27, 2024 3:05 p.m. ET",
      "Thursday, November 21, 2024", "Updated 2 hours ago",
      "Monday (November 25)",
  };
  static constexpr std::string_view kBylines[] = {
      "By Jane Doe and John Roe, Reuters",
      "Report by Amal Shehadeh, English adaptation by Yasmine Jaroudi",
      "BY STAFF WRITER",
      "By\xC2\xA0Karim Haddad | Al Jazeera",
      "Written by: D. Cohen",
  };
  static constexpr std::string_view kHeadings[] = {
      "What happened next",
      "## Background",
      "WHY IT MATTERS:",
      "Reactions",
  };
  static constexpr std::string_view kChrome[] = {
      "- Advertisement -",
      "Subscribe to our newsletter",
      "Leave a Reply",
      "Share this:",
      "[Sign Up]",
      "[ ]",
      "Home | World | Middle East",
      "Read more:",
      "Click here to comment",
      "Advertisement",
      "Cookie settings",
      "\xC2\xA9 2024 All rights reserved",
  };
  static constexpr std::string_view kSentences[] = {
      "Hezbollah fired dozens of rockets at Haifa on Monday, the Israeli army said.",
      "\xE2\x80\x9CWe did not target civilians,\xE2\x80\x9D said Lt. Col. Nadav Shoshani.",
      "According to the Lebanese health ministry, between 10,000 and 15,000 people fled.",
      "Officials reportedly met in Doha on Sept. 27 to discuss the U.S. proposal.",
      "The strike killed at least 29 people, including 7 children, medics said.",
      "Israel\xE2\x80\x99s Prime Minister Benjamin Netanyahu denied the claims.",
      "Two U.S. officials, speaking on condition of anonymity, said talks could resume.",
      "Prices rose 4.5% in October, up from 3.1% a month earlier.",
      "Residents of Kiryat Shmona \xE2\x80\x94 about 22,000 people \xE2\x80\x94 sought shelter.",
      "Ben-Gvir (also spelled Ben-Gavir) called the deal \xE2\x80\x98"
      "a surrender\xE2\x80\x99.",
      "No. 2 said: \"It's over.\"",
      "The IDF said it struck 120 targets overnight; Hamas said it lost none.",
  };

  std::mt19937 rng_;
};

const int kGeneratedArticles = kSanitized ? 30 : 300;

void CheckNothingLost(const std::string& id, const std::string& bytes, bool remove_boilerplate) {
  ParseOptions options;
  options.remove_boilerplate = remove_boilerplate;
  auto doc = SharedEngine().Analyze(id, bytes, options, nullptr);
  ASSERT_TRUE(doc.ok()) << id << ": " << doc.status();
  EXPECT_EQ(invariants::CheckDocument(*doc, bytes), "") << id;
  EXPECT_EQ(CoverageProblem(doc->article, !remove_boilerplate), "")
      << id << (remove_boilerplate ? "" : " (keep-all)");
  if (!remove_boilerplate) {
    EXPECT_TRUE(doc->article.removed.empty()) << id << ": --keep-all removes nothing";
  }

  std::string json;
  AppendTaggedJson(*doc, {}, &json);
  auto parsed = ParseJson(json);
  ASSERT_TRUE(parsed.ok()) << id << ": " << parsed.status();
  int checked = 0;
  ExpectJsonSpansMatch(*parsed, {{id, &doc->article}}, id, &checked);
  EXPECT_GT(checked, 0) << id;
}

TEST(NothingLost, ExamplesEveryWordInExactlyOneBlock) {
  for (auto& [id, bytes] : LoadExamples()) {
    CheckNothingLost(id, bytes, /*remove_boilerplate=*/true);
    CheckNothingLost(id, bytes, /*remove_boilerplate=*/false);
  }
}

TEST(NothingLost, GeneratedMessyArticlesEveryWordInExactlyOneBlock) {
  MessyArticles generator(20241102);
  for (int i = 0; i < kGeneratedArticles; ++i) {
    const std::string bytes = generator.Next();
    SCOPED_TRACE("generated article " + std::to_string(i) + ":\n" + bytes);
    CheckNothingLost("gen" + std::to_string(i), bytes, i % 5 != 4);
    if (HasFailure()) break;  // one failing article is enough to read
  }
}

// Found by this suite (article stage): when every line is shorter than the parser's "short
// block" length (70 characters), the whole article is removed as short_fragment: no title, no
// body, no claims. Wire briefs and transcripts are written that way.
TEST(NothingLost, ShortNewsBriefKeepsItsBody) {
  const std::string briefs[] = {
      "Israel and Hezbollah agree to a ceasefire\n\n"
      "The deal was announced on Tuesday, officials said.\n",
      "Rockets hit Haifa\n"
      "Hezbollah fired 40 rockets at Haifa on Monday.\n"
      "Two people were hurt, medics said.\n"
      "The army said it struck back in south Lebanon.\n",
  };
  for (const std::string& bytes : briefs) {
    auto doc = SharedEngine().Analyze("brief", bytes, {}, nullptr);
    ASSERT_TRUE(doc.ok()) << doc.status();
    EXPECT_FALSE(doc->article.paragraphs.empty()) << "the whole body was removed:\n" << bytes;
    EXPECT_FALSE(doc->claims.empty()) << bytes;
  }
}

TEST(NothingLost, CompareJsonSpansAreTheInputBytes) {
  std::vector<Document> docs;
  std::map<std::string, const Article*> by_id;
  MessyArticles generator(7);
  auto inputs = LoadExamples();
  for (int i = 0; i < 3; ++i) inputs.emplace_back("gen" + std::to_string(i), generator.Next());
  for (auto& [id, bytes] : inputs) {
    auto doc = SharedEngine().Analyze(id, bytes, {}, nullptr);
    ASSERT_TRUE(doc.ok()) << doc.status();
    docs.push_back(std::move(*doc));
  }
  for (const Document& d : docs) by_id[d.article.id] = &d.article;
  const CompareResult result = SharedEngine().Compare(docs);
  EXPECT_EQ(invariants::CheckComparison(docs, result), "");
  std::string json;
  AppendCompareJson(docs, result, {}, &json);
  auto parsed = ParseJson(json);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  int checked = 0;
  ExpectJsonSpansMatch(*parsed, by_id, "", &checked);
  EXPECT_GT(checked, 0);
}

}  // namespace
}  // namespace claimscan::robustness
