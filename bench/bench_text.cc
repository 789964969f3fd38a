// Throughput of the text stage on news text: the five example articles repeated to ~4 MB.
// A memchr newline count over the same bytes is the baseline; after the benchmarks the
// binary prints each stage's speed as a fraction of it (CPU time, so a busy machine skews
// both alike).
//
//   build-*/bench/bench_text [--benchmark_repetitions=5]
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "claimscan/text.h"

namespace {

const std::string& Corpus() {
  static const std::string* corpus = [] {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(CLAIMSCAN_BENCH_EXAMPLES_DIR)) {
      if (e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    std::string articles;
    for (const auto& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      articles += ss.str();
      articles += "\n\n";
    }
    auto* s = new std::string;
    if (articles.empty()) return s;
    while (s->size() < (size_t{4} << 20)) *s += articles;
    return s;
  }();
  return *corpus;
}

claimscan::Span All(const std::string& s) { return {0, static_cast<uint32_t>(s.size())}; }

void SetBytes(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(Corpus().size()));
}

void BM_MemchrNewlines(benchmark::State& state) {
  const std::string& text = Corpus();
  for (auto _ : state) {
    size_t lines = 0;
    const char* p = text.data();
    const char* end = p + text.size();
    while ((p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr) {
      ++lines;
      ++p;
    }
    benchmark::DoNotOptimize(lines);
  }
  SetBytes(state);
}
BENCHMARK(BM_MemchrNewlines);

void BM_FindInvalidUtf8(benchmark::State& state) {
  const std::string& text = Corpus();
  for (auto _ : state) benchmark::DoNotOptimize(claimscan::FindInvalidUtf8(text));
  SetBytes(state);
}
BENCHMARK(BM_FindInvalidUtf8);

void BM_AppendNormalized(benchmark::State& state) {
  const std::string& text = Corpus();
  std::string out;
  for (auto _ : state) {
    out.clear();
    claimscan::AppendNormalized(text, &out);
    benchmark::DoNotOptimize(out.data());
  }
  SetBytes(state);
}
BENCHMARK(BM_AppendNormalized);

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = Corpus();
  std::vector<claimscan::Token> tokens;
  for (auto _ : state) {
    tokens.clear();  // reused vector: no allocation after the first pass
    claimscan::Tokenize(text, All(text), &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.counters["tokens"] = static_cast<double>(tokens.size());
  SetBytes(state);
}
BENCHMARK(BM_Tokenize);

void BM_SplitSentences(benchmark::State& state) {
  const std::string& text = Corpus();
  std::vector<claimscan::Span> sentences;
  claimscan::SentenceOptions options;
  options.newline_is_boundary = state.range(0) != 0;
  for (auto _ : state) {
    sentences.clear();
    claimscan::SplitSentences(text, All(text), &sentences, options);
    benchmark::DoNotOptimize(sentences.data());
  }
  state.counters["sentences"] = static_cast<double>(sentences.size());
  SetBytes(state);
}
BENCHMARK(BM_SplitSentences)->ArgName("newline_is_boundary")->Arg(1)->Arg(0);

// Collects each benchmark's bytes/s to print the ratios to the memchr baseline.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration || run.error_occurred) continue;
      auto it = run.counters.find("bytes_per_second");
      if (it != run.counters.end()) rates_[run.benchmark_name()] = it->second;
    }
  }
  void PrintRatios() const {
    auto base = rates_.find("BM_MemchrNewlines");
    if (base == rates_.end() || base->second <= 0) return;
    std::printf("\ncorpus: %.1f MB (example articles repeated)\n", Corpus().size() / 1e6);
    std::printf("%-40s %12s %14s\n", "benchmark", "MB/s (CPU)", "vs memchr");
    for (const auto& [name, rate] : rates_) {
      std::printf("%-40s %12.0f %13.3fx\n", name.c_str(), rate / 1e6, rate / base->second);
    }
  }

 private:
  std::map<std::string, double> rates_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  if (Corpus().empty()) {
    std::fprintf(stderr, "no example articles in %s\n", CLAIMSCAN_BENCH_EXAMPLES_DIR);
    return 1;
  }
  RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.PrintRatios();
  benchmark::Shutdown();
  return 0;
}
