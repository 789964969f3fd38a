// Synthetic news days for scale benchmarks and tests of story clustering (issue 10).
//
// A seeded, deterministic generator: N stories, each covered by several of M outlets. Every
// article paraphrases its story's facts (place, date, toll, officials, organisations) in
// its outlet's own wording; some articles are wire copy of another outlet's article (long
// identical passages under a new headline); some outlets report a different toll (a
// conflict for compare to find); and a share of the stories are look-alikes of an earlier
// one: the same kind of event in another city, on another day, with other figures and names.
// Places are real (the gazetteer's cities and countries, read from the data folder) and
// people are given names from data/names with generated surnames, so the tagger sees the
// same kinds of entities as in real news.
#ifndef CLAIMSCAN_BENCH_NEWS_DAY_H_
#define CLAIMSCAN_BENCH_NEWS_DAY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace claimscan::bench {

struct NewsDayOptions {
  uint64_t seed = 1;
  size_t stories = 100;
  size_t outlets = 10;
  // Each story is covered by between min_coverage and outlets outlets (uniformly).
  size_t min_coverage = 2;
  double syndicated = 0.15;   // share of articles that are wire copy of a sibling article
  double lookalike = 0.5;     // share of stories that copy an earlier story's kind of event
                              // and country, 5 to 9 days apart, in another city
  double conflicting = 0.15;  // share of articles whose toll differs from the story's
  int days = 7;               // publication dates spread over this many days
  std::string first_day = "2026-03-02";
};

struct GeneratedArticle {
  std::string id;      // "000123_outlet-name": sorts in arrival order
  std::string outlet;  // display name of the outlet
  uint32_t story = 0;  // index of the true story
  bool wire_copy = false;
  std::string text;  // plain text as the CLI reads it: date line, title, body paragraphs
};

struct NewsDay {
  std::vector<GeneratedArticle> articles;  // in arrival order (by publication day)
  size_t stories = 0;
  std::vector<uint32_t> Truth() const;  // story of each article, in order
  size_t bytes() const;
};

// Reads the place and name lists the generator draws from (data/gazetteer, data/names).
class NewsDayGenerator {
 public:
  static absl::StatusOr<NewsDayGenerator> Create(std::string_view data_dir);
  NewsDay Generate(const NewsDayOptions& options) const;

 private:
  struct Place {
    std::string city, country;
  };
  std::vector<Place> places_;
  std::vector<std::string> first_names_;
};

// Writes one <id>.txt per article and truth.tsv (id <TAB> story <TAB> outlet <TAB> wire copy)
// into `dir`, which is created when missing.
absl::Status WriteNewsDay(const NewsDay& day, const std::string& dir);

}  // namespace claimscan::bench

#endif  // CLAIMSCAN_BENCH_NEWS_DAY_H_
