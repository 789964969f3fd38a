#include "tag/resolver.h"

#include <algorithm>
#include <utility>

#include "absl/container/btree_map.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "claimscan/text.h"
#include "common/strings.h"
#include "tag/gazetteer.h"
#include "tag/named_facts.h"
#include "tag/names_lexicon.h"

namespace claimscan {

namespace {

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsPlaceType(EntityType t) {
  return t == EntityType::kGpe || t == EntityType::kLoc || t == EntityType::kFac;
}

bool IsNamedType(EntityType t) {
  return t == EntityType::kPerson || t == EntityType::kOrg || t == EntityType::kGpe ||
         t == EntityType::kLoc || t == EntityType::kFac || t == EntityType::kNorp ||
         t == EntityType::kLaw || t == EntityType::kEvent;
}

// Splits a NameKey into its words ("hassan_nasrallah" -> "hassan", "nasrallah").
template <typename Fn>
void ForEachKeyWord(std::string_view key, Fn fn) {
  size_t start = 0;
  while (start <= key.size()) {
    size_t stop = key.find('_', start);
    if (stop == std::string_view::npos) stop = key.size();
    if (stop > start) fn(key.substr(start, stop - start));
    start = stop + 1;
  }
}

bool IsLinkingFunctionWord(std::string_view w) {
  return w == "of" || w == "the" || w == "and" || w == "for" || w == "at" || w == "on" ||
         w == "in" || w == "al" || w == "de" || w == "bin";
}

// "IDF" from "israel_defense_forces"; empty when the name has fewer than two content words.
std::string Initials(std::string_view key) {
  std::string out;
  int words = 0;
  ForEachKeyWord(key, [&](std::string_view w) {
    if (IsLinkingFunctionWord(w) || !IsAsciiAlnum(w[0])) return;
    out.push_back(static_cast<char>(w[0] >= 'a' && w[0] <= 'z' ? w[0] - 'a' + 'A' : w[0]));
    ++words;
  });
  if (words < 2) out.clear();
  return out;
}

// An acronym as written: two to eight capitals, optionally with full stops ("U.N.").
std::string AcronymLetters(std::string_view surface) {
  std::string out;
  for (char c : surface) {
    if (c >= 'A' && c <= 'Z') {
      out.push_back(c);
    } else if (c != '.') {
      return {};
    }
  }
  return out.size() >= 2 && out.size() <= 8 ? out : std::string();
}

size_t CountKeyWords(std::string_view key) {
  size_t n = 0;
  ForEachKeyWord(key, [&](std::string_view) { ++n; });
  return n;
}

bool IsCountry(const GazetteerEntry& entry) {
  // A sovereign state, or a constituent country that fields its own team ("England").
  return entry.type == EntityType::kGpe &&
         (entry.Attribute("iso").size() == 2 || entry.Attribute("kind") == "country");
}

// The word right after `pos` (a possessive "'s" skipped), or right before `pos`, in `text`.
std::string_view WordAfter(std::string_view text, size_t pos) {
  if (text.substr(pos, 2) == "'s") pos += 2;
  if (text.substr(pos, 4) == "\xE2\x80\x99s") pos += 4;
  while (pos < text.size() && text[pos] == ' ') ++pos;
  size_t end = pos;
  while (end < text.size() && ((text[end] >= 'a' && text[end] <= 'z') || text[end] == '-')) ++end;
  return text.substr(pos, end - pos);
}
std::string_view WordBefore(std::string_view text, size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  size_t begin = pos;
  while (begin > 0 && text[begin - 1] >= 'a' && text[begin - 1] <= 'z') --begin;
  return text.substr(begin, pos - begin);
}

// Whether a score follows ("Sweden 1 – 0") or precedes ("1 – 0 Korea Republic") the name
// at [begin, end): a result line, whose countries are teams.
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
size_t SkipSpaces(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}
// Length of a dash at `pos` ("-", en or em dash), or 0.
size_t DashAt(std::string_view text, size_t pos) {
  if (text.substr(pos, 1) == "-") return 1;
  if (text.substr(pos, 3) == "\xE2\x80\x93" || text.substr(pos, 3) == "\xE2\x80\x94") return 3;
  return 0;
}
bool ScoreAfter(std::string_view text, size_t pos) {
  pos = SkipSpaces(text, pos);
  if (pos >= text.size() || !IsDigit(text[pos])) return false;
  while (pos < text.size() && IsDigit(text[pos])) ++pos;
  pos = SkipSpaces(text, pos);
  const size_t dash = DashAt(text, pos);
  if (dash == 0) return false;
  pos = SkipSpaces(text, pos + dash);
  return pos < text.size() && IsDigit(text[pos]);
}
bool ScoreBefore(std::string_view text, size_t pos) {
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  if (pos == 0 || !IsDigit(text[pos - 1])) return false;
  while (pos > 0 && IsDigit(text[pos - 1])) --pos;
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  size_t dash = 0;
  if (pos >= 1 && text[pos - 1] == '-') dash = 1;
  if (pos >= 3 && DashAt(text, pos - 3) == 3) dash = 3;
  if (dash == 0) return false;
  pos -= dash;
  while (pos > 0 && text[pos - 1] == ' ') --pos;
  return pos > 0 && IsDigit(text[pos - 1]);
}

// A shape-only single-word guess ("Zeitgeist", "Polaroids": one capitalised word that is no
// dictionary word, with no cue) is more often a product, a work or emphasis than a name. It is
// kept only when the article backs it: the word recurs, or it is a word of a longer name.
// A word that also appears with a plural "s" ("Polaroid" / "Polaroids") is a countable thing,
// not a name, and is dropped even when it recurs.
bool IsUnbackedGuess(const Candidate& c) {
  return c.recogniser == Recogniser::kNames && c.weak_type && c.type == EntityType::kOrg;
}

void DropUnsupportedGuesses(std::string_view text, const std::vector<Candidate>& cands,
                            std::vector<uint32_t>* accepted) {
  // Name keys of the person, organisation and place candidates (empty for the rest), built
  // once; the buffer is per thread so its strings are reused across articles.
  thread_local std::vector<std::string> keys;
  keys.resize(accepted->size());
  struct Guess {
    int count = 0;           // occurrences of the single-word guess
    bool name_word = false;  // it is also a word of another accepted name
  };
  absl::flat_hash_map<std::string, Guess> guesses;
  auto single_guess = [&](const Candidate& c, const std::string& key) {
    return IsUnbackedGuess(c) && key.find('_') == std::string::npos;
  };
  for (size_t a = 0; a < accepted->size(); ++a) {
    const Candidate& c = cands[(*accepted)[a]];
    keys[a].clear();
    // Dates, quantities and other types play no part here (a guess is typed ORG).
    if (c.type != EntityType::kPerson && c.type != EntityType::kOrg && !IsPlaceType(c.type)) {
      continue;
    }
    keys[a] = NameKey(c.span.In(text));
    if (!keys[a].empty() && single_guess(c, keys[a])) ++guesses[keys[a]].count;
  }
  if (guesses.empty()) return;
  for (size_t a = 0; a < accepted->size(); ++a) {
    if (keys[a].empty() || single_guess(cands[(*accepted)[a]], keys[a])) continue;
    ForEachKeyWord(keys[a], [&](std::string_view w) {
      if (auto it = guesses.find(AsAbsl(w)); it != guesses.end()) it->second.name_word = true;
    });
  }
  auto keep = [&](const std::string& key) {
    if (key.size() > 1 && key.back() == 's' &&
        guesses.contains(absl::string_view(key.data(), key.size() - 1))) {
      return false;
    }
    if (guesses.contains(key + "s")) return false;
    const Guess& g = guesses[key];
    return g.count >= 2 || g.name_word;
  };
  size_t w = 0;
  for (size_t a = 0; a < accepted->size(); ++a) {
    const uint32_t i = (*accepted)[a];
    const Candidate& c = cands[i];
    if (IsUnbackedGuess(c) && !AcronymLetters(c.span.In(text)).size()) {
      const std::string& key = keys[a];
      if (!key.empty() && key.find('_') == std::string::npos && !keep(key)) continue;
    }
    (*accepted)[w++] = i;
  }
  accepted->resize(w);
}

// "such as Zeus, Hera, Poseidon, Aphrodite, and Athena": a shape-only guess listed next to a
// person (", ", ", and ", " and ") is a person too, and backed by the list.
void TypeListedGuesses(std::string_view text, std::vector<Candidate>* cands,
                       const std::vector<uint32_t>& accepted) {
  auto listed = [&](const Candidate& a, const Candidate& b) {
    if (b.span.begin < a.span.end) return false;
    const std::string_view gap = text.substr(a.span.end, b.span.begin - a.span.end);
    return gap == ", " || gap == ", and " || gap == " and " || gap == ", or " || gap == " or ";
  };
  auto adopt = [&](uint32_t from, uint32_t to) {
    const Candidate& f = (*cands)[from];
    Candidate& t = (*cands)[to];
    if (f.type == EntityType::kPerson && IsUnbackedGuess(t)) {
      t.type = EntityType::kPerson;
      t.weak_type = false;
    }
  };
  for (size_t a = 0; a + 1 < accepted.size(); ++a) {
    if (listed((*cands)[accepted[a]], (*cands)[accepted[a + 1]]))
      adopt(accepted[a], accepted[a + 1]);
  }
  for (size_t a = accepted.size(); a-- > 1;) {
    if (listed((*cands)[accepted[a - 1]], (*cands)[accepted[a]]))
      adopt(accepted[a], accepted[a - 1]);
  }
}

// Crafts ("Space Shuttle Columbia", "the cruise ship Freewinds") are no mentions; once the
// article has named one, its bare name ("Columbia was lost", "the Freewinds") is the craft
// too, whatever the gazetteer says.
void DropVehicles(std::string_view text, const std::vector<Candidate>& cands,
                  std::vector<uint32_t>* accepted) {
  bool any = false;
  for (uint32_t i : *accepted) any |= cands[i].vehicle;
  if (!any) return;
  absl::flat_hash_set<std::string> names;
  for (uint32_t i : *accepted) {
    if (!cands[i].vehicle) continue;
    std::string key = NameKey(cands[i].span.In(text));
    const size_t cut = key.rfind('_');
    names.insert(cut == std::string::npos ? key : key.substr(cut + 1));
  }
  size_t w = 0;
  for (uint32_t i : *accepted) {
    const Candidate& c = cands[i];
    if (c.vehicle) continue;
    if (IsNamedType(c.type) && c.recogniser != Recogniser::kPattern) {
      const std::string_view surface = c.span.In(text);
      if (surface.find(' ') == std::string_view::npos && names.contains(NameKey(surface))) {
        continue;
      }
    }
    (*accepted)[w++] = i;
  }
  accepted->resize(w);
}

// "iso:IL" for a country (iso=IL), a nationality (NORP, country=IL) or an organ of its state
// (military, government, police, intelligence; country=IL).
std::string SideOf(const GazetteerEntry& entry) {
  const std::string_view iso = entry.Attribute("iso");
  const std::string_view country = entry.Attribute("country");
  const std::string_view kind = entry.Attribute("kind");
  if (!iso.empty() && entry.type == EntityType::kGpe) return "iso:" + std::string(iso);
  if (country.empty()) return {};
  if (entry.type == EntityType::kNorp ||
      (entry.type == EntityType::kOrg && (kind == "military" || kind == "government" ||
                                          kind == "police" || kind == "intelligence"))) {
    return "iso:" + std::string(country);
  }
  return {};
}

// How far before a definite description ("this resolution") the law it stands for may be named.
constexpr uint32_t kAnaphorWindow = 400;

bool ContainsWordIgnoringCase(std::string_view haystack, std::string_view word) {
  for (size_t i = 0; i + word.size() <= haystack.size(); ++i) {
    size_t k = 0;
    while (k < word.size() && (haystack[i + k] | 0x20) == (word[k] | 0x20)) ++k;
    if (k == word.size()) return true;
  }
  return false;
}

// For each accepted anaphor, the accepted law before it that it stands for: the nearest one,
// at most kAnaphorWindow bytes back, whose name holds the description's head noun ("this
// resolution" -> "UN Security Council Resolution 1701"). Anaphors without one are dropped.
std::vector<int32_t> FindAntecedents(std::string_view text, const std::vector<Candidate>& cands,
                                     std::vector<uint32_t>* accepted) {
  std::vector<int32_t> antecedent;
  std::vector<uint32_t> kept;
  kept.reserve(accepted->size());
  for (uint32_t i : *accepted) {
    const Candidate& c = cands[i];
    int32_t found = -1;
    if (c.anaphor) {
      const std::string_view surface = c.span.In(text);
      const std::string_view head = surface.substr(surface.rfind(' ') + 1);
      for (size_t k = kept.size(); k-- > 0;) {
        const Candidate& before = cands[kept[k]];
        if (before.span.end + kAnaphorWindow < c.span.begin) break;
        if (before.type != c.type || before.anaphor) continue;
        if (ContainsWordIgnoringCase(before.span.In(text), head)) {
          found = static_cast<int32_t>(k);
          break;
        }
      }
      if (found < 0) continue;
    }
    kept.push_back(i);
    antecedent.push_back(found);
  }
  *accepted = std::move(kept);
  return antecedent;
}

}  // namespace

std::string NameKey(std::string_view name) {
  name = TrimPossessive(name, Span{0, static_cast<uint32_t>(name.size())}).In(name);
  // Normalising only folds white space and non-ASCII punctuation, and every non-alphanumeric
  // ASCII byte is a gap below anyway: an ASCII name (nearly all) skips the copy.
  const bool ascii = std::all_of(name.begin(), name.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string normalized_copy;
  if (!ascii) normalized_copy = NormalizeText(name);
  const std::string_view normalized = ascii ? name : std::string_view(normalized_copy);
  std::string key;
  key.reserve(normalized.size());
  bool gap = false;
  for (char c : normalized) {
    if (IsAsciiAlnum(c) || (static_cast<unsigned char>(c) >= 0x80)) {
      if (gap && !key.empty()) key.push_back('_');
      gap = false;
      key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    } else {
      gap = true;
    }
  }
  return key;
}

Span TrimPossessive(std::string_view text, Span span) {
  std::string_view s = span.In(text);
  if (s.size() > 2 && (s.substr(s.size() - 2) == "'s" || s.substr(s.size() - 2) == "'S")) {
    return {span.begin, span.end - 2};
  }
  if (s.size() > 4 && s.substr(s.size() - 4) == "\xE2\x80\x99s") return {span.begin, span.end - 4};
  // "Hezbollahs'": a plural possessive keeps the s.
  if (s.size() > 2 && (s.back() == '\'') && s[s.size() - 2] == 's')
    return {span.begin, span.end - 1};
  if (s.size() > 4 && s.substr(s.size() - 3) == "\xE2\x80\x99" && s[s.size() - 4] == 's') {
    return {span.begin, span.end - 3};
  }
  return span;
}

absl::Status Resolve(std::string_view text, const Gazetteer* gazetteer,
                     std::vector<Candidate>* candidates, const ResolveOptions& options,
                     TagResult* out) {
  // 1. Longest first, then most confident; a candidate overlapping an accepted one is dropped.
  std::vector<Candidate>& cands = *candidates;
  std::sort(cands.begin(), cands.end(), [](const Candidate& a, const Candidate& b) {
    if (a.span.size() != b.span.size()) return a.span.size() > b.span.size();
    if (a.score != b.score) return a.score > b.score;
    if (a.recogniser != b.recogniser) return a.recogniser < b.recogniser;
    return a.span.begin < b.span.begin;
  });
  // Accepted spans never overlap, so ordering them by end orders them by start too. A btree
  // keeps insertion logarithmic: a sorted vector's insert made long documents quadratic.
  absl::btree_map<uint32_t, uint32_t> accepted_by_end;  // span.end -> index into cands
  for (uint32_t i = 0; i < cands.size(); ++i) {
    const Span span = cands[i].span;
    if (span.empty()) continue;
    auto it = accepted_by_end.upper_bound(span.begin);  // first accepted ending after begin
    if (it != accepted_by_end.end() && cands[it->second].span.Overlaps(span)) continue;
    accepted_by_end.emplace_hint(it, span.end, i);
  }
  std::vector<uint32_t> accepted;  // indices into cands, sorted by span.begin
  accepted.reserve(accepted_by_end.size());
  for (const auto& [end, i] : accepted_by_end) accepted.push_back(i);
  DropVehicles(text, cands, &accepted);
  TypeListedGuesses(text, &cands, accepted);
  DropUnsupportedGuesses(text, cands, &accepted);
  const std::vector<int32_t> antecedent = FindAntecedents(text, cands, &accepted);

  // 2. Mentions in text order; full names first become entities, then partial names, acronyms
  // and shape-only guesses link to them.
  std::vector<std::string> keys(accepted.size());
  out->mentions.reserve(out->mentions.size() + accepted.size());
  for (uint32_t i : accepted) {
    const Candidate& c = cands[i];
    Mention m;
    m.span = c.span;
    m.type = c.type;
    m.recogniser = c.recogniser;
    m.score = c.score;
    out->mentions.push_back(m);
  }

  absl::flat_hash_map<std::string, int32_t> by_key;      // entity key -> entity
  absl::flat_hash_map<std::string, int32_t> by_surname;  // last word of a person -> entity
  // Last word of a person named by shape alone ("Romelu Lukaku"): only guesses link to it.
  absl::flat_hash_map<std::string, int32_t> by_guessed_surname;
  absl::flat_hash_map<std::string, int32_t> by_word;  // word of a longer non-person name
  absl::flat_hash_map<std::string, int32_t> by_initials;
  // Leading words of a longer non-person name: "al_qard_al_hassan" of "Al-Qard Al-Hassan
  // Association".
  absl::flat_hash_map<std::string, int32_t> by_prefix;
  auto new_entity = [&](std::string key, std::string canonical, EntityType type) -> int32_t {
    auto [it, inserted] = by_key.try_emplace(key, static_cast<int32_t>(out->entities.size()));
    if (inserted) {
      Entity e;
      e.key = std::move(key);
      e.canonical = std::move(canonical);
      e.type = type;
      out->entities.push_back(std::move(e));
    }
    return it->second;
  };
  auto attach = [&](uint32_t mention, int32_t entity) {
    out->mentions[mention].entity = entity;
    out->entities[entity].mentions.push_back(mention);
  };

  // Indexes an entity's name for the partial names, acronyms and guesses that follow.
  auto index_entity = [&](int32_t e, std::string_view surface, bool weak) {
    const std::string name_key = NameKey(out->entities[e].canonical);
    std::string_view last_word;
    bool first = true;
    ForEachKeyWord(name_key, [&](std::string_view w) {
      if (IsLinkingFunctionWord(w)) return;
      last_word = w;
      // A later word of an organisation's name can stand for it ("Scientology" for "Church of
      // Scientology"); a first word is often a place ("Taipei" of "Taipei City Council").
      if (!first && out->entities[e].type == EntityType::kOrg) {
        by_word.try_emplace(std::string(w), e);
      }
      first = false;
    });
    if (out->entities[e].type == EntityType::kPerson) {
      // Only a name typed on evidence lends its surname: a guessed "Environment Canada" must
      // not make every "Canada" a person.
      if (!last_word.empty()) {
        (weak ? by_guessed_surname : by_surname).try_emplace(std::string(last_word), e);
      }
    } else {
      for (size_t cut = name_key.find('_'); cut != std::string::npos;
           cut = name_key.find('_', cut + 1)) {
        by_prefix.try_emplace(name_key.substr(0, cut), e);
      }
    }
    const std::string initials = Initials(name_key);
    if (!initials.empty()) by_initials.try_emplace(initials, e);
    // Also the surface as written ("Israeli Defense Forces") when it differs from the canonical.
    const std::string surface_initials = Initials(NameKey(surface));
    if (!surface_initials.empty()) by_initials.try_emplace(surface_initials, e);
  };
  auto display_name = [](std::string_view surface) {
    return NormalizeText(
        TrimPossessive(surface, {0, static_cast<uint32_t>(surface.size())}).In(surface));
  };

  // Last word of a multi-word country named in the article -> its entity.
  absl::flat_hash_map<std::string, int32_t> by_country_word;
  // Pass A: gazetteer entries, patterns and confident multi-word names.
  std::vector<uint32_t> weak_multiword, single_word, place_words;
  for (uint32_t k = 0; k < accepted.size(); ++k) {
    const Candidate& c = cands[accepted[k]];
    if (!IsNamedType(c.type)) continue;
    const std::string_view surface = c.span.In(text);
    if (antecedent[k] >= 0) {
      const int32_t e = out->mentions[static_cast<size_t>(antecedent[k])].entity;
      if (e >= 0) {
        out->mentions[k].recogniser = Recogniser::kAlias;
        attach(k, e);
      }
      continue;
    }
    std::string key;
    std::string canonical;
    std::string country_word;  // last word of a multi-word country's name ("korea")
    std::string fact_key;
    if (c.gazetteer_entry < 0 && (c.type == EntityType::kLaw || c.type == EntityType::kEvent)) {
      fact_key = FactKey(c.type, surface);
    }
    int32_t fact_entry =
        fact_key.empty() || options.facts == nullptr ? -1 : options.facts->Find(fact_key);
    if (c.type == EntityType::kEvent && !fact_key.empty()) {
      // "the 2023 Sudan war" is not the gazetteer's 2023 Israel-Hamas war; a war named with
      // its parties keeps them in its key ("event:war:1911:ruritania+zembla").
      const std::vector<std::string> parties = FactParties(surface);
      if (fact_entry >= 0 &&
          !PartiesFit(parties, gazetteer->entry(static_cast<uint32_t>(fact_entry)))) {
        fact_entry = -1;
      }
      if (fact_entry < 0 && !parties.empty()) {
        absl::StrAppend(&fact_key, ":", absl::StrJoin(parties, "+"));
      }
    }
    if (!fact_key.empty()) {
      // The gazetteer's entry for this law or event, else the key itself, so that other
      // wordings in this article and in other articles join it.
      if (fact_entry >= 0) {
        const GazetteerEntry& entry = gazetteer->entry(static_cast<uint32_t>(fact_entry));
        key = entry.id.rfind("gaz:", 0) == 0 ? entry.id : absl::StrCat("gaz:", entry.id);
        canonical = entry.canonical;
      } else {
        key = std::move(fact_key);
        canonical = display_name(surface);
      }
    } else if (gazetteer != nullptr && c.gazetteer_entry >= 0) {
      const GazetteerEntry& entry = gazetteer->entry(static_cast<uint32_t>(c.gazetteer_entry));
      // A one-word place may be the surname of a person named in full elsewhere ("Austin"
      // after "Lloyd Austin"): decided once all full names are known.
      if (IsPlaceType(entry.type) && surface.find(' ') == std::string_view::npos) {
        keys[k] = NameKey(surface);
        if (!keys[k].empty()) {
          place_words.push_back(k);
          continue;
        }
      }
      key = entry.id.rfind("gaz:", 0) == 0 ? entry.id : absl::StrCat("gaz:", entry.id);
      canonical = entry.canonical;
      if (IsCountry(entry)) {
        const std::string surface_key = NameKey(surface);
        const size_t cut = surface_key.rfind('_');
        if (cut != std::string::npos) country_word = surface_key.substr(cut + 1);
      }
    } else {
      std::string name_key = NameKey(surface);
      if (name_key.empty()) continue;
      const size_t words = CountKeyWords(name_key);
      if (words < 2 || c.weak_type) {
        (words < 2 ? single_word : weak_multiword).push_back(k);
        keys[k] = std::move(name_key);
        continue;
      }
      key = absl::StrCat("name:", name_key);
      canonical = display_name(surface);
    }
    const int32_t e = new_entity(std::move(key), std::move(canonical), c.type);
    attach(k, e);
    out->mentions[k].type = out->entities[e].type;
    index_entity(e, surface, false);
    if (!country_word.empty()) by_country_word.try_emplace(std::move(country_word), e);
  }

  for (uint32_t k : place_words) {
    if (auto it = by_surname.find(keys[k]); it != by_surname.end()) {
      out->mentions[k].recogniser = Recogniser::kAlias;
      out->mentions[k].type = EntityType::kPerson;
      attach(k, it->second);
      continue;
    }
    const GazetteerEntry& entry =
        gazetteer->entry(static_cast<uint32_t>(cands[accepted[k]].gazetteer_entry));
    // "Korea" after "South Korea": a region's name that ends a country named in the article
    // is that country (a country of its own, "Sudan" after "South Sudan", stays itself).
    if (!IsCountry(entry)) {
      if (auto it = by_country_word.find(keys[k]); it != by_country_word.end()) {
        out->mentions[k].recogniser = Recogniser::kAlias;
        out->mentions[k].type = out->entities[it->second].type;
        attach(k, it->second);
        continue;
      }
    }
    const int32_t e =
        new_entity(entry.id.rfind("gaz:", 0) == 0 ? entry.id : absl::StrCat("gaz:", entry.id),
                   entry.canonical, entry.type);
    attach(k, e);
    out->mentions[k].type = out->entities[e].type;
  }

  // Pass B: shape-only multi-word guesses join a fuller name ("Al-Qard al-Hassan" of "Al-Qard
  // Al-Hassan Association"), else stand as entities of their own; then single words: partial
  // names ("Nasrallah"), acronyms ("IDF") and guesses.
  auto link = [&](uint32_t k, int32_t target) {
    const Candidate& c = cands[accepted[k]];
    Mention& m = out->mentions[k];
    if (m.type != out->entities[target].type || c.weak_type ||
        NameKey(out->entities[target].canonical) != keys[k]) {
      m.recogniser = Recogniser::kAlias;
    }
    m.type = out->entities[target].type;
    attach(k, target);
  };
  for (uint32_t k : weak_multiword) {
    const std::string& name_key = keys[k];
    const std::string_view surface = cands[accepted[k]].span.In(text);
    int32_t target = -1;
    if (auto it = by_key.find(absl::StrCat("name:", name_key)); it != by_key.end()) {
      target = it->second;
    } else if (auto jt = by_prefix.find(name_key); jt != by_prefix.end()) {
      target = jt->second;
    }
    if (target >= 0) {
      link(k, target);
      continue;
    }
    // "the Warhol Polaroids": a person's surname before unknown words names the person; the
    // rest is a thing of theirs.
    const size_t first_end = name_key.find('_');
    if (auto it = by_surname.find(name_key.substr(0, first_end)); it != by_surname.end()) {
      const size_t gap = surface.find(' ');
      if (gap != std::string_view::npos) {
        out->mentions[k].span.end = out->mentions[k].span.begin + static_cast<uint32_t>(gap);
        out->mentions[k].recogniser = Recogniser::kAlias;
        out->mentions[k].type = out->entities[it->second].type;
        attach(k, it->second);
        continue;
      }
    }
    const int32_t e =
        new_entity(absl::StrCat("name:", name_key), display_name(surface), cands[accepted[k]].type);
    attach(k, e);
    index_entity(e, surface, true);
  }
  for (uint32_t k : single_word) {
    const Candidate& c = cands[accepted[k]];
    const std::string& name_key = keys[k];
    int32_t target = -1;
    if (std::string acronym = AcronymLetters(c.span.In(text)); !acronym.empty()) {
      if (auto it = by_initials.find(acronym); it != by_initials.end()) target = it->second;
    }
    if (target < 0) {
      if (auto it = by_surname.find(name_key); it != by_surname.end()) {
        target = it->second;
      } else if (auto jt = by_word.find(name_key); jt != by_word.end() && c.weak_type) {
        target = jt->second;
      } else if (auto kt = by_key.find(absl::StrCat("name:", name_key)); kt != by_key.end()) {
        target = kt->second;
      } else if (auto gt = by_guessed_surname.find(name_key);
                 gt != by_guessed_surname.end() && (c.weak_type || c.type == EntityType::kPerson)) {
        target = gt->second;
      }
    }
    if (target >= 0) {
      link(k, target);
      continue;
    }
    const int32_t e =
        new_entity(absl::StrCat("name:", name_key), display_name(c.span.In(text)), c.type);
    attach(k, e);
    out->mentions[k].type = out->entities[e].type;
  }
  // Countries as actors: the mention names the government or the team.
  if (options.lexicon != nullptr && gazetteer != nullptr) {
    // The entities that are countries (a region's name linked to one counts).
    std::vector<bool> country(out->entities.size(), false);
    for (uint32_t k = 0; k < accepted.size(); ++k) {
      const Candidate& c = cands[accepted[k]];
      const int32_t e = out->mentions[k].entity;
      if (c.gazetteer_entry >= 0 && e >= 0 &&
          IsCountry(gazetteer->entry(static_cast<uint32_t>(c.gazetteer_entry)))) {
        country[e] = true;
      }
    }
    for (uint32_t k = 0; k < accepted.size(); ++k) {
      const Candidate& c = cands[accepted[k]];
      const int32_t e = out->mentions[k].entity;
      if (c.gazetteer_entry < 0 || out->mentions[k].type != EntityType::kGpe) continue;
      if (e < 0 || !country[e]) continue;
      const std::string_view after = WordAfter(text, c.span.end);
      const std::string_view before = WordBefore(text, c.span.begin);
      // "the University of Sheffield of the UK has": the country qualifies a name, the verb
      // is the name's.
      bool qualifier = before == "of";
      if (before == "the") {
        qualifier = WordBefore(text, static_cast<size_t>(before.data() - text.data())) == "of";
      }
      if ((!after.empty() && !qualifier && (options.lexicon->Classes(after) & kWordAgent)) ||
          (!before.empty() && (options.lexicon->Classes(before) & kWordAgentBefore)) ||
          ScoreAfter(text, c.span.end) || ScoreBefore(text, c.span.begin)) {
        out->mentions[k].type = EntityType::kOrg;
      }
    }
    // A country that acts in several of its mentions is the article's team or government
    // throughout ("Belgium beat Panama ... put Belgium into the lead ... in South Korea"), as
    // GUM annotates the referent: its remaining mentions are typed ORG too.
    std::vector<bool> team(out->entities.size(), false);
    for (size_t i = 0; i < out->entities.size(); ++i) {
      const Entity& e = out->entities[i];
      if (e.type != EntityType::kGpe || e.mentions.size() < 2) continue;
      size_t actor = 0;
      for (uint32_t m : e.mentions) actor += out->mentions[m].type == EntityType::kOrg;
      if (actor < 2 || actor * 4 < e.mentions.size()) continue;
      for (uint32_t m : e.mentions) out->mentions[m].type = EntityType::kOrg;
      team[i] = true;
    }
    // "putting the Belgians in the lead": the plural nationality of a team is the team.
    absl::flat_hash_map<std::string_view, int32_t> team_by_iso;
    for (uint32_t k = 0; k < accepted.size(); ++k) {
      const Candidate& c = cands[accepted[k]];
      const int32_t e = out->mentions[k].entity;
      if (c.gazetteer_entry < 0 || e < 0 || !team[e]) continue;
      const std::string_view iso =
          gazetteer->entry(static_cast<uint32_t>(c.gazetteer_entry)).Attribute("iso");
      if (!iso.empty()) team_by_iso.try_emplace(iso, e);
    }
    for (uint32_t k = 0; k < accepted.size() && !team_by_iso.empty(); ++k) {
      const Candidate& c = cands[accepted[k]];
      if (c.gazetteer_entry < 0 || out->mentions[k].type != EntityType::kNorp) continue;
      const std::string_view surface = c.span.In(text);
      if (surface.empty() || surface.back() != 's') continue;
      const std::string_view country =
          gazetteer->entry(static_cast<uint32_t>(c.gazetteer_entry)).Attribute("country");
      if (!country.empty() && team_by_iso.contains(country)) {
        out->mentions[k].type = EntityType::kOrg;
      }
    }
  }
  if (out->entities.size() > options.max_entities) {
    return absl::ResourceExhaustedError(
        absl::StrCat("the document has ", out->entities.size(),
                     " entities, more than max_entities_per_document = ", options.max_entities));
  }
  // The state each gazetteer entity speaks for.
  if (gazetteer != nullptr) {
    for (uint32_t k = 0; k < accepted.size(); ++k) {
      const Candidate& c = cands[accepted[k]];
      const int32_t e = out->mentions[k].entity;
      if (c.gazetteer_entry < 0 || e < 0 || !out->entities[e].side.empty()) continue;
      out->entities[e].side = SideOf(gazetteer->entry(static_cast<uint32_t>(c.gazetteer_entry)));
    }
  }
  // The fullest name seen is the canonical one (gazetteer entries keep their own).
  for (Entity& e : out->entities) {
    std::sort(e.mentions.begin(), e.mentions.end());
    if (e.key.rfind("gaz:", 0) == 0) continue;
    for (uint32_t m : e.mentions) {
      if (out->mentions[m].recogniser == Recogniser::kAlias) continue;
      std::string_view s = out->mentions[m].span.In(text);
      if (s.size() > e.canonical.size()) e.canonical = NormalizeText(s);
    }
  }
  return absl::OkStatus();
}

}  // namespace claimscan
