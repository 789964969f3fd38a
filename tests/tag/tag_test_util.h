// What the tag tests share: one tagger over the repository's data/, built once per test
// binary, and helpers that tag a string and look a mention up by its exact surface.
#ifndef CLAIMSCAN_TESTS_TAG_TAG_TEST_UTIL_H_
#define CLAIMSCAN_TESTS_TAG_TAG_TEST_UTIL_H_

#include <string>
#include <string_view>

#include "claimscan/tag.h"
#include "gtest/gtest.h"

namespace claimscan::tag_test {

inline const Tagger& SharedTagger() {
  static const Tagger* tagger = [] {
    TaggerOptions options;
    options.data_dir = CLAIMSCAN_TEST_DATA_DIR;
    auto t = Tagger::Create(options);
    EXPECT_TRUE(t.ok()) << t.status();
    return t.ok() ? t->release() : nullptr;
  }();
  return *tagger;
}

inline TagResult TagString(std::string_view text) {
  TagResult result;
  auto scratch = SharedTagger().NewScratch();
  absl::Status st = SharedTagger().TagText(text, Span{0, static_cast<uint32_t>(text.size())},
                                           nullptr, scratch.get(), &result);
  EXPECT_TRUE(st.ok()) << st;
  return result;
}

// The type of the mention spanning exactly `surface` (first occurrence), or "none".
inline std::string TypeOf(std::string_view text, const TagResult& r, std::string_view surface) {
  for (const Mention& m : r.mentions) {
    if (m.span.In(text) == surface) return std::string(EntityTypeName(m.type));
  }
  return "none";
}

}  // namespace claimscan::tag_test

#endif  // CLAIMSCAN_TESTS_TAG_TAG_TEST_UTIL_H_
