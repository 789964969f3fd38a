// B-cubed clustering scores, shared by the story benchmark (generated news days) and the ECB+
// story harness, so both report the same measure computed the same way.
#ifndef CLAIMSCAN_BENCH_BCUBED_H_
#define CLAIMSCAN_BENCH_BCUBED_H_

#include <cstddef>
#include <map>
#include <utility>
#include <vector>

namespace claimscan::bench {

struct BCubedScores {
  double precision = 0, recall = 0, f1 = 0;
};

// For each item, precision = |own cluster ∩ own truth class| / |own cluster| and recall =
// |own cluster ∩ own truth class| / |own truth class|, averaged over items. `predicted` and
// `truth` hold one label per item; an empty input scores 0.
template <typename Label>
BCubedScores BCubed(const std::vector<Label>& predicted, const std::vector<Label>& truth) {
  std::map<std::pair<Label, Label>, double> both;
  std::map<Label, double> pred_size, true_size;
  for (size_t i = 0; i < truth.size(); ++i) {
    ++both[{predicted[i], truth[i]}];
    ++pred_size[predicted[i]];
    ++true_size[truth[i]];
  }
  BCubedScores s;
  if (truth.empty()) return s;
  for (size_t i = 0; i < truth.size(); ++i) {
    const double common = both[{predicted[i], truth[i]}];
    s.precision += common / pred_size[predicted[i]];
    s.recall += common / true_size[truth[i]];
  }
  s.precision /= static_cast<double>(truth.size());
  s.recall /= static_cast<double>(truth.size());
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0;
  return s;
}

}  // namespace claimscan::bench

#endif  // CLAIMSCAN_BENCH_BCUBED_H_
