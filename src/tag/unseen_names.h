// Unseen-name recogniser: proper names that no gazetteer lists ("Amal Shehadeh", "Al-Qard
// Al-Hassan Association"), found from runs of capitalised words and typed from the evidence
// around them: title and role words ("Prime Minister X", "spokesman X"), given names, name
// suffixes and heads ("... Association", "University of ..."), and context ("X said", "in X").
// Immutable after construction; shared read-only across threads.
#ifndef CLAIMSCAN_TAG_UNSEEN_NAMES_H_
#define CLAIMSCAN_TAG_UNSEEN_NAMES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimscan/text.h"
#include "tag/names_lexicon.h"
#include "tag/resolver.h"

namespace claimscan {

// What other recognisers already said about each token of a sentence.
struct TokenNotes {
  // Index one past the last token of the gazetteer match that starts at this token, or -1.
  int32_t gazetteer_end = -1;
  EntityType gazetteer_type = EntityType::kPerson;  // of the match that starts here
  int32_t gazetteer_entry = -1;                     // of the match that starts here
  bool in_gazetteer = false;
  bool blocked = false;      // inside a date, time or quantity: never part of a name
  uint16_t classes = 0;      // NameWordClass bits of the word (filled in by Find)
  bool contraction = false;  // "I'm", "We're": never a name word (filled in by Find, once)
};

class UnseenNameRecognizer {
 public:
  explicit UnseenNameRecognizer(const NamesLexicon* lexicon) : lexicon_(lexicon) {}

  // Appends name candidates among the tokens of one sentence. `notes` has one entry a token;
  // Find fills in their `classes`.
  void Find(std::string_view text, const std::vector<Token>& tokens, std::vector<TokenNotes>* notes,
            std::vector<Candidate>* out) const;

 private:
  struct Sentence;
  // Types the capitalised run tokens[begin, end); `licensed_type` (an EntityType, or -1) is set
  // when a connector or possessive joined the run on the strength of a head or suffix word.
  void ProcessRun(const Sentence& s, int begin, int end, int licensed_type,
                  std::vector<Candidate>* out) const;

  const NamesLexicon* lexicon_;
};

}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_UNSEEN_NAMES_H_
