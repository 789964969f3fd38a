// Cross-document entity linking: exact keys first (gazetteer ids, normalised names), then
// spelling variants and partial names inside blocks that share the surname's consonant
// skeleton, so the work grows with the block sizes, not with the square of the entities.
#include "tag/link.h"

#include <algorithm>
#include <numeric>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "claimscan/tag.h"
#include "common/strings.h"
#include "tag/resolver.h"

namespace claimscan {

double JaroWinkler(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  if (a.size() > 64 || b.size() > 64) return a == b ? 1.0 : 0.0;
  const int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  const int window = std::max(0, std::max(la, lb) / 2 - 1);
  bool ma[64] = {}, mb[64] = {};
  int matches = 0;
  for (int i = 0; i < la; ++i) {
    const int lo = std::max(0, i - window), hi = std::min(lb - 1, i + window);
    for (int j = lo; j <= hi; ++j) {
      if (!mb[j] && a[i] == b[j]) {
        ma[i] = mb[j] = true;
        ++matches;
        break;
      }
    }
  }
  if (matches == 0) return 0.0;
  int transpositions = 0;
  for (int i = 0, j = 0; i < la; ++i) {
    if (!ma[i]) continue;
    while (!mb[j]) ++j;
    if (a[i] != b[j]) ++transpositions;
    ++j;
  }
  const double m = matches;
  const double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
  int prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix]) ++prefix;
  return jaro + prefix * 0.1 * (1.0 - jaro);
}

std::string ConsonantSkeleton(std::string_view word) {
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == 'q' || c == 'c') c = 'k';
    if (c == 'z') c = 's';
    if (c == 'p' && i + 1 < word.size() && word[i + 1] == 'h') c = 'f';
    const bool soft = c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' ||
                      c == 'h' || c == 'w' || c == '\'';
    if (i > 0 && soft) continue;
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  return out;
}

namespace {

// Types that can name the same referent across outlets: places of any kind join.
int TypeClass(EntityType t) {
  switch (t) {
    case EntityType::kGpe:
    case EntityType::kLoc:
    case EntityType::kFac:
      return static_cast<int>(EntityType::kGpe);
    default:
      return static_cast<int>(t);
  }
}

struct Node {
  uint32_t doc;
  uint32_t entity;
  const Entity* e;
  std::string name_key;                 // NameKey of the canonical name
  std::vector<std::string_view> words;  // of name_key
  bool gazetteer;
};

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<uint32_t> parent_;
};

// Every word of `shorter` matches a word of `longer` (in order, by similarity), and the last
// words match: "nasrallah" in "hassan nasrallah".
bool ContainedName(const Node& shorter, const Node& longer, double similarity) {
  if (shorter.words.empty() || shorter.words.size() >= longer.words.size()) return false;
  if (JaroWinkler(shorter.words.back(), longer.words.back()) < similarity) return false;
  size_t j = 0;
  for (std::string_view w : shorter.words) {
    while (j < longer.words.size() && JaroWinkler(w, longer.words[j]) < similarity) ++j;
    if (j == longer.words.size()) return false;
    ++j;
  }
  return true;
}

}  // namespace

