// claimscan/engine.h — the whole pipeline behind one compiled object.
//
//   auto engine = claimscan::Engine::Create({});          // compile once (data/ loaded here)
//   auto doc = (*engine)->Analyze("id", bytes, {});       // parse + tag + claims, any thread
//   auto result = claimscan::CompareDocuments(docs, {});  // across articles
//
// Thread-safety: an Engine is immutable after Create; Analyze may run concurrently on many
// threads, each with its own Engine::Scratch (or none, at the price of allocations).
#ifndef CLAIMSCAN_ENGINE_H_
#define CLAIMSCAN_ENGINE_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "claimscan/article.h"
#include "claimscan/claim.h"
#include "claimscan/compare.h"
#include "claimscan/story.h"
#include "claimscan/tag.h"

namespace claimscan {

struct EngineOptions {
  // Folder of the default data files. Empty: $CLAIMSCAN_DATA_DIR, else the installed
  // share/claimscan, else the source tree's data/ (see DefaultDataDir()).
  std::string data_dir;
  std::vector<std::string> gazetteer_files;  // user watch-lists, beside the default one
  bool load_default_gazetteers = true;
  bool recognise_unseen_names = true;
  double alias_similarity = 0.85;
  size_t max_entities_per_document = 100000;
};

// The data folder Create uses when EngineOptions::data_dir is empty.
std::string DefaultDataDir();

class Engine {
 public:
  static absl::StatusOr<std::unique_ptr<const Engine>> Create(const EngineOptions& options);
  ~Engine();

  // Per-thread working memory; reuse one per thread. Not thread-safe itself.
  class Scratch {
   private:
    friend class Engine;
    explicit Scratch(std::unique_ptr<TagScratch> tag) : tag_(std::move(tag)) {}
    std::unique_ptr<TagScratch> tag_;
  };
  std::unique_ptr<Scratch> NewScratch() const;

  absl::StatusOr<Article> Parse(std::string id, std::string bytes,
                                const ParseOptions& options) const;
  // Parse, tag and extract claims. `scratch` may be null.
  absl::StatusOr<Document> Analyze(std::string id, std::string bytes, const ParseOptions& options,
                                   Scratch* scratch) const;
  // All `docs` as one story.
  CompareResult Compare(const std::vector<Document>& docs) const;
  // A mixed pile grouped into `stories` (ClusterStories): compared story by story.
  CompareResult CompareStories(const std::vector<Document>& docs,
                               const std::vector<Story>& stories) const;

  const ArticleParser& parser() const { return *parser_; }
  const Tagger& tagger() const { return *tagger_; }
  const ClaimExtractor& claims() const { return *claims_; }
  const EngineOptions& options() const { return options_; }

 private:
  Engine() = default;
  CompareOptions compare_options() const;
  EngineOptions options_;
  std::unique_ptr<const ArticleParser> parser_;
  std::unique_ptr<const Tagger> tagger_;
  std::unique_ptr<const ClaimExtractor> claims_;
};

}  // namespace claimscan

#endif  // CLAIMSCAN_ENGINE_H_
