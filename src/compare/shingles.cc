#include "compare/shingles.h"

#include <algorithm>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "claim/words.h"

namespace claimscan {
namespace {

// A shingle shared by more documents than this is a stock phrase, not copy.
constexpr size_t kMaxDocsPerShingle = 64;

uint64_t HashWord(std::string_view word, std::string* key) {
  key->clear();
  claim_internal::AppendWordKey(word, key);
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : *key) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

void AppendShingles(std::string_view text, Span range, std::vector<uint64_t>* out) {
  std::vector<Span> words;
  claim_internal::ScanWords(text, range, &words);
  if (words.size() < kShingleWords) return;
  std::string key;
  std::vector<uint64_t> hashes(words.size());
  for (size_t i = 0; i < words.size(); ++i) hashes[i] = HashWord(words[i].In(text), &key);
  for (size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    uint64_t h = 0;
    for (int k = 0; k < kShingleWords; ++k) h = (h ^ hashes[i + k]) * 0x100000001b3ull + k;
    out->push_back(h);
  }
}

std::vector<Syndication> FindSyndication(const std::vector<Document>& docs, double min_overlap) {
  std::vector<std::vector<uint64_t>> shingles(docs.size());
  absl::flat_hash_map<uint64_t, std::vector<uint32_t>> docs_of;
  for (uint32_t d = 0; d < docs.size(); ++d) {
    const Article& a = docs[d].article;
    for (const Span& p : a.paragraphs) AppendShingles(a.text, p, &shingles[d]);
    std::sort(shingles[d].begin(), shingles[d].end());
    shingles[d].erase(std::unique(shingles[d].begin(), shingles[d].end()), shingles[d].end());
    for (uint64_t h : shingles[d]) docs_of[h].push_back(d);
  }
  absl::flat_hash_map<uint64_t, uint32_t> shared;  // (doc_a << 32 | doc_b) -> shingles
  for (const auto& [h, list] : docs_of) {
    if (list.size() < 2 || list.size() > kMaxDocsPerShingle) continue;
    for (size_t x = 0; x < list.size(); ++x) {
      for (size_t y = x + 1; y < list.size(); ++y) {
        ++shared[(static_cast<uint64_t>(list[x]) << 32) | list[y]];
      }
    }
  }
  std::vector<Syndication> out;
  for (const auto& [pair, count] : shared) {
    const uint32_t a = static_cast<uint32_t>(pair >> 32);
    const uint32_t b = static_cast<uint32_t>(pair);
    const size_t shorter = std::min(shingles[a].size(), shingles[b].size());
    const double overlap = shorter > 0 ? static_cast<double>(count) / shorter : 0;
    if (overlap >= min_overlap) out.push_back(Syndication{a, b, overlap});
  }
  std::sort(out.begin(), out.end(), [](const Syndication& x, const Syndication& y) {
    return x.doc_a != y.doc_a ? x.doc_a < y.doc_a : x.doc_b < y.doc_b;
  });
  return out;
}

}  // namespace claimscan
