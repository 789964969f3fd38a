#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/text.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

std::vector<Token> Tok(std::string_view text) {
  std::vector<Token> out;
  Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &out);
  return out;
}

std::vector<std::string> Texts(std::string_view text, const std::vector<Token>& toks) {
  std::vector<std::string> v;
  for (const Token& t : toks) v.emplace_back(t.span.In(text));
  return v;
}

using Strings = std::vector<std::string>;

TEST(TokenizerTest, WordsWithCurlyQuotesHyphensAndApostrophes) {
  const std::string text = "Hezbollah’s chief met Ben-Gavir at “Al-Qard” — Israel's don't.";
  const auto toks = Tok(text);
  EXPECT_EQ(Texts(text, toks), (Strings{"Hezbollah’s", "chief", "met", "Ben-Gavir", "at", "“",
                                        "Al-Qard", "”", "—", "Israel's", "don't", "."}));
  // Exact byte spans: "Hezbollah’s" is 9 letters + 3-byte apostrophe + "s".
  EXPECT_EQ(toks[0].span, (Span{0, 13}));
  EXPECT_EQ(toks[0].kind, TokenKind::kWord);
  EXPECT_TRUE(toks[0].flags & kTokApostrophe);
  EXPECT_TRUE(toks[0].flags & kTokNonAscii);
  EXPECT_TRUE(toks[0].flags & kTokCapitalized);
  EXPECT_TRUE(toks[0].flags & kTokLineStart);
  EXPECT_FALSE(toks[0].flags & kTokSpaceBefore);
  EXPECT_EQ(toks[3].span, (Span{24, 33}));
  EXPECT_TRUE(toks[3].flags & kTokHyphenated);
  EXPECT_TRUE(toks[3].flags & kTokSpaceBefore);
  EXPECT_FALSE(toks[3].flags & kTokLineStart);
  EXPECT_EQ(toks[5].kind, TokenKind::kPunct);  // “
  EXPECT_EQ(toks[5].span.size(), 3u);
  EXPECT_FALSE(toks[6].flags & kTokSpaceBefore);  // glued to the quote
  EXPECT_EQ(toks[8].kind, TokenKind::kPunct);     // em dash
  EXPECT_TRUE(toks[10].flags & kTokApostrophe);
}

TEST(TokenizerTest, NumbersWithSeparators) {
  const std::string text =
      "1,000 troops, 10,000 rockets, 2.5% at 13:54 on 2024-11-02; $100.00 5th.";
  const auto toks = Tok(text);
  EXPECT_EQ(Texts(text, toks),
            (Strings{"1,000", "troops", ",", "10,000", "rockets", ",", "2.5", "%", "at", "13:54",
                     "on", "2024-11-02", ";", "$", "100.00", "5th", "."}));
  EXPECT_EQ(toks[0].kind, TokenKind::kNumber);
  EXPECT_EQ(toks[0].span, (Span{0, 5}));
  EXPECT_TRUE(toks[0].flags & kTokHasDigit);
  EXPECT_EQ(toks[3].span, (Span{14, 20}));
  EXPECT_EQ(toks[6].kind, TokenKind::kNumber);
  EXPECT_EQ(toks[7].kind, TokenKind::kSymbol);  // %
  EXPECT_EQ(toks[9].kind, TokenKind::kNumber);
  EXPECT_EQ(toks[11].kind, TokenKind::kNumber);
  EXPECT_EQ(toks[11].span, (Span{47, 57}));
  EXPECT_EQ(toks[13].kind, TokenKind::kSymbol);  // $
  EXPECT_EQ(toks[15].kind, TokenKind::kWord);    // alphanumeric ordinal
  EXPECT_TRUE(toks[15].flags & kTokHasDigit);
  // A sentence-final period is not part of the number before it.
  const std::string end = "bought 1,000.";
  EXPECT_EQ(Texts(end, Tok(end)), (Strings{"bought", "1,000", "."}));
}

