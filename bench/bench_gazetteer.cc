// Gazetteer scan speed against rivals, in one binary and one run, on ~4 MB of news text.
//
// Text: the bundled example articles repeated to ~4 MB, with a name from the first 1,000
// synthetic entries spliced in every ~250 bytes (so every gazetteer size has hits).
// Gazetteers: 1k / 100k / 1M synthetic person-like names (deterministic), and the real default
// gazetteer (data/gazetteer/*.tsv).
// Rivals: a memchr byte pass (the floor), RE2::Set over the same names (case-insensitive, word
// boundaries; it only reports which names occur, not where), Hyperscan's literal set
// (caseless, no word boundaries, reports every end offset; optional), and a std::string::find
// loop per name (1k only).
// claimscan is measured with tokens given (tokenising excluded) and with Tokenize in the loop
// (included). A table of MB/s and claimscan/rival ratios is printed after the run, then the
// 1M-entry compile time and memory.
//
//   build-<you>/bench/bench_gazetteer [--benchmark_filter=...]
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "claimscan/text.h"
#include "re2/re2.h"
#include "re2/set.h"
#include "tag/gazetteer.h"

#ifdef CLAIMSCAN_HAVE_HYPERSCAN
#include <hs/hs.h>
#endif

namespace claimscan {
namespace {

constexpr size_t kTextBytes = 4 << 20;

// ---- Synthetic names ---------------------------------------------------------------------

// A word from syllables (a prefix-free code, so distinct numbers give distinct words).
std::string SyntheticWord(uint64_t n) {
  static const char* kSyllables[] = {"ka",  "ro", "vel", "mi",  "tor", "za",  "ne", "qui",
                                     "dra", "lo", "sen", "pha", "gu",  "rix", "bo", "ty"};
  std::string w;
  do {
    w += kSyllables[n % 16];
    n /= 16;
  } while (n > 0);
  w[0] = static_cast<char>(w[0] - ('a' - 'A'));
  return w;
}

uint64_t SplitMix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

// Entry i: a given name from 20,000, a unique family name, and for one in ten a middle word.
std::string SyntheticName(uint64_t i) {
  uint64_t h = SplitMix(i);
  std::string name = SyntheticWord(h % 20000);
  if (h % 10 == 0) name += " " + SyntheticWord(20000 + (h >> 20) % 5000);
  name += " " + SyntheticWord(1000000 + i);
  return name;
}

std::vector<GazetteerEntry> SyntheticEntries(size_t n) {
  std::vector<GazetteerEntry> entries(n);
  for (size_t i = 0; i < n; ++i) {
    entries[i].id = "s:" + std::to_string(i);
    entries[i].type = EntityType::kPerson;
    entries[i].canonical = SyntheticName(i);
  }
  return entries;
}

// ---- Shared fixtures (built once, on first use) -------------------------------------------

const std::string& NewsText() {
  static const std::string* text = [] {
    std::string seed;
    std::vector<std::string> files;
    for (const auto& f : std::filesystem::directory_iterator(CLAIMSCAN_BENCH_EXAMPLES_DIR)) {
      files.push_back(f.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
      std::ifstream in(f, std::ios::binary);
      seed.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      seed += "\n";
    }
    auto* out = new std::string();
    out->reserve(kTextBytes + 4096);
    size_t pos = 0, spliced = 0;
    while (out->size() < kTextBytes) {
      // Copy up to the next space ~250 bytes on, then splice a name.
      size_t stop = seed.find(' ', pos + 250);
      if (stop == std::string::npos) {
        out->append(seed, pos, std::string::npos);
        pos = 0;
        continue;
      }
      out->append(seed, pos, stop + 1 - pos);
      *out += SyntheticName(SplitMix(spliced++) % 1000);
      *out += ' ';
      pos = stop + 1;
    }
    return out;
  }();
  return *text;
}

const std::vector<Token>& NewsTokens() {
  static const std::vector<Token>* tokens = [] {
    auto* t = new std::vector<Token>();
    const std::string& text = NewsText();
    Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, t);
    return t;
  }();
  return *tokens;
}

struct CompileStats {
  double seconds = 0;
  double cpu_seconds = 0;
  size_t memory_bytes = 0;
  long max_rss_growth_kb = 0;
};
std::map<std::string, CompileStats>& CompileLog() {
  static auto* log = new std::map<std::string, CompileStats>();
  return *log;
}

double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

long MaxRssKb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

const Gazetteer& SyntheticGazetteer(size_t n) {
  static auto* cache = new std::map<size_t, std::unique_ptr<const Gazetteer>>();
  auto it = cache->find(n);
  if (it != cache->end()) return *it->second;
  std::vector<GazetteerEntry> entries = SyntheticEntries(n);
  long rss_before = MaxRssKb();
  const double cpu0 = CpuSeconds();
  auto t0 = std::chrono::steady_clock::now();
  auto g = Gazetteer::Compile(std::move(entries));
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const double cpu = CpuSeconds() - cpu0;
  if (!g.ok()) {
    std::fprintf(stderr, "compile failed: %s\n", std::string(g.status().message()).c_str());
    std::abort();
  }
  CompileLog()[std::to_string(n)] = {s, cpu, (*g)->MemoryBytes(), MaxRssKb() - rss_before};
  return *cache->emplace(n, std::move(*g)).first->second;
}

const Gazetteer& DefaultGazetteer() {
  static const Gazetteer* g = [] {
    std::vector<GazetteerEntry> entries;
    std::vector<std::string> files;
    for (const auto& f : std::filesystem::directory_iterator(std::string(CLAIMSCAN_BENCH_DATA_DIR) +
                                                             "/gazetteer")) {
      if (f.path().extension() == ".tsv") files.push_back(f.path().string());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& f : files) {
      absl::Status s = Gazetteer::LoadTsv(f, &entries);
      if (!s.ok()) std::abort();
    }
    const double cpu0 = CpuSeconds();
    auto t0 = std::chrono::steady_clock::now();
    auto compiled = Gazetteer::Compile(std::move(entries));
    double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!compiled.ok()) std::abort();
    CompileLog()["default"] = {s, CpuSeconds() - cpu0, (*compiled)->MemoryBytes(), 0};
    return compiled->release();
  }();
  return *g;
}

std::vector<std::string> Names(size_t n) {
  std::vector<std::string> names(n);
  for (size_t i = 0; i < n; ++i) names[i] = SyntheticName(i);
  return names;
}

void SetBytes(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(NewsText().size()));
}

