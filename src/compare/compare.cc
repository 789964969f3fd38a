// CompareDocuments: groups claims of different articles that report the same fact and judges
// each group (corroborated, conflicting, complementary, single source).
//
// Cost: claims are blocked by (corpus entity, event class) and (trigger word, event class);
// only claims sharing a block are scored, and a block larger than kBlockWindow compares each
// claim with its kBlockWindow successors only, so the work grows with the number of claims,
// not with its square; inside a group, each claim is checked against its kBlockWindow
// successors for conflicts and copy. Groups are built greedily from the best-scoring pairs down,
// and never hold two claims of one article, which keeps a chain of look-alike claims from
// snowballing.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "claim/words.h"
#include "claimscan/compare.h"
#include "claimscan/datetime.h"
#include "claimscan/text.h"
#include "common/strings.h"
#include "compare/shingles.h"

namespace claimscan {
namespace {

using claim_internal::AppendWordKey;
using claim_internal::ScanWords;

constexpr size_t kBlockWindow = 24;
// A denial is weighed against at most this many affirmations per shared actor.
constexpr size_t kMaxStanceCandidates = 32;
constexpr size_t kMinContentWordBytes = 3;
constexpr size_t kSummaryBytes = 180;
constexpr int64_t kSameDayTolerance = 1;
constexpr size_t kMaxWordsFromNegation = 2;

// Days since 1970-01-01 of a known civil date (proleptic Gregorian).
int64_t DayNumber(const CivilDate& d) {
  const int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (d.month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

uint64_t HashKey(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// What the comparison needs of one claim, in corpus terms.
struct ClaimInfo {
  uint32_t doc = 0;
  uint32_t claim = 0;
  uint32_t event = 0;                // interned event class
  bool lead = false;                 // in the article's first CompareOptions::lead_sentences
  bool denies = false;               // negated, and the negation governs the trigger
  uint64_t trigger_key = 0;          // hash of the trigger's lower-case words
  std::vector<int32_t> entities;     // corpus entities of the claim's participants, sorted
  std::vector<int32_t> actors;       // corpus entities, sorted
  std::vector<int32_t> named_facts;  // corpus entities of laws and named events, sorted
  int32_t place = -1;                // corpus entity
  std::vector<uint64_t> words;       // content-word hashes, sorted, unique
  std::vector<uint64_t> shingles;    // word 8-gram hashes of the claim, sorted
};

struct Pair {
  uint32_t a = 0;
  uint32_t b = 0;
  double score = 0;
};

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Join(uint32_t a, uint32_t b) { parent_[Find(b)] = Find(a); }

 private:
  std::vector<uint32_t> parent_;
};

template <typename T>
size_t CountCommon(const std::vector<T>& a, const std::vector<T>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

class Comparer {
 public:
  Comparer(const std::vector<Document>& docs, const CompareOptions& options, CompareResult* result)
      : docs_(docs), options_(options), result_(result) {}

  void Run() {
    std::vector<const TagResult*> tags;
    tags.reserve(docs_.size());
    for (const Document& d : docs_) tags.push_back(&d.tags);
    result_->entities = LinkEntitiesAcrossDocuments(tags, options_.alias_similarity);
    result_->syndicated = FindSyndication(docs_, options_.syndication_overlap);
    source_of_doc_ = IndependentSources(docs_.size(), result_->syndicated);
    BuildSides();
    BuildClaimInfo();
    state_event_ = EventId("state");
    std::vector<Pair> pairs = ScoreCandidates();
    Group(pairs);
    Judge();
    FindStanceConflicts();
    std::stable_sort(result_->findings.begin(), result_->findings.end(),
                     [](const Finding& a, const Finding& b) { return a.score > b.score; });
  }

 private:
  int32_t Corpus(uint32_t doc, int32_t entity) const {
    const auto& map = result_->entities.doc_to_corpus;
    if (entity < 0 || doc >= map.size() || static_cast<size_t>(entity) >= map[doc].size()) {
      return -1;
    }
    const int32_t e = map[doc][entity];
    return e >= 0 && static_cast<size_t>(e) < side_.size() ? side_[e] : e;
  }

  // Entities that speak for one state (CorpusEntity::side: Israel, "Israeli", the Israel
  // Defense Forces) map to the country, or to the first of them when the country is not named.
  // A nationality the gazetteer does not place ("Israeli" (NORP) speaks for "Israel" (GPE)): a
  // group name that extends a place name of the corpus (all but its last two letters in common,
  // at least four) maps to that place.
  void BuildSides() {
    const auto& entities = result_->entities.entities;
    side_.resize(entities.size());
    std::iota(side_.begin(), side_.end(), 0);
    absl::flat_hash_map<std::string_view, int32_t> by_side;
    for (size_t g = 0; g < entities.size(); ++g) {
      if (entities[g].side.empty()) continue;
      auto [it, inserted] = by_side.try_emplace(entities[g].side, static_cast<int32_t>(g));
      if (!inserted && entities[g].type == EntityType::kGpe &&
          entities[it->second].type != EntityType::kGpe) {
        it->second = static_cast<int32_t>(g);
      }
    }
    for (size_t n = 0; n < entities.size(); ++n) {
      if (!entities[n].side.empty()) side_[n] = by_side[entities[n].side];
    }
    for (size_t n = 0; n < entities.size(); ++n) {
      if (entities[n].type != EntityType::kNorp || !entities[n].side.empty()) continue;
      const std::string& group = entities[n].name;
      for (size_t g = 0; g < entities.size(); ++g) {
        if (entities[g].type != EntityType::kGpe) continue;
        const std::string& place = entities[g].name;
        const size_t stem = place.size() >= 6 ? place.size() - 2 : place.size();
        if (stem >= 4 && group.size() > stem && group.compare(0, stem, place, 0, stem) == 0) {
          side_[n] = static_cast<int32_t>(g);
          break;
        }
      }
    }
  }

  // Syndicated documents are one source: label each document with its source component.
  static std::vector<uint32_t> IndependentSources(size_t n, const std::vector<Syndication>& s) {
    UnionFind uf(n);
    for (const Syndication& pair : s) uf.Join(pair.doc_a, pair.doc_b);
    std::vector<uint32_t> source(n);
    for (size_t i = 0; i < n; ++i) source[i] = uf.Find(static_cast<uint32_t>(i));
    return source;
  }

  void BuildClaimInfo() {
    absl::flat_hash_map<std::string, uint32_t> event_ids;
    std::vector<Span> words;
    std::string key;
    // Document frequency of content words, for IDF weights: words most articles use ("the",
    // "said", the story's main actor) say little about which fact a claim states.
    absl::flat_hash_map<uint64_t, uint32_t> doc_freq;
    for (uint32_t d = 0; d < docs_.size(); ++d) {
      const Document& doc = docs_[d];
      const std::string_view text = doc.article.text;
      absl::flat_hash_set<uint64_t> seen_in_doc;
      for (uint32_t c = 0; c < doc.claims.size(); ++c) {
        const Claim& claim = doc.claims[c];
        ClaimInfo info;
        info.doc = d;
        info.claim = c;
        info.event = event_ids.try_emplace(claim.event, event_ids.size()).first->second;
        info.lead = claim.sentence < options_.lead_sentences;
        info.denies = claim.negated && NegationGoverns(text, claim, &words);
        if (info.event >= event_names_.size()) event_names_.push_back(claim.event);
        words.clear();
        ScanWords(text, claim.trigger, &words);
        key.clear();
        for (const Span& w : words) AppendWordKey(w.In(text), &key);
        info.trigger_key = HashKey(key);
        for (uint32_t m : claim.mentions) {
          if (m >= doc.tags.mentions.size()) continue;
          const Mention& mention = doc.tags.mentions[m];
          if (!IsParticipantType(mention.type)) continue;
          const int32_t e = Corpus(d, mention.entity);
          if (e >= 0) info.entities.push_back(e);
          if (e >= 0 && (mention.type == EntityType::kLaw || mention.type == EntityType::kEvent)) {
            info.named_facts.push_back(e);
          }
        }
        for (int32_t a : claim.actors) {
          const int32_t e = Corpus(d, a);
          if (e >= 0) {
            info.actors.push_back(e);
            info.entities.push_back(e);
          }
        }
        info.place = Corpus(d, claim.place);
        SortUnique(&info.entities);
        SortUnique(&info.actors);
        SortUnique(&info.named_facts);
        // Participants count as words, twice: a shared name is stronger evidence than a
        // shared common word of the same rarity.
        for (int32_t e : info.entities) {
          info.words.push_back(HashKey(absl::StrCat("entity:", e)));
          info.words.push_back(HashKey(absl::StrCat("entity+:", e)));
        }
        words.clear();
        ScanWords(text, claim.span, &words);
        for (const Span& w : words) {
          if (w.size() < kMinContentWordBytes) continue;
          const std::string_view word = w.In(text);
          if (word[0] >= '0' && word[0] <= '9') continue;  // figures are compared as quantities
          key.clear();
          AppendWordKey(word, &key);
          info.words.push_back(HashKey(key));
        }
        SortUnique(&info.words);
        AppendShingles(text, claim.span, &info.shingles);
        SortUnique(&info.shingles);
        for (uint64_t h : info.words) {
          if (seen_in_doc.insert(h).second) ++doc_freq[h];
        }
        claims_.push_back(std::move(info));
      }
    }
    const double n = static_cast<double>(docs_.size());
    for (const auto& [h, df] : doc_freq) idf_[h] = std::log((n + 1.0) / df);
  }

  // The negation denies the event only when it comes shortly before its trigger ("did not
  // fire", "denied striking", "doesn't want a ceasefire"); further off it belongs to another
  // verb ("I can't speak for the first death", "held without bond since his arrest").
  static bool NegationGoverns(std::string_view text, const Claim& c, std::vector<Span>* words) {
    if (c.negation.empty() || c.negation.begin > c.trigger.begin) return false;
    words->clear();
    ScanWords(text, Span{c.negation.end, c.trigger.begin}, words);
    return words->size() <= kMaxWordsFromNegation;
  }

  template <typename T>
  static void SortUnique(std::vector<T>* v) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }

  double Idf(uint64_t h) const {
    const auto it = idf_.find(h);
    return it == idf_.end() ? 0 : it->second;
  }

  // Cosine of the IDF-weighted sets of content words and participants: how much of what two
  // claims name they share, discounting what every article of the corpus names.
  double Lexical(const ClaimInfo& a, const ClaimInfo& b) const {
    double common = 0, wa = 0, wb = 0;
    for (uint64_t h : a.words) wa += Idf(h);
    for (uint64_t h : b.words) wb += Idf(h);
    size_t i = 0, j = 0;
    while (i < a.words.size() && j < b.words.size()) {
      if (a.words[i] < b.words[j]) {
        ++i;
      } else if (b.words[j] < a.words[i]) {
        ++j;
      } else {
        common += Idf(a.words[i]);
        ++i, ++j;
      }
    }
    return wa > 0 && wb > 0 ? common / std::sqrt(wa * wb) : 0;
  }

  // How likely two claims state the same fact, in [0, 1]; 0 when their events differ.
  double Similarity(const ClaimInfo& a, const ClaimInfo& b) const {
    // Claims about one named law or event ("Resolution 1701") state facts about it whatever
    // verb carries them; otherwise the event classes must agree.
    const bool same_named_fact = CountCommon(a.named_facts, b.named_facts) > 0;
    if (a.event != b.event && !same_named_fact) return 0;
    const size_t shared = CountCommon(a.entities, b.entities);
    const double lexical = Lexical(a, b);
    // Without a shared participant only near-identical wording links two claims.
    if (shared == 0 && lexical < 0.5) return 0;
    double score = 0.1 + 0.9 * lexical;
    if (a.trigger_key == b.trigger_key) score += 0.1;
    if (same_named_fact) score += 0.2;
    if (a.place >= 0 && b.place >= 0 && a.place != b.place) score *= 0.5;
    // One side's doers go unnamed by the other: another party doing the same kind of thing
    // ("the Israeli cabinet is to meet" / "the US envoy is to meet Lebanese officials").
    if (!a.actors.empty() && !b.actors.empty() &&
        (CountCommon(a.actors, b.entities) == 0 || CountCommon(b.actors, a.entities) == 0)) {
      score *= 0.5;
    }
    return std::min(score, 1.0);
  }

  std::vector<Pair> ScoreCandidates() {
    absl::flat_hash_map<uint64_t, std::vector<uint32_t>> blocks;
    for (uint32_t i = 0; i < claims_.size(); ++i) {
      const ClaimInfo& c = claims_[i];
      for (int32_t e : c.entities) {
        blocks[(static_cast<uint64_t>(e) << 20) ^ c.event].push_back(i);
      }
      blocks[c.trigger_key * 31 + c.event + 0x9e3779b97f4a7c15ull].push_back(i);
      for (int32_t e : c.named_facts)
        blocks[(static_cast<uint64_t>(e) << 20) | 0xFFFFF].push_back(i);
    }
    absl::flat_hash_set<uint64_t> seen;
    std::vector<Pair> pairs;
    for (const auto& [key, members] : blocks) {
      for (size_t x = 0; x < members.size(); ++x) {
        const size_t end = std::min(members.size(), x + 1 + kBlockWindow);
        for (size_t y = x + 1; y < end; ++y) {
          const uint32_t a = members[x], b = members[y];
          if (claims_[a].doc == claims_[b].doc) continue;
          if (!seen.insert((static_cast<uint64_t>(a) << 32) | b).second) continue;
          const double s = Similarity(claims_[a], claims_[b]);
          if (s >= options_.link_threshold) pairs.push_back(Pair{a, b, s});
        }
      }
    }
    return pairs;
  }

  // Groups are the connected claims: an article may give a fact twice (its lead and further
  // down), and both statements are evidence of one finding. Refusing a second claim of an
  // article cut groups apart: on ECB+ it lowered purity (0.933 vs 0.941) and linking F1
  // (0.176 vs 0.274). Sources are counted per article, and conflicts only across articles.
  void Group(const std::vector<Pair>& pairs) {
    UnionFind uf(claims_.size());
    for (const Pair& p : pairs) uf.Join(p.a, p.b);
    if (options_.one_story) JoinCentralEvent(&uf);
    absl::flat_hash_map<uint32_t, size_t> group_of_root;
    for (uint32_t i = 0; i < claims_.size(); ++i) {
      const uint32_t r = uf.Find(i);
      const auto [it, inserted] = group_of_root.try_emplace(r, groups_.size());
      if (inserted) groups_.emplace_back();
      groups_[it->second].push_back(i);
    }
  }

  // One story: the event class that the leads of most of its articles report (and at least
  // central_share of them) is the story's central event, and those lead claims state one fact
  // however worded ("Esther Williams dies" / "the swimmer passed away in her sleep"). Only the
  // one class: joining every class that two leads report, or lead claims of other classes
  // that name a central participant, raised ECB+ linking recall but put other facts into the
  // central finding ("Prosecutors charged X" into "X resigned"; deaths and a cabinet meeting
  // into the example articles' ceasefire talks). Linear: each joins the first central claim.
  void JoinCentralEvent(UnionFind* uf) {
    const uint32_t state = state_event_;
    // Per class: the articles whose lead reports it.
    std::vector<std::vector<uint32_t>> docs_of(event_names_.size());
    absl::flat_hash_set<uint32_t> docs_with_claims;
    for (const ClaimInfo& c : claims_) {
      docs_with_claims.insert(c.doc);
      if (!c.lead || c.event == state) continue;
      if (docs_of[c.event].empty() || docs_of[c.event].back() != c.doc) {
        docs_of[c.event].push_back(c.doc);
      }
    }
    const double needed =
        std::max(2.0, options_.central_share * static_cast<double>(docs_with_claims.size()));
    size_t most = 0;
    for (const std::vector<uint32_t>& d : docs_of) most = std::max(most, d.size());
    if (static_cast<double>(most) < needed) return;
    int64_t first = -1;
    for (uint32_t i = 0; i < claims_.size(); ++i) {
      const ClaimInfo& c = claims_[i];
      if (!c.lead || c.event == state || docs_of[c.event].size() != most) continue;
      if (first < 0) {
        first = i;
      } else {
        uf->Join(static_cast<uint32_t>(first), i);
      }
    }
  }

  uint32_t EventId(std::string_view name) const {
    for (uint32_t e = 0; e < event_names_.size(); ++e) {
      if (event_names_[e] == name) return e;
    }
    return std::numeric_limits<uint32_t>::max();
  }

  const Claim& ClaimOf(const ClaimInfo& c) const { return docs_[c.doc].claims[c.claim]; }
  const Document& DocOf(const ClaimInfo& c) const { return docs_[c.doc]; }

  // The range of values a quantity allows: "over 100" is [100, inf), "hundreds" [100, 1000).
  static std::pair<double, double> Interval(const Quantity& q) {
    constexpr double kInf = std::numeric_limits<double>::infinity();
    if (q.vague) return {q.value, q.value * 10};
    if (q.is_range) return {q.value, q.to};
    switch (q.qualifier) {
      case Qualifier::kAtLeast:
      case Qualifier::kMoreThan:
        return {q.value, kInf};
      case Qualifier::kAtMost:
      case Qualifier::kLessThan:
        return {0, q.value};
      case Qualifier::kAbout:
        return {q.value * 0.9, q.value * 1.1};
      default:
        return {q.value, q.value};
    }
  }

  static bool Countable(const Quantity& q) {
    return q.type == EntityType::kCardinal || q.type == EntityType::kQuantity ||
           q.type == EntityType::kMoney || q.type == EntityType::kPercent;
  }

  // Two figures with one unit that no single value satisfies: "29 people" vs "35 people".
  bool NumericConflict(const ClaimInfo& a, const ClaimInfo& b, std::string* why) const {
    const Document& da = DocOf(a);
    const Document& db = DocOf(b);
    for (uint32_t qa : ClaimOf(a).quantities) {
      for (uint32_t qb : ClaimOf(b).quantities) {
        if (qa >= da.tags.quantities.size() || qb >= db.tags.quantities.size()) continue;
        const Quantity& x = da.tags.quantities[qa];
        const Quantity& y = db.tags.quantities[qb];
        if (!Countable(x) || !Countable(y) || x.type != y.type || x.unit.empty() ||
            x.unit != y.unit) {
          continue;
        }
        const auto [xl, xh] = Interval(x);
        const auto [yl, yh] = Interval(y);
        if (xh < yl || yh < xl) {
          *why = absl::StrCat("figures disagree: \"", AsAbsl(da.article.View(x.span)), "\" vs \"",
                              AsAbsl(db.article.View(y.span)), "\"");
          return true;
        }
      }
    }
    return false;
  }

  // The claim's one exact calendar day, or empty.
  std::string_view ExactDay(const ClaimInfo& c) const {
    const Document& d = DocOf(c);
    std::string_view day;
    for (uint32_t t : ClaimOf(c).times) {
      if (t >= d.tags.dates.size()) continue;
      const TemporalMention& m = d.tags.dates[t];
      if (m.kind != TemporalKind::kDate || m.grain != TimeGrain::kDay || m.partial) continue;
      if (!day.empty() && day != m.value) return {};  // several days: no single date
      day = m.value;
    }
    return day.size() >= 10 ? day.substr(0, 10) : std::string_view{};
  }

  bool TemporalConflict(const ClaimInfo& a, const ClaimInfo& b, std::string* why) const {
    if (event_names_[a.event] == "state") return false;  // statements recur; events happen once
    const std::string_view x = ExactDay(a), y = ExactDay(b);
    if (x.empty() || y.empty() || x == y) return false;
    // A day apart is how one event reads from different time zones, or from "yesterday" in
    // articles published a day apart: not a disagreement about the date.
    CivilDate dx, dy;
    if (ParseIsoDate(x, &dx) && ParseIsoDate(y, &dy) &&
        std::abs(DayNumber(dx) - DayNumber(dy)) <= kSameDayTolerance) {
      return false;
    }
    *why = absl::StrCat("dates disagree: ", AsAbsl(x), " vs ", AsAbsl(y));
    return true;
  }

  // One asserts, the other denies, the same event between the same parties.
  bool PolarityConflict(const ClaimInfo& a, const ClaimInfo& b, std::string* why) const {
    const Claim& x = ClaimOf(a);
    const Claim& y = ClaimOf(b);
    if (x.negated == y.negated) return false;
    // "Said" is not a fact one can deny: a negation in a bare statement ("we didn't know,
    // she said") is about something the claim has no event for.
    if (a.event == state_event_ || b.event == state_event_) return false;
    const Claim& denial = x.negated ? x : y;
    if (!(x.negated ? a : b).denies) return false;
    if (CountCommon(a.actors, b.actors) == 0 && Lexical(a, b) < 0.3) return false;
    const Document& dd = x.negated ? DocOf(a) : DocOf(b);
    *why = absl::StrCat("one source affirms, the other denies (\"",
                        AsAbsl(dd.article.View(denial.negation)), "\")");
    return true;
  }

  // The same words credited to different named speakers.
  bool AttributionConflict(const ClaimInfo& a, const ClaimInfo& b, std::string* why) const {
    const Attribution& x = ClaimOf(a).attribution;
    const Attribution& y = ClaimOf(b).attribution;
    if (x.kind != AttributionKind::kNamed || y.kind != AttributionKind::kNamed) return false;
    if (!x.direct_quote && !y.direct_quote) return false;
    const int32_t sx = Corpus(a.doc, x.entity), sy = Corpus(b.doc, y.entity);
    if (sx < 0 || sy < 0 || sx == sy || Lexical(a, b) < 0.5) return false;
    *why = absl::StrCat("the same statement is credited to \"",
                        AsAbsl(DocOf(a).article.View(x.speaker)), "\" and to \"",
                        AsAbsl(DocOf(b).article.View(y.speaker)), "\"");
    return true;
  }

  std::string Summary(const ClaimInfo& c) const {
    std::string text = NormalizeText(DocOf(c).article.View(ClaimOf(c).span));
    if (text.size() > kSummaryBytes) {
      size_t cut = text.rfind(' ', kSummaryBytes);
      if (cut == std::string::npos) cut = kSummaryBytes;
      // Never cut inside a UTF-8 sequence.
      while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      text.resize(cut);
      text += " ...";
    }
    return absl::StrCat(AsAbsl(event_names_[c.event]), ": ", text);
  }

  // The participants that claims of at least two articles of the group name, most widely
  // named first: what the articles agree the fact is about.
  std::string SharedEntityNames(const std::vector<uint32_t>& group) const {
    absl::flat_hash_map<int32_t, std::vector<uint32_t>> docs_of;
    std::vector<int32_t> order;
    for (uint32_t i : group) {
      for (int32_t e : claims_[i].entities) {
        std::vector<uint32_t>& docs = docs_of[e];
        if (docs.empty()) order.push_back(e);
        if (std::find(docs.begin(), docs.end(), claims_[i].doc) == docs.end()) {
          docs.push_back(claims_[i].doc);
        }
      }
    }
    std::erase_if(order, [&](int32_t e) { return docs_of[e].size() < 2; });
    std::stable_sort(order.begin(), order.end(),
                     [&](int32_t a, int32_t b) { return docs_of[a].size() > docs_of[b].size(); });
    std::vector<std::string> names;
    for (int32_t e : order) {
      if (static_cast<size_t>(e) < result_->entities.entities.size()) {
        names.push_back(result_->entities.entities[e].name);
      }
    }
    return absl::StrJoin(names, ", ");
  }

  // Two independent sources state the fact with one event class ("killed" / "was killed"), or
  // relate the same two named facts ("Resolution 1701 ... after the 2006 war" / "1701, which
  // concluded the conflict in 2006"): they corroborate it, whatever else either adds. A group
  // joined only through one named law or event, whose claims say different things about it,
  // complements.
  bool AgreeAcrossSources(const std::vector<uint32_t>& group) const {
    for (size_t x = 0; x < group.size(); ++x) {
      for (size_t y = x + 1; y < std::min(group.size(), x + 1 + kBlockWindow); ++y) {
        const ClaimInfo& a = claims_[group[x]];
        const ClaimInfo& b = claims_[group[y]];
        if (source_of_doc_[a.doc] == source_of_doc_[b.doc]) continue;
        if (a.event == b.event || CountCommon(a.named_facts, b.named_facts) >= 2) return true;
      }
    }
    return false;
  }

  // Two claims copy one another when their word sequences share a long run (wire copy reused
  // inside otherwise different articles).
  bool CopiedClaims(const ClaimInfo& a, const ClaimInfo& b) const {
    return CountCommon(a.shingles, b.shingles) > 0;
  }

  void Judge() {
    for (const std::vector<uint32_t>& group : groups_) {
      Finding f;
      for (uint32_t i : group) {
        f.claims.push_back(ClaimRef{claims_[i].doc, claims_[i].claim});
        f.docs.push_back(claims_[i].doc);
      }
      SortUnique(&f.docs);
      if (f.docs.size() < 2) {
        if (!options_.include_single_source) continue;
        f.kind = FindingKind::kSingleSource;
        f.summary = Summary(claims_[group[0]]);
        f.reason =
            absl::StrCat("only ", AsAbsl(DocOf(claims_[group[0]]).article.id), " reports this");
        f.score = 0.5;
        result_->findings.push_back(std::move(f));
        continue;
      }
      // Independent sources: syndication components, and claims copied word for word.
      std::vector<uint32_t> sources;
      for (uint32_t d : f.docs) sources.push_back(source_of_doc_[d]);
      SortUnique(&sources);
      size_t independent = sources.size();
      for (size_t x = 0; x < group.size(); ++x) {
        for (size_t y = x + 1; y < std::min(group.size(), x + 1 + kBlockWindow); ++y) {
          const ClaimInfo& a = claims_[group[x]];
          const ClaimInfo& b = claims_[group[y]];
          if (source_of_doc_[a.doc] != source_of_doc_[b.doc] && CopiedClaims(a, b) &&
              independent > 1) {
            --independent;
          }
        }
      }
      f.syndicated = independent < f.docs.size();

      ConflictType conflict = ConflictType::kNone;
      std::string why;
      for (size_t x = 0; x < group.size() && conflict == ConflictType::kNone; ++x) {
        for (size_t y = x + 1;
             y < std::min(group.size(), x + 1 + kBlockWindow) && conflict == ConflictType::kNone;
             ++y) {
          const ClaimInfo& a = claims_[group[x]];
          const ClaimInfo& b = claims_[group[y]];
          if (a.doc == b.doc) continue;  // an article is not in conflict with itself
          if (NumericConflict(a, b, &why)) {
            conflict = ConflictType::kNumeric;
          } else if (TemporalConflict(a, b, &why)) {
            conflict = ConflictType::kTemporal;
          } else if (PolarityConflict(a, b, &why)) {
            conflict = ConflictType::kPolarity;
          } else if (AttributionConflict(a, b, &why)) {
            conflict = ConflictType::kAttribution;
          }
          // Only claims comparable on their own disagree: two claims in one group through
          // others (a story's central event, a chain of links) may state different facts.
          // Checked last: conflicts are rare, similarity is not free.
          if (conflict != ConflictType::kNone && Similarity(a, b) < options_.link_threshold) {
            conflict = ConflictType::kNone;
          }
          if (conflict != ConflictType::kNone) {
            // Lead the evidence with the two claims that disagree.
            std::vector<ClaimRef> ordered = {f.claims[x], f.claims[y]};
            for (size_t k = 0; k < f.claims.size(); ++k) {
              if (k != x && k != y) ordered.push_back(f.claims[k]);
            }
            f.claims = std::move(ordered);
          }
        }
      }
      const std::string shared = SharedEntityNames(group);
      const std::string ids = DocIds(f.docs);
      f.summary = Summary(claims_[group[0]]);
      f.score = static_cast<double>(independent) + 0.25 * (f.docs.size() - independent);
      if (conflict != ConflictType::kNone) {
        f.kind = FindingKind::kConflict;
        f.conflict_type = conflict;
        f.reason = absl::StrCat(AsAbsl(ConflictTypeName(conflict)), " conflict between ", ids,
                                " on ", AsAbsl(event_names_[claims_[group[0]].event]),
                                shared.empty() ? "" : absl::StrCat(" (", shared, ")"), ": ", why);
      } else if (independent < 2) {
        f.kind = FindingKind::kSingleSource;
        f.reason =
            absl::StrCat(ids, " report this in shared copy: one source, not ", f.docs.size());
      } else if (AgreeAcrossSources(group)) {
        f.kind = FindingKind::kCorroborated;
        f.reason = absl::StrCat(
            independent, " independent sources (", ids, ") report ",
            AsAbsl(event_names_[claims_[group[0]].event]),
            shared.empty() ? "" : absl::StrCat(" with ", shared),
            AddsDetail(group) ? "; some add figures, dates or places the others lack" : "");
      } else {
        f.kind = FindingKind::kComplementary;
        f.reason = absl::StrCat(
            ids, " report different facts about ", shared.empty() ? "one subject" : shared,
            AddsDetail(group) ? "; some add figures, dates or places the others lack" : "");
      }
      result_->findings.push_back(std::move(f));
    }
  }

  // Speakers on one side who affirm and deny one event ("we are moving towards an agreement"
  // vs "Israel doesn't want a ceasefire") rarely share words, so grouping misses them. Each
  // attributed, unhedged denial is paired with the closest attributed, unhedged affirmation
  // of the same event by the same side in another article; direct quotations first.
  void FindStanceConflicts() {
    // (event, actor) -> affirming claims: only claims that share a side are candidates.
    absl::flat_hash_map<uint64_t, std::vector<uint32_t>> affirmations;
    auto key = [](uint32_t event, int32_t actor) {
      return (static_cast<uint64_t>(event) << 32) | static_cast<uint32_t>(actor);
    };
    std::vector<uint32_t> denials;
    for (uint32_t i = 0; i < claims_.size(); ++i) {
      const Claim& c = ClaimOf(claims_[i]);
      if (c.hedged || c.attribution.kind == AttributionKind::kOutlet || claims_[i].actors.empty()) {
        continue;
      }
      if (claims_[i].event == state_event_) continue;  // see PolarityConflict
      if (!c.negated) {
        for (int32_t actor : claims_[i].actors)
          affirmations[key(claims_[i].event, actor)].push_back(i);
      } else if (claims_[i].denies) {
        denials.push_back(i);
      }
    }
    absl::flat_hash_set<uint64_t> reported;
    for (const Finding& f : result_->findings) {
      if (f.kind != FindingKind::kConflict || f.claims.size() < 2) continue;
      reported.insert(PairKey(f.claims[0], f.claims[1]));
    }
    for (uint32_t n : denials) {
      const ClaimInfo& denial = claims_[n];
      int64_t best = -1;
      double best_score = 0;
      for (int32_t actor : denial.actors) {
        const auto it = affirmations.find(key(denial.event, actor));
        if (it == affirmations.end()) continue;
        const size_t limit = std::min(it->second.size(), kMaxStanceCandidates);
        for (size_t k = 0; k < limit; ++k) {
          const uint32_t p = it->second[k];
          const ClaimInfo& affirmation = claims_[p];
          if (affirmation.doc == denial.doc ||
              CountCommon(affirmation.actors, denial.actors) == 0) {
            continue;
          }
          const bool quotes = ClaimOf(affirmation).attribution.direct_quote &&
                              ClaimOf(denial).attribution.direct_quote;
          const double score = Lexical(affirmation, denial) + (quotes ? 1.0 : 0.0);
          if (best < 0 || score > best_score) best = p, best_score = score;
        }
      }
      if (best < 0) continue;
      const ClaimInfo& affirmation = claims_[best];
      const ClaimRef a{affirmation.doc, affirmation.claim}, d{denial.doc, denial.claim};
      if (!reported.insert(PairKey(a, d)).second) continue;
      Finding f;
      f.kind = FindingKind::kConflict;
      f.conflict_type = ConflictType::kPolarity;
      f.claims = {a, d};
      f.docs = {std::min(a.doc, d.doc), std::max(a.doc, d.doc)};
      f.syndicated = source_of_doc_[a.doc] == source_of_doc_[d.doc];
      f.score = 1.5;
      f.summary = Summary(affirmation);
      const Claim& yes = ClaimOf(affirmation);
      const Claim& no = ClaimOf(denial);
      f.reason = absl::StrCat("polarity conflict on ", AsAbsl(event_names_[denial.event]), ": ",
                              AsAbsl(SpeakerName(affirmation)), " (",
                              AsAbsl(DocOf(affirmation).article.id), ") affirms \"",
                              AsAbsl(DocOf(affirmation).article.View(yes.trigger)), "\", ",
                              AsAbsl(SpeakerName(denial)), " (", AsAbsl(DocOf(denial).article.id),
                              ") denies it (\"", AsAbsl(DocOf(denial).article.View(no.negation)),
                              " ... ", AsAbsl(DocOf(denial).article.View(no.trigger)), "\")");
      result_->findings.push_back(std::move(f));
    }
  }

  static uint64_t PairKey(ClaimRef x, ClaimRef y) {
    if (y.doc < x.doc || (y.doc == x.doc && y.claim < x.claim)) std::swap(x, y);
    return (static_cast<uint64_t>(x.doc) << 48) ^ (static_cast<uint64_t>(x.claim) << 32) ^
           (static_cast<uint64_t>(y.doc) << 16) ^ y.claim;
  }

  std::string_view SpeakerName(const ClaimInfo& c) const {
    const Attribution& a = ClaimOf(c).attribution;
    return a.speaker.empty() ? std::string_view("the outlet") : DocOf(c).article.View(a.speaker);
  }

  // The claims agree but word the fact differently, and some carry a figure, date or place
  // the others lack.
  bool AddsDetail(const std::vector<uint32_t>& group) const {
    double best = 0;
    bool some_with = false, some_without = false;
    for (size_t x = 0; x < group.size(); ++x) {
      const Claim& c = ClaimOf(claims_[group[x]]);
      const bool detail = !c.quantities.empty() || !c.times.empty() || c.place >= 0;
      (detail ? some_with : some_without) = true;
      for (size_t y = x + 1; y < std::min(group.size(), x + 1 + kBlockWindow); ++y) {
        best = std::max(best, Lexical(claims_[group[x]], claims_[group[y]]));
      }
    }
    return some_with && some_without && best < 0.3;
  }

  std::string DocIds(const std::vector<uint32_t>& docs) const {
    std::vector<std::string> ids;
    for (uint32_t d : docs) ids.push_back(docs_[d].article.id);
    return absl::StrJoin(ids, ", ");
  }

  const std::vector<Document>& docs_;
  const CompareOptions& options_;
  CompareResult* result_;
  std::vector<uint32_t> source_of_doc_;
  std::vector<int32_t> side_;  // corpus entity -> the entity it speaks for (itself, mostly)
  std::vector<ClaimInfo> claims_;
  std::vector<std::string> event_names_;
  uint32_t state_event_ = std::numeric_limits<uint32_t>::max();  // bare statements
  absl::flat_hash_map<uint64_t, double> idf_;
  std::vector<std::vector<uint32_t>> groups_;
};

}  // namespace

CompareResult CompareDocuments(const std::vector<Document>& docs, const CompareOptions& options) {
  CompareResult result;
  Comparer(docs, options, &result).Run();
  return result;
}

}  // namespace claimscan
