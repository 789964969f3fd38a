// claimscan/article.h — stage 2: an article's metadata, body and removed boilerplate.
//
// ParseArticle keeps the caller's bytes intact (Article::original) and a working copy of the
// same length (Article::text) in which only ill-formed UTF-8 may have been replaced, so every
// Span indexes both. Nothing is silently lost: each line is either kept (title, byline, body,
// ...) or listed in `removed` with the reason.
// Thread-safety: ArticleParser is immutable after Create and may be shared across threads.
#ifndef CLAIMSCAN_ARTICLE_H_
#define CLAIMSCAN_ARTICLE_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "claimscan/datetime.h"
#include "claimscan/span.h"
#include "claimscan/text.h"

namespace claimscan {

enum class InvalidUtf8 : uint8_t {
  kReject,   // ParseArticle fails with InvalidArgument naming the first bad offset
  kReplace,  // each bad byte becomes '?' in Article::text (offsets unchanged)
};

struct ParseOptions {
  bool remove_boilerplate = true;           // false: every non-empty line is body (--keep-all)
  std::optional<CivilDate> reference_date;  // anchors relative dates when the article has none
  std::string language = "en";              // language hint; boilerplate rules are not English-only
  InvalidUtf8 invalid_utf8 = InvalidUtf8::kReject;
  size_t max_input_bytes = size_t{256} << 20;    // larger inputs: ResourceExhausted
  size_t max_sentence_bytes = size_t{64} << 10;  // longer "sentences" are cut at a token edge
};

// Why a block was removed from the body.
enum class RemovalReason : uint8_t {
  kBoilerplatePhrase,  // a known prompt: "Subscribe to ...", "Leave a Reply", "- Advertisement -"
  kAdvertisement,
  kNavigation,     // menus, breadcrumbs, link lists, short link-like lines
  kTeaser,         // related-article teasers after an end-of-article marker
  kDuplicate,      // repeats an earlier line (a title or stand-first shown twice)
  kMetadata,       // a date/time line or other header fragment already captured as a field
  kShortFragment,  // too short and too unlike prose to be body
  kFormField,      // "[ ]", "[Sign Up]", comment forms
  kLowDensity,     // few stop words / mostly symbols: not running text
};
std::string_view RemovalReasonName(RemovalReason r);  // "boilerplate_phrase", ...

struct RemovedBlock {
  Span span;
  RemovalReason reason;
};

struct DateCandidate {
  TemporalMention mention;
  double confidence = 0;  // how likely this is the publication date
};

struct Article {
  std::string id;        // file name without extension, or the caller's id
  std::string original;  // the input bytes, untouched
  std::string text;      // same length as `original`; ill-formed UTF-8 replaced under kReplace

  Span title;
  Span subtitle;              // stand-first / deck, when there is one
  std::vector<Span> authors;  // each author's name
  Span byline;                // the whole byline line
  Span outlet;                // where the text names its outlet
  Span dateline;              // "Jerusalem" in "Jerusalem — ..."
  std::vector<Span> headings;
  std::vector<Span> paragraphs;  // the body, in order
  std::vector<RemovedBlock> removed;
  std::vector<Span> sentences;         // of the body paragraphs (and title), in order
  std::vector<TemporalMention> dates;  // every date/time expression in the article

  std::optional<CivilDate> published;  // chosen publication date
  std::string published_iso;           // "2024-11-02" or "2024-11-02T13:54"; empty if unknown
  double published_confidence = 0;

  std::string_view View(Span s) const { return s.In(text); }
};

// Compiled once: boilerplate lexicons and date patterns.
class ArticleParser {
 public:
  // Loads lexicons (boilerplate phrases, ...) from `data_dir` (see data/README.md).
  static absl::StatusOr<std::unique_ptr<const ArticleParser>> Create(std::string_view data_dir);
  virtual ~ArticleParser() = default;

  // Errors: InvalidArgument (ill-formed UTF-8 under kReject, binary input), ResourceExhausted
  // (over max_input_bytes). Empty or white-space-only input parses to an empty article.
  virtual absl::StatusOr<Article> Parse(std::string id, std::string bytes,
                                        const ParseOptions& options) const = 0;

 protected:
  ArticleParser() = default;
};

}  // namespace claimscan

#endif  // CLAIMSCAN_ARTICLE_H_