// ---- claimscan ----------------------------------------------------------------------------

void ScanClaimscan(benchmark::State& state, const Gazetteer& g, bool tokenize) {
  const std::string& text = NewsText();
  std::vector<Token> tokens;
  tokens.reserve(NewsTokens().size() + 16);
  std::vector<GazetteerMatch> out;
  out.reserve(1 << 20);
  for (auto _ : state) {
    out.clear();
    if (tokenize) {
      tokens.clear();
      Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
      g.Match(text, tokens, &out);
    } else {
      g.Match(text, NewsTokens(), &out);
    }
    benchmark::DoNotOptimize(out.data());
  }
  state.counters["matches"] = static_cast<double>(out.size());
  state.counters["entries"] = static_cast<double>(g.size());
  SetBytes(state);
}

void BM_Claimscan(benchmark::State& state) {
  ScanClaimscan(state, SyntheticGazetteer(state.range(0)), state.range(1) != 0);
}
BENCHMARK(BM_Claimscan)
    ->ArgNames({"entries", "tokenize"})
    ->ArgsProduct({{1000, 100000, 1000000}, {0, 1}})
    ->Unit(benchmark::kMillisecond);

void BM_ClaimscanDefault(benchmark::State& state) {
  ScanClaimscan(state, DefaultGazetteer(), state.range(0) != 0);
}
BENCHMARK(BM_ClaimscanDefault)->ArgName("tokenize")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// ---- Baselines and rivals -----------------------------------------------------------------

