#include <string>
#include <string_view>

#include "claimscan/text.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

TEST(Utf8Test, ValidTextHasNoInvalidByte) {
  EXPECT_EQ(FindInvalidUtf8(""), kNoInvalidUtf8);
  EXPECT_EQ(FindInvalidUtf8("plain ASCII text that is longer than eight bytes"), kNoInvalidUtf8);
  EXPECT_EQ(FindInvalidUtf8(
                "Hezbollah’s “in place.” Zürich Київ 東京 🙂 \xF4\x8F\xBF\xBF"),
            kNoInvalidUtf8);  // U+10FFFF is the last valid code point
}

TEST(Utf8Test, FindsEachKindOfIllFormedSequence) {
  // Offsets are chosen past an 8-byte ASCII block so the word-at-a-time path is exercised.
  const std::string prefix = "0123456789";
  EXPECT_EQ(FindInvalidUtf8(prefix + "\xC0\xAF"), 10u);          // overlong '/'
  EXPECT_EQ(FindInvalidUtf8(prefix + "\xE0\x80\xAF"), 10u);      // overlong 3-byte
  EXPECT_EQ(FindInvalidUtf8(prefix + "\xF0\x80\x80\xAF"), 10u);  // overlong 4-byte
  EXPECT_EQ(FindInvalidUtf8(prefix + "\xED\xA0\x80"), 10u);      // surrogate U+D800
  EXPECT_EQ(FindInvalidUtf8(prefix + "\xED\xBF\xBF"), 10u);      // surrogate U+DFFF
  EXPECT_EQ(FindInvalidUtf8(prefix + "\xF4\x90\x80\x80"), 10u);  // above U+10FFFF
  EXPECT_EQ(FindInvalidUtf8(prefix + "\xF5\x80\x80\x80"), 10u);  // invalid lead byte
  EXPECT_EQ(FindInvalidUtf8(prefix + "\x80"), 10u);              // lone continuation
  EXPECT_EQ(FindInvalidUtf8(prefix + "\xE2\x80"), 10u);          // truncated at the end
  EXPECT_EQ(FindInvalidUtf8(prefix + "\xE2\x80 x"), 10u);        // truncated before a space
  EXPECT_EQ(FindInvalidUtf8("ab\xC3"), 2u);
  EXPECT_EQ(FindInvalidUtf8("\xFF"), 0u);
}

TEST(Utf8Test, ReplaceKeepsLengthAndOffsets) {
  std::string s = "ok \xC0\xAF ok \xED\xA0\x80 ’ \xE2\x80";
  const size_t size = s.size();
  EXPECT_EQ(ReplaceInvalidUtf8(s), 2u + 3u + 2u);
  EXPECT_EQ(s.size(), size);
  EXPECT_EQ(s, "ok ?? ok ??? ’ ??");
  EXPECT_EQ(FindInvalidUtf8(s), kNoInvalidUtf8);
  std::string valid = "Zürich";
  EXPECT_EQ(ReplaceInvalidUtf8(valid), 0u);
  EXPECT_EQ(valid, "Zürich");
}

TEST(Utf8Test, DecodeUtf8) {
  int len = 0;
  EXPECT_EQ(DecodeUtf8("A", 0, &len), 0x41u);
  EXPECT_EQ(len, 1);
  EXPECT_EQ(DecodeUtf8("xü", 1, &len), 0xFCu);
  EXPECT_EQ(len, 2);
  EXPECT_EQ(DecodeUtf8("’", 0, &len), 0x2019u);
  EXPECT_EQ(len, 3);
  EXPECT_EQ(DecodeUtf8("🙂", 0, &len), 0x1F642u);
  EXPECT_EQ(len, 4);
  EXPECT_EQ(DecodeUtf8("\xC0\xAF", 0, &len), 0xFFFDu);
  EXPECT_EQ(len, 1);
  EXPECT_EQ(DecodeUtf8("a", 5, &len), 0u);
  EXPECT_EQ(len, 0);
}

}  // namespace
}  // namespace claimscan
