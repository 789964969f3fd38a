// Boilerplate lexicons of the article parser: stop-word lists per language and prompt phrases,
// loaded once from data/boilerplate/ (format in data/boilerplate/README.md).
#ifndef CLAIMSCAN_ARTICLE_LEXICON_H_
#define CLAIMSCAN_ARTICLE_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"

namespace claimscan::article_internal {

// What a matched phrase says about its line.
enum class PhraseKind : uint8_t {
  kBoilerplate,    // a prompt: "Subscribe to ...", "Leave a Reply"
  kAdvertisement,  // "- Advertisement -", audio-player placeholders
  kNavigation,     // "Tags:", "You are here"
  kFormField,      // comment forms
  kEndMarker,      // "Related articles", "Comments": the article has ended
};

enum class PhraseMatch : uint8_t { kExact, kPrefix, kContains };

struct PhraseRule {
  std::string phrase;  // lower case, single spaces
  PhraseMatch match;
  PhraseKind kind;
};

inline constexpr int kMaxLanguages = 32;

class Lexicon {
 public:
  // Reads <boilerplate_dir>/stopwords/*.txt and <boilerplate_dir>/phrases.tsv.
  static absl::StatusOr<Lexicon> Load(const std::string& boilerplate_dir);

  int language_count() const { return static_cast<int>(languages_.size()); }
  const std::string& language(int i) const { return languages_[i]; }
  int LanguageIndex(std::string_view code) const;  // -1 when unknown

  // Bit i set when `lower_word` is a stop word of language i.
  uint32_t StopWordMask(const std::string& lower_word) const {
    auto it = stop_words_.find(lower_word);
    return it == stop_words_.end() ? 0 : it->second;
  }

  // The first rule matching `key` (a line folded by FoldForMatching), or null. Contains/prefix
  // rules apply only to short lines, where a prompt is the whole point of the line.
  const PhraseRule* MatchPhrase(std::string_view key) const;

 private:
  std::vector<std::string> languages_;
  absl::flat_hash_map<std::string, uint32_t> stop_words_;
  absl::flat_hash_map<std::string, size_t> exact_;  // phrase -> index in rules_
  std::vector<PhraseRule> rules_;                   // prefix and contains rules, file order
};

// Appends `s` lower-cased (ASCII, Latin-1 supplement, Latin Extended-A pairs, Greek and
// Cyrillic capitals), keeping byte lengths unchanged for every folded letter.
void AppendLower(std::string_view s, std::string* out);

// The comparison key of a line for phrase and duplicate matching: lower case, bullets and
// surrounding punctuation/symbols removed, white space runs folded to one space.
void FoldForMatching(std::string_view line, std::string* out);

}  // namespace claimscan::article_internal

#endif  // CLAIMSCAN_ARTICLE_LEXICON_H_
