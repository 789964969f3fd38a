// Online story clustering (in the spirit of TDT first-story detection): each article joins the
// most similar story centroid among the stories that share one of its most distinctive
// features, or starts a new story. Cost per article is bounded by the features it queries and
// the postings scanned per feature, never by the number of articles seen.
#include "claimscan/story.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "story/features.h"

namespace claimscan {
namespace {

// Stories whose full similarity is computed per article, out of those sharing a query feature.
constexpr size_t kCandidateStories = 64;

struct Weighted {
  uint64_t feature;
  float weight;
};
using Vector = std::vector<Weighted>;  // sorted by feature, L2-normalised

struct StoryState {
  absl::flat_hash_map<uint64_t, float> centroid;  // sum of the members' vectors
  double norm = 0;                                // L2 norm of `centroid`
  std::vector<uint32_t> docs;
  int32_t min_day = INT32_MAX;
  int32_t max_day = INT32_MIN;
  std::string first_published, last_published;
  std::string label;
  double label_similarity = -1;
  std::vector<std::pair<int, int>> years;  // (dominant year, members) for members that have one
  int DominantYear() const {
    int best = 0, count = 0;
    for (const auto& [y, c] : years) {
      if (c > count || (c == count && y > best)) best = y, count = c;
    }
    return best;
  }
};

}  // namespace

class StoryClusterer::Impl {
 public:
  explicit Impl(const StoryOptions& o) : options_(o) {}

  void Observe(const FeatureBag& bag) {
    for (const FeatureCount& f : bag) ++df_[f.feature];
    ++df_docs_;
    weights_fixed_ = true;
  }

  Vector Weigh(const FeatureBag& bag) const {
    Vector v;
    v.reserve(bag.size());
    double n = df_docs_ + options_.background_documents;
    double norm2 = 0;
    for (const FeatureCount& f : bag) {
      auto it = df_.find(f.feature);
      double df = it == df_.end() ? 0 : it->second;
      // Smoothed idf: a feature in every article weighs almost nothing.
      double idf = std::log((n + 1) / (df + 1));
      float w = static_cast<float>(f.weight * idf);
      if (w <= 0) continue;
      v.push_back({f.feature, w});
      norm2 += double{w} * w;
    }
    if (norm2 > 0) {
      float inv = static_cast<float>(1 / std::sqrt(norm2));
      for (Weighted& x : v) x.weight *= inv;
    }
    return v;
  }

  uint32_t Add(const StoryInput& in, Vector* kept) {
    if (!weights_fixed_) {
      for (const FeatureCount& f : in.features) ++df_[f.feature];
      ++df_docs_;
    }
    Vector v = Weigh(in.features);
    uint32_t doc_index = static_cast<uint32_t>(doc_story_.size());
    int best = BestStory(v, in.day, in.year, -1, nullptr);
    uint32_t story;
    if (best < 0) {
      story = static_cast<uint32_t>(stories_.size());
      stories_.emplace_back();
    } else {
      story = static_cast<uint32_t>(best);
    }
    doc_story_.push_back(story);
    doc_day_.push_back(in.day);
    doc_year_.push_back(in.year);
    Join(story, doc_index, v, in.day, in.year, in);
    if (kept != nullptr) *kept = std::move(v);
    return story;
  }

  // Index of the most similar story reaching the threshold, or -1. `exclude_doc` (>= 0) is
  // taken out of its own story's centroid first, so an article is not its own evidence.
  int BestStory(const Vector& v, int32_t day, int year, int exclude_doc,
                const Vector* exclude_vec) {
    // The article's most distinctive features find the candidate stories. Each candidate is
    // pre-scored by the query weight of the features it is indexed under (a dense array, one
    // add per posting); only the best kCandidateStories get the full cosine. Scoring every
    // story that shares a feature costs a hash lookup per feature per story, which grows with
    // the number of stories: 10x the articles cost 100x the time before this cut.
    candidates_.clear();
    if (candidate_score_.size() < stories_.size()) candidate_score_.resize(stories_.size(), 0);
    query_.assign(v.begin(), v.end());
    size_t q = std::min(options_.query_features, query_.size());
    std::partial_sort(query_.begin(), query_.begin() + q, query_.end(),
                      [](const Weighted& a, const Weighted& b) { return a.weight > b.weight; });
    for (size_t i = 0; i < q; ++i) {
      auto it = postings_.find(query_[i].feature);
      if (it == postings_.end()) continue;
      const std::vector<uint32_t>& list = it->second;
      size_t from = list.size() > options_.max_postings ? list.size() - options_.max_postings : 0;
      for (size_t k = from; k < list.size(); ++k) {
        float& score = candidate_score_[list[k]];
        if (score == 0) candidates_.push_back(list[k]);
        score += query_[i].weight;
      }
    }
    if (exclude_doc >= 0) {
      // The article's own story always competes (leave-one-out), whatever its pre-score.
      uint32_t own = doc_story_[exclude_doc];
      if (candidate_score_[own] == 0) candidates_.push_back(own);
      candidate_score_[own] = std::numeric_limits<float>::max();
    }
    if (candidates_.size() > kCandidateStories) {
      std::nth_element(candidates_.begin(), candidates_.begin() + kCandidateStories,
                       candidates_.end(), [&](uint32_t a, uint32_t b) {
                         float sa = candidate_score_[a], sb = candidate_score_[b];
                         return sa != sb ? sa > sb : a < b;
                       });
      for (size_t k = kCandidateStories; k < candidates_.size(); ++k) {
        candidate_score_[candidates_[k]] = 0;
      }
      candidates_.resize(kCandidateStories);
    }
    for (uint32_t s : candidates_) candidate_score_[s] = 0;
    std::sort(candidates_.begin(), candidates_.end());
    int best = -1;
    double best_sim = options_.threshold;
    for (uint32_t s : candidates_) {
      const StoryState& st = stories_[s];
      if (st.docs.empty()) continue;
      bool own = exclude_doc >= 0 && doc_story_[exclude_doc] == s;
      double sim = Similarity(st, v, own ? exclude_vec : nullptr);
      if (own && st.docs.size() == 1) continue;  // alone in its story: nothing to compare
      sim *= DatePenalty(st, day, year);
      if (sim > best_sim || (sim == best_sim && best >= 0 && s < static_cast<uint32_t>(best))) {
        best_sim = sim;
        best = static_cast<int>(s);
      }
    }
    return best;
  }