void BM_Memchr(benchmark::State& state) {
  const std::string& text = NewsText();
  size_t lines = 0;
  for (auto _ : state) {
    lines = 0;
    const char* p = text.data();
    const char* end = p + text.size();
    while ((p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr) {
      ++lines;
      ++p;
    }
    benchmark::DoNotOptimize(lines);
  }
  state.counters["lines"] = static_cast<double>(lines);
  SetBytes(state);
}
BENCHMARK(BM_Memchr)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = NewsText();
  std::vector<Token> tokens;
  tokens.reserve(NewsTokens().size() + 16);
  for (auto _ : state) {
    tokens.clear();
    Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  state.counters["tokens"] = static_cast<double>(tokens.size());
  SetBytes(state);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_Re2Set(benchmark::State& state) {
  const size_t n = state.range(0);
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_max_mem(int64_t{4} << 30);
  RE2::Set set(options, RE2::UNANCHORED);
  auto t0 = std::chrono::steady_clock::now();
  for (const std::string& name : Names(n)) {
    std::string pattern = "\\b" + RE2::QuoteMeta(name) + "\\b";
    if (set.Add(re2::StringPiece(pattern.data(), pattern.size()), nullptr) < 0) {
      state.SkipWithError("RE2::Set::Add failed");
      return;
    }
  }
  if (!set.Compile()) {
    state.SkipWithError("RE2::Set::Compile failed (out of memory)");
    return;
  }
  state.counters["compile_s"] =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const std::string& text = NewsText();
  std::vector<int> hits;
  RE2::Set::ErrorInfo error{};
  for (auto _ : state) {
    hits.clear();
    set.Match(re2::StringPiece(text.data(), text.size()), &hits, &error);
    benchmark::DoNotOptimize(hits.data());
  }
  if (error.kind != RE2::Set::kNoError) {
    state.SkipWithError("RE2::Set::Match failed (DFA out of memory)");
    return;
  }
  state.counters["distinct_names"] = static_cast<double>(hits.size());
  SetBytes(state);
}
BENCHMARK(BM_Re2Set)->ArgName("entries")->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

#ifdef CLAIMSCAN_HAVE_HYPERSCAN
int CountMatch(unsigned int, unsigned long long, unsigned long long, unsigned int, void* ctx) {
  ++*static_cast<size_t*>(ctx);
  return 0;
}

void BM_Hyperscan(benchmark::State& state) {
  const size_t n = state.range(0);
  std::vector<std::string> names = Names(n);
  std::vector<const char*> exprs(n);
  std::vector<size_t> lens(n);
  std::vector<unsigned> flags(n, HS_FLAG_CASELESS);
  std::vector<unsigned> ids(n);
  for (size_t i = 0; i < n; ++i) {
    exprs[i] = names[i].data();
    lens[i] = names[i].size();
    ids[i] = static_cast<unsigned>(i);
  }
  hs_database_t* db = nullptr;
  hs_compile_error_t* error = nullptr;
  auto t0 = std::chrono::steady_clock::now();
  if (hs_compile_lit_multi(exprs.data(), flags.data(), ids.data(), lens.data(),
                           static_cast<unsigned>(n), HS_MODE_BLOCK, nullptr, &db,
                           &error) != HS_SUCCESS) {
    state.SkipWithError(error ? error->message : "hs_compile_lit_multi failed");
    hs_free_compile_error(error);
    return;
  }
  state.counters["compile_s"] =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  hs_scratch_t* scratch = nullptr;
  hs_alloc_scratch(db, &scratch);
  const std::string& text = NewsText();
  size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    hs_scan(db, text.data(), static_cast<unsigned>(text.size()), 0, scratch, CountMatch, &matches);
    benchmark::DoNotOptimize(matches);
  }
  state.counters["matches"] = static_cast<double>(matches);
  hs_free_scratch(scratch);
  hs_free_database(db);
  SetBytes(state);
}
BENCHMARK(BM_Hyperscan)
    ->ArgName("entries")
    ->Arg(1000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond);
#endif

void BM_NaiveFind(benchmark::State& state) {
  std::vector<std::string> names = Names(state.range(0));
  const std::string& text = NewsText();
  size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    for (const std::string& name : names) {
      for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
        ++matches;
      }
    }
    benchmark::DoNotOptimize(matches);
  }
  state.counters["matches"] = static_cast<double>(matches);
  SetBytes(state);
}
BENCHMARK(BM_NaiveFind)
    ->ArgName("entries")
    ->Arg(1000)
    ->Iterations(2)
    ->Unit(benchmark::kMillisecond);

