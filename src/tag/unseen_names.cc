#include "tag/unseen_names.h"

namespace claimscan {

struct UnseenNameRecognizer::Sentence {
  std::string_view text;
  const std::vector<Token>& tokens;
  const std::vector<TokenNotes>& notes;
  int first_word = 0;     // index of the sentence's first word token
  bool headline = false;  // title-cased or all-caps line: capitals say little

  std::string_view Word(int i) const { return tokens[i].span.In(text); }
  // The word without a possessive ending, for lexicon look-ups.
  std::string_view Core(int i) const { return TrimPossessive(text, tokens[i].span).In(text); }
  bool HasPossessive(int i) const { return TrimPossessive(text, tokens[i].span) != tokens[i].span; }
  bool Is(int i, uint16_t cls) const { return (notes[i].classes & cls) != 0; }
  bool IsWord(int i) const { return tokens[i].kind == TokenKind::kWord && !notes[i].blocked; }
  bool Capitalised(int i) const {
    if (!IsWord(i)) return false;
    if (tokens[i].flags & (kTokCapitalized | kTokAllCaps)) {
      // In a headline a capitalised common word is just a word.
      return !(headline && Is(i, kWordCommon) && !Is(i, kWordFirstName) && !notes[i].in_gazetteer);
    }
    // "al-Qard", "el-Sisi", "bin-Salman": a lower-case particle joined to a capitalised name.
    std::string_view w = Word(i);
    size_t dash = w.find('-');
    return dash != std::string_view::npos && dash + 1 < w.size() && dash <= 3 &&
           w[dash + 1] >= 'A' && w[dash + 1] <= 'Z';
  }
  bool AllCaps(int i) const { return (tokens[i].flags & kTokAllCaps) != 0; }
  // Whether the token is the first word of its sentence or follows an opening quote/colon there.
  bool SentenceInitial(int i) const {
    if (i <= first_word) return true;
    int j = i - 1;
    while (j >= first_word && tokens[j].kind == TokenKind::kPunct) {
      std::string_view p = Word(j);
      if (p == "\"" || p == "\xE2\x80\x9C" || p == "'" || p == "\xE2\x80\x98" || p == ":" ||
          p == "(" || p == "-" || p == "\xE2\x80\x94") {
        --j;
        continue;
      }
      return false;
    }
    return j < first_word;
  }
};

namespace {

bool IsConnector(std::string_view w) { return w == "of" || w == "for" || w == "at" || w == "on"; }

}  // namespace

void UnseenNameRecognizer::Find(std::string_view text, const std::vector<Token>& tokens,
                                std::vector<TokenNotes>* notes, std::vector<Candidate>* out) const {
  const int n = static_cast<int>(tokens.size());
  int first_word = -1, long_words = 0, long_capitalised = 0;
  for (int i = 0; i < n; ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    if (first_word < 0) first_word = i;
    std::string_view w = tokens[i].span.In(text);
    (*notes)[i].classes = lexicon_->Classes(TrimPossessive(text, tokens[i].span).In(text));
    if (w.size() >= 4) {
      ++long_words;
      if (tokens[i].flags & (kTokCapitalized | kTokAllCaps)) ++long_capitalised;
    }
  }
  if (first_word < 0) return;
  Sentence s{text, tokens, *notes, first_word, false};
  // Four or more long words, nearly all capitalised: a title-cased or all-caps heading.
  s.headline = long_words >= 4 && long_capitalised * 5 >= long_words * 4;

  int i = 0;
  while (i < n) {
    if (!s.Capitalised(i)) {
      ++i;
      continue;
    }
    int end = i + 1;
    bool has_head = s.Is(i, kWordHead);
    while (end < n && !s.HasPossessive(end - 1)) {
      if (s.Capitalised(end)) {
        has_head |= s.Is(end, kWordHead);
        ++end;
        continue;
      }
      std::string_view w = s.Word(end);
      const bool next_cap = end + 1 < n && s.Capitalised(end + 1);
      // "Dr. Jane Smith", "Gen. Joseph Aoun": an abbreviated title keeps its full stop.
      if (w == "." && next_cap && s.Is(end - 1, kWordTitle)) {
        end += 1;
        continue;
      }
      if (next_cap && s.IsWord(end) && s.Is(end, kWordParticle) && w[0] >= 'a' && w[0] <= 'z') {
        end += 2;
        continue;
      }
      if (next_cap && has_head && IsConnector(w)) {
        end += 2;
        continue;
      }
      if (has_head && w == "of" && end + 2 < n && s.Word(end + 1) == "the" &&
          s.Capitalised(end + 2)) {
        end += 3;
        continue;
      }
      if (next_cap && w == "&") {
        end += 2;
        continue;
      }
      break;
    }
    ProcessRun(s, i, end, false, out);
    i = end;
  }
}

void UnseenNameRecognizer::ProcessRun(const Sentence& s, int begin, int end, bool after_split,
                                      std::vector<Candidate>* out) const {
  auto is_punct = [&](int i) { return s.tokens[i].kind != TokenKind::kWord; };
  const int run_begin = begin;
  // Leading determiners, and common words opening a sentence ("The", "Unconfirmed", "Police").
  while (begin < end &&
         (is_punct(begin) || s.Is(begin, kWordFunction) ||
          (s.SentenceInitial(begin) && s.Is(begin, kWordCommon) &&
           !s.Is(begin, kWordFirstName | kWordTitle) && s.notes[begin].gazetteer_end < 0))) {
    ++begin;
  }
  while (end > begin && (is_punct(end - 1) || s.Is(end - 1, kWordFunction))) --end;
  if (begin >= end) return;
  const int length = end - begin;

  auto emit = [&](int b, int e, EntityType type, float score, bool weak) {
    Candidate c;
    c.span = {s.tokens[b].span.begin, TrimPossessive(s.text, s.tokens[e - 1].span).end};
    c.type = type;
    c.recogniser = Recogniser::kNames;
    c.score = score;
    c.weak_type = weak;
    out->push_back(c);
  };

  // A name suffix or an of-headed name types the whole run: "Tel Aviv University",
  // "Al-Qard Al-Hassan Association", "University of Texas at Arlington".
  const NameWordInfo* last = s.Is(end - 1, kWordSuffix) ? lexicon_->Find(s.Core(end - 1)) : nullptr;
  if (last != nullptr && length >= 2) {
    // ... unless an organisation or person opens the run: "Hezbollah Al-Qard Al-Hassan
    // Association" is Hezbollah's association. Places and nationalities stay ("Tel Aviv
    // University", "Lebanese Army").
    const TokenNotes& first = s.notes[begin];
    if (first.gazetteer_end > begin && first.gazetteer_end <= end - 2 &&
        (first.gazetteer_type == EntityType::kOrg || first.gazetteer_type == EntityType::kPerson)) {
      begin = first.gazetteer_end;
    }
    emit(begin, end, last->suffix_type, 0.75f, false);
    return;
  }
  if (length >= 3 && s.Is(begin, kWordHead)) {
    for (int k = begin + 1; k < end - 1; ++k) {
      if (s.Word(k) == "of") {
        emit(begin, end, lexicon_->Find(s.Core(begin))->head_type, 0.75f, false);
        return;
      }
    }
  }
  // Otherwise a known name inside the run splits it: "Israeli Prime Minister Benjamin X" is a
  // gazetteer nationality, a title and a new name.
  for (int k = begin; k < end; ++k) {
    if (!s.notes[k].in_gazetteer) continue;
    int stop = k;
    while (stop < end && s.notes[stop].in_gazetteer) ++stop;
    ProcessRun(s, begin, k, after_split, out);
    ProcessRun(s, stop, end, true, out);
    return;
  }

  // Titles before a name are not part of it ("Defense Minister Yoav Gallant").
  int name_begin = begin;
  while (name_begin < end - 1 && (s.Is(name_begin, kWordTitle) || is_punct(name_begin))) {
    ++name_begin;
  }
  const bool titled = name_begin > begin;
  if (titled && s.Is(end - 1, kWordTitle)) return;  // only a role: "the Prime Minister"
  begin = name_begin;
  const int name_length = end - begin;

  // Context words just outside the run, in the original sentence.
  const int prev = run_begin - 1;
  const NameWordInfo* prev_info =
      (prev >= 0 && s.IsWord(prev) && !s.Capitalised(prev) && s.Is(prev, kWordBefore))
          ? lexicon_->Find(s.Word(prev))
          : nullptr;
  int next = end;
  const NameWordInfo* next_info = nullptr;
  if (next < static_cast<int>(s.tokens.size()) && s.IsWord(next) && !s.Capitalised(next) &&
      s.Is(next, kWordAfter)) {
    next_info = lexicon_->Find(s.Word(next));
  }

  if (titled) {
    emit(begin, end, EntityType::kPerson, 0.8f, false);
  } else if (name_length >= 2 && s.Is(begin, kWordFirstName)) {
    emit(begin, end, EntityType::kPerson, 0.75f, false);
  } else if (prev_info != nullptr && prev_info->before_type == EntityType::kPerson &&
             name_length <= 4) {
    emit(begin, end, EntityType::kPerson, 0.7f, false);
  } else if (next_info != nullptr && name_length <= 4) {
    emit(begin, end, next_info->after_type, 0.65f, false);
  } else if (name_length == 1 && s.Core(begin).size() < 2) {
    return;  // a lone letter: "platform X", "Plan B"
  } else if (name_length == 1 && s.AllCaps(begin) && s.Word(begin).size() <= 6) {
    emit(begin, end, EntityType::kOrg, 0.55f, true);  // an acronym
  } else if (prev_info != nullptr && name_length <= 3) {
    emit(begin, end, prev_info->before_type, 0.5f, true);
  } else if (name_length >= 2) {
    emit(begin, end, EntityType::kPerson, 0.5f, true);
  } else if (!s.SentenceInitial(begin) || !s.Is(begin, kWordCommon) || after_split) {
    emit(begin, end, EntityType::kOrg, 0.4f, true);
  }
}

}  // namespace claimscan
