// claimscan/story.h — grouping a pile of articles into stories before comparing them.
//
// A day of news holds hundreds of stories. StoryClusterer assigns each analysed article to a
// story (the same real-world event or development) from its canonical entities, key terms,
// numbers and publication date, without comparing all pairs: articles are matched only
// against stories that share one of their most distinctive features (an inverted index).
// Look-alike stories (two earthquakes, two strikes on one city a week apart) stay apart
// because names, places, figures and dates weigh more than the shared vocabulary.
//
// Thread-safety: a StoryClusterer is not thread-safe (one per stream of articles);
// ClusterStories is a pure function.
#ifndef CLAIMSCAN_STORY_H_
#define CLAIMSCAN_STORY_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "claimscan/claim.h"

namespace claimscan {

struct StoryOptions {
  // An article joins the most similar story when the cosine similarity of its features to
  // the story's centroid reaches this; otherwise it starts a new story.
  double threshold = 0.18;
  // Articles whose publication dates are further apart than this many days are unlikely to
  // report the same event: their similarity is multiplied by date_gap_penalty.
  int max_date_gap_days = 4;
  double date_gap_penalty = 0.35;
  // Without publication dates: an article about another year than the story's (the year its
  // dates name most often) is weaker evidence of a different event, so a milder penalty.
  double year_mismatch_penalty = 0.6;
  // Weight of a canonical entity relative to a plain term, and of title words.
  double entity_weight = 2.5;
  double title_weight = 2.0;
  // Feature weights are tf-idf over the pile plus this many imagined background articles
  // that share none of its features: in a small pile (five articles on one story) what they
  // all share is what joins them, not noise to weigh down. Large piles barely notice.
  double background_documents = 50;
  size_t centroid_terms = 96;  // features kept per story centroid
  size_t query_features = 24;  // an article's most distinctive features used to find stories
  size_t max_postings = 256;   // most recent stories scanned per feature (bounds the cost)
};

struct StoryInput;  // story/features.h: what clustering reads from one article

struct Story {
  uint32_t id = 0;
  std::string label;            // the title of the article closest to the story's centre
  std::vector<uint32_t> docs;   // indices of the articles, in arrival order
  std::string first_published;  // ISO dates; empty when no article in it has one
  std::string last_published;
};

// Incremental clustering: add articles as they arrive; stories so far are always available.
class StoryClusterer {
 public:
  explicit StoryClusterer(const StoryOptions& options = {});
  ~StoryClusterer();
  StoryClusterer(StoryClusterer&&) noexcept;
  StoryClusterer& operator=(StoryClusterer&&) noexcept;

  // Adds the next article (index = number of articles added before) and returns the index of
  // its story in Stories(). The article itself is not kept: only its feature vector's
  // contribution to the story centroid.
  uint32_t Add(const Document& doc);

  // Tells the clusterer how often each feature occurs in a corpus before the articles are
  // added (batch mode), so early articles are weighted as well as late ones. Optional: without
  // it, document frequencies are learned as articles arrive.
  void ObserveForWeights(const Document& doc);

  size_t size() const;  // articles added
  std::vector<Story> Stories() const;

 private:
  friend std::vector<Story> ClusterStoryInputs(const std::vector<StoryInput>& inputs,
                                               const StoryOptions& options);
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// Batch: learns feature weights over all `docs`, clusters them in order, then gives every
// article one more chance to move to a better story found later in the pile.
std::vector<Story> ClusterStories(const std::vector<Document>& docs,
                                  const StoryOptions& options = {});

}  // namespace claimscan

#endif  // CLAIMSCAN_STORY_H_
