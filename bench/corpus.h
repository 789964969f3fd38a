// Benchmark corpora: deterministic generated news, or a folder of real files.
//
// GenerateNews writes English news articles of any total size from the bundled example
// articles' own words (an order-2 word chain over their sentences) and the default gazetteer's
// names (people, organisations, places), with the shapes the pipeline cares about: a title,
// a date line, a byline, a dateline, attributed and quoted statements, figures with units and
// qualifiers, dates and weekdays, and a few boilerplate lines. The same options always give
// the same bytes (own PRNG, no std:: distributions, whose output differs between libraries),
// so figures from two machines or two commits measure the same text. Nothing is downloaded.
//
// LoadBenchDir reads the files of $CLAIMSCAN_BENCH_DIR (recursively, sorted by path) so the
// same benches can run on real text.
#ifndef CLAIMSCAN_BENCH_CORPUS_H_
#define CLAIMSCAN_BENCH_CORPUS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace claimscan::bench {

// One article's bytes and a name for it (a generated id, or the file's path).
struct CorpusText {
  std::string name;
  std::string bytes;
};

struct GeneratorOptions {
  std::string examples_dir;  // *.txt articles whose sentences feed the word chain
  std::string data_dir;      // data/: gazetteer/, names/, boilerplate/
  uint64_t seed = 20241102;
  size_t target_bytes = size_t{4} << 20;  // stops after the article that reaches this size
};

// Errors: NotFound / InvalidArgument when the examples or data files are missing or empty.
absl::StatusOr<std::vector<CorpusText>> GenerateNews(const GeneratorOptions& options);

// Every regular file under `dir` (recursively, hidden entries skipped), sorted by path, until
// `max_bytes` in total. Errors: NotFound when `dir` is not a folder or holds no files.
absl::StatusOr<std::vector<CorpusText>> LoadDirectory(const std::string& dir, size_t max_bytes);

// LoadDirectory($CLAIMSCAN_BENCH_DIR); an empty list when the variable is unset or empty.
absl::StatusOr<std::vector<CorpusText>> LoadBenchDir(size_t max_bytes = size_t{64} << 20);

size_t TotalBytes(const std::vector<CorpusText>& texts);

}  // namespace claimscan::bench

#endif  // CLAIMSCAN_BENCH_CORPUS_H_
