// Phrase lexicons of the claim stage (data/claims/events.tsv and cues.tsv): one or more
// lower-case words mapped to a class, matched longest first over a sentence's words.
#ifndef CLAIMSCAN_CLAIM_LEXICON_H_
#define CLAIMSCAN_CLAIM_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "claimscan/span.h"
#include "tag/key_starts.h"

namespace claimscan::claim_internal {

class PhraseLexicon {
 public:
  static constexpr int kMaxClasses = 64;

  // Reads "<class> TAB <form>|<form>|..." lines. With `unique_forms`, a form listed under two
  // classes is an error (each event word evokes one class); cue words may carry several
  // ("claims" both hedges and attributes).
  absl::Status Load(const std::string& path, bool unique_forms);

  // Headlines are in the present tense ("Klitschko retains belts", "warehouse burns"), and
  // the lexicon lists inflections by hand: for each single-word verb whose past form ends in
  // "-ed" and whose base or "-ing" form its class also lists ("burned", "burning"), adds the
  // third-person "-s" form ("burns") unless some class lists it already. Call after Load.
  void AddThirdPersonForms();

  // Index of class `name`, or -1.
  int ClassId(std::string_view name) const;
  const std::string& ClassName(int id) const { return classes_[id]; }
  size_t class_count() const { return classes_.size(); }

  // Longest form starting at words[at] (words are spans into `text`, the words of a form
  // separated by white space only). Returns the number of words matched (0: none) and sets
  // *classes to the bit set of its classes (bit i: class i). `key` is the caller's buffer.
  int Match(std::string_view text, const std::vector<Span>& words, size_t at, uint64_t* classes,
            std::string* key) const;

 private:
  // Every form and every word-prefix of a form, so Match extends the key one word at a time
  // and stops at the first key that no form starts with (usually after one probe).
  struct Entry {
    uint64_t classes = 0;  // 0: only a prefix of longer forms
    bool longer = false;   // some form extends this key by more words
  };

  std::vector<std::string> classes_;
  absl::flat_hash_map<std::string, Entry> forms_;
  KeyStarts starts_;  // most words start no form: rejected before any key is built
  int max_words_ = 1;
};

}  // namespace claimscan::claim_internal

#endif  // CLAIMSCAN_CLAIM_LEXICON_H_
