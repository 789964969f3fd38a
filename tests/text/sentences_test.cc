#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/text.h"
#include "gtest/gtest.h"
#include "text/abbreviations_internal.h"

namespace claimscan {
namespace {

using Strings = std::vector<std::string>;

Strings Split(std::string_view text, bool newline_is_boundary = true) {
  std::vector<Span> spans;
  SentenceOptions options;
  options.newline_is_boundary = newline_is_boundary;
  SplitSentences(text, {0, static_cast<uint32_t>(text.size())}, &spans, options);
  Strings out;
  for (const Span& s : spans) out.emplace_back(s.In(text));
  return out;
}

std::string ReadExample(const std::string& name) {
  std::ifstream in(std::string(CLAIMSCAN_TEST_EXAMPLES_DIR) + "/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(SentencesTest, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(Split("Gen. Smith met Dr. Jones at 10 a.m. on Sept. 27 in the U.S. capital."),
            (Strings{"Gen. Smith met Dr. Jones at 10 a.m. on Sept. 27 in the U.S. capital."}));
  EXPECT_EQ(Split("He is No. 2 on the list. J. D. Vance agreed."),
            (Strings{"He is No. 2 on the list.", "J. D. Vance agreed."}));
  EXPECT_EQ(Split("U.S. Defense Secretary Lloyd Austin spoke. The U.S. has said so."),
            (Strings{"U.S. Defense Secretary Lloyd Austin spoke.", "The U.S. has said so."}));
  // An abbreviation ends a sentence before a common sentence starter.
  EXPECT_EQ(Split("I live in the U.S. How about you? They met Pitt & Co. It closed."),
            (Strings{"I live in the U.S.", "How about you?", "They met Pitt & Co.", "It closed."}));
  EXPECT_EQ(Split("The game is at 10 p.m. I'm going."),
            (Strings{"The game is at 10 p.m.", "I'm going."}));
}

TEST(SentencesTest, NumbersEllipsesAndGluedSentences) {
  EXPECT_EQ(
      Split("She has $100.00 in her bag. Today is 11.18.2014. I have 600. How many?"),
      (Strings{"She has $100.00 in her bag.", "Today is 11.18.2014.", "I have 600.", "How many?"}));
  EXPECT_EQ(Split("I never meant that.... She left. He talks slowly... And then . . . nothing."),
            (Strings{"I never meant that....", "She left.", "He talks slowly...",
                     "And then . . . nothing."}));
  // Dots standing alone between two sentences are a sentence of their own.
  EXPECT_EQ(Split("Sentence. .. Next sentence. Wait! ... Then more."),
            (Strings{"Sentence.", "..", "Next sentence.", "Wait!", "...", "Then more."}));
  EXPECT_EQ(Split("He said so. ... and then left."), (Strings{"He said so. ... and then left."}));
  EXPECT_EQ(
      Split("Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot."),
      (Strings{"Hello world.", "Today is Tuesday.", "Mr. Smith bought 1,000.", "That is a lot."}));
  EXPECT_EQ(Split("Visit www.testurl.Awesome.com or mail j.doe@example.org. Thanks!"),
            (Strings{"Visit www.testurl.Awesome.com or mail j.doe@example.org.", "Thanks!"}));
}

TEST(SentencesTest, QuotesAndBracketsStayInsideTheirSentence) {
  EXPECT_EQ(Split("She turned to him, “This is great.” She held the book out."),
            (Strings{"She turned to him, “This is great.”", "She held the book out."}));
  EXPECT_EQ(Split("She turned to him, \"This is great.\" she said."),
            (Strings{"She turned to him, \"This is great.\" she said."}));
  EXPECT_EQ(Split("He teaches science (He worked as an engineer.) at the University."),
            (Strings{"He teaches science (He worked as an engineer.) at the University."}));
  EXPECT_EQ(Split("“We will win. They will lose,” he said. Then he left."),
            (Strings{"“We will win. They will lose,” he said.", "Then he left."}));
  EXPECT_EQ(Split("Leave me alone!, he yelled. He works at Yahoo! and Y!J."),
            (Strings{"Leave me alone!, he yelled.", "He works at Yahoo! and Y!J."}));
}

TEST(SentencesTest, NewsWireStyle) {
  EXPECT_EQ(Split("Sen. Lindsey Graham (R-S.C.) said on Jan. 6. The committee met at 5 p.m. on "
                  "Friday in Washington, D.C. The vote was 52-48."),
            (Strings{"Sen. Lindsey Graham (R-S.C.) said on Jan. 6.",
                     "The committee met at 5 p.m. on Friday in Washington, D.C.",
                     "The vote was 52-48."}));
  EXPECT_EQ(Split("In the '90s, crime fell. The students' union said no."),
            (Strings{"In the '90s, crime fell.", "The students' union said no."}));
  EXPECT_EQ(Split("‘We will win,’ he said. ‘They will lose.’ She agreed."),
            (Strings{"‘We will win,’ he said.", "‘They will lose.’", "She agreed."}));
  EXPECT_EQ(Split("The Company will be (i) obligated and (ii) entitled. Next."),
            (Strings{"The Company will be (i) obligated and (ii) entitled.", "Next."}));
  // A whole-sentence quote ends before a bracket; a mid-sentence one does not.
  EXPECT_EQ(Split("'I should think!' (Dinah was the cat.) 'I hope so.' And then she said 'no!' "
                  "(quietly) to all."),
            (Strings{"'I should think!'", "(Dinah was the cat.)", "'I hope so.'",
                     "And then she said 'no!' (quietly) to all."}));
}

TEST(SentencesTest, ListsAndBullets) {
  EXPECT_EQ(Split("1.) The first item 2.) The second item"),
            (Strings{"1.) The first item", "2.) The second item"}));
  EXPECT_EQ(Split("1) The first item 2) The second item"),
            (Strings{"1) The first item", "2) The second item"}));
  EXPECT_EQ(Split("a. The first item b. The second item c. The third"),
            (Strings{"a. The first item", "b. The second item", "c. The third"}));
  EXPECT_EQ(Split("As payment for 1. above, and for 2. above, no fee."),
            (Strings{"As payment for 1. above, and for 2. above, no fee."}));
  EXPECT_EQ(Split("• 9. Stop smoking • 10. Get some rest"),
            (Strings{"• 9. Stop smoking", "• 10. Get some rest"}));
}

TEST(SentencesTest, NewlineModes) {
  const std::string text =
      "Organising your care early \nmeans months with your midwife, ready for\nthe birth.\n"
      "\nNext paragraph.\n• A bullet";
  EXPECT_EQ(Split(text, /*newline_is_boundary=*/false),
            (Strings{"Organising your care early \nmeans months with your midwife, ready for\n"
                     "the birth.",
                     "Next paragraph.", "• A bullet"}));
  // One paragraph per line: every line ends a sentence, headings included, except a line
  // that ends in a space and continues in lower case (hard-wrapped prose).
  EXPECT_EQ(Split(text, /*newline_is_boundary=*/true),
            (Strings{"Organising your care early \nmeans months with your midwife, ready for",
                     "the birth.", "Next paragraph.", "• A bullet"}));
  EXPECT_EQ(Split("Ceasefire talks resume\nThe envoy arrived on Monday."),
            (Strings{"Ceasefire talks resume", "The envoy arrived on Monday."}));
  EXPECT_EQ(Split("Ceasefire talks resume\nThe envoy arrived.", false),
            (Strings{"Ceasefire talks resume\nThe envoy arrived."}));
}

TEST(SentencesTest, ExampleArticles) {
  const std::string a3 = ReadExample("003_aceeea0f2382b012.txt");
  ASSERT_FALSE(a3.empty());
  const Strings s3 = Split(a3);
  EXPECT_EQ(s3.size(), 13u);
  bool found_sept = false, found_us = false;
  for (const std::string& s : s3) {
    EXPECT_NE(s.substr(s.size() - 5), "Sept.");
    EXPECT_NE(s.substr(s.size() - 4), "U.S.");
    found_sept |= s.find("was killed Sept. 27, with Israeli") != std::string::npos;
    found_us |= s.find("including the U.S. and France, have") != std::string::npos;
  }
  EXPECT_TRUE(found_sept);
  EXPECT_TRUE(found_us);

  const std::string a2 = ReadExample("002_dace1ab283cfe4f4.txt");
  const Strings s2 = Split(a2);
  ASSERT_GE(s2.size(), 10u);
  EXPECT_EQ(s2[0],
            "U.S. envoy to meet with Lebanese officials to discuss the ceasefire");  // heading
  EXPECT_EQ(s2[2],
            "This meeting comes as Israel has intensified its airstrikes on Hezbollah "
            "assets overnight.");
  EXPECT_EQ(s2[4],
            "The U.S. has reiterated its steadfast support for Israel, even as the death "
            "toll continues to rise.");
  for (const std::string& s : s2) {
    EXPECT_NE(s.substr(s.size() - 4), "U.S.") << s;
  }
  // Spans are trimmed and point into the article's own bytes.
  std::vector<Span> spans;
  SplitSentences(a2, {0, static_cast<uint32_t>(a2.size())}, &spans);
  for (size_t k = 0; k < spans.size(); ++k) {
    ASSERT_LT(spans[k].begin, spans[k].end);
    if (k > 0) {
      EXPECT_LE(spans[k - 1].end, spans[k].begin);
    }
    EXPECT_NE(a2[spans[k].begin], ' ');
    EXPECT_NE(a2[spans[k].end - 1], '\n');
  }
}

TEST(SentencesTest, EmptyRangesAndHugeLine) {
  EXPECT_TRUE(Split("").empty());
  EXPECT_TRUE(Split(" \n\t\n").empty());
  EXPECT_EQ(Split("a"), (Strings{"a"}));
  EXPECT_EQ(Split("??"), (Strings{"??"}));
  std::vector<Span> spans;
  const std::string text = "First one. Second one. Third one.";
  SplitSentences(text, {11, 22}, &spans);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(spans[0], (Span{11, 22}));
  // 1 MB on one line, with unmatched quotes and brackets that must not make it quadratic.
  std::string big;
  while (big.size() < (1u << 20)) big += "He said \"no and (maybe. The U.S. agreed 'yes. ";
  spans.clear();
  SplitSentences(big, {0, static_cast<uint32_t>(big.size())}, &spans);
  EXPECT_GT(spans.size(), 10000u);
  EXPECT_LE(spans.back().end, big.size());
}

TEST(SentencesTest, InvalidUtf8IsHarmless) {
  const std::string text = "Bad \xFF\xFE bytes. \xE2\x80 More.\xC0";
  const Strings s = Split(text);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "Bad \xFF\xFE bytes.");
}

// The compiled-in table must match data/text/abbreviations.txt (regenerate with
// python3 data/text/gen_abbreviations.py).
TEST(SentencesTest, AbbreviationTableMatchesDataFile) {
  std::ifstream in(std::string(CLAIMSCAN_TEST_DATA_DIR) + "/text/abbreviations.txt");
  ASSERT_TRUE(in.good());
  size_t abbreviations = 0, starters = 0;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string cls, word;
    fields >> cls >> word;
    for (char& c : word) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    if (cls == "starter") {
      ++starters;
      EXPECT_TRUE(std::binary_search(std::begin(text_internal::kSentenceStarters),
                                     std::end(text_internal::kSentenceStarters),
                                     std::string_view(word)))
          << word;
      continue;
    }
    ++abbreviations;
    bool found = false;
    for (const auto& e : text_internal::kAbbreviations) found |= e.word == word;
    EXPECT_TRUE(found) << word;
  }
  EXPECT_EQ(abbreviations, std::size(text_internal::kAbbreviations));
  EXPECT_EQ(starters, std::size(text_internal::kSentenceStarters));
}

}  // namespace
}  // namespace claimscan
