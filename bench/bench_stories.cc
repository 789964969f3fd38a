// Stories at scale (issue 10): ClusterStories and CompareStories on generated news days of
// growing size. Prints, per size, the time of each step, articles per second, peak resident
// memory (getrusage), B-cubed against the generator's truth, and how time grows when the
// pile grows tenfold (near-linear means about 10x; the target is at most 15x).
//
//   bench_stories [--sizes 1000,10000,100000] [--outlets 10] [--threads N] [--seed S]
//   bench_stories --write DIR --articles N [--outlets 10] [--seed S]   (a folder for the CLI)
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "bcubed.h"
#include "claimscan/claimscan.h"
#include "news_day.h"

namespace cs = claimscan;
namespace csb = claimscan::bench;

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double PeakRssMiB() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // Linux reports KiB
}

// Stories for `articles` articles: each story is covered by (min_coverage + outlets) / 2
// outlets on average.
csb::NewsDayOptions DayFor(size_t articles, size_t outlets, uint64_t seed) {
  csb::NewsDayOptions o;
  o.seed = seed;
  o.outlets = outlets;
  const double per_story = (static_cast<double>(o.min_coverage) + static_cast<double>(outlets)) / 2;
  o.stories = std::max<size_t>(1, static_cast<size_t>(static_cast<double>(articles) / per_story));
  // A bigger pile spans more days, as a real archive would (about 2,000 articles a day).
  o.days = std::max(1, static_cast<int>(articles / 2000));
  return o;
}

