#include "story/features.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <string>
#include <string_view>

#include "claimscan/text.h"
#include "text/datetime_calendar.h"

namespace claimscan {
namespace {

// FNV-1a, 64-bit: stable across runs and platforms, so feature ids can cross the wire.
uint64_t Fnv1a(std::string_view s, uint64_t seed) {
  uint64_t h = 14695981039346656037ull ^ seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

constexpr uint64_t kTermSeed = 0;
constexpr uint64_t kEntitySeed = 0x9e3779b97f4a7c15ull;
constexpr uint64_t kFigureSeed = 0xc2b2ae3d27d4eb4full;
constexpr uint64_t kDateSeed = 0x165667b19e3779f9ull;

// Lower-cases ASCII letters and strips a plural/possessive "s" so "rockets"/"rocket" and
// "Israel's"/"Israel" meet. Non-ASCII bytes are kept as they are.
void TermKey(std::string_view word, std::string* key) {
  key->clear();
  for (char c : word) {
    if (c == '\'') break;  // possessive or contraction: keep the stem
    if (static_cast<unsigned char>(c) >= 0x80 && key->empty()) continue;
    key->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  // Curly apostrophe (U+2019) ends the stem too.
  if (size_t p = key->find("\xE2\x80\x99"); p != std::string::npos) key->resize(p);
  if (key->size() > 4 && key->back() == 's' && (*key)[key->size() - 2] != 's') key->pop_back();
}

void AddTokens(std::string_view text, Span range, float weight, std::vector<Token>* tokens,
               std::string* key, std::vector<FeatureCount>* raw) {
  tokens->clear();
  Tokenize(text, range, tokens);
  for (const Token& t : *tokens) {
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
    std::string_view w = t.span.In(text);
    if (t.kind == TokenKind::kWord && w.size() < 3) continue;  // "a", "of", "to": no signal
    TermKey(w, key);
    if (key->empty()) continue;
    raw->push_back({Fnv1a(*key, kTermSeed), weight});
  }
}

}  // namespace

void ExtractStoryFeatures(const Document& doc, double entity_weight, double title_weight,
                          FeatureBag* out) {
  const Article& a = doc.article;
  std::vector<FeatureCount> raw;
  std::vector<Token> tokens;
  std::string key;
  if (!a.title.empty()) {
    AddTokens(a.text, a.title, static_cast<float>(title_weight), &tokens, &key, &raw);
  }
  for (Span p : a.paragraphs) {
    if (p == a.title) continue;
    AddTokens(a.text, p, 1.0f, &tokens, &key, &raw);
  }
  // Entities by canonical key: "Nasrallah" and "Sayyed Hassan Nasrallah" are one feature.
  for (const Mention& m : doc.tags.mentions) {
    if (m.entity < 0 || static_cast<size_t>(m.entity) >= doc.tags.entities.size()) continue;
    raw.push_back(
        {Fnv1a(doc.tags.entities[m.entity].key, kEntitySeed), static_cast<float>(entity_weight)});
  }
  // Figures (with their unit when they have one): two earthquakes differ in magnitude, two
  // award ceremonies in their number ("81st" vs "86th"), two strikes in the toll.
  for (const Quantity& q : doc.tags.quantities) {
    if (q.vague) continue;
    // "last", "next": a place in a list says nothing about the event.
    if (q.type == EntityType::kOrdinal && !q.unit.empty()) continue;
    key = std::to_string(static_cast<long long>(std::llround(q.value * 10))) + " " + q.unit;
    raw.push_back({Fnv1a(key, kFigureSeed), static_cast<float>(entity_weight)});
  }
  // Explicit years and days: look-alike events happen in different years, and the same
  // event is dated the same by every outlet.
  for (const TemporalMention& t : a.dates) {
    if (t.value.size() < 4 || t.value[0] == 'X' || t.value[0] == 'P') continue;
    std::string_view v = t.value;
    raw.push_back({Fnv1a(v.substr(0, 4), kDateSeed), static_cast<float>(entity_weight)});
    if (v.size() >= 10 && t.grain >= TimeGrain::kDay && v.find('X') == std::string_view::npos) {
      raw.push_back({Fnv1a(v.substr(0, 10), kDateSeed), static_cast<float>(entity_weight)});
    }
  }
  std::sort(raw.begin(), raw.end(),
            [](const FeatureCount& x, const FeatureCount& y) { return x.feature < y.feature; });
  out->clear();
  for (const FeatureCount& f : raw) {
    if (!out->empty() && out->back().feature == f.feature) {
      out->back().weight += f.weight;
    } else {
      out->push_back(f);
    }
  }
  // Sublinear term frequency: the tenth "said" adds less than the first.
  for (FeatureCount& f : *out) f.weight = 1.0f + std::log(f.weight);
}

int DominantYear(const Document& doc) {
  if (doc.article.published.has_value() && doc.article.published->year > 0) {
    return doc.article.published->year;
  }
  int best = 0, best_count = 0;
  std::vector<std::pair<int, int>> counts;  // few dates per article: a vector is enough
  for (const TemporalMention& t : doc.article.dates) {
    if (t.value.size() < 4 || t.value[0] < '0' || t.value[0] > '9') continue;
    int y = std::atoi(t.value.substr(0, 4).c_str());
    if (y <= 0) continue;
    auto it =
        std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == y; });
    if (it == counts.end()) {
      counts.emplace_back(y, 1);
      it = counts.end() - 1;
    } else {
      ++it->second;
    }
    if (it->second > best_count || (it->second == best_count && y > best)) {
      best = y;
      best_count = it->second;
    }
  }
  return best;
}

int32_t PublishedDay(const Document& doc) {
  if (!doc.article.published.has_value() || !doc.article.published->known()) return INT32_MIN;
  const CivilDate& d = *doc.article.published;
  return static_cast<int32_t>(calendar::ToDays(d.year, d.month, d.day));
}

StoryInput MakeStoryInput(const Document& doc, const StoryOptions& options) {
  StoryInput in;
  ExtractStoryFeatures(doc, options.entity_weight, options.title_weight, &in.features);
  in.day = PublishedDay(doc);
  in.year = DominantYear(doc);
  const std::string& iso = doc.article.published_iso;
  if (!iso.empty()) in.published = iso.substr(0, 10);
  const std::string_view title = doc.article.View(doc.article.title);
  in.has_title = !title.empty();
  if (in.has_title) in.title = NormalizeText(title);
  return in;
}

}  // namespace claimscan