TEST(TokenizerTest, InitialismsCapsAndLines) {
  const std::string text = "The U.S. and IDF said\n  NATO e.g. COVID-19 ...";
  const auto toks = Tok(text);
  EXPECT_EQ(Texts(text, toks),
            (Strings{"The", "U.S.", "and", "IDF", "said", "NATO", "e.g.", "COVID-19", "..."}));
  EXPECT_TRUE(toks[1].flags & kTokAllCaps);
  EXPECT_TRUE(toks[3].flags & kTokAllCaps);
  EXPECT_FALSE(toks[0].flags & kTokAllCaps);
  EXPECT_TRUE(toks[5].flags & kTokLineStart);
  EXPECT_FALSE(toks[6].flags & kTokLineStart);
  EXPECT_TRUE(toks[7].flags & kTokHyphenated);
  EXPECT_TRUE(toks[7].flags & kTokHasDigit);
  EXPECT_EQ(toks[8].kind, TokenKind::kPunct);
}

TEST(TokenizerTest, NonAsciiLettersAndUnicodeSpaces) {
  const std::string text = "Nahariyyä\xC2\xA0Zürich Київ 東京 ǃXũ";
  const auto toks = Tok(text);
  EXPECT_EQ(Texts(text, toks), (Strings{"Nahariyyä", "Zürich", "Київ", "東京", "ǃXũ"}));
  for (const Token& t : toks) {
    EXPECT_EQ(t.kind, TokenKind::kWord);
    EXPECT_TRUE(t.flags & kTokNonAscii);
  }
  EXPECT_TRUE(toks[1].flags & kTokSpaceBefore);  // NBSP counts as white space
  EXPECT_TRUE(toks[2].flags & kTokCapitalized);  // Cyrillic capital
}

TEST(TokenizerTest, EveryNonSpaceByteInExactlyOneToken) {
  const std::string text =
      "“We’re here,” said Lt. Col. O'Neil — at 10:30 a.m. (local) … €5bn; #tag @user "
      "🙂 "
      "x--y "
      "'90s";
  const auto toks = Tok(text);
  std::vector<int> cover(text.size(), 0);
  uint32_t last_end = 0;
  for (const Token& t : toks) {
    ASSERT_LT(t.span.begin, t.span.end);
    ASSERT_GE(t.span.begin, last_end);  // ordered, disjoint
    last_end = t.span.end;
    for (uint32_t b = t.span.begin; b < t.span.end; ++b) ++cover[b];
  }
  for (size_t b = 0; b < text.size(); ++b) {
    EXPECT_EQ(cover[b], text[b] == ' ' ? 0 : 1) << "byte " << b;
  }
}

TEST(TokenizerTest, InvalidUtf8BecomesSingleByteSymbols) {
  const std::string text = "ab\xFF\xC0\x80 c\xE2\x80";  // bad lead, overlong, truncated
  const auto toks = Tok(text);
  ASSERT_EQ(Texts(text, toks), (Strings{"ab", "\xFF", "\xC0", "\x80", "c", "\xE2", "\x80"}));
  for (size_t k : {1u, 2u, 3u, 5u, 6u}) {
    EXPECT_EQ(toks[k].kind, TokenKind::kSymbol);
    EXPECT_EQ(toks[k].span.size(), 1u);
  }
}

TEST(TokenizerTest, RangeAndAppendAndEmpty) {
  std::vector<Token> out;
  Tokenize("", {0, 0}, &out);
  EXPECT_TRUE(out.empty());
  Tokenize("   \n\t ", {0, 6}, &out);
  EXPECT_TRUE(out.empty());
  const std::string text = "alpha beta gamma";
  out.push_back(Token{});  // appends, never clears
  Tokenize(text, {6, 10}, &out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].span, (Span{6, 10}));
  EXPECT_TRUE(out[1].flags & kTokSpaceBefore);
  EXPECT_FALSE(out[1].flags & kTokLineStart);
  // A range past the end is clamped.
  out.clear();
  Tokenize(text, {11, 1000}, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].span, (Span{11, 16}));
}

TEST(TokenizerTest, OneMegabyteSingleLine) {
  const std::string chunk = "Hezbollah’s 1,000 rockets hit Ben-Gavir's town. ";
  std::string text;
  while (text.size() < (1u << 20)) text += chunk;
  std::vector<Token> out;
  Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &out);
  // Hezbollah’s | 1,000 | rockets | hit | Ben-Gavir's | town | .
  ASSERT_EQ(out.size(), text.size() / chunk.size() * 7);
  EXPECT_EQ(out.back().span,
            (Span{static_cast<uint32_t>(text.size() - 2), static_cast<uint32_t>(text.size() - 1)}));
  EXPECT_FALSE(out.back().flags & kTokLineStart);
}

}  // namespace
}  // namespace claimscan
