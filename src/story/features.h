// An article's story features: a sparse, weighted vector of hashed terms, entity keys and
// figures. Hashes, not strings, so a story centroid costs a few bytes per feature.
#ifndef CLAIMSCAN_STORY_FEATURES_H_
#define CLAIMSCAN_STORY_FEATURES_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "claimscan/claim.h"

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

}  // namespace claimscan

#endif  // CLAIMSCAN_STORY_FEATURES_H_