// ---- Summary ------------------------------------------------------------------------------

// Console output as usual, plus MB/s per run kept for the ratio table. The table uses CPU time:
// on a shared machine (load far above the core count) wall time mostly measures waiting.
class RecordingReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& r : runs) {
      if (r.error_occurred || r.iterations == 0 || r.cpu_accumulated_time <= 0) continue;
      double seconds = r.cpu_accumulated_time / static_cast<double>(r.iterations);
      mbps[r.benchmark_name()] = NewsText().size() / seconds / 1e6;
    }
  }
  std::map<std::string, double> mbps;
};

void PrintSummary(const std::map<std::string, double>& mbps) {
  auto get = [&](const std::string& name) {
    auto it = mbps.find(name);
    return it == mbps.end() ? 0.0 : it->second;
  };
  std::printf("\nThroughput on %.1f MB of news text (MB/s = 10^6 bytes per CPU second)\n",
              NewsText().size() / 1e6);
  std::printf("%-10s %12s %12s %10s %10s %10s %12s\n", "entries", "claimscan", "+tokenize",
              "RE2::Set", "Hyperscan", "find loop", "memchr");
  const double memchr = get("BM_Memchr");
  for (const char* n : {"1000", "100000", "1000000"}) {
    std::string s = n;
    std::printf("%-10s %12.0f %12.0f %10.0f %10.0f %10.0f %12.0f\n", n,
                get("BM_Claimscan/entries:" + s + "/tokenize:0"),
                get("BM_Claimscan/entries:" + s + "/tokenize:1"), get("BM_Re2Set/entries:" + s),
                get("BM_Hyperscan/entries:" + s),
                get("BM_NaiveFind/entries:" + s + "/iterations:2"), memchr);
  }
  std::printf("%-10s %12.0f %12.0f\n", "default", get("BM_ClaimscanDefault/tokenize:0"),
              get("BM_ClaimscanDefault/tokenize:1"));
  std::printf("Tokenize alone: %.0f MB/s\n", get("BM_Tokenize"));
  std::printf("\nRatios claimscan / rival (tokens given | Tokenize included; 0 = rival not run)\n");
  for (const char* n : {"1000", "100000", "1000000"}) {
    std::string s = n;
    double ex = get("BM_Claimscan/entries:" + s + "/tokenize:0");
    double in = get("BM_Claimscan/entries:" + s + "/tokenize:1");
    auto ratio = [](double a, double b) { return b > 0 ? a / b : 0.0; };
    double re2 = get("BM_Re2Set/entries:" + s);
    double hs = get("BM_Hyperscan/entries:" + s);
    double naive = get("BM_NaiveFind/entries:" + s + "/iterations:2");
    std::printf(
        "%-10s vs RE2::Set %6.2f | %6.2f   vs Hyperscan %6.2f | %6.2f   vs find %7.1f | %7.1f\n", n,
        ratio(ex, re2), ratio(in, re2), ratio(ex, hs), ratio(in, hs), ratio(ex, naive),
        ratio(in, naive));
  }
  std::printf("\nCompile (claimscan)\n");
  for (const auto& [name, c] : CompileLog()) {
    std::printf("%-10s %8.3f s wall %8.3f s CPU  MemoryBytes %8.1f MB  max-RSS growth %8.1f MB\n",
                name.c_str(), c.seconds, c.cpu_seconds, c.memory_bytes / 1e6,
                c.max_rss_growth_kb / 1e3);
  }
}

}  // namespace
}  // namespace claimscan

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  // Build the fixtures before timing anything, in a fixed order, so the compile figures of
  // the 1M gazetteer are measured on a quiet heap.
  claimscan::NewsText();
  claimscan::NewsTokens();
  claimscan::SyntheticGazetteer(1000000);
  claimscan::SyntheticGazetteer(100000);
  claimscan::SyntheticGazetteer(1000);
  claimscan::DefaultGazetteer();
  claimscan::RecordingReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  claimscan::PrintSummary(reporter.mbps);
  benchmark::Shutdown();
  return 0;
}
