// The compiled gazetteer: a trie over piece hashes (see gazetteer_pieces.h).
//
// Every name is cut into pieces; each piece is folded and hashed once. The trie is one flat
// open-addressing table keyed by (parent node, piece hash), so a step costs one probe whatever
// the number of names, and a text piece is hashed once however many names start with it. A
// small Bloom filter over the hashes of first pieces turns most text pieces (which start no
// name) away before they touch the big table. A hit is verified: the case rules of the name
// (per piece) and its folded bytes, kept in a pool, against the folded text.
#include "tag/gazetteer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "absl/strings/str_cat.h"
#include "common/strings.h"
#include "tag/gazetteer_pieces.h"

namespace claimscan {
namespace {

using gazetteer_internal::EnsureHash;
using gazetteer_internal::FoldPiece;
using gazetteer_internal::HashBytes;
using gazetteer_internal::kMaxNamePieces;
using gazetteer_internal::kMaxPieceBytes;
using gazetteer_internal::Piece;
using gazetteer_internal::PieceSplitter;

constexpr uint32_t kTerminalBit = 0x80000000u;
constexpr uint32_t kNodeMask = 0x7FFFFFFFu;
constexpr uint32_t kNoNode = 0xFFFFFFFFu;
// Separates folded pieces in the pool (never produced by folding: it is a control byte).
constexpr char kPieceSeparator = '\x1f';

inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 31;
  x *= 0x7fb5d329728ea185ull;
  x ^= x >> 27;
  x *= 0x81dadef4bc2dd44dull;
  x ^= x >> 33;
  return x;
}

inline uint64_t EdgeKey(uint32_t parent, uint64_t piece_hash) {
  return Mix64(piece_hash ^ (static_cast<uint64_t>(parent) * 0x9E3779B97F4A7C15ull));
}

// What a name demands of the text at one trie node.
struct Terminal {
  uint32_t entry = 0;
  uint32_t pool_offset = 0;   // folded name: uint16 length, then bytes
  uint32_t capital_mask = 0;  // bit i: text piece i must start with a capital
  uint32_t upper_mask = 0;    // bit i: text piece i must have no lower-case letter
};

// Compile-time trie edge table with full 64-bit keys; compacted once complete.
class EdgeBuilder {
 public:
  explicit EdgeBuilder(size_t expected_edges) {
    size_t capacity = 1 << 12;
    while (capacity * 3 < expected_edges * 4) capacity *= 2;
    Resize(capacity);
  }

  // Returns the child of `parent` for `piece_hash`, creating it as node `*next_node`.
  uint32_t FindOrAdd(uint32_t parent, uint64_t piece_hash, uint32_t* next_node, bool* added) {
    if ((size_ + 1) * 4 > slots_.size() * 3) Resize(slots_.size() * 2);
    uint64_t key = EdgeKey(parent, piece_hash) | 1;  // 0 marks an empty slot
    size_t i = key >> shift_;
    for (;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.key == key) {
        *added = false;
        return s.node;
      }
      if (s.key == 0) {
        s.key = key;
        s.node = (*next_node)++;
        ++size_;
        *added = true;
        return s.node;
      }
    }
  }

  struct Slot {
    uint64_t key = 0;
    uint32_t node = 0;
  };
  const std::vector<Slot>& slots() const { return slots_; }
  size_t size() const { return size_; }
  void Release() { std::vector<Slot>().swap(slots_); }

