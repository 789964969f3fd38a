// The JSON reader (src/common/json.h): any bytes give a tree or an error naming an offset,
// never a crash or a stack overflow. The tree is walked so every node is touched.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "common/json.h"
#include "fuzz_common.h"

namespace {

size_t CountNodes(const claimscan::JsonValue& v, int depth) {
  FUZZ_CHECK(depth <= 256);  // the reader's default max_depth
  size_t n = 1;
  for (const claimscan::JsonValue& item : v.array()) n += CountNodes(item, depth + 1);
  for (const auto& [key, member] : v.object()) n += CountNodes(member, depth + 1);
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto value = claimscan::ParseJson(text);
  if (!value.ok()) {
    FUZZ_CHECK(!value.status().message().empty());
    return 0;
  }
  FUZZ_CHECK(CountNodes(*value, 0) <= size);  // every node costs at least one input byte
  (void)value->GetString("id");
  (void)value->GetNumber("start");
  // A tighter depth limit must fail cleanly on the same input, not crash.
  (void)claimscan::ParseJson(text, 2);
  return 0;
}
