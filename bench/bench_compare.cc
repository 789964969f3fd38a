// bench_compare: CompareDocuments on generated story sets of 10, 100 and 1,000 articles.
//
//   build/bench/bench_compare --benchmark_min_time=1
//
// Articles are generated deterministically (fixed seed) from the actors, places and events
// of the bundled examples, analysed once by the engine (not timed), then compared. Each
// story is covered by several articles, so the comparison has real groups to build.
#include <cstdio>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "claimscan/engine.h"

namespace claimscan {
namespace {

constexpr const char* kActors[] = {"Israel",           "Hezbollah",        "Iran",   "Hamas",
                                   "Lebanon",          "United States",    "France", "Syria",
                                   "the Israeli army", "the Lebanese army"};
constexpr const char* kPlaces[] = {"Beirut", "Haifa",    "Tyre",    "Nahariyya", "Gaza",
                                   "Sidon",  "Tel Aviv", "Baalbek", "Damascus",  "Kyiv"};
constexpr const char* kEvents[] = {"launched rockets at",      "carried out airstrikes on",
                                   "killed commanders in",     "deployed troops to",
                                   "withdrew soldiers from",   "evacuated residents from",
                                   "proposed a ceasefire for", "rejected talks on"};
constexpr const char* kSpeakers[] = {"David Mencer", "Michael Herzog", "Lloyd Austin",
                                     "Naim Qassem",  "Amos Hochstein", "Najib Mikati"};
constexpr const char* kMonths[] = {"September", "October", "November"};

// One article about story `story` (its actor, event and place are fixed by the story; the
// figures, dates and wording vary by article).
std::string Article(int story, std::mt19937* rng) {
  std::mt19937 story_rng(static_cast<unsigned>(story) * 7919u + 17u);
  auto pick = [](std::mt19937* r, auto& list) {
    return list[std::uniform_int_distribution<size_t>(0, std::size(list) - 1)(*r)];
  };
  const std::string actor = pick(&story_rng, kActors);
  const std::string event = pick(&story_rng, kEvents);
  const std::string place = pick(&story_rng, kPlaces);
  const std::string month = pick(&story_rng, kMonths);
  const int day = std::uniform_int_distribution<int>(1, 28)(story_rng);
  const int figure = std::uniform_int_distribution<int>(5, 300)(story_rng);
  std::string text = absl::StrCat("Story ", story, " update\n\n");
  absl::StrAppend(&text, actor, " ", event, " ", place, " on ", month, " ", day,
                  ", killing at least ", figure + (*rng)() % 3, " people.\n\n");
  absl::StrAppend(&text, pick(rng, kSpeakers),
                  " said, \xE2\x80\x9CWe are moving towards an "
                  "agreement in ",
                  place, ", but issues remain.\xE2\x80\x9D\n\n");
  absl::StrAppend(&text, "According to a source familiar with the talks, ", pick(rng, kActors),
                  " does not want a ceasefire with ", pick(rng, kActors), ".\n\n");
  absl::StrAppend(&text, pick(rng, kActors), " has reportedly ", pick(rng, kEvents), " ",
                  pick(rng, kPlaces), " since early ", pick(rng, kMonths), ".\n\n");
  absl::StrAppend(&text, "Hundreds of families evacuated their homes near ", place,
                  " as the strikes continued.\n");
  return text;
}

const std::vector<Document>& Corpus(int articles) {
  static std::map<int, std::vector<Document>>* corpora = new std::map<int, std::vector<Document>>;
  auto it = corpora->find(articles);
  if (it != corpora->end()) return it->second;
  static const Engine* engine = [] {
    EngineOptions options;
    options.data_dir = CLAIMSCAN_BENCH_DATA_DIR;
    auto created = Engine::Create(options);
    if (!created.ok()) {
      std::fprintf(stderr, "%s\n", created.status().ToString().c_str());
      std::abort();
    }
    return created->release();
  }();
  std::mt19937 rng(42);
  std::vector<Document> docs;
  const int stories = std::max(1, articles / 5);  // about five articles per story
  auto scratch = engine->NewScratch();
  for (int a = 0; a < articles; ++a) {
    auto doc =
        engine->Analyze(absl::StrCat("gen", a), Article(a % stories, &rng), {}, scratch.get());
    if (!doc.ok()) {
      std::fprintf(stderr, "%s\n", doc.status().ToString().c_str());
      std::abort();
    }
    docs.push_back(*std::move(doc));
  }
  return corpora->emplace(articles, std::move(docs)).first->second;
}

void BM_Compare(benchmark::State& state) {
  const std::vector<Document>& docs = Corpus(static_cast<int>(state.range(0)));
  size_t findings = 0, claims = 0;
  for (const Document& d : docs) claims += d.claims.size();
  for (auto _ : state) {
    CompareResult result = CompareDocuments(docs, {});
    findings = result.findings.size();
    benchmark::DoNotOptimize(result);
  }
  state.counters["claims"] = static_cast<double>(claims);
  state.counters["findings"] = static_cast<double>(findings);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(docs.size()));
}
BENCHMARK(BM_Compare)->Arg(10)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimscan

BENCHMARK_MAIN();