CorpusEntities LinkEntitiesAcrossDocuments(const std::vector<const TagResult*>& docs,
                                           double similarity) {
  std::vector<Node> nodes;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    if (docs[d] == nullptr) continue;
    for (uint32_t e = 0; e < docs[d]->entities.size(); ++e) {
      const Entity& entity = docs[d]->entities[e];
      Node n{d, e, &entity, NameKey(entity.canonical), {}, entity.key.rfind("gaz:", 0) == 0};
      nodes.push_back(std::move(n));
    }
  }
  // Words point into each node's own key: fill them once the vector no longer moves.
  for (Node& n : nodes) {
    std::string_view k = n.name_key;
    size_t start = 0;
    while (start < k.size()) {
      size_t stop = k.find('_', start);
      if (stop == std::string_view::npos) stop = k.size();
      if (stop > start) n.words.push_back(k.substr(start, stop - start));
      start = stop + 1;
    }
  }
  UnionFind uf(nodes.size());

  // 1. The same key is the same entity.
  absl::flat_hash_map<std::string, uint32_t> by_key;
  for (uint32_t i = 0; i < nodes.size(); ++i) {
    auto [it, inserted] = by_key.try_emplace(nodes[i].e->key, i);
    if (!inserted) uf.Union(it->second, i);
  }

  // 2. Blocks: type class + skeleton of the last word. One representative per distinct key.
  absl::flat_hash_map<std::string, std::vector<uint32_t>> blocks;
  for (const auto& [key, i] : by_key) {
    const Node& n = nodes[i];
    if (n.words.empty()) continue;
    std::string block = ConsonantSkeleton(n.words.back());
    block.push_back('#');
    block.push_back(static_cast<char>('A' + TypeClass(n.e->type)));
    blocks[block].push_back(i);
  }
  // Bounds the pairs compared in a pathological block (thousands of one surname).
  constexpr size_t kMaxBlockPairs = 1 << 16;
  for (auto& [block, members] : blocks) {
    std::sort(members.begin(), members.end());
    size_t pairs = 0;
    // Partial names join only when every full name they fit is one referent.
    for (size_t a = 0; a < members.size() && pairs < kMaxBlockPairs; ++a) {
      const Node& na = nodes[members[a]];
      std::vector<uint32_t> containers;
      for (size_t b = 0; b < members.size() && pairs < kMaxBlockPairs; ++b, ++pairs) {
        if (a == b) continue;
        const Node& nb = nodes[members[b]];
        if (na.gazetteer && nb.gazetteer) continue;  // two gazetteer ids are two referents
        if (b > a && JaroWinkler(na.name_key, nb.name_key) >= similarity &&
            na.words.size() == nb.words.size()) {
          uf.Union(members[a], members[b]);
        } else if (na.e->type == EntityType::kPerson && ContainedName(na, nb, similarity)) {
          containers.push_back(members[b]);
        }
      }
      bool one_referent = !containers.empty();
      for (size_t k = 1; k < containers.size() && one_referent; ++k) {
        one_referent = JaroWinkler(nodes[containers[0]].name_key, nodes[containers[k]].name_key) >=
                           similarity ||
                       uf.Find(containers[0]) == uf.Find(containers[k]);
      }
      if (one_referent) {
        for (uint32_t c : containers) uf.Union(members[a], c);
      }
    }
  }

  // 3. Corpus entities, ordered by their first node (document order), stable across runs.
  CorpusEntities out;
  out.doc_to_corpus.resize(docs.size());
  for (uint32_t d = 0; d < docs.size(); ++d) {
    if (docs[d] != nullptr) out.doc_to_corpus[d].assign(docs[d]->entities.size(), -1);
  }
  std::vector<int32_t> root_to_corpus(nodes.size(), -1);
  for (uint32_t i = 0; i < nodes.size(); ++i) {
    const uint32_t root = uf.Find(i);
    if (root_to_corpus[root] < 0) {
      root_to_corpus[root] = static_cast<int32_t>(out.entities.size());
      out.entities.emplace_back();
    }
    const int32_t c = root_to_corpus[root];
    CorpusEntity& ce = out.entities[c];
    const Node& n = nodes[i];
    out.doc_to_corpus[n.doc][n.entity] = c;
    for (uint32_t m : n.e->mentions) ce.mentions.push_back({n.doc, m});
    if (ce.side.empty()) ce.side = n.e->side;
    if (std::find(ce.variants.begin(), ce.variants.end(), n.e->canonical) == ce.variants.end()) {
      ce.variants.push_back(n.e->canonical);
    }
    // The id and name come from a gazetteer entry when there is one, else the fullest name.
    const bool have_gazetteer = ce.id.rfind("gaz:", 0) == 0;
    const bool better = ce.id.empty() || (n.gazetteer && !have_gazetteer) ||
                        (n.gazetteer == have_gazetteer &&
                         (n.e->canonical.size() > ce.name.size() ||
                          (n.e->canonical.size() == ce.name.size() && n.e->key < ce.id)));
    if (better) {
      ce.id = n.e->key;
      ce.name = n.e->canonical;
      ce.type = n.e->type;
    }
  }
  for (CorpusEntity& ce : out.entities) std::sort(ce.variants.begin(), ce.variants.end());
  return out;
}

}  // namespace claimscan
