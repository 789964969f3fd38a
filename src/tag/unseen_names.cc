#include "tag/unseen_names.h"

namespace claimscan {

namespace {

// The type guessed for a lone capitalised word with no evidence at all.
constexpr EntityType kUnknownSingleWordType = EntityType::kOrg;

bool IsConnector(std::string_view w) { return w == "of" || w == "for" || w == "at" || w == "on"; }

bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix;
}

// "Australian", "Lebanese", "Swedish", "Israeli": adjectives of nationality (NORP).
bool LooksLikeDemonym(std::string_view w) {
  for (std::string_view suffix : {"ian", "ean", "ese", "ish", "ican", "eli", "ani", "ic"}) {
    if (EndsWith(w, suffix)) return true;
  }
  return false;
}

// "Scientologist", "Buddhist", "Australian": a follower or a nationality, written before a name
// ("Scientologist Tom Cruise") but no part of it.
bool LooksLikeAdherent(std::string_view w) { return EndsWith(w, "ist") || LooksLikeDemonym(w); }

// "XVII", "IV": a Roman numeral (a part or a sequel number), no name.
bool IsRomanNumeral(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w) {
    if (c != 'I' && c != 'V' && c != 'X') return false;
  }
  return true;
}

bool AllUpper(std::string_view w) {
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return !w.empty();
}

// "STS-135", "F-16", "A380", "COVID-19": capitals and digits, a designation (mission, model,
// code), no person, organisation or place.
bool IsCode(std::string_view w) {
  bool digit = false, upper = false;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c >= 'A' && c <= 'Z') {
      upper = true;
    } else if (c != '-') {
      return false;
    }
  }
  return digit && upper;
}

