#include "claim/lexicon.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "claim/words.h"
#include "common/file.h"
#include "common/strings.h"

namespace claimscan::claim_internal {
namespace {

bool OnlySpaceBetween(std::string_view text, Span a, Span b) {
  if (b.begin < a.end) return false;
  for (uint32_t i = a.end; i < b.begin; ++i) {
    const char c = text[i];
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

}  // namespace

absl::Status PhraseLexicon::Load(const std::string& path, bool unique_forms) {
  return ForEachDataLine(path, [this, unique_forms](int, std::string_view line) -> absl::Status {
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) {
      return absl::InvalidArgumentError("expected <class> TAB <form>|<form>|...");
    }
    const std::string name(line.substr(0, tab));
    int id = ClassId(name);
    if (id < 0) {
      if (classes_.size() == kMaxClasses) {
        return absl::InvalidArgumentError(absl::StrCat("more than ", kMaxClasses, " classes"));
      }
      id = static_cast<int>(classes_.size());
      classes_.push_back(name);
    }
    const uint64_t bit = uint64_t{1} << id;
    for (absl::string_view form : absl::StrSplit(AsAbsl(line.substr(tab + 1)), '|')) {
      if (form.empty()) continue;
      // Normalise the form exactly as sentence words are keyed.
      std::vector<Span> words;
      ScanWords(AsStd(form), Span{0, static_cast<uint32_t>(form.size())}, &words);
      std::string key;
      for (size_t k = 0; k < words.size(); ++k) {
        if (!key.empty()) key.push_back(' ');
        AppendWordKey(words[k].In(AsStd(form)), &key);
        if (k + 1 < words.size()) forms_[key].longer = true;
      }
      if (key.empty()) return absl::InvalidArgumentError(absl::StrCat("empty form in ", name));
      starts_.Add(key);
      uint64_t& classes = forms_[key].classes;
      if (unique_forms && classes != 0 && classes != bit) {
        return absl::InvalidArgumentError(
            absl::StrCat("form '", key, "' listed for two classes, the second ", name));
      }
      classes |= bit;
      max_words_ = std::max<int>(max_words_, static_cast<int>(words.size()));
    }
    return absl::OkStatus();
  });
}

void PhraseLexicon::AddThirdPersonForms() {
  auto has = [this](const std::string& key, uint64_t bit) {
    const auto it = forms_.find(key);
    return it != forms_.end() && (it->second.classes & bit) != 0;
  };
  std::vector<std::pair<std::string, uint64_t>> added;
  for (const auto& [key, entry] : forms_) {
    if (entry.classes == 0 || key.size() < 5 || key.find(' ') != std::string::npos) continue;
    if (key.compare(key.size() - 2, 2, "ed") != 0) continue;
    const uint64_t bit = entry.classes;
    const std::string stem = key.substr(0, key.size() - 2);  // "burn" of "burned"
    std::string third;
    if (has(stem + "e", bit) || has(stem + "es", bit)) {
      third = stem + "es";  // "charged": "charge" -> "charges"
    } else if (has(stem, bit) || has(stem + "ing", bit)) {
      const char last = stem.back();
      const bool sibilant = last == 's' || last == 'x' || last == 'z' ||
                            (stem.size() >= 2 && (stem.compare(stem.size() - 2, 2, "sh") == 0 ||
                                                  stem.compare(stem.size() - 2, 2, "ch") == 0));
      third = stem + (sibilant ? "es" : "s");
    } else {
      continue;
    }
    if (forms_.contains(third)) continue;  // listed (for any class) or a prefix: left alone
    added.emplace_back(std::move(third), bit);
  }
  for (auto& [key, bit] : added) {
    starts_.Add(key);
    forms_[key].classes |= bit;
  }
}

int PhraseLexicon::ClassId(std::string_view name) const {
  for (size_t i = 0; i < classes_.size(); ++i) {
    if (classes_[i] == name) return static_cast<int>(i);
  }
  return -1;
}

int PhraseLexicon::Match(std::string_view text, const std::vector<Span>& words, size_t at,
                         uint64_t* classes, std::string* key) const {
  // A U+2019 among the first bytes is folded in the key, so such a word skips the pre-check.
  const std::string_view first = words[at].In(text);
  bool folded = false;
  for (size_t i = 0; i < first.size() && i < 3; ++i) folded |= first[i] == '\xE2';
  if (!folded && !starts_.MayStart(first)) return 0;
  // Extends the key word by word (words of a form are separated by white space only); the last
  // full form seen is the longest one.
  int matched = 0;
  key->clear();
  for (size_t k = at; k < words.size(); ++k) {
    if (k > at) {
      if (k - at >= static_cast<size_t>(max_words_) ||
          !OnlySpaceBetween(text, words[k - 1], words[k])) {
        break;
      }
      key->push_back(' ');
    }
    AppendWordKey(words[k].In(text), key);
    const auto it = forms_.find(AsAbsl(*key));
    if (it == forms_.end()) break;
    if (it->second.classes != 0) {
      *classes = it->second.classes;
      matched = static_cast<int>(k - at + 1);
    }
    if (!it->second.longer) break;
  }
  return matched;
}

}  // namespace claimscan::claim_internal
