// The word lists behind the unseen-name recogniser (data/names/, documented in its README.md):
// title and role words, name suffixes and heads that give a type, name particles, context cue
// words, given names and common lower-case English words. Loaded once, immutable, shared
// read-only across threads.
#ifndef CLAIMSCAN_TAG_NAMES_LEXICON_H_
#define CLAIMSCAN_TAG_NAMES_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "claimscan/tag.h"

namespace claimscan {

enum NameWordClass : uint16_t {
  kWordTitle = 1 << 0,         // "President", "Sheikh": precedes a person's name, not part of it
  kWordSuffix = 1 << 1,        // "Association", "River": last word of a name, gives its type
  kWordHead = 1 << 2,          // "University", "Gulf": takes an of-complement ("University of X")
  kWordParticle = 1 << 3,      // "bin", "van", "al": lower-case word inside a name
  kWordBefore = 1 << 4,        // "spokesman", "in": a context word right before a name
  kWordAfter = 1 << 5,         // "said": a context word right after a name
  kWordCommon = 1 << 6,        // function word or common lower-case English word
  kWordFirstName = 1 << 7,     // a given name
  kWordFunction = 1 << 8,      // a closed-class word ("the", "of", "said"): never starts a name
  kWordAgent = 1 << 9,         // a verb after a country that makes it an actor ("Sweden defeated")
  kWordAgentBefore = 1 << 10,  // a word before a country that makes it an actor ("for Belgium")
  kWordNotName = 1 << 11,      // an abbreviation that is never a name on its own ("GMT", "IQ")
  kWordAgency = 1 << 12,       // "Environment", "Statistics": with a country, an agency's name
  kWordVehicle = 1 << 13,      // "ship", "Shuttle", "HMS": the name after it is a craft's
};

struct NameWordInfo {
  uint16_t classes = 0;
  EntityType suffix_type = EntityType::kOrg;
  EntityType head_type = EntityType::kOrg;
  EntityType before_type = EntityType::kPerson;
  EntityType after_type = EntityType::kPerson;
};

class NamesLexicon {
 public:
  // Reads lexicon.tsv, first_names*.txt and common_words.txt from `dir` (data/names).
  static absl::StatusOr<std::unique_ptr<const NamesLexicon>> Load(const std::string& dir);

  // Looks a word up case-insensitively (ASCII folding); a trailing possessive is not stripped
  // here. Returns null when the word is in no list. Allocation-free.
  const NameWordInfo* Find(std::string_view word) const;
  // The word's classes; a hyphenated compound of common words ("Cease-Fire") is common.
  uint16_t Classes(std::string_view word) const;
  size_t size() const { return words_.size(); }

 private:
  NamesLexicon() = default;
  NameWordInfo& Add(std::string_view word);

  // Keys are ASCII-lower-cased.
  absl::flat_hash_map<std::string, NameWordInfo> words_;
};

// Lower-cases ASCII letters of `word` into `buf` (capacity `cap`); returns the view, or an
// empty view when the word does not fit.
std::string_view AsciiLowerInto(std::string_view word, char* buf, size_t cap);

}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_NAMES_LEXICON_H_
