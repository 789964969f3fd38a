// Gazetteer::LoadTsv: the TSV format of data/gazetteer/ (see data/gazetteer/README.md).
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/file.h"
#include "common/strings.h"
#include "tag/gazetteer.h"

namespace claimscan {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Splits on `sep` without allocating; views into `s`.
template <typename Fn>
void ForEachField(std::string_view s, char sep, Fn fn) {
  for (;;) {
    size_t at = s.find(sep);
    fn(s.substr(0, at));
    if (at == std::string_view::npos) return;
    s.remove_prefix(at + 1);
  }
}

}  // namespace

absl::Status Gazetteer::LoadTsv(const std::string& path, std::vector<GazetteerEntry>* out) {
  // Ids already loaded (from earlier files) count as duplicates too; value: line, or 0.
  std::unordered_map<std::string, int> seen;
  seen.reserve(out->size());
  for (const GazetteerEntry& e : *out) seen.emplace(e.id, 0);
  size_t loaded = 0;
  absl::Status status = ForEachDataLine(path, [&](int line, std::string_view text) {
    std::string_view fields[6];
    size_t count = 0;
    ForEachField(text, '\t', [&](std::string_view f) {
      if (count < 6) fields[count] = f;
      ++count;
    });
    if (count < 3) {
      return absl::InvalidArgumentError(absl::StrCat(
          "missing columns: expected id<TAB>TYPE<TAB>name[<TAB>aliases[<TAB>attributes]], got ",
          count, " column", count == 1 ? "" : "s"));
    }
    if (count > 5) {
      return absl::InvalidArgumentError(absl::StrCat("too many columns: ", count, " (at most 5)"));
    }
    GazetteerEntry e;
    std::string_view id = Trim(fields[0]);
    if (id.empty()) return absl::InvalidArgumentError("empty id");
    std::string_view type = Trim(fields[1]);
    if (!ParseEntityType(type, &e.type)) {
      return absl::InvalidArgumentError(absl::StrCat("unknown TYPE '", AsAbsl(type), "'"));
    }
    std::string_view canonical = Trim(fields[2]);
    if (canonical.empty()) return absl::InvalidArgumentError("empty name");
    e.id.assign(id);
    e.canonical.assign(canonical);
    if (count > 3) {
      ForEachField(fields[3], '|', [&](std::string_view alias) {
        alias = Trim(alias);
        if (!alias.empty()) e.aliases.emplace_back(alias);
      });
    }
    if (count > 4) {
      absl::Status bad;
      ForEachField(fields[4], ';', [&](std::string_view kv) {
        kv = Trim(kv);
        if (kv.empty() || !bad.ok()) return;
        size_t eq = kv.find('=');
        if (eq == std::string_view::npos || eq == 0) {
          bad = absl::InvalidArgumentError(
              absl::StrCat("attribute '", AsAbsl(kv), "' is not key=value"));
          return;
        }
        e.attributes.emplace_back(std::string(Trim(kv.substr(0, eq))),
                                  std::string(Trim(kv.substr(eq + 1))));
      });
      if (!bad.ok()) return bad;
    }
    auto [it, inserted] = seen.emplace(e.id, line);
    if (!inserted) {
      return absl::InvalidArgumentError(
          it->second > 0
              ? absl::StrCat("duplicate id '", e.id, "' (first on line ", it->second, ")")
              : absl::StrCat("duplicate id '", e.id, "' (already loaded from another file)"));
    }
    out->push_back(std::move(e));
    ++loaded;
    return absl::OkStatus();
  });
  if (!status.ok()) return status;
  if (loaded == 0) {
    return absl::InvalidArgumentError(absl::StrCat(path, ": empty gazetteer (no entries)"));
  }
  return absl::OkStatus();
}

}  // namespace claimscan
