// claimscan/tag.h — stage 3: entities, quantities and dates in an article.
//
// The tagger is a set of recognisers (gazetteer, patterns, unseen names, ...) whose mentions
// one resolver merges into non-overlapping typed mentions and links to canonical entities.
// Compile once (Tagger::Create), scan many: a Tagger is immutable and shared across threads;
// each thread brings its own TagScratch.
#ifndef CLAIMSCAN_TAG_H_
#define CLAIMSCAN_TAG_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "claimscan/article.h"
#include "claimscan/datetime.h"
#include "claimscan/span.h"

namespace claimscan {

enum class EntityType : uint8_t {
  kPerson,
  kOrg,
  kGpe,
  kLoc,
  kFac,
  kNorp,
  kLaw,
  kEvent,
  kDate,
  kTime,
  kQuantity,
  kMoney,
  kPercent,
  kCardinal,
  kOrdinal,
};
inline constexpr int kEntityTypeCount = 15;
std::string_view EntityTypeName(EntityType t);  // "PERSON", "ORG", "GPE", ...
bool ParseEntityType(std::string_view name, EntityType* out);

enum class Recogniser : uint8_t {
  kGazetteer,  // a default or user gazetteer entry
  kPattern,    // RE2 patterns: dates, numbers, quantities, laws
  kNames,      // unseen proper names from capitalisation and cues
  kAlias,      // a partial name or title linked to a full mention in the same article
};
std::string_view RecogniserName(Recogniser r);

struct Mention {
  Span span;
  EntityType type = EntityType::kPerson;
  Recogniser recogniser = Recogniser::kGazetteer;
  float score = 0;      // confidence in [0, 1]
  int32_t entity = -1;  // index into TagResult::entities, or -1 (numbers, dates)
};

// An entity as this article knows it. `key` is stable across articles and runs: the
// gazetteer id ("gaz:hezbollah") or a normalised name key ("name:hassan_nasrallah").
struct Entity {
  std::string key;
  std::string canonical;  // the fullest name seen
  EntityType type = EntityType::kPerson;
  std::vector<uint32_t> mentions;  // indices into TagResult::mentions
  // The state it speaks for, from the gazetteer: "iso:IL" for Israel, "Israeli" and the Israel
  // Defense Forces (a country, its nationality, its military, government, police or
  // intelligence service); empty for others.
  std::string side;
};

enum class Qualifier : uint8_t {
  kExact,
  kAtLeast,
  kMoreThan,
  kAtMost,
  kLessThan,
  kAbout,
  kRange,
};
std::string_view QualifierName(Qualifier q);  // "exact", "at_least", "more_than", ...

struct Quantity {
  Span span;         // the whole expression, qualifier included ("at least 29 people")
  double value = 0;  // for a range: the lower bound
  double to = 0;     // for a range: the upper bound; else equal to value
  bool is_range = false;
  bool vague = false;  // "hundreds", "tens of thousands", "dozens": an order of magnitude
  // Normalised singular unit: "people", "rocket", "km", "USD", "%" ... For an ordinal relative
  // to a list ("the last but one", "next"), where the count starts, "end" or "current", and
  // value is the offset from it (-1, +1; "last" is end+0).
  std::string unit;
  Qualifier qualifier = Qualifier::kExact;
  EntityType type = EntityType::kCardinal;  // kQuantity, kMoney, kPercent, kCardinal, kOrdinal
};

struct TagResult {
  std::vector<Mention> mentions;  // sorted by span.begin, non-overlapping
  std::vector<Entity> entities;
  std::vector<Quantity> quantities;
  std::vector<TemporalMention> dates;
  void clear() {
    mentions.clear();
    entities.clear();
    quantities.clear();
    dates.clear();
  }
};

struct TaggerOptions {
  std::string data_dir;  // default gazetteers and lexicons (data/); required
  // Extra gazetteers (same TSV format as data/gazetteer/), e.g. a user's watch-list.
  std::vector<std::string> gazetteer_files;
  bool load_default_gazetteers = true;
  bool recognise_unseen_names = true;
  // Two names of one type whose similarity (0..1) reaches this join one entity.
  double alias_similarity = 0.85;
  size_t max_entities_per_document = 100000;  // beyond: ResourceExhausted
};

// Per-thread working memory for Tagger::Tag (token buffers, match lists). Reuse one per
// thread to keep scanning free of heap allocation. Not thread-safe.
class TagScratch {
 public:
  virtual ~TagScratch() = default;
};

class Tagger {
 public:
  static absl::StatusOr<std::unique_ptr<const Tagger>> Create(const TaggerOptions& options);
  virtual ~Tagger() = default;

  virtual std::unique_ptr<TagScratch> NewScratch() const = 0;

  // Tags the article's title and body paragraphs into *out (cleared first). Thread-safe on
  // one Tagger with a different scratch per thread.
  virtual absl::Status Tag(const Article& article, TagScratch* scratch, TagResult* out) const = 0;

  // Tags an arbitrary range of text (no article structure). Same contract as Tag.
  virtual absl::Status TagText(std::string_view text, Span range, const CivilDate* reference,
                               TagScratch* scratch, TagResult* out) const = 0;

 protected:
  Tagger() = default;
};

// ---- Across articles ----------------------------------------------------------------------

struct MentionRef {
  uint32_t doc = 0;      // index of the document in the caller's list
  uint32_t mention = 0;  // index into that document's TagResult::mentions
};

// One real-world entity across a set of articles: spelling and transliteration variants
// (Ben-Gavir/Ben-Gvir, Sayed/Sayyed), partial names and aliases (IDF = Israel Defense Forces)
// joined, with a stable id.
struct CorpusEntity {
  std::string id;    // stable: the gazetteer id, or a normalised name key
  std::string name;  // canonical display name
  EntityType type = EntityType::kPerson;
  std::vector<MentionRef> mentions;
  std::vector<std::string> variants;  // the distinct surface names that were joined (evidence)
  std::string side;                   // see Entity::side
};

struct CorpusEntities {
  std::vector<CorpusEntity> entities;
  // doc_to_corpus[d][e] = index in `entities` of document d's entity e (TagResult::entities).
  std::vector<std::vector<int32_t>> doc_to_corpus;
};

// Joins the per-article entities of `docs` into corpus entities. Names of one type join when
// their similarity reaches `similarity` (see TaggerOptions::alias_similarity).
CorpusEntities LinkEntitiesAcrossDocuments(const std::vector<const TagResult*>& docs,
                                           double similarity);

}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_H_