std::vector<cs::Document> AnalyzeAll(const cs::Engine& engine, const csb::NewsDay& day,
                                     int threads) {
  std::vector<cs::Document> docs(day.articles.size());
  std::atomic<size_t> next{0};
  std::atomic<size_t> failed{0};
  auto work = [&] {
    auto scratch = engine.NewScratch();
    for (size_t i = next++; i < docs.size(); i = next++) {
      const csb::GeneratedArticle& a = day.articles[i];
      auto d = engine.Analyze(a.id, a.text, {}, scratch.get());
      if (d.ok()) {
        docs[i] = std::move(*d);
      } else {
        ++failed;
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(work);
  for (std::thread& t : pool) t.join();
  if (failed > 0)
    std::fprintf(stderr, "bench_stories: %zu articles failed to parse\n", failed.load());
  return docs;
}

struct Row {
  size_t articles = 0, stories = 0, found = 0, findings = 0;
  double analyze_s = 0, cluster_s = 0, compare_s = 0, rss_mib = 0;
  csb::BCubedScores b3;
};

}  // namespace

int main(int argc, char** argv) {
  std::vector<size_t> sizes = {1000, 10000};
  size_t outlets = 10, write_articles = 0;
  uint64_t seed = 7;
  int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::string write_dir;
  size_t show_merges = 0;  // print this many found stories that join several true ones
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    const char* v = i + 1 < argc ? argv[i + 1] : nullptr;
    if (a == "--sizes" && v != nullptr) {
      sizes.clear();
      for (const char* p = v; *p != '\0';) {
        char* end = nullptr;
        sizes.push_back(std::strtoull(p, &end, 10));
        p = *end == ',' ? end + 1 : end;
      }
      ++i;
    } else if (a == "--outlets" && v != nullptr) {
      outlets = std::strtoull(v, nullptr, 10), ++i;
    } else if (a == "--threads" && v != nullptr) {
      threads = std::max(1, std::atoi(v)), ++i;
    } else if (a == "--seed" && v != nullptr) {
      seed = std::strtoull(v, nullptr, 10), ++i;
    } else if (a == "--write" && v != nullptr) {
      write_dir = v, ++i;
    } else if (a == "--show-merges" && v != nullptr) {
      show_merges = std::strtoull(v, nullptr, 10), ++i;
    } else if (a == "--articles" && v != nullptr) {
      write_articles = std::strtoull(v, nullptr, 10), ++i;
    } else {
      std::fprintf(stderr,
                   "usage: bench_stories [--sizes N,N,...] [--outlets M] [--threads T] [--seed S]\n"
                   "       bench_stories --write DIR --articles N [--outlets M] [--seed S]\n");
      return 2;
    }
  }
  auto generator = csb::NewsDayGenerator::Create(CLAIMSCAN_BENCH_DATA_DIR);
  if (!generator.ok()) {
    std::fprintf(stderr, "bench_stories: %s\n", std::string(generator.status().message()).c_str());
    return 1;
  }
  if (!write_dir.empty()) {
    csb::NewsDay day = generator->Generate(DayFor(write_articles, outlets, seed));
    absl::Status s = csb::WriteNewsDay(day, write_dir);
    if (!s.ok()) {
      std::fprintf(stderr, "bench_stories: %s\n", std::string(s.message()).c_str());
      return 1;
    }
    std::printf("wrote %zu articles of %zu stories (%.1f MB) to %s\n", day.articles.size(),
                day.stories, static_cast<double>(day.bytes()) / 1e6, write_dir.c_str());
    return 0;
  }

  cs::EngineOptions eo;
  eo.data_dir = CLAIMSCAN_BENCH_DATA_DIR;
  auto engine = cs::Engine::Create(eo);
  if (!engine.ok()) {
    std::fprintf(stderr, "bench_stories: %s\n", std::string(engine.status().message()).c_str());
    return 1;
  }
  std::sort(sizes.begin(), sizes.end());
  std::vector<Row> rows;
  for (size_t n : sizes) {
    csb::NewsDay day = generator->Generate(DayFor(n, outlets, seed));
    Row r;
    r.articles = day.articles.size();
    r.stories = day.stories;
    auto t0 = std::chrono::steady_clock::now();
    std::vector<cs::Document> docs = AnalyzeAll(**engine, day, threads);
    r.analyze_s = Seconds(t0);
    t0 = std::chrono::steady_clock::now();
    std::vector<cs::Story> stories = cs::ClusterStories(docs);
    r.cluster_s = Seconds(t0);
    t0 = std::chrono::steady_clock::now();
    cs::CompareResult result = (*engine)->CompareStories(docs, stories);
    r.compare_s = Seconds(t0);
    r.findings = result.findings.size();
    r.found = stories.size();
    std::vector<uint32_t> predicted(docs.size());
    for (const cs::Story& s : stories) {
      for (uint32_t d : s.docs) predicted[d] = s.id;
    }
    r.b3 = csb::BCubed(predicted, day.Truth());
    size_t shown = 0;
    for (const cs::Story& s : stories) {
      if (shown >= show_merges) break;
      bool mixed = false;
      for (uint32_t d : s.docs) mixed |= day.articles[d].story != day.articles[s.docs[0]].story;
      if (!mixed) continue;
      ++shown;
      std::printf("found story %u joins:\n", s.id);
      for (uint32_t d : s.docs) {
        const std::string& t = day.articles[d].text;
        std::printf("  true %u  %s | %s\n", day.articles[d].story,
                    t.substr(0, t.find('\n')).c_str(), docs[d].article.published_iso.c_str());
      }
    }
    r.rss_mib = PeakRssMiB();
    rows.push_back(r);
    std::printf(
        "%7zu articles (%zu true stories, %.1f MB): analyse %.1f s (%d threads), cluster %.2f s "
        "(%.0f articles/s) -> %zu stories, B3 P %.3f R %.3f F1 %.3f; compare %.2f s (%.0f "
        "articles/s, %zu findings); peak RSS %.0f MiB\n",
        r.articles, r.stories, static_cast<double>(day.bytes()) / 1e6, r.analyze_s, threads,
        r.cluster_s, static_cast<double>(r.articles) / r.cluster_s, r.found, r.b3.precision,
        r.b3.recall, r.b3.f1, r.compare_s, static_cast<double>(r.articles) / r.compare_s,
        r.findings, r.rss_mib);
    std::fflush(stdout);
  }
  for (size_t i = 1; i < rows.size(); ++i) {
    const Row& a = rows[i - 1];
    const Row& b = rows[i];
    const double size_ratio = static_cast<double>(b.articles) / static_cast<double>(a.articles);
    const double cluster_ratio = b.cluster_s / a.cluster_s;
    const double compare_ratio = b.compare_s / a.compare_s;
    std::printf("%zu -> %zu articles (%.1fx): cluster time %.1fx, compare time %.1fx%s\n",
                a.articles, b.articles, size_ratio, cluster_ratio, compare_ratio,
                cluster_ratio <= 1.5 * size_ratio && compare_ratio <= 1.5 * size_ratio
                    ? " (within 1.5x of linear)"
                    : " (WORSE than 1.5x of linear)");
  }
  return 0;
}