  double Similarity(const StoryState& st, const Vector& v, const Vector* minus) const {
    double dot = 0;
    for (const Weighted& x : v) {
      auto it = st.centroid.find(x.feature);
      if (it != st.centroid.end()) dot += double{x.weight} * it->second;
    }
    double norm = st.norm;
    if (minus != nullptr) {
      // Leave-one-out: |c - v|^2 = |c|^2 - 2 c.v + |v|^2 with v in c.
      dot -= 1.0;  // v.v for a unit vector (v is both the query and the member)
      double n2 = st.norm * st.norm - 2 * (dot + 1.0) + 1.0;
      norm = n2 > 1e-12 ? std::sqrt(n2) : 0;
    }
    return norm > 0 ? dot / norm : 0;
  }

  // Same event, same time: a publication date far from the story's, or (without dates) an
  // article about another year than the story's, makes a look-alike more likely than a match.
  double DatePenalty(const StoryState& st, int32_t day, int year) const {
    if (day != INT32_MIN && st.min_day != INT32_MAX) {
      int32_t gap = day < st.min_day ? st.min_day - day : (day > st.max_day ? day - st.max_day : 0);
      return gap > options_.max_date_gap_days ? options_.date_gap_penalty : 1.0;
    }
    int story_year = st.DominantYear();
    if (year > 0 && story_year > 0 && year != story_year) return options_.year_mismatch_penalty;
    return 1.0;
  }

  void Join(uint32_t story, uint32_t doc_index, const Vector& v, int32_t day, int year,
            const StoryInput& in) {
    StoryState& st = stories_[story];
    st.docs.push_back(doc_index);
    for (const Weighted& x : v) st.centroid[x.feature] += x.weight;
    if (st.centroid.size() > 2 * options_.centroid_terms) Truncate(&st);
    Renorm(&st);
    if (day != INT32_MIN) {
      st.min_day = std::min(st.min_day, day);
      st.max_day = std::max(st.max_day, day);
    }
    if (year > 0) AddYear(&st, year, +1);
    const std::string& d = in.published;
    if (!d.empty()) {
      if (st.first_published.empty() || d < st.first_published) st.first_published = d;
      if (st.last_published.empty() || d > st.last_published) st.last_published = d;
    }
    // The label is the title of the article most like the story so far.
    double sim = Similarity(st, v, nullptr);
    if (in.has_title && sim > st.label_similarity) {
      st.label = in.title;
      st.label_similarity = sim;
    }
    // Index the story under the article's strongest features.
    size_t q = std::min(options_.query_features, v.size());
    query_.assign(v.begin(), v.end());
    std::partial_sort(query_.begin(), query_.begin() + q, query_.end(),
                      [](const Weighted& a, const Weighted& b) { return a.weight > b.weight; });
    for (size_t i = 0; i < q; ++i) {
      std::vector<uint32_t>& list = postings_[query_[i].feature];
      if (list.empty() || list.back() != story) list.push_back(story);
    }
  }

  static void AddYear(StoryState* st, int year, int delta) {
    for (auto& [y, c] : st->years) {
      if (y == year) {
        c += delta;
        return;
      }
    }
    if (delta > 0) st->years.emplace_back(year, delta);
  }

  void Leave(uint32_t doc_index, const Vector& v) {
    StoryState& st = stories_[doc_story_[doc_index]];
    if (doc_year_[doc_index] > 0) AddYear(&st, doc_year_[doc_index], -1);
    st.docs.erase(std::find(st.docs.begin(), st.docs.end(), doc_index));
    for (const Weighted& x : v) {
      auto it = st.centroid.find(x.feature);
      if (it == st.centroid.end()) continue;
      it->second -= x.weight;
      if (it->second <= 1e-6f) st.centroid.erase(it);
    }
    Renorm(&st);
  }

