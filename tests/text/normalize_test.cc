#include <string>

#include "claimscan/text.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

TEST(NormalizeTest, QuotesDashesAndSpaces) {
  EXPECT_EQ(NormalizeText("“In place,” he said — Hezbollah’s ‘deal’ – 5−3"),
            "\"In place,\" he said - Hezbollah's 'deal' - 5-3");
  EXPECT_EQ(NormalizeText("a\xC2\xA0"
                          "b\xE2\x80\x89"
                          "c\xE3\x80\x80"
                          "d"),
            "a b c d");
  EXPECT_EQ(NormalizeText("  many   spaces\n\n\tand\r\nlines  "), "many spaces and lines");
}

TEST(NormalizeTest, InvisibleCharactersAreDropped) {
  EXPECT_EQ(NormalizeText("Ben\xE2\x80\x8B-Gavir"), "Ben-Gavir");  // zero-width space
  EXPECT_EQ(NormalizeText("cease\xC2\xAD"
                          "fire"),
            "ceasefire");                                        // soft hyphen
  EXPECT_EQ(NormalizeText("\xEF\xBB\xBFHeadline"), "Headline");  // BOM
  EXPECT_EQ(NormalizeText("a\xE2\x80\x8D"
                          "b\xE2\x81\xA0"
                          "c"),
            "abc");  // ZWJ, word joiner
}

TEST(NormalizeTest, BackslashAtLineEnd) {
  EXPECT_EQ(NormalizeText("first line \\\nsecond line\\"), "first line second line");
  EXPECT_EQ(NormalizeText("path C:\\dir stays"), "path C:\\dir stays");
}

TEST(NormalizeTest, AppendsAndKeepsNonAscii) {
  std::string out = "key:";
  AppendNormalized(" Zürich  Київ ", &out);
  EXPECT_EQ(out, "key: Zürich Київ");
  EXPECT_EQ(NormalizeText(""), "");
  EXPECT_EQ(NormalizeText(" \n "), "");
  EXPECT_EQ(NormalizeText("bad \xFF byte"), "bad ? byte");
}

}  // namespace
}  // namespace claimscan
