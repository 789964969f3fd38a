// bench_pipeline: every stage of the per-article hot path over ~4 MB of generated news (and
// over real files when $CLAIMSCAN_BENCH_DIR names a folder), against two baselines on the same
// bytes: a memchr newline count (the memory-bandwidth floor) and one RE2 alternation of date
// and number shapes (what a single-regex scanner costs). After the runs it prints each figure
// as MB/s and as a ratio to both baselines, the 1→2 thread scaling of one shared Engine, and
// the peak memory of an Engine with the default gazetteer.
//
//   build-release/bench/bench_pipeline --benchmark_min_time=0.5
//   CLAIMSCAN_BENCH_DIR=/path/to/articles build-release/bench/bench_pipeline
//   CLAIMSCAN_BENCH_BYTES=500000 valgrind --tool=callgrind build-release/bench/bench_pipeline ...
//
// Rates are per CPU second (Google Benchmark's default) so a busy machine skews a stage and
// its baselines alike; the threaded rows use wall time, which is what scaling means.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "claimscan/engine.h"
#include "corpus.h"
#include "re2/re2.h"
#include "tag/quantities.h"

namespace claimscan {
namespace {

// A corpus with everything the later stages need prepared once, outside the timings.
struct PreparedCorpus {
  std::string label;  // "generated" or "real"
  std::vector<bench::CorpusText> texts;
  size_t bytes = 0;
  std::vector<Article> articles;                        // parsed
  std::vector<std::vector<TemporalMention>> all_dates;  // TemporalRecognizer over whole texts
  std::vector<TagResult> tags;                          // tagged
};

struct ScalingRun {
  double wall_seconds = 0;
  double cpu_seconds = 0;  // summed over the threads
  double bytes = 0;
};

struct Shared {
  std::unique_ptr<const Engine> engine;
  std::unique_ptr<const TemporalRecognizer> temporal;
  std::unique_ptr<const QuantityRecognizer> quantities;
  std::unique_ptr<const RE2> baseline_regex;
  std::vector<std::unique_ptr<PreparedCorpus>> corpora;
  long engine_peak_kb = 0;  // ru_maxrss growth across Engine::Create
  long rss_before_kb = 0;
  double engine_create_seconds = 0;
  std::map<std::string, std::pair<ScalingRun, ScalingRun>> scaling;  // by corpus label
};
Shared* shared = nullptr;

ParseOptions BenchParseOptions() {
  ParseOptions options;
  options.invalid_utf8 = InvalidUtf8::kReplace;  // real files may hold stray bytes
  return options;
}

long MaxRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // Linux: kilobytes
}

void SetRates(benchmark::State& state, const PreparedCorpus& c) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(c.texts.size()));
}

Span Whole(std::string_view s) { return {0, static_cast<uint32_t>(s.size())}; }

// ---- Baselines --------------------------------------------------------------------------

void BM_MemchrNewlines(benchmark::State& state, const PreparedCorpus* c) {
  size_t lines = 0;
  for (auto _ : state) {
    lines = 0;
    for (const bench::CorpusText& t : c->texts) {
      const char* p = t.bytes.data();
      const char* end = p + t.bytes.size();
      while ((p = static_cast<const char*>(std::memchr(p, '\n', end - p))) != nullptr) {
        ++lines;
        ++p;
      }
    }
    benchmark::DoNotOptimize(lines);
  }
  state.counters["lines"] = static_cast<double>(lines);
  SetRates(state, *c);
}

// One RE2 alternation of the date, time and number shapes news uses: what scanning the
// same text with a single compiled regex costs, with no interpretation of the matches.
constexpr const char* kBaselinePattern =
    R"((?i)\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|)"
    R"((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:, \d{4})?|)"
    R"((?:mon|tues|wednes|thurs|fri|satur|sun)day|)"
    R"(\d[\d,]*(?:\.\d+)?(?: (?:thousand|million|billion))?%?|)"
    R"((?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))\b)";

