#include "common/json.h"

#include <gtest/gtest.h>

#include <string>

namespace claimscan {
namespace {

TEST(Json, ParsesNestedValues) {
  auto v = ParseJson(R"( {"a": [1, -2.5e1, "x\u00e9\ud83d\ude00"], "b": {"c": null, "d": true}} )");
  ASSERT_TRUE(v.ok()) << v.status();
  ASSERT_EQ((*v)["a"].array().size(), 3u);
  EXPECT_EQ((*v)["a"].array()[1].number(), -25);
  EXPECT_EQ((*v)["a"].array()[2].str(), "x\xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_TRUE((*v)["b"]["c"].is_null());
  EXPECT_TRUE((*v)["b"]["d"].boolean());
  EXPECT_TRUE((*v)["missing"].is_null());
}

TEST(Json, RejectsMalformedInputWithOffset) {
  for (const char* bad : {"", "{", "[1,]", "{\"a\" 1}", "\"abc", "tru", "1 2", "\"\x01\""}) {
    auto v = ParseJson(bad);
    EXPECT_FALSE(v.ok()) << bad;
    if (!v.ok()) {
      EXPECT_NE(std::string(v.status().message()).find("byte"), std::string::npos);
    }
  }
}

TEST(Json, BoundsNestingDepth) {
  std::string deep(100000, '[');
  auto v = ParseJson(deep);
  ASSERT_FALSE(v.ok());
  EXPECT_NE(std::string(v.status().message()).find("deeply"), std::string::npos);
}

}  // namespace
}  // namespace claimscan
