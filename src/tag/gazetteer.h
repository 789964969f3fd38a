// Compiled gazetteer: many names (1,000,000+) matched longest-first on token boundaries in one
// pass. Compiled once, immutable, shared read-only across threads.
//
// File format (data/gazetteer/*.tsv, documented in data/gazetteer/README.md), UTF-8, one entry
// a line, '#' comments:
//   id <TAB> TYPE <TAB> canonical name <TAB> aliases (|-separated, may be empty)
//      [<TAB> attributes: key=value;key=value]
// TYPE is an EntityType name (PERSON, ORG, GPE, ...). An alias written in all capitals
// ("IDF", "UN") matches case-sensitively; other names match case-insensitively when the text
// is capitalised like a name (see Gazetteer::Match).
#ifndef CLAIMSCAN_TAG_GAZETTEER_H_
#define CLAIMSCAN_TAG_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "claimscan/span.h"
#include "claimscan/tag.h"
#include "claimscan/text.h"

namespace claimscan {

struct GazetteerEntry {
  std::string id;  // unique within one compiled gazetteer: "gaz:hezbollah"
  EntityType type = EntityType::kOrg;
  std::string canonical;  // display name; also matched
  std::vector<std::string> aliases;
  std::vector<std::pair<std::string, std::string>> attributes;  // country=LB; role=...

  // The first value of attribute `key`, or empty.
  std::string_view Attribute(std::string_view key) const {
    for (const auto& [k, v] : attributes) {
      if (k == key) return v;
    }
    return {};
  }
};

struct GazetteerMatch {
  Span span;
  uint32_t entry = 0;  // index into Gazetteer::entry()
};

class Gazetteer {
 public:
  // Reads one TSV file; errors name the file and line (missing columns, unknown type,
  // duplicate id, ill-formed UTF-8, empty file).
  static absl::Status LoadTsv(const std::string& path, std::vector<GazetteerEntry>* out);

  // Compiles entries (ids must be unique) into an immutable matcher.
  static absl::StatusOr<std::unique_ptr<const Gazetteer>> Compile(
      std::vector<GazetteerEntry> entries);

  virtual ~Gazetteer() = default;

  // Appends the longest non-overlapping matches among `tokens` (of `text`) to *out, in text
  // order. Allocation-free when *out has capacity.
  virtual void Match(std::string_view text, const std::vector<Token>& tokens,
                     std::vector<GazetteerMatch>* out) const = 0;

  virtual size_t size() const = 0;
  virtual const GazetteerEntry& entry(uint32_t index) const = 0;
  // Index of the entry with this id, or -1.
  virtual int64_t Find(std::string_view id) const = 0;
  // Bytes of memory held by the compiled matcher (for benchmarks and limits).
  virtual size_t MemoryBytes() const = 0;

 protected:
  Gazetteer() = default;
};

}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_GAZETTEER_H_