void BM_Re2DateNumberBaseline(benchmark::State& state, const PreparedCorpus* c) {
  size_t matches = 0;
  for (auto _ : state) {
    matches = 0;
    for (const bench::CorpusText& t : c->texts) {
      re2::StringPiece input(t.bytes.data(), t.bytes.size());
      while (RE2::FindAndConsume(&input, *shared->baseline_regex)) ++matches;
    }
    benchmark::DoNotOptimize(matches);
  }
  state.counters["matches"] = static_cast<double>(matches);
  SetRates(state, *c);
}

// ---- Stages -----------------------------------------------------------------------------

void BM_TemporalFind(benchmark::State& state, const PreparedCorpus* c) {
  std::vector<TemporalMention> dates;
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (const bench::CorpusText& t : c->texts) {
      dates.clear();
      shared->temporal->Find(t.bytes, Whole(t.bytes), nullptr, &dates);
      found += dates.size();
    }
    benchmark::DoNotOptimize(found);
  }
  state.counters["mentions"] = static_cast<double>(found);
  SetRates(state, *c);
}

void BM_QuantityFind(benchmark::State& state, const PreparedCorpus* c) {
  std::vector<Quantity> quantities;
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (size_t i = 0; i < c->texts.size(); ++i) {
      const std::string& text = c->texts[i].bytes;
      quantities.clear();
      shared->quantities->Find(text, Whole(text), c->all_dates[i], &quantities);
      found += quantities.size();
    }
    benchmark::DoNotOptimize(found);
  }
  state.counters["quantities"] = static_cast<double>(found);
  SetRates(state, *c);
}

// Parse takes the bytes by value, so the copy into it is part of what a caller pays.
void BM_Parse(benchmark::State& state, const PreparedCorpus* c) {
  const ArticleParser& parser = shared->engine->parser();
  const ParseOptions options = BenchParseOptions();
  size_t paragraphs = 0;
  for (auto _ : state) {
    paragraphs = 0;
    for (const bench::CorpusText& t : c->texts) {
      auto article = parser.Parse(t.name, t.bytes, options);
      if (!article.ok()) {
        state.SkipWithError(article.status().ToString().c_str());
        return;
      }
      paragraphs += article->paragraphs.size();
    }
    benchmark::DoNotOptimize(paragraphs);
  }
  state.counters["paragraphs"] = static_cast<double>(paragraphs);
  SetRates(state, *c);
}

void BM_Tag(benchmark::State& state, const PreparedCorpus* c) {
  const Tagger& tagger = shared->engine->tagger();
  std::unique_ptr<TagScratch> scratch = tagger.NewScratch();
  TagResult result;
  size_t mentions = 0;
  for (auto _ : state) {
    mentions = 0;
    for (const Article& article : c->articles) {
      if (absl::Status s = tagger.Tag(article, scratch.get(), &result); !s.ok()) {
        state.SkipWithError(s.ToString().c_str());
        return;
      }
      mentions += result.mentions.size();
    }
    benchmark::DoNotOptimize(mentions);
  }
  state.counters["mentions"] = static_cast<double>(mentions);
  SetRates(state, *c);
}

void BM_Claims(benchmark::State& state, const PreparedCorpus* c) {
  const ClaimExtractor& extractor = shared->engine->claims();
  std::vector<Claim> claims;
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (size_t i = 0; i < c->articles.size(); ++i) {
      if (absl::Status s = extractor.Extract(c->articles[i], c->tags[i], &claims); !s.ok()) {
        state.SkipWithError(s.ToString().c_str());
        return;
      }
      found += claims.size();
    }
    benchmark::DoNotOptimize(found);
  }
  state.counters["claims"] = static_cast<double>(found);
  SetRates(state, *c);
}

