// Gazetteer::LoadTsv on the input written to a temporary file, then Compile, then Match over
// the input's own text and a fixed sentence: a user's watch-list is untrusted input.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "claimscan/text.h"
#include "fuzz_common.h"
#include "tag/gazetteer.h"

namespace {

void MatchAndCheck(const claimscan::Gazetteer& gazetteer, std::string_view text) {
  std::vector<claimscan::Token> tokens;
  claimscan::Tokenize(text, claimscan::Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  std::vector<claimscan::GazetteerMatch> matches;
  gazetteer.Match(text, tokens, &matches);
  uint32_t previous_end = 0;
  for (const claimscan::GazetteerMatch& m : matches) {
    FUZZ_CHECK(claimscan::invariants::Inside(m.span, text.size()));
    FUZZ_CHECK(m.span.begin >= previous_end);
    previous_end = m.span.end;
    FUZZ_CHECK(m.entry < gazetteer.size());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // One file per process, overwritten for each input.
  static const std::string path =
      "/tmp/claimscan_gazetteer_fuzz_" + std::to_string(::getpid()) + ".tsv";
  FILE* f = std::fopen(path.c_str(), "wb");
  FUZZ_CHECK(f != nullptr);
  // fwrite's buffer must not be null, even for 0 bytes (libFuzzer passes null for empty).
  if (size > 0) FUZZ_CHECK(std::fwrite(data, 1, size, f) == size);
  std::fclose(f);

  std::vector<claimscan::GazetteerEntry> entries;
  absl::Status loaded = claimscan::Gazetteer::LoadTsv(path, &entries);
  if (!loaded.ok()) {
    FUZZ_CHECK(!loaded.message().empty());
    return 0;
  }
  auto gazetteer = claimscan::Gazetteer::Compile(std::move(entries));
  if (!gazetteer.ok()) {
    FUZZ_CHECK(!gazetteer.status().message().empty());
    return 0;
  }
  const claimscan::Gazetteer& g = **gazetteer;
  for (uint32_t i = 0; i < g.size(); ++i) {
    FUZZ_CHECK(g.Find(g.entry(i).id) == static_cast<int64_t>(i));
  }
  std::string text(reinterpret_cast<const char*>(data), size);
  claimscan::ReplaceInvalidUtf8(text);
  MatchAndCheck(g, text);
  MatchAndCheck(g, "Hezbollah and the IDF said on Sept. 27 that U.S. envoy Amos Hochstein left.");
  return 0;
}
