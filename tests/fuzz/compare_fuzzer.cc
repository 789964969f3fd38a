// The whole pipeline over 1-3 documents: the input is split on the record separator byte
// 0x1E, each piece analysed (ill-formed UTF-8 replaced), and the documents that parse are
// compared. Checks that every finding refers to real documents and claims.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr char kSeparator = '\x1e';
  constexpr size_t kMaxDocuments = 3;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const claimscan::Engine& engine = claimscan::fuzz::FuzzEngine();
  claimscan::ParseOptions options;
  options.invalid_utf8 = claimscan::InvalidUtf8::kReplace;
  options.reference_date = claimscan::CivilDate{2024, 11, 2};

  std::vector<claimscan::Document> docs;
  size_t start = 0;
  for (size_t piece = 0; piece < kMaxDocuments && start <= input.size(); ++piece) {
    size_t end = input.find(kSeparator, start);
    if (end == std::string_view::npos || piece + 1 == kMaxDocuments) end = input.size();
    std::string bytes(input.substr(start, end - start));
    start = end + 1;
    auto doc = engine.Analyze("doc" + std::to_string(piece), bytes, options, nullptr);
    if (!doc.ok()) {
      FUZZ_CHECK(!doc.status().message().empty());
      continue;
    }
    FUZZ_CHECK_INVARIANTS(claimscan::invariants::CheckDocument(*doc, bytes));
    docs.push_back(std::move(*doc));
  }

  const claimscan::CompareResult result = engine.Compare(docs);
  FUZZ_CHECK_INVARIANTS(claimscan::invariants::CheckComparison(docs, result));
  return 0;
}