// Parse + tag + claims through the public entry point, one reused Scratch per thread and one
// Engine shared by all threads.
void BM_Analyze(benchmark::State& state, const PreparedCorpus* c) {
  const Engine& engine = *shared->engine;
  std::unique_ptr<Engine::Scratch> scratch = engine.NewScratch();
  const ParseOptions options = BenchParseOptions();
  size_t claims = 0;
  for (auto _ : state) {
    claims = 0;
    for (const bench::CorpusText& t : c->texts) {
      auto doc = engine.Analyze(t.name, t.bytes, options, scratch.get());
      if (!doc.ok()) {
        state.SkipWithError(doc.status().ToString().c_str());
        return;
      }
      claims += doc->claims.size();
    }
    benchmark::DoNotOptimize(claims);
  }
  state.counters["claims"] = static_cast<double>(claims);
  SetRates(state, *c);
}

// ---- Manual thread scaling ----------------------------------------------------------------

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Each of `threads` threads analyses the whole corpus `passes` times with its own Scratch.
ScalingRun RunThreads(const PreparedCorpus& c, int threads, int passes) {
  std::vector<double> cpu(static_cast<size_t>(threads), 0);
  std::atomic<bool> failed{false};
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      const double cpu_start = ThreadCpuSeconds();
      std::unique_ptr<Engine::Scratch> scratch = shared->engine->NewScratch();
      const ParseOptions options = BenchParseOptions();
      for (int p = 0; p < passes; ++p) {
        for (const bench::CorpusText& text : c.texts) {
          if (!shared->engine->Analyze(text.name, text.bytes, options, scratch.get()).ok()) {
            failed = true;
          }
        }
      }
      cpu[static_cast<size_t>(t)] = ThreadCpuSeconds() - cpu_start;
    });
  }
  for (std::thread& th : pool) th.join();
  ScalingRun run;
  run.wall_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (double s : cpu) run.cpu_seconds += s;
  run.bytes = static_cast<double>(c.bytes) * threads * passes;
  if (failed) run.bytes = 0;
  return run;
}

// ---- Summary ------------------------------------------------------------------------------

class SummaryReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration || run.error_occurred) continue;
      auto bytes = run.counters.find("bytes_per_second");
      auto items = run.counters.find("items_per_second");
      if (bytes == run.counters.end()) continue;
      rates_[run.benchmark_name()] = {bytes->second.value,
                                      items == run.counters.end() ? 0.0 : items->second.value};
    }
  }

  void Print() const {
    for (const auto& corpus : shared->corpora) {
      const std::string& label = corpus->label;
      const Rate* memchr = Find("BM_MemchrNewlines/" + label);
      const Rate* re2 = Find("BM_Re2DateNumberBaseline/" + label);
      std::printf("\n== %s corpus: %zu articles, %.2f MB (%zu bytes) ==\n", label.c_str(),
                  corpus->texts.size(), static_cast<double>(corpus->bytes) / 1e6, corpus->bytes);
      std::printf("%-44s %10s %12s %11s %11s\n", "benchmark", "MB/s", "articles/s", "/memchr",
                  "/RE2 alt.");
      for (const auto& [name, rate] : rates_) {
        if (name.find("/" + label) == std::string::npos) continue;
        std::printf("%-44s %10.1f %12.0f %11.4f %11.3f\n", name.c_str(), rate.bytes / 1e6,
                    rate.items, memchr ? rate.bytes / memchr->bytes : 0,
                    re2 ? rate.bytes / re2->bytes : 0);
      }
      const Rate* one = Find("BM_AnalyzeShared/" + label + "/real_time/threads:1");
      const Rate* two = Find("BM_AnalyzeShared/" + label + "/real_time/threads:2");
      if (one != nullptr && two != nullptr && one->bytes > 0) {
        std::printf("Analyze 2 threads / 1 thread (wall, Google Benchmark): %.2fx\n",
                    two->bytes / one->bytes);
      }
    }
  }

 private:
  struct Rate {
    double bytes = 0;
    double items = 0;
  };
  const Rate* Find(const std::string& name) const {
    auto it = rates_.find(name);
    return it == rates_.end() ? nullptr : &it->second;
  }
  std::map<std::string, Rate> rates_;
};