// "I'm", "We're", "It'll": a pronoun with a clitic, never a name.
bool IsContraction(std::string_view w) {
  for (std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
    size_t pos = w.find(apostrophe);
    if (pos == std::string_view::npos) continue;
    std::string_view tail = w.substr(pos + apostrophe.size());
    return tail == "m" || tail == "re" || tail == "ve" || tail == "ll" || tail == "d" ||
           tail == "t";
  }
  return false;
}

}  // namespace

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
  bool IsNameWord(int i) const { return IsWord(i) && !notes[i].contraction; }
  bool Capitalised(int i) const {
    if (!IsNameWord(i)) return false;
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

void UnseenNameRecognizer::Find(std::string_view text, const std::vector<Token>& tokens,
                                std::vector<TokenNotes>* notes, std::vector<Candidate>* out) const {
  const int n = static_cast<int>(tokens.size());
  int first_word = -1, long_words = 0, long_capitalised = 0, words = 0, all_caps_words = 0;
  int capitalised_common = 0;  // capitalised dictionary words after the first word
  for (int i = 0; i < n; ++i) {
    if (tokens[i].kind != TokenKind::kWord) continue;
    if (first_word < 0) first_word = i;
    ++words;
    if (tokens[i].flags & kTokAllCaps) ++all_caps_words;
    std::string_view w = tokens[i].span.In(text);
    (*notes)[i].classes = lexicon_->Classes(TrimPossessive(text, tokens[i].span).In(text));
    (*notes)[i].contraction = IsContraction(w);
    if (w.size() >= 4) {
      ++long_words;
      if (tokens[i].flags & (kTokCapitalized | kTokAllCaps)) {
        ++long_capitalised;
        const uint16_t cls = (*notes)[i].classes;
        if (i != first_word && (cls & kWordCommon) && !(cls & kWordFirstName)) {
          ++capitalised_common;
        }
      }
    }
  }
  if (first_word < 0) return;
  Sentence s{text, tokens, *notes, first_word, false};
  // Three or more long words, all capitalised, some of them dictionary words: a title-cased
  // heading. A run of names alone ("Image: NASA Bill Ingalls.") is a credit line, not one.
  s.headline = (long_words >= 3 && long_capitalised + (long_words >= 8 ? 1 : 0) >= long_words &&
                capitalised_common >= 1) ||
               (all_caps_words >= 2 && all_caps_words == words);

  // The type a name suffix or head gives, or -1.
  auto suffix_type = [&](int k) -> int {
    if (!s.Is(k, kWordSuffix)) return -1;
    return static_cast<int>(lexicon_->Find(s.Core(k))->suffix_type);
  };
  auto capitalised_until = [&](int k) {
    while (k < n && s.Capitalised(k) && !s.HasPossessive(k)) ++k;
    if (k < n && s.Capitalised(k)) ++k;  // a possessive ends the run, itself included
    return k;
  };
  int i = 0;
  while (i < n) {
    if (!s.Capitalised(i)) {
      ++i;
      continue;
    }
    int end = i + 1;
    int head_type =
        s.Is(i, kWordHead) ? static_cast<int>(lexicon_->Find(s.Core(i))->head_type) : -1;
    int licensed_type = -1;  // a join through "of", "and", "'s" made the run one structured name
    while (end < n) {
      if (!s.HasPossessive(end - 1) && s.Capitalised(end)) {
        if (head_type < 0 && s.Is(end, kWordHead)) {
          head_type = static_cast<int>(lexicon_->Find(s.Core(end))->head_type);
        }
        ++end;
        continue;
      }
      std::string_view w = s.Word(end);
      const bool next_cap = end + 1 < n && s.Capitalised(end + 1);
      if (s.HasPossessive(end - 1)) {
        // "Korean People's Army": a possessive inside an organisation's name.
        const int stop = s.Capitalised(end) ? capitalised_until(end) : end;
        if (stop > end && suffix_type(stop - 1) == static_cast<int>(EntityType::kOrg) &&
            !s.HasPossessive(stop - 1)) {
          licensed_type = static_cast<int>(EntityType::kOrg);
          end = stop;
          continue;
        }
        break;
      }
      // "Dr. Jane Smith", "Gen. Joseph Aoun", "John F. Kennedy": an abbreviated title or a
      // middle initial keeps its full stop.
      if (w == "." && next_cap && (s.Is(end - 1, kWordTitle) || s.Core(end - 1).size() == 1)) {
        end += 1;
        continue;
      }
      if (next_cap && s.IsWord(end) && s.Is(end, kWordParticle) && w[0] >= 'a' && w[0] <= 'z') {
        end += 2;
        continue;
      }
      // "University of Texas at Arlington", "Joint Council for the Welfare of Immigrants",
      // "National Air and Space Museum": a connector joins capitalised words when a head word
      // or a name suffix on either side makes the whole one name.
      const bool is_and = w == "and" || w == "&";
      if (IsConnector(w) || is_and) {
        int start = end + 1;
        if (!is_and && start < n && s.Word(start) == "the") ++start;
        if (start < n && s.Capitalised(start)) {
          const int stop = capitalised_until(start);
          const int left = suffix_type(end - 1);
          const int right = suffix_type(stop - 1);
          int type = -1;
          // "Evergreen Aviation & Space Museum of McMinnville": a suffixed name followed by
          // "of <place>" is a name and its location.
          bool only_place = true;
          for (int k = start; k < stop; ++k) {
            only_place &= s.notes[k].in_gazetteer && s.notes[k].gazetteer_type != EntityType::kOrg;
          }
          bool only_titles = true;
          for (int k = i; k < end; ++k) only_titles &= s.Is(k, kWordTitle);
          const bool of_or_for = w == "of" || w == "for";
          // A name complete before the connector: it already took a complement, or it ends in
          // a suffix after other words ("Colorado State University").
          const bool left_complete = licensed_type >= 0 || (left >= 0 && end - 1 > i);
          // Two names side by side, not one: "Massachusetts Institute of Technology and
          // Colorado State University" (a known name opens the second), "Art Gallery at
          // Skidmore College" (what follows "at" is complete in itself), "University of
          // Sheffield of the UK" (a complete name, then its country).
          if ((is_and && left_complete && right >= 0 && s.notes[start].in_gazetteer) ||
              (w == "at" && right >= 0) ||
              (w == "of" && start > end + 1 && only_place && left_complete)) {
            break;
          }
          bool left_has_common = false;
          for (int k = i; k < end; ++k) left_has_common |= s.Is(k, kWordCommon | kWordHead);
          if (is_and) {
            type = right;
          } else if (head_type >= 0) {
            // "National Museum of the U.S. Air Force": the word that takes the complement
            // types the name better than an adjective opening it.
            type = of_or_for && left >= 0 ? left : head_type;
          } else if (licensed_type >= 0 && of_or_for) {
            type = licensed_type;
          } else if (left >= 0 && of_or_for && !only_place) {
            type = left;
          } else if (right >= 0 && of_or_for && !only_titles && left_has_common &&
                     !s.Is(i, kWordFirstName | kWordTitle)) {
            // ... but "Efua Sutherland of the Ghana Cocoa Board" and "Jann Wenner of Rolling
            // Stone Magazine" (no dictionary word before the connector) are a person and an
            // employer.
            type = right;
          }
          // "Australian Centre for Control of Iodine Deficiency Disorders": a building word
          // with a purpose names the body that works there.
          if (w == "for" && left >= 0 && static_cast<EntityType>(left) != EntityType::kOrg &&
              licensed_type < 0 && type == left) {
            type = static_cast<int>(EntityType::kOrg);
          }
          if (type >= 0) {
            licensed_type = type;
            end = stop;
            continue;
          }
        }
      }
      break;
    }
    if (licensed_type < 0 && head_type >= 0 && end - i >= 3) {
      for (int k = i + 1; k < end - 1; ++k) {
        if (s.Word(k) == "of") licensed_type = head_type;
      }
    }
    // A craft's name: "the cruise ship Freewinds", "vessel HMC Searcher", "Space Shuttle
    // Columbia". GUM and most NER schemes mark no products; the candidate only blocks others.
    int before = i - 1;
    if (before > s.first_word && s.Word(before) == ",") --before;
    bool vehicle = before >= s.first_word && s.IsWord(before) && !s.Capitalised(before) &&
                   s.Is(before, kWordVehicle);
    for (int k = i; k < end - 1 && k < i + 2 && !vehicle; ++k) {
      vehicle = s.Is(k, kWordVehicle) && s.Capitalised(k + 1);
    }
    if (vehicle) {
      Candidate c;
      c.span = {tokens[i].span.begin, TrimPossessive(text, tokens[end - 1].span).end};
      c.type = EntityType::kOrg;
      c.recogniser = Recogniser::kNames;
      c.score = 0.95f;
      c.vehicle = true;
      out->push_back(c);
      i = end;
      continue;
    }
    ProcessRun(s, i, end, licensed_type, out);
    i = end;
  }
}

void UnseenNameRecognizer::ProcessRun(const Sentence& s, int begin, int end, int licensed_type,
                                      std::vector<Candidate>* out) const {
  if (begin >= end) return;
  auto is_punct = [&](int i) { return s.tokens[i].kind != TokenKind::kWord; };
  // An all-caps word outside a heading is an acronym even when it spells a word ("WHO").
  auto acronym = [&](int i) { return s.AllCaps(i) && !s.headline && s.Core(i).size() >= 2; };
  const int run_begin = begin;
  // Leading determiners, and common words opening a sentence ("The", "Unconfirmed", "Police").
  while (begin < end &&
         (is_punct(begin) || (s.Is(begin, kWordFunction) && !acronym(begin)) ||
          (s.SentenceInitial(begin) && s.Is(begin, kWordCommon) && !acronym(begin) &&
           !s.Is(begin, kWordFirstName | kWordTitle) && s.notes[begin].gazetteer_end < 0 &&
           !(s.Is(begin, kWordAgency) && begin + 1 < end &&
             s.notes[begin + 1].gazetteer_type == EntityType::kGpe &&
             s.notes[begin + 1].gazetteer_end > begin + 1)))) {
    ++begin;
  }
  while (end > begin &&
         (is_punct(end - 1) || (s.Is(end - 1, kWordFunction) && !acronym(end - 1)))) {
    --end;
  }
  if (begin >= end) return;

  auto emit = [&](int b, int e, EntityType type, float score, bool weak) {
    Candidate c;
    c.span = {s.tokens[b].span.begin, TrimPossessive(s.text, s.tokens[e - 1].span).end};
    c.type = type;
    c.recogniser = Recogniser::kNames;
    c.score = score;
    c.weak_type = weak;
    out->push_back(c);
  };
  // An organisation or person opening a run of a suffixed name is a name of its own:
  // "Hezbollah Al-Qard Al-Hassan Association" is Hezbollah's association. Places and
  // nationalities stay ("Tel Aviv University", "Lebanese Army").
  auto skip_owner = [&](int b, const NameWordInfo* last) {
    const TokenNotes& first = s.notes[b];
    // A place named after a person keeps the person: "Chiang Kai Shek Memorial Hall Station".
    const bool place_suffix = last != nullptr && last->suffix_type != EntityType::kOrg;
    if (first.gazetteer_end > b && first.gazetteer_end <= end - 2 &&
        (first.gazetteer_type == EntityType::kOrg ||
         (first.gazetteer_type == EntityType::kPerson && !place_suffix))) {
      return static_cast<int>(first.gazetteer_end);
    }
    return b;
  };

  // A role after a name is not part of it: "Museum of Flight CEO". A domain word after a
  // connector is the name's complement, not a role: "Department of Agriculture".
  while (end - begin >= 2 && s.Is(end - 1, kWordTitle) && !s.Is(end - 1, kWordSuffix) &&
         !s.Is(end - 2, kWordFunction)) {
    --end;
  }
  const int length = end - begin;

  // A name joined through "of", "and" or "'s", or ending in a name suffix, is one name:
  // "University of Texas at Arlington", "Tel Aviv University", "Al-Qard Al-Hassan Association".
  if (licensed_type >= 0 && length >= 3) {
    emit(begin, end, static_cast<EntityType>(licensed_type), 0.75f, false);
    return;
  }
  const NameWordInfo* last = s.Is(end - 1, kWordSuffix) ? lexicon_->Find(s.Core(end - 1)) : nullptr;
  if (last != nullptr && length >= 2) {
    emit(skip_owner(begin, last), end, last->suffix_type, 0.75f, false);
    return;
  }
  // A domain word before the country that ends the run names a government agency:
  // "Environment Canada", "Food Standards Australia New Zealand".
  for (int k = begin; k + 1 < end; ++k) {
    if (!s.Is(k, kWordAgency) || s.notes[k].in_gazetteer) continue;
    int stop = k + 1;
    while (stop < end && s.notes[stop].gazetteer_end > stop &&
           s.notes[stop].gazetteer_type == EntityType::kGpe) {
      stop = s.notes[stop].gazetteer_end;
    }
    bool plain = true;  // no known name before the domain word
    for (int j = begin; j < k; ++j) plain &= !s.notes[j].in_gazetteer;
    if (stop == end && stop > k + 1 && plain) {
      emit(begin, end, EntityType::kOrg, 0.75f, false);
      return;
    }
    break;
  }
  // A place word opening a short name types it, known names after it included: "Lake
  // Tanganyika", "Mount Kilimanjaro", "Masjid Al-Haram".
  if (length >= 2 && length <= 3 && licensed_type < 0 && s.Is(begin, kWordHead) &&
      !s.notes[begin].in_gazetteer && !s.HasPossessive(begin)) {
    const EntityType head = lexicon_->Find(s.Core(begin))->head_type;
    bool common_rest = true;
    for (int k = begin + 1; k < end; ++k) common_rest &= s.Is(k, kWordCommon) && !acronym(k);
    if ((head == EntityType::kLoc || head == EntityType::kFac) && !common_rest) {
      emit(begin, end, head, 0.7f, false);
      return;
    }
  }
  // Otherwise a known name inside the run splits it: "Israeli Prime Minister Benjamin X" is a
  // gazetteer nationality, a title and a new name.
  for (int k = begin; k < end; ++k) {
    if (!s.notes[k].in_gazetteer) continue;
    int stop = k;
    while (stop < end && s.notes[stop].in_gazetteer) ++stop;
    // A given name before a known surname belongs to it: "Michael" + gazetteer "Herzog".
    const TokenNotes& known = s.notes[k];
    if (known.gazetteer_entry >= 0 && known.gazetteer_type == EntityType::kPerson && k > begin &&
        s.Is(k - 1, kWordFirstName) && !s.notes[k - 1].in_gazetteer) {
      Candidate c;
      c.span = {s.tokens[k - 1].span.begin,
                TrimPossessive(s.text, s.tokens[known.gazetteer_end - 1].span).end};
      c.type = EntityType::kPerson;
      c.recogniser = Recogniser::kNames;
      c.score = 0.85f;
      c.gazetteer_entry = known.gazetteer_entry;
      out->push_back(c);
      ProcessRun(s, begin, k - 1, -1, out);
      ProcessRun(s, stop, end, -1, out);
      return;
    }
    // An unknown capitalised word before a one-word place that ends the run is a given name
    // and a surname that happens to be a place: "Valeska Paris", "Lloyd Austin".
    // "Nick Rhodes" too: a given name that is also a word. Not "Hitwise UK": a country code.
    if ((known.gazetteer_type == EntityType::kGpe || known.gazetteer_type == EntityType::kLoc) &&
        k == begin + 1 && stop == end && known.gazetteer_end == k + 1 && !s.AllCaps(k) &&
        !AllUpper(s.Core(k)) && !acronym(begin) && !s.notes[begin].in_gazetteer &&
        (!s.Is(begin, kWordCommon) || s.Is(begin, kWordFirstName)) &&
        !s.Is(begin, kWordTitle | kWordSuffix) && !s.HasPossessive(begin)) {
      emit(begin, end, EntityType::kPerson, 0.7f, false);
      return;
    }
    ProcessRun(s, begin, k, -1, out);
    ProcessRun(s, stop, end, -1, out);
    return;
  }
  // So does a title, an acronym or a follower's word before a given name: "NASA
  // Administrator Charles Bolden", "NASA Bill Ingalls", "Scientologist Tom Cruise".
  for (int k = begin + 1; k + 1 < end; ++k) {
    if (s.Is(k, kWordFirstName) && !s.Is(k - 1, kWordFirstName) &&
        (acronym(k - 1) || (k - 1 > begin && s.Is(k - 1, kWordTitle | kWordSuffix)) ||
         (!s.notes[k - 1].in_gazetteer && LooksLikeAdherent(s.Core(k - 1))))) {
      int left_end = k;
      while (left_end > begin && s.Is(left_end - 1, kWordTitle)) --left_end;
      if (left_end == begin) break;  // only titles before the name: stripped below
      ProcessRun(s, begin, left_end, -1, out);
      ProcessRun(s, left_end, end, -1, out);
      return;
    }
  }
  // An organisation's suffix, then two unknown words: "Refugee Council Enver Solomon" is the
  // council and its officer.
  if (end - begin >= 4 && s.Is(end - 3, kWordSuffix) && !s.Is(end - 3, kWordTitle) &&
      lexicon_->Find(s.Core(end - 3))->suffix_type == EntityType::kOrg &&
      !s.HasPossessive(end - 3)) {
    bool plain = true;
    for (int k = end - 2; k < end; ++k) {
      plain &= !is_punct(k) && !s.Is(k, kWordCommon | kWordSuffix | kWordTitle) &&
               !s.notes[k].in_gazetteer && !acronym(k);
    }
    if (plain) {
      ProcessRun(s, begin, end - 2, -1, out);
      ProcessRun(s, end - 2, end, -1, out);
      return;
    }
  }
  for (int k = begin + 1; k + 1 < end; ++k) {
    if (s.Is(k, kWordTitle) && !s.Is(k - 1, kWordTitle) && acronym(k - 1)) {
      ProcessRun(s, begin, k, -1, out);
      ProcessRun(s, k, end, -1, out);
      return;
    }
  }

  // Titles before a name are not part of it ("Defense Minister Yoav Gallant").
  int name_begin = begin;
  while (name_begin < end - 1 && (s.Is(name_begin, kWordTitle) || is_punct(name_begin))) {
    ++name_begin;
  }
  const bool titled = name_begin > begin;
  if (titled && s.Is(end - 1, kWordTitle)) return;  // only a role: "the Prime Minister"
  if (titled && end < static_cast<int>(s.tokens.size()) && s.IsWord(end) && !s.Capitalised(end) &&
      s.Is(end, kWordTitle)) {
    // "Foreign Affairs minister": dictionary words between a domain and a role word.
    bool all_common = true;
    for (int k = name_begin; k < end; ++k) {
      all_common &= s.Is(k, kWordCommon) && !s.Is(k, kWordFirstName);
    }
    if (all_common) return;
  }
  if (length == 1 && s.Is(begin, kWordTitle)) return;  // "Director", "CEO"
  begin = name_begin;
  const int name_length = end - begin;
  // "STS-135", "XVII", "GMT": a designation, a numeral or an abbreviation, no name.
  if (name_length == 1 &&
      (IsCode(s.Core(begin)) || IsRomanNumeral(s.Core(begin)) || s.Is(begin, kWordNotName))) {
    return;
  }

  // Context words just outside the run, in the original sentence.
  const int prev = run_begin - 1;
  const NameWordInfo* of_kind = nullptr;
  const NameWordInfo* prev_info =
      (prev >= 0 && s.IsWord(prev) && !s.Capitalised(prev) && s.Is(prev, kWordBefore))
          ? lexicon_->Find(s.Word(prev))
          : nullptr;
  // "the town of Tira", "the city of Haifa": the word before "of" types the name.
  if (prev >= 1 && s.Word(prev) == "of" && s.IsWord(prev - 1) && !s.Capitalised(prev - 1) &&
      s.Is(prev - 1, kWordAfter)) {
    const NameWordInfo* kind = lexicon_->Find(s.Word(prev - 1));
    if (kind->after_type != EntityType::kPerson) prev_info = nullptr, of_kind = kind;
  }
  const NameWordInfo* next_info = nullptr;
  if (end < static_cast<int>(s.tokens.size()) && s.IsWord(end) && !s.Capitalised(end) &&
      s.Is(end, kWordAfter)) {
    next_info = lexicon_->Find(s.Word(end));
  }
  bool any_common = false, all_common_words = true;
  for (int k = begin; k < end; ++k) {
    const bool common = s.Is(k, kWordCommon) && !acronym(k);
    any_common |= common;
    all_common_words &= common;
  }

  if (of_kind != nullptr && name_length <= 3) {
    emit(begin, end, of_kind->after_type, 0.7f, false);
  } else if (titled) {
    emit(begin, end, EntityType::kPerson, 0.8f, false);
  } else if (name_length >= 2 && name_length <= 4 && s.Is(begin, kWordFirstName)) {
    emit(begin, end, EntityType::kPerson, 0.75f, false);
  } else if (prev_info != nullptr && prev_info->before_type == EntityType::kPerson &&
             name_length <= 4) {
    emit(begin, end, EntityType::kPerson, 0.7f, false);
  } else if (next_info != nullptr && name_length <= 4) {
    emit(begin, end, next_info->after_type, 0.65f, false);
  } else if (name_length == 1 && s.Core(begin).size() < 2) {
    return;  // a lone letter: "platform X", "Plan B"
  } else if (name_length == 1 && acronym(begin) && s.Core(begin).size() <= 6) {
    emit(begin, end, EntityType::kOrg, 0.55f, true);
  } else if (name_length == 1 && LooksLikeDemonym(s.Core(begin)) && !s.Is(begin, kWordFirstName)) {
    emit(begin, end, EntityType::kNorp, 0.45f, true);
  } else if (prev_info != nullptr && name_length <= 3 && (name_length == 1 || !all_common_words)) {
    // Not "from Launch Pad 39A": capitalised dictionary words alone name nothing.
    emit(begin, end, prev_info->before_type, 0.5f, true);
  } else if (name_length >= 2) {
    // Capitalised dictionary words with nothing else ("Space Shuttle", "Silver Clouds") are
    // more often a product, a title or emphasis than a name.
    bool all_common = true;
    for (int k = begin; k < end; ++k) all_common &= s.Is(k, kWordCommon) && !acronym(k);
    if (all_common) return;
    // A dictionary word among unknown ones ("Sea Org", "Group G", "Space Shuttle Enterprise")
    // speaks against a person's name.
    const bool person_shape = name_length <= 3 && !any_common;
    emit(begin, end, person_shape ? EntityType::kPerson : EntityType::kOrg, 0.45f, true);
  } else if (s.Is(begin, kWordFirstName) && !any_common) {
    emit(begin, end, EntityType::kPerson, 0.45f, true);  // "Marilyn"
  } else if (!any_common) {
    // One capitalised word that is not a dictionary word: a name of unknown type.
    emit(begin, end, kUnknownSingleWordType, 0.4f, true);
  }
}

}  // namespace claimscan
