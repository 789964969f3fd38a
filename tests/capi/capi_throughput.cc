// Throughput of the C ABI against its baseline, the C++ API, in one binary and on the same
// input: what a C or FFI caller pays for the boundary (input copy, handle, scratch pool).
//
//   capi_throughput DATA_DIR ROUNDS ARTICLE...
//
// Prints MB/s and documents/s for: C++ Engine::Analyze with a reused scratch (baseline),
// claimscan_document_create, and claimscan_document_json (the tag JSON). Not a test: the
// figures go to docs/performance/capi.md.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "claimscan/claimscan_c.h"
#include "claimscan/engine.h"

namespace {

struct Timing {
  double seconds = 0;
  size_t bytes = 0;
  size_t docs = 0;
};

void Print(const char* what, const Timing& t, const Timing& baseline) {
  std::printf("%-34s %8.2f MB/s %9.1f docs/s  %6.3f x baseline time\n", what,
              t.bytes / t.seconds / 1e6, t.docs / t.seconds, t.seconds / baseline.seconds);
}

template <typename Fn>
Timing Time(int rounds, const std::vector<std::string>& inputs, Fn&& fn) {
  Timing t;
  const auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds; ++r) {
    for (const std::string& in : inputs) {
      fn(in);
      t.bytes += in.size();
      ++t.docs;
    }
  }
  t.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: %s DATA_DIR ROUNDS ARTICLE...\n", argv[0]);
    return 2;
  }
  const std::string data_dir = argv[1];
  const int rounds = std::atoi(argv[2]);
  std::vector<std::string> inputs;
  for (int a = 3; a < argc; ++a) {
    std::ifstream in(argv[a], std::ios::binary);
    inputs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }

  claimscan::EngineOptions options;
  options.data_dir = data_dir;
  auto engine = claimscan::Engine::Create(options);
  claimscan_options* c_options = nullptr;
  claimscan_engine* c_engine = nullptr;
  if (!engine.ok() || claimscan_options_create(&c_options) != CLAIMSCAN_OK ||
      claimscan_options_set_string(c_options, CLAIMSCAN_OPTION_DATA_DIR, data_dir.data(),
                                   data_dir.size()) != CLAIMSCAN_OK ||
      claimscan_engine_create(c_options, &c_engine) != CLAIMSCAN_OK) {
    std::fprintf(stderr, "engine: %s\n", claimscan_last_error());
    return 1;
  }
  claimscan_options_destroy(c_options);

  auto scratch = (*engine)->NewScratch();
  size_t failures = 0;
  const Timing baseline = Time(rounds, inputs, [&](const std::string& in) {
    auto doc = (*engine)->Analyze("x", in, {}, scratch.get());
    failures += doc.ok() ? 0 : 1;
  });
  const Timing c_analyze = Time(rounds, inputs, [&](const std::string& in) {
    claimscan_document* doc = nullptr;
    failures += claimscan_document_create(c_engine, "x", in.data(), in.size(), &doc) != 0;
    claimscan_document_destroy(doc);
  });
  std::vector<claimscan_document*> docs;
  for (const std::string& in : inputs) {
    claimscan_document* doc = nullptr;
    failures += claimscan_document_create(c_engine, "x", in.data(), in.size(), &doc) != 0;
    docs.push_back(doc);
  }
  size_t next = 0;
  const Timing c_json = Time(rounds, inputs, [&](const std::string&) {
    char* json = nullptr;
    failures += claimscan_document_json(docs[next++ % docs.size()], 0, &json, nullptr) != 0;
    claimscan_string_free(json);
  });
  for (claimscan_document* doc : docs) claimscan_document_destroy(doc);
  claimscan_engine_destroy(c_engine);
  if (failures > 0) {
    std::fprintf(stderr, "%zu calls failed\n", failures);
    return 1;
  }

  std::printf("%zu articles, %zu bytes, %d rounds\n", inputs.size(), baseline.bytes / rounds,
              rounds);
  Print("C++ Engine::Analyze (baseline)", baseline, baseline);
  Print("C claimscan_document_create", c_analyze, baseline);
  Print("C claimscan_document_json", c_json, baseline);
  return 0;
}
