// Laws and named events are one referent however they are worded: "United Nations Security
// Council Resolution 1701", "UN resolution 1701" and "Resolution 1701" name one resolution; "the
// 2006 Hezbollah-Israel war", "the conflict between Hezbollah and Israel in 2006" and the
// gazetteer's "2006 Lebanon War" one war. Their reference key is what identifies them: the
// number of a resolution, the year of a war.
#ifndef CLAIMSCAN_TAG_NAMED_FACTS_H_
#define CLAIMSCAN_TAG_NAMED_FACTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "claimscan/tag.h"

namespace claimscan {

class Gazetteer;
struct GazetteerEntry;

// "law:resolution:1701" for a mention of one numbered resolution, "event:war:2006" for a war or
// conflict named with its year; empty when the name carries no such key (several numbers, no
// year, another kind of law or event). Keys ignore the issuing body: a story rarely cites two
// bodies' resolutions of one number, and outlets drop the body freely.
std::string FactKey(EntityType type, std::string_view name);

// The parties a war's name gives, lower-cased and sorted: "the 2006 Hezbollah-Israel war" ->
// {hezbollah, israel}; "conflict between Hezbollah and Israel in 2006" -> the same.
std::vector<std::string> FactParties(std::string_view name);

// Whether a mention naming `parties` can be the gazetteer's `entry`: each party is one of the
// entry's (its names' capitalised words and its `parties=` attribute), stems compared ("Israeli"
// = "Israel", "Lebanese" = "Lebanon"). No parties always fit.
bool PartiesFit(const std::vector<std::string>& parties, const GazetteerEntry& entry);

// The gazetteer's laws and events by reference key, built once with the tagger and read-only.
class FactIndex {
 public:
  explicit FactIndex(const Gazetteer& gazetteer);

  // The entry with this key, or -1 when none or several entries have it.
  int32_t Find(std::string_view key) const;

 private:
  absl::flat_hash_map<std::string, int32_t> entry_by_key_;  // -1: several entries
};

}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_NAMED_FACTS_H_
