// Comparing a mixed pile story by story, then merging the per-story results into one
// CompareResult whose indices refer to the whole pile.
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "claimscan/compare.h"

namespace claimscan {

CompareResult CompareStories(const std::vector<Document>& docs, const std::vector<Story>& stories,
                             const CompareOptions& options) {
  CompareResult merged;
  merged.entities.doc_to_corpus.resize(docs.size());
  merged.stories = stories;
  std::unordered_map<std::string, size_t> entity_index;  // corpus entity id -> merged index
  std::vector<Document> subset;
  for (size_t si = 0; si < stories.size(); ++si) {
    const Story& story = stories[si];
    // CompareDocuments takes a vector of documents; copying one story's documents is the
    // price of keeping that API simple, paid once per story, not per claim.
    subset.clear();
    for (uint32_t d : story.docs) {
      if (d < docs.size()) subset.push_back(docs[d]);
    }
    if (subset.empty()) continue;
    CompareOptions story_options = options;
    story_options.one_story = true;
    CompareResult part = CompareDocuments(subset, story_options);
    auto global = [&](uint32_t local) { return story.docs[local]; };

    std::vector<int32_t> remap(part.entities.entities.size(), -1);
    for (size_t e = 0; e < part.entities.entities.size(); ++e) {
      CorpusEntity& ce = part.entities.entities[e];
      for (MentionRef& m : ce.mentions) m.doc = global(m.doc);
      auto [it, inserted] = entity_index.emplace(ce.id, merged.entities.entities.size());
      if (inserted) {
        merged.entities.entities.push_back(std::move(ce));
      } else {
        CorpusEntity& into = merged.entities.entities[it->second];
        into.mentions.insert(into.mentions.end(), ce.mentions.begin(), ce.mentions.end());
        for (std::string& v : ce.variants) {
          bool seen = false;
          for (const std::string& x : into.variants) seen |= x == v;
          if (!seen) into.variants.push_back(std::move(v));
        }
      }
      remap[e] = static_cast<int32_t>(it->second);
    }
    for (size_t local = 0; local < part.entities.doc_to_corpus.size(); ++local) {
      std::vector<int32_t>& map = merged.entities.doc_to_corpus[global(local)];
      map = part.entities.doc_to_corpus[local];
      for (int32_t& x : map) x = x >= 0 && static_cast<size_t>(x) < remap.size() ? remap[x] : -1;
    }
    for (Finding& f : part.findings) {
      for (uint32_t& d : f.docs) d = global(d);
      for (ClaimRef& r : f.claims) r.doc = global(r.doc);
      f.story = static_cast<int32_t>(si);
      merged.findings.push_back(std::move(f));
    }
    for (Syndication& s : part.syndicated) {
      s.doc_a = global(s.doc_a);
      s.doc_b = global(s.doc_b);
      merged.syndicated.push_back(s);
    }
  }
  return merged;
}

}  // namespace claimscan