  void Truncate(StoryState* st) const {
    std::vector<std::pair<float, uint64_t>> items;
    items.reserve(st->centroid.size());
    for (const auto& [f, w] : st->centroid) items.emplace_back(w, f);
    size_t keep = options_.centroid_terms;
    std::nth_element(items.begin(), items.begin() + keep, items.end(),
                     [](const auto& a, const auto& b) {
                       return a.first != b.first ? a.first > b.first : a.second < b.second;
                     });
    st->centroid.clear();
    for (size_t i = 0; i < keep; ++i) st->centroid.emplace(items[i].second, items[i].first);
  }

  static void Renorm(StoryState* st) {
    double n2 = 0;
    for (const auto& [f, w] : st->centroid) n2 += double{w} * w;
    st->norm = std::sqrt(n2);
  }

  // Batch refinement: each article moves to a better story if one is now clearly closer.
  void Refine(const std::vector<StoryInput>& inputs, const std::vector<Vector>& vectors) {
    for (uint32_t d = 0; d < vectors.size(); ++d) {
      const Vector& v = vectors[d];
      uint32_t own = doc_story_[d];
      const int32_t day = doc_day_[d];
      const int year = doc_year_[d];
      double own_sim = stories_[own].docs.size() > 1 ? Similarity(stories_[own], v, &v) *
                                                           DatePenalty(stories_[own], day, year)
                                                     : 0;
      int best = BestStory(v, day, year, static_cast<int>(d), &v);
      if (best < 0 || static_cast<uint32_t>(best) == own) continue;
      double sim = Similarity(stories_[best], v, nullptr) * DatePenalty(stories_[best], day, year);
      if (sim <= own_sim + 0.02) continue;
      Leave(d, v);
      doc_story_[d] = static_cast<uint32_t>(best);
      Join(static_cast<uint32_t>(best), d, v, doc_day_[d], doc_year_[d], inputs[d]);
      std::sort(stories_[best].docs.begin(), stories_[best].docs.end());
    }
  }

  std::vector<Story> Stories() const {
    std::vector<Story> out;
    for (const StoryState& st : stories_) {
      if (st.docs.empty()) continue;
      Story s;
      s.id = static_cast<uint32_t>(out.size());
      s.label = st.label;
      s.docs = st.docs;
      std::sort(s.docs.begin(), s.docs.end());
      s.first_published = st.first_published;
      s.last_published = st.last_published;
      out.push_back(std::move(s));
    }
    return out;
  }

  size_t size() const { return doc_story_.size(); }
  const StoryOptions& options() const { return options_; }

 private:
  StoryOptions options_;
  absl::flat_hash_map<uint64_t, uint32_t> df_;
  uint32_t df_docs_ = 0;
  bool weights_fixed_ = false;
  std::vector<StoryState> stories_;
  absl::flat_hash_map<uint64_t, std::vector<uint32_t>> postings_;
  std::vector<uint32_t> doc_story_;
  std::vector<int32_t> doc_day_;
  std::vector<int> doc_year_;
  // Scratch reused across calls.
  std::vector<uint32_t> candidates_;
  std::vector<float> candidate_score_;  // by story; zero between calls
  Vector query_;

  friend std::vector<Story> ClusterStoryInputs(const std::vector<StoryInput>&, const StoryOptions&);
};

StoryClusterer::StoryClusterer(const StoryOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}
StoryClusterer::~StoryClusterer() = default;
StoryClusterer::StoryClusterer(StoryClusterer&&) noexcept = default;
StoryClusterer& StoryClusterer::operator=(StoryClusterer&&) noexcept = default;

uint32_t StoryClusterer::Add(const Document& doc) {
  return impl_->Add(MakeStoryInput(doc, impl_->options()), nullptr);
}

void StoryClusterer::ObserveForWeights(const Document& doc) {
  FeatureBag bag;
  ExtractStoryFeatures(doc, 1.0, 1.0, &bag);
  impl_->Observe(bag);
}

size_t StoryClusterer::size() const { return impl_->size(); }
std::vector<Story> StoryClusterer::Stories() const { return impl_->Stories(); }

std::vector<Story> ClusterStoryInputs(const std::vector<StoryInput>& inputs,
                                      const StoryOptions& options) {
  StoryClusterer::Impl impl(options);
  // Document frequencies count features, not weights: the bags serve as they are.
  for (const StoryInput& in : inputs) impl.Observe(in.features);
  std::vector<Vector> vectors(inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) impl.Add(inputs[i], &vectors[i]);
  impl.Refine(inputs, vectors);
  return impl.Stories();
}

std::vector<Story> ClusterStories(const std::vector<Document>& docs, const StoryOptions& options) {
  std::vector<StoryInput> inputs;
  inputs.reserve(docs.size());
  for (const Document& d : docs) inputs.push_back(MakeStoryInput(d, options));
  return ClusterStoryInputs(inputs, options);
}

}  // namespace claimscan
