// An article's story features: a sparse, weighted vector of hashed terms, entity keys and
// figures. Hashes, not strings, so a story centroid costs a few bytes per feature.
#ifndef CLAIMSCAN_STORY_FEATURES_H_
#define CLAIMSCAN_STORY_FEATURES_H_

#include <climits>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "claimscan/claim.h"
#include "claimscan/story.h"

namespace claimscan {

struct FeatureCount {
  uint64_t feature = 0;
  float weight = 0;  // raw weight before idf: term frequency times the kind's weight
};

// Sorted by feature, one entry per feature.
using FeatureBag = std::vector<FeatureCount>;

// Collects the features of `doc`: lower-cased content words of the title (times
// title_weight) and body, canonical entity keys (times entity_weight), and figures with their
// unit ("29 people", "magnitude 6.1") which tell look-alike events apart.
void ExtractStoryFeatures(const Document& doc, double entity_weight, double title_weight,
                          FeatureBag* out);

// Days since 1970-01-01 of the article's publication date, or INT32_MIN when unknown.
int32_t PublishedDay(const Document& doc);

// The year the article is about: its publication year, else the year its dates name most
// often (the latest on a tie), else 0.
int DominantYear(const Document& doc);

// Everything clustering reads from one article. Computed where the article is analysed, it
// can be serialised and clustered elsewhere (the C ABI's story features, docs/scale.md).
struct StoryInput {
  FeatureBag features;      // ExtractStoryFeatures with the options' weights
  int32_t day = INT32_MIN;  // PublishedDay
  int year = 0;             // DominantYear
  std::string published;    // the publication date "YYYY-MM-DD", empty when unknown
  bool has_title = false;   // the article has a title ...
  std::string title;        // ... normalised (NormalizeText): a story label candidate
};
StoryInput MakeStoryInput(const Document& doc, const StoryOptions& options);

// ClusterStories over inputs: what ClusterStories(docs) runs on MakeStoryInput of each doc.
std::vector<Story> ClusterStoryInputs(const std::vector<StoryInput>& inputs,
                                      const StoryOptions& options);

}  // namespace claimscan

#endif  // CLAIMSCAN_STORY_FEATURES_H_