// Manual scaling: whole-corpus passes on 1 then 2 threads, timed by wall clock and by each
// thread's own CPU clock. On a shared machine the wall ratio shows what the other jobs leave;
// the CPU ratio shows whether the code itself scales (locks, allocator contention, false
// sharing would raise CPU per byte at 2 threads).
void BM_ThreadScaling(benchmark::State& state, const PreparedCorpus* c) {
  for (auto _ : state) {
    RunThreads(*c, 1, 1);  // warm caches and the allocator
    shared->scaling[c->label] = {RunThreads(*c, 1, 2), RunThreads(*c, 2, 2)};
  }
  const auto& [one, two] = shared->scaling[c->label];
  if (one.bytes == 0 || two.bytes == 0) {
    state.SkipWithError("Analyze failed");
    return;
  }
  state.counters["wall_2/1"] = (two.bytes / two.wall_seconds) / (one.bytes / one.wall_seconds);
  state.counters["cpu_2/1"] = 2 * (two.bytes / two.cpu_seconds) / (one.bytes / one.cpu_seconds);
}

void PrintScaling(const PreparedCorpus& c) {
  auto it = shared->scaling.find(c.label);
  if (it == shared->scaling.end()) return;
  const auto& [one, two] = it->second;
  if (one.bytes == 0 || two.bytes == 0) return;
  const double wall1 = one.bytes / one.wall_seconds / 1e6;
  const double wall2 = two.bytes / two.wall_seconds / 1e6;
  const double cpu1 = one.bytes / one.cpu_seconds / 1e6;
  const double cpu2 = two.bytes / two.cpu_seconds / 1e6;
  std::printf("\n== thread scaling, one shared Engine, %s corpus (Analyze) ==\n", c.label.c_str());
  std::printf("threads  wall MB/s  MB/s per CPU-second\n");
  std::printf("%7d %10.1f %20.1f\n", 1, wall1, cpu1);
  std::printf("%7d %10.1f %20.1f\n", 2, wall2, cpu2);
  std::printf(
      "scaling 2/1: wall %.2fx; CPU-bound %.2fx (2 x per-CPU-second ratio: what two idle "
      "cores would give)\n",
      wall2 / wall1, 2 * cpu2 / cpu1);
}

void PrintMemory() {
  std::printf("\n== memory ==\n");
  std::printf("peak RSS before Engine::Create: %.1f MB\n", shared->rss_before_kb / 1024.0);
  std::printf("peak RSS growth across Engine::Create (default gazetteer): %.1f MB\n",
              shared->engine_peak_kb / 1024.0);
  std::printf("Engine::Create wall time: %.2f s\n", shared->engine_create_seconds);
  std::printf("peak RSS of the whole run: %.1f MB\n", MaxRssKb() / 1024.0);
}

absl::Status Prepare(const std::string& label, std::vector<bench::CorpusText> texts) {
  auto c = std::make_unique<PreparedCorpus>();
  c->label = label;
  c->texts = std::move(texts);
  c->bytes = bench::TotalBytes(c->texts);
  const ParseOptions options = BenchParseOptions();
  std::unique_ptr<TagScratch> scratch = shared->engine->tagger().NewScratch();
  for (const bench::CorpusText& t : c->texts) {
    auto article = shared->engine->parser().Parse(t.name, t.bytes, options);
    if (!article.ok()) return article.status();
    TagResult tags;
    if (absl::Status s = shared->engine->tagger().Tag(*article, scratch.get(), &tags); !s.ok()) {
      return s;
    }
    std::vector<TemporalMention> dates;
    shared->temporal->Find(t.bytes, Whole(t.bytes), nullptr, &dates);
    c->articles.push_back(*std::move(article));
    c->tags.push_back(std::move(tags));
    c->all_dates.push_back(std::move(dates));
  }
  shared->corpora.push_back(std::move(c));
  return absl::OkStatus();
}

