#include "claimscan/engine.h"

#include <sys/stat.h>
#include <cstdlib>

#include "claimscan_build_config.h"
#include "common/status_macros.h"

namespace claimscan {
namespace {

bool IsDirectory(const std::string& path) {
  struct stat st;
  return !path.empty() && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace

std::string DefaultDataDir() {
  if (const char* env = std::getenv("CLAIMSCAN_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  if (IsDirectory(CLAIMSCAN_INSTALL_DATA_DIR)) return CLAIMSCAN_INSTALL_DATA_DIR;
  return CLAIMSCAN_SOURCE_DATA_DIR;
}

Engine::~Engine() = default;

absl::StatusOr<std::unique_ptr<const Engine>> Engine::Create(const EngineOptions& options) {
  std::unique_ptr<Engine> engine(new Engine());
  engine->options_ = options;
  if (engine->options_.data_dir.empty()) engine->options_.data_dir = DefaultDataDir();
  const std::string& dir = engine->options_.data_dir;
  if (!IsDirectory(dir)) {
    return absl::NotFoundError("claimscan data folder not found: " + dir +
                               " (set EngineOptions::data_dir or CLAIMSCAN_DATA_DIR)");
  }
  CLAIMSCAN_ASSIGN_OR_RETURN(engine->parser_, ArticleParser::Create(dir));
  TaggerOptions tag_options;
  tag_options.data_dir = dir;
  tag_options.gazetteer_files = options.gazetteer_files;
  tag_options.load_default_gazetteers = options.load_default_gazetteers;
  tag_options.recognise_unseen_names = options.recognise_unseen_names;
  tag_options.alias_similarity = options.alias_similarity;
  tag_options.max_entities_per_document = options.max_entities_per_document;
  CLAIMSCAN_ASSIGN_OR_RETURN(engine->tagger_, Tagger::Create(tag_options));
  CLAIMSCAN_ASSIGN_OR_RETURN(engine->claims_, ClaimExtractor::Create(dir));
  return std::unique_ptr<const Engine>(std::move(engine));
}

std::unique_ptr<Engine::Scratch> Engine::NewScratch() const {
  return std::unique_ptr<Scratch>(new Scratch(tagger_->NewScratch()));
}

absl::StatusOr<Article> Engine::Parse(std::string id, std::string bytes,
                                      const ParseOptions& options) const {
  return parser_->Parse(std::move(id), std::move(bytes), options);
}

absl::StatusOr<Document> Engine::Analyze(std::string id, std::string bytes,
                                         const ParseOptions& options, Scratch* scratch) const {
  std::unique_ptr<Scratch> local;
  if (scratch == nullptr) {
    local = NewScratch();
    scratch = local.get();
  }
  Document doc;
  CLAIMSCAN_ASSIGN_OR_RETURN(doc.article, parser_->Parse(std::move(id), std::move(bytes), options));
  CLAIMSCAN_RETURN_IF_ERROR(tagger_->Tag(doc.article, scratch->tag_.get(), &doc.tags));
  CLAIMSCAN_RETURN_IF_ERROR(claims_->Extract(doc.article, doc.tags, &doc.claims));
  return doc;
}

CompareOptions Engine::compare_options() const {
  CompareOptions compare;
  compare.alias_similarity = options_.alias_similarity;
  return compare;
}

CompareResult Engine::Compare(const std::vector<Document>& docs) const {
  // One story, as CompareStories compares each of its stories (and as `claimscan compare`
  // without --stories does): the C++, C and CLI answers for the same articles are equal.
  CompareOptions options = compare_options();
  options.one_story = true;
  return CompareDocuments(docs, options);
}

CompareResult Engine::CompareStories(const std::vector<Document>& docs,
                                     const std::vector<Story>& stories) const {
  return claimscan::CompareStories(docs, stories, compare_options());
}

}  // namespace claimscan