 private:
  void Resize(size_t capacity) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    shift_ = 64 - std::countr_zero(capacity);
    for (const Slot& s : old) {
      if (s.key == 0) continue;
      size_t i = s.key >> shift_;
      while (slots_[i].key != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
  size_t mask_ = 0;
  int shift_ = 64;
};

class CompiledGazetteer final : public Gazetteer {
 public:
  static absl::StatusOr<std::unique_ptr<const Gazetteer>> Build(
      std::vector<GazetteerEntry> entries);

  void Match(std::string_view text, const std::vector<Token>& tokens,
             std::vector<GazetteerMatch>* out) const override;

  size_t size() const override { return entries_.size(); }
  const GazetteerEntry& entry(uint32_t index) const override { return entries_[index]; }
  int64_t Find(std::string_view id) const override;
  size_t MemoryBytes() const override;

 private:
  // Final edge table: the top bits of an edge key choose the home slot; the low 32 bits
  // (never 0) are kept as a tag. Two edges that agree on both are merged at compile time,
  // which costs at most a failed verification, never a wrong match.
  struct Edge {
    uint32_t tag = 0;
    uint32_t node = 0;  // child node | kTerminalBit when names end there
  };

  inline uint32_t Child(uint32_t parent, uint64_t piece_hash) const {
    uint64_t key = EdgeKey(parent, piece_hash) | 1;
    uint32_t tag = static_cast<uint32_t>(key) | 1;
    for (size_t i = key >> shift_;; i = (i + 1) & mask_) {
      const Edge& e = edges_[i];
      if (e.tag == tag) return e.node;
      if (e.tag == 0) return kNoNode;
    }
  }

  // Whether a name whose first word needs no capital could start at an ASCII word with this
  // folded first byte and length. Most text words are lower case and start no name: this
  // turns them away before they are hashed.
  inline bool MaybeLowerStart(unsigned char first, size_t length) const {
    return (lower_start_[first] >> std::min<size_t>(length, 63)) & 1;
  }

  inline bool MaybeFirstPiece(uint64_t h) const {
    uint64_t a = h >> bloom_shift_;
    uint64_t b = (h >> 7) & bloom_mask_;
    return ((bloom_[a >> 6] >> (a & 63)) & 1) && ((bloom_[b >> 6] >> (b & 63)) & 1);
  }

  bool Verify(const Terminal& t, std::string_view text, const Piece* pieces, size_t count) const;

  std::vector<GazetteerEntry> entries_;
  std::vector<uint32_t> by_id_;  // entry indices sorted by HashBytes(id)
  std::vector<Edge> edges_;
  size_t mask_ = 0;
  int shift_ = 64;
  std::array<uint64_t, 256> lower_start_{};
  std::vector<uint64_t> bloom_;
  int bloom_shift_ = 64;
  uint64_t bloom_mask_ = 0;
  std::vector<uint32_t> node_terminals_;  // node -> first index in terminals_, size nodes + 1
  std::vector<Terminal> terminals_;
  std::string pool_;
  size_t max_pieces_ = 0;
};

// Splits a name into at most kMaxNamePieces pieces; returns the count or an error.
absl::StatusOr<size_t> SplitName(const GazetteerEntry& e, std::string_view name,
                                 Piece (&pieces)[kMaxNamePieces]) {
  PieceSplitter splitter(name, 0, name.size());
  size_t n = 0;
  Piece p;
  while (splitter.Next(&p)) {
    if (n == kMaxNamePieces) {
      return absl::InvalidArgumentError(absl::StrCat("gazetteer entry '", e.id, "': name '",
                                                     AsAbsl(name), "' has more than ",
                                                     kMaxNamePieces, " words"));
    }
    if (p.flags & gazetteer_internal::kPieceTooLong) {
      return absl::InvalidArgumentError(absl::StrCat("gazetteer entry '", e.id, "': name '",
                                                     AsAbsl(name), "' has a word longer than ",
                                                     kMaxPieceBytes, " bytes"));
    }
    EnsureHash(name, &p);
    pieces[n++] = p;
  }
  return n;
}

absl::StatusOr<std::unique_ptr<const Gazetteer>> CompiledGazetteer::Build(
    std::vector<GazetteerEntry> entries) {
  using namespace gazetteer_internal;  // NOLINT: piece flags
  if (entries.size() >= kNodeMask) return absl::InvalidArgumentError("too many gazetteer entries");
  auto g = std::unique_ptr<CompiledGazetteer>(new CompiledGazetteer());
  g->entries_ = std::move(entries);
  const auto& es = g->entries_;

  // Ids: unique and non-empty. Sorted by a hash of the id rather than by the id itself:
  // sorting 64-bit keys is several times faster than comparing a million strings through
  // an index, and Find needs only equality.
  {
    std::vector<std::pair<uint64_t, uint32_t>> keyed(es.size());
    for (uint32_t i = 0; i < es.size(); ++i) {
      if (es[i].id.empty()) {
        return absl::InvalidArgumentError(
            absl::StrCat("gazetteer entry '", es[i].canonical, "' has an empty id"));
      }
      keyed[i] = {HashBytes(es[i].id.data(), es[i].id.size()), i};
    }
    std::sort(keyed.begin(), keyed.end());
    g->by_id_.resize(es.size());
    for (size_t i = 0; i < keyed.size(); ++i) {
      g->by_id_[i] = keyed[i].second;
      for (size_t j = i; j > 0 && keyed[j - 1].first == keyed[i].first; --j) {
        if (es[keyed[j - 1].second].id == es[keyed[i].second].id) {
          return absl::InvalidArgumentError(
              absl::StrCat("duplicate gazetteer id '", es[keyed[i].second].id, "'"));
        }
      }
    }
  }

  // Reserve the trie for about 1.5 edges a name, so typical data never rehashes.
  size_t names = 0;
  for (const GazetteerEntry& e : es) names += 1 + e.aliases.size();
  EdgeBuilder builder(names + names / 2);
  uint32_t next_node = 1;                            // node 0 is the root
  std::vector<std::pair<uint32_t, Terminal>> found;  // (node, terminal)
  found.reserve(es.size() + es.size() / 2);
  std::vector<uint64_t> first_hashes;
  Piece pieces[kMaxNamePieces];
  char fold[kMaxPieceBytes + 8];
  for (uint32_t ei = 0; ei < es.size(); ++ei) {
    const GazetteerEntry& e = es[ei];
    for (size_t ni = 0; ni <= e.aliases.size(); ++ni) {
      std::string_view name = ni == 0 ? std::string_view(e.canonical) : e.aliases[ni - 1];
      absl::StatusOr<size_t> count = SplitName(e, name, pieces);
      if (!count.ok()) return count.status();
      if (*count == 0) {
        if (ni == 0) {
          return absl::InvalidArgumentError(
              absl::StrCat("gazetteer entry '", e.id, "' has an empty canonical name"));
        }
        continue;  // an alias of only spaces or dashes
      }
      Terminal t;
      t.entry = ei;
      t.pool_offset = static_cast<uint32_t>(g->pool_.size());
      g->pool_.append(2, '\0');
      uint32_t node = 0;
      for (size_t k = 0; k < *count; ++k) {
        const Piece& p = pieces[k];
        if ((p.flags & kPieceWord) && (p.flags & kPieceCapital) && (p.flags & kPieceHasLetter)) {
          t.capital_mask |= 1u << k;
        }
        if ((p.flags & kPieceWord) && (p.flags & kPieceTwoLetters) && !(p.flags & kPieceHasLower)) {
          t.upper_mask |= 1u << k;
        }
        bool added = false;
        uint32_t parent = node;
        node = builder.FindOrAdd(parent, p.hash, &next_node, &added);
        if (added && parent == 0) first_hashes.push_back(p.hash);
        if (k > 0) g->pool_.push_back(kPieceSeparator);
        if (p.flags & kPieceAsciiAlnum) {
          for (uint32_t i = p.begin; i < p.end; ++i) {
            g->pool_.push_back(static_cast<char>(name[i] | 0x20));
          }
        } else {
          size_t n = FoldPiece(name, p.begin, p.end, fold, sizeof fold);
          g->pool_.append(fold, n);
        }
      }
      if (!(t.capital_mask & 1)) {
        // Folded first word: from the pool, up to the separator or the end.
        const char* first = g->pool_.data() + t.pool_offset + 2;
        const char* end = g->pool_.data() + g->pool_.size();
        const char* sep = std::find(first, end, kPieceSeparator);
        g->lower_start_[static_cast<unsigned char>(*first)] |= uint64_t{1}
                                                               << std::min<size_t>(sep - first, 63);
      }
      size_t len = g->pool_.size() - t.pool_offset - 2;
      if (len > 0xFFFF) {
        return absl::InvalidArgumentError(
            absl::StrCat("gazetteer entry '", e.id, "': name '", AsAbsl(name), "' is too long"));
      }
      g->pool_[t.pool_offset] = static_cast<char>(len & 0xFF);
      g->pool_[t.pool_offset + 1] = static_cast<char>(len >> 8);
      g->max_pieces_ = std::max(g->max_pieces_, *count);
      found.emplace_back(node, t);
      if (next_node >= kNodeMask) return absl::ResourceExhaustedError("gazetteer trie too large");
    }
  }
  g->pool_.shrink_to_fit();

  // Terminals grouped by node, in entry order within a node (counting sort, stable).
  const uint32_t nodes = next_node;
  g->node_terminals_.assign(static_cast<size_t>(nodes) + 1, 0);
  for (const auto& [node, t] : found) ++g->node_terminals_[node + 1];
  for (uint32_t i = 0; i < nodes; ++i) g->node_terminals_[i + 1] += g->node_terminals_[i];
  g->terminals_.resize(found.size());
  {
    std::vector<uint32_t> fill(g->node_terminals_.begin(), g->node_terminals_.end() - 1);
    for (const auto& [node, t] : found) g->terminals_[fill[node]++] = t;
  }
  std::vector<std::pair<uint32_t, Terminal>>().swap(found);

  // Final compact edge table, at most 70% full.
  size_t capacity = 16;
  while (capacity * 7 < builder.size() * 10) capacity *= 2;
  g->edges_.assign(capacity, Edge{});
  g->mask_ = capacity - 1;
  g->shift_ = 64 - std::countr_zero(capacity);
  for (const EdgeBuilder::Slot& s : builder.slots()) {
    if (s.key == 0) continue;
    uint32_t tag = static_cast<uint32_t>(s.key) | 1;
    uint32_t node = s.node;
    if (g->node_terminals_[node + 1] > g->node_terminals_[node]) node |= kTerminalBit;
    size_t i = s.key >> g->shift_;
    while (g->edges_[i].tag != 0 && g->edges_[i].tag != tag) i = (i + 1) & g->mask_;
    // A tag collision within one probe run merges two edges: keep the first child; names
    // under the other stay correct through verification but may be missed (astronomically
    // rare with 32-bit tags plus home-slot bits).
    if (g->edges_[i].tag == 0) g->edges_[i] = Edge{tag, node};
  }
  builder.Release();

  // Bloom filter over first-piece hashes: about 16 bits per distinct first piece, 2 probes.
  size_t bloom_bits = 1 << 12;
  while (bloom_bits < first_hashes.size() * 16 && bloom_bits < (size_t{1} << 30)) bloom_bits *= 2;
  g->bloom_.assign(bloom_bits / 64, 0);
  g->bloom_shift_ = 64 - std::countr_zero(bloom_bits);
  g->bloom_mask_ = bloom_bits - 1;
  for (uint64_t h : first_hashes) {
    uint64_t a = h >> g->bloom_shift_;
    uint64_t b = (h >> 7) & g->bloom_mask_;
    g->bloom_[a >> 6] |= uint64_t{1} << (a & 63);
    g->bloom_[b >> 6] |= uint64_t{1} << (b & 63);
  }
  return std::unique_ptr<const Gazetteer>(std::move(g));
}

bool CompiledGazetteer::Verify(const Terminal& t, std::string_view text, const Piece* pieces,
                               size_t count) const {
  using namespace gazetteer_internal;  // NOLINT: piece flags
  for (size_t k = 0; k < count; ++k) {
    const uint8_t f = pieces[k].flags;
    if ((t.capital_mask >> k & 1) && !(f & kPieceCapital)) return false;
    if ((t.upper_mask >> k & 1) && (f & kPieceHasLower)) return false;
  }
  const auto* pool = reinterpret_cast<const unsigned char*>(pool_.data()) + t.pool_offset;
  size_t len = pool[0] | (static_cast<size_t>(pool[1]) << 8);
  std::string_view want(reinterpret_cast<const char*>(pool + 2), len);
  char buf[kMaxPieceBytes + 8];
  size_t at = 0;
  for (size_t k = 0; k < count; ++k) {
    if (k > 0) {
      if (at >= want.size() || want[at] != kPieceSeparator) return false;
      ++at;
    }
    const Piece& p = pieces[k];
    if (p.flags & kPieceAsciiAlnum) {
      // Folding ASCII letters and digits is OR 0x20: compare in place.
      const size_t n = p.end - p.begin;
      if (at + n > want.size()) return false;
      for (size_t i = 0; i < n; ++i) {
        if ((text[p.begin + i] | 0x20) != want[at + i]) return false;
      }
      at += n;
      continue;
    }
    size_t n = FoldPiece(text, p.begin, p.end, buf, sizeof buf);
    if (n > sizeof buf || at + n > want.size() || std::memcmp(want.data() + at, buf, n) != 0) {
      return false;
    }
    at += n;
  }
  return at == want.size();
}

void CompiledGazetteer::Match(std::string_view text, const std::vector<Token>& tokens,
                              std::vector<GazetteerMatch>* out) const {
  using namespace gazetteer_internal;  // NOLINT: piece flags
  if (entries_.empty()) return;
  // A window of pieces, refilled as the scan moves on: no heap allocation, each piece hashed
  // at most once. It always holds max_pieces_ pieces past the current start when the text has them.
  constexpr size_t kWindow = 256;
  static_assert(kWindow >= 2 * kMaxNamePieces);
  Piece window[kWindow];
  size_t filled = 0;
  size_t token_index = 0;
  PieceSplitter splitter(text, 0, 0);
  bool more = true;
  auto refill = [&] {
    while (filled < kWindow) {
      if (splitter.Next(&window[filled])) {
        ++filled;
        continue;
      }
      if (token_index == tokens.size()) {
        more = false;
        return;
      }
      Span s = tokens[token_index++].span;
      if (s.end > text.size() || s.begin > s.end) continue;  // a stale token: skip it
      splitter = PieceSplitter(text, s.begin, s.end);
    }
  };
  refill();
  size_t pos = 0;
  uint32_t path[kMaxNamePieces];  // node reached after 1, 2, ... pieces
  while (pos < filled) {
    if (more && filled - pos < max_pieces_ + 1) {
      std::memmove(window, window + pos, (filled - pos) * sizeof(Piece));
      filled -= pos;
      pos = 0;
      refill();
      continue;
    }
    Piece& first = window[pos];
    if ((first.flags & (kPieceAsciiAlnum | kPieceCapital)) == kPieceAsciiAlnum &&
        !MaybeLowerStart(static_cast<unsigned char>(text[first.begin] | 0x20),
                         first.end - first.begin)) {
      ++pos;
      continue;
    }
    EnsureHash(text, &first);
    if (!MaybeFirstPiece(first.hash)) {
      ++pos;
      continue;
    }
    // Walk as deep as the trie goes, then verify from the longest candidate down.
    size_t depth = 0;
    uint32_t node = 0;
    const size_t limit = std::min(max_pieces_, filled - pos);
    while (depth < limit) {
      EnsureHash(text, &window[pos + depth]);
      uint32_t child = Child(node & kNodeMask, window[pos + depth].hash);
      if (child == kNoNode) break;
      path[depth++] = child;
      node = child;
    }
    size_t matched = 0;
    uint32_t matched_entry = 0;
    for (size_t d = depth; d > 0 && matched == 0; --d) {
      if (!(path[d - 1] & kTerminalBit)) continue;
      uint32_t n = path[d - 1] & kNodeMask;
      for (uint32_t t = node_terminals_[n]; t < node_terminals_[n + 1]; ++t) {
        if (Verify(terminals_[t], text, window + pos, d)) {
          matched = d;
          matched_entry = terminals_[t].entry;
          break;
        }
      }
    }
    if (matched == 0) {
      ++pos;
      continue;
    }
    out->push_back(
        GazetteerMatch{Span{window[pos].begin, window[pos + matched - 1].end}, matched_entry});
    pos += matched;
  }
}

int64_t CompiledGazetteer::Find(std::string_view id) const {
  const uint64_t h = HashBytes(id.data(), id.size());
  auto hash_of = [&](uint32_t i) {
    return HashBytes(entries_[i].id.data(), entries_[i].id.size());
  };
  auto it = std::lower_bound(by_id_.begin(), by_id_.end(), h,
                             [&](uint32_t a, uint64_t b) { return hash_of(a) < b; });
  for (; it != by_id_.end() && hash_of(*it) == h; ++it) {
    if (entries_[*it].id == id) return *it;
  }
  return -1;
}

size_t CompiledGazetteer::MemoryBytes() const {
  auto heap = [](const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; };
  size_t bytes = sizeof(*this) + entries_.capacity() * sizeof(GazetteerEntry);
  for (const GazetteerEntry& e : entries_) {
    bytes += heap(e.id) + heap(e.canonical);
    bytes += e.aliases.capacity() * sizeof(std::string);
    for (const std::string& a : e.aliases) bytes += heap(a);
    bytes += e.attributes.capacity() * sizeof(e.attributes[0]);
    for (const auto& [k, v] : e.attributes) bytes += heap(k) + heap(v);
  }
  bytes += by_id_.capacity() * sizeof(uint32_t) + edges_.capacity() * sizeof(Edge) +
           bloom_.capacity() * sizeof(uint64_t) + node_terminals_.capacity() * sizeof(uint32_t) +
           terminals_.capacity() * sizeof(Terminal) + pool_.capacity();
  return bytes;
}

}  // namespace

absl::StatusOr<std::unique_ptr<const Gazetteer>> Gazetteer::Compile(
    std::vector<GazetteerEntry> entries) {
  return CompiledGazetteer::Build(std::move(entries));
}

}  // namespace claimscan
