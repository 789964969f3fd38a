#include "tag/names_lexicon.h"

#include <dirent.h>

#include <algorithm>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/file.h"
#include "common/status_macros.h"
#include "common/strings.h"

namespace claimscan {

std::string_view AsciiLowerInto(std::string_view word, char* buf, size_t cap) {
  if (word.size() > cap) return {};
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return {buf, word.size()};
}

namespace {

constexpr size_t kMaxWordBytes = 64;

absl::Status ParseClass(std::string_view name, uint16_t* out) {
  static constexpr std::pair<std::string_view, NameWordClass> kClasses[] = {
      {"title", kWordTitle},
      {"suffix", kWordSuffix},
      {"head", kWordHead},
      {"particle", kWordParticle},
      {"before", kWordBefore},
      {"after", kWordAfter},
      {"common", static_cast<NameWordClass>(kWordCommon | kWordFunction)},
      {"agent", kWordAgent},
      {"agent_before", kWordAgentBefore},
      {"not_name", kWordNotName},
      {"agency", kWordAgency},
      {"vehicle", kWordVehicle},
  };
  for (const auto& [n, c] : kClasses) {
    if (n == name) {
      *out = c;
      return absl::OkStatus();
    }
  }
  return absl::InvalidArgumentError(absl::StrCat("unknown word class '", AsAbsl(name), "'"));
}

// Names of the files in `dir` that start with `prefix` and end with ".txt", sorted.
std::vector<std::string> ListFiles(const std::string& dir, std::string_view prefix) {
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string_view n = e->d_name;
      if (n.size() >= prefix.size() + 4 && n.substr(0, prefix.size()) == prefix &&
          n.substr(n.size() - 4) == ".txt") {
        names.emplace_back(n);
      }
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

NameWordInfo& NamesLexicon::Add(std::string_view word) {
  char buf[kMaxWordBytes];
  std::string_view lower = AsciiLowerInto(word, buf, sizeof(buf));
  return words_[std::string(lower.empty() ? word : lower)];
}

const NameWordInfo* NamesLexicon::Find(std::string_view word) const {
  char buf[kMaxWordBytes];
  std::string_view lower = AsciiLowerInto(word, buf, sizeof(buf));
  if (lower.empty()) return nullptr;
  auto it = words_.find(AsAbsl(lower));
  return it == words_.end() ? nullptr : &it->second;
}

uint16_t NamesLexicon::Classes(std::string_view word) const {
  if (const NameWordInfo* info = Find(word)) return info->classes;
  // "Cease-Fire", "Long-Range": a compound of common words is a common word.
  if (word.find('-') == std::string_view::npos) return 0;
  size_t start = 0;
  while (start <= word.size()) {
    size_t stop = word.find('-', start);
    if (stop == std::string_view::npos) stop = word.size();
    const NameWordInfo* part = Find(word.substr(start, stop - start));
    if (part == nullptr || !(part->classes & kWordCommon)) return 0;
    start = stop + 1;
  }
  return kWordCommon;
}

absl::StatusOr<std::unique_ptr<const NamesLexicon>> NamesLexicon::Load(const std::string& dir) {
  std::unique_ptr<NamesLexicon> lex(new NamesLexicon());
  CLAIMSCAN_RETURN_IF_ERROR(ForEachDataLine(
      JoinPath(dir, "lexicon.tsv"), [&](int, std::string_view line) -> absl::Status {
        std::vector<absl::string_view> cols = absl::StrSplit(AsAbsl(line), '\t');
        if (cols.size() < 2 || cols[0].empty()) {
          return absl::InvalidArgumentError("expected: word <TAB> class [<TAB> type]");
        }
        uint16_t cls = 0;
        CLAIMSCAN_RETURN_IF_ERROR(ParseClass(AsStd(cols[1]), &cls));
        EntityType type = EntityType::kPerson;
        const bool typed = cls & (kWordSuffix | kWordHead | kWordBefore | kWordAfter);
        if (typed) {
          if (cols.size() < 3 || !ParseEntityType(AsStd(cols[2]), &type)) {
            return absl::InvalidArgumentError("this class needs an entity type in column 3");
          }
        }
        NameWordInfo& info = lex->Add(AsStd(cols[0]));
        // The first line that gives a word a class decides that class's type.
        if (!(info.classes & cls)) {
          if (cls == kWordSuffix) info.suffix_type = type;
          if (cls == kWordHead) info.head_type = type;
          if (cls == kWordBefore) info.before_type = type;
          if (cls == kWordAfter) info.after_type = type;
        }
        info.classes |= cls;
        return absl::OkStatus();
      }));
  const std::vector<std::string> first_name_files = ListFiles(dir, "first_names");
  if (first_name_files.empty()) {
    return absl::NotFoundError(absl::StrCat("no first_names*.txt in ", dir));
  }
  for (const std::string& name : first_name_files) {
    CLAIMSCAN_RETURN_IF_ERROR(
        ForEachDataLine(JoinPath(dir, name), [&](int, std::string_view line) -> absl::Status {
          lex->Add(line).classes |= kWordFirstName;
          return absl::OkStatus();
        }));
  }
  CLAIMSCAN_RETURN_IF_ERROR(ForEachDataLine(JoinPath(dir, "common_words.txt"),
                                            [&](int, std::string_view line) -> absl::Status {
                                              lex->Add(line).classes |= kWordCommon;
                                              return absl::OkStatus();
                                            }));
  return std::unique_ptr<const NamesLexicon>(std::move(lex));
}

}  // namespace claimscan
