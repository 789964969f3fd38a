// Article parsing through Engine::Parse. The first input byte picks the options, the rest is
// the article: bit 0 the ill-formed UTF-8 policy, bit 1 boilerplate removal (--keep-all),
// bits 2-3 a sentence limit (default, 256, 16, 1 bytes) so the cut path is exercised too.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t flags = data[0];
  claimscan::ParseOptions options;
  options.invalid_utf8 =
      (flags & 1) ? claimscan::InvalidUtf8::kReplace : claimscan::InvalidUtf8::kReject;
  options.remove_boilerplate = (flags & 2) == 0;
  static constexpr size_t kSentenceLimits[] = {size_t{64} << 10, 256, 16, 1};
  options.max_sentence_bytes = kSentenceLimits[(flags >> 2) & 3];

  const std::string input(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto article = claimscan::fuzz::FuzzEngine().Parse("fuzz", input, options);
  if (!article.ok()) {
    // A refusal must say why.
    FUZZ_CHECK(!article.status().message().empty());
    return 0;
  }
  FUZZ_CHECK_INVARIANTS(claimscan::invariants::CheckArticle(*article, input));
  return 0;
}
