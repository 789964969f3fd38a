// Tagger::TagText on arbitrary text. Ill-formed UTF-8 is replaced first, as the article parser
// does before the tagger ever sees text. First byte: bit 0 gives a reference date, bits 1-7
// choose where the tagged range starts (a range need not begin at offset 0).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "claimscan/text.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const uint8_t flags = data[0];
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  claimscan::ReplaceInvalidUtf8(text);

  // Start the range on a code point boundary at most 127 bytes in.
  size_t begin = std::min<size_t>(flags >> 1, text.size());
  while (begin > 0 && begin < text.size() && (static_cast<uint8_t>(text[begin]) & 0xC0) == 0x80) {
    --begin;
  }
  const claimscan::Span range{static_cast<uint32_t>(begin), static_cast<uint32_t>(text.size())};
  const claimscan::CivilDate reference{2024, 11, 2};

  const claimscan::Tagger& tagger = claimscan::fuzz::FuzzEngine().tagger();
  static auto scratch = tagger.NewScratch();  // reused across inputs, as a worker thread would
  claimscan::TagResult result;
  absl::Status status =
      tagger.TagText(text, range, (flags & 1) ? &reference : nullptr, scratch.get(), &result);
  if (!status.ok()) {
    FUZZ_CHECK(!status.message().empty());
    return 0;
  }
  FUZZ_CHECK_INVARIANTS(claimscan::invariants::CheckTags(result, text.size()));
  for (const claimscan::Mention& m : result.mentions) FUZZ_CHECK(m.span.begin >= range.begin);
  return 0;
}