void Register(const PreparedCorpus* c) {
  const std::string& l = c->label;
  benchmark::RegisterBenchmark(("BM_MemchrNewlines/" + l).c_str(), BM_MemchrNewlines, c);
  benchmark::RegisterBenchmark(("BM_Re2DateNumberBaseline/" + l).c_str(), BM_Re2DateNumberBaseline,
                               c);
  benchmark::RegisterBenchmark(("BM_TemporalFind/" + l).c_str(), BM_TemporalFind, c);
  benchmark::RegisterBenchmark(("BM_QuantityFind/" + l).c_str(), BM_QuantityFind, c);
  benchmark::RegisterBenchmark(("BM_Parse/" + l).c_str(), BM_Parse, c);
  benchmark::RegisterBenchmark(("BM_Tag/" + l).c_str(), BM_Tag, c);
  benchmark::RegisterBenchmark(("BM_Claims/" + l).c_str(), BM_Claims, c);
  benchmark::RegisterBenchmark(("BM_Analyze/" + l).c_str(), BM_Analyze, c);
  benchmark::RegisterBenchmark(("BM_AnalyzeShared/" + l).c_str(), BM_Analyze, c)
      ->Threads(1)
      ->Threads(2)
      ->UseRealTime();
  benchmark::RegisterBenchmark(("BM_ThreadScaling/" + l).c_str(), BM_ThreadScaling, c)
      ->Iterations(1)
      ->UseRealTime()
      ->Unit(benchmark::kSecond);
}

absl::Status Setup() {
  shared = new Shared;
  shared->rss_before_kb = MaxRssKb();
  EngineOptions options;
  options.data_dir = CLAIMSCAN_BENCH_DATA_DIR;
  const auto create_start = std::chrono::steady_clock::now();
  auto engine = Engine::Create(options);
  if (!engine.ok()) return engine.status();
  shared->engine_create_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - create_start).count();
  shared->engine = *std::move(engine);
  shared->engine_peak_kb = MaxRssKb() - shared->rss_before_kb;

  auto temporal = TemporalRecognizer::Create(CLAIMSCAN_BENCH_DATA_DIR);
  if (!temporal.ok()) return temporal.status();
  shared->temporal = *std::move(temporal);
  auto quantities =
      QuantityRecognizer::Create(absl::StrCat(CLAIMSCAN_BENCH_DATA_DIR, "/quantities"));
  if (!quantities.ok()) return quantities.status();
  shared->quantities = *std::move(quantities);
  shared->baseline_regex = std::make_unique<RE2>(kBaselinePattern);
  if (!shared->baseline_regex->ok()) {
    return absl::InternalError(shared->baseline_regex->error());
  }

  bench::GeneratorOptions generator;
  generator.examples_dir = CLAIMSCAN_BENCH_EXAMPLES_DIR;
  generator.data_dir = CLAIMSCAN_BENCH_DATA_DIR;
  // A smaller corpus keeps instruction-count runs (callgrind) short.
  if (const char* bytes = std::getenv("CLAIMSCAN_BENCH_BYTES"); bytes != nullptr && *bytes) {
    generator.target_bytes = static_cast<size_t>(std::strtoull(bytes, nullptr, 10));
  }
  auto generated = bench::GenerateNews(generator);
  if (!generated.ok()) return generated.status();
  if (absl::Status s = Prepare("generated", *std::move(generated)); !s.ok()) return s;
  auto real = bench::LoadBenchDir();
  if (!real.ok()) return real.status();
  if (!real->empty()) {
    if (absl::Status s = Prepare("real", *std::move(real)); !s.ok()) return s;
  }
  for (const auto& c : shared->corpora) Register(c.get());
  return absl::OkStatus();
}

}  // namespace
}  // namespace claimscan

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  if (absl::Status s = claimscan::Setup(); !s.ok()) {
    std::fprintf(stderr, "bench_pipeline setup: %s\n", s.ToString().c_str());
    return 1;
  }
  claimscan::SummaryReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.Print();
  for (const auto& c : claimscan::shared->corpora) claimscan::PrintScaling(*c);
  claimscan::PrintMemory();
  benchmark::Shutdown();
  return 0;
}
