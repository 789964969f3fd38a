// ArticleParser: plain-text article extraction (one paragraph per line, as `w3m -dump` and
// scrapers give it).
//
// The method follows jusText and boilerpipe, adapted to text without markup:
//  1. Every non-blank line is a block with features: length in characters, stop-word density
//     in the page's language (guessed from the stop-word lists), sentence punctuation, bullets,
//     form-field brackets, menu separators, date coverage, known prompt phrases, repetition.
//  2. Blocks are classified good / near-good / short / bad and smoothed between neighbours
//     (jusText's context rules), with short headings attached to the text they introduce.
//  3. The article is the densest contiguous run of content (a maximum-sum segment over block
//     scores, boilerpipe's "largest block" idea), cut at an end-of-article marker ("Related
//     articles", "Comments") when most of the text precedes it.
//  4. Metadata comes from the header area before and at the start of that run: title (a
//     repeated title is a duplicate), stand-first, byline and authors, dateline, dates.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "article/lexicon.h"
#include "article/line_shapes.h"
#include "claimscan/article.h"
#include "claimscan/datetime.h"
#include "claimscan/text.h"
#include "common/file.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "re2/re2.h"

namespace claimscan {
namespace {

using article_internal::FoldForMatching;
using article_internal::Lexicon;
using article_internal::PhraseKind;
using article_internal::PhraseRule;

// ---- Tuning (jusText's defaults, adjusted on the development halves; see
// docs/quality/extraction.md) ------------------------------------------------------------------
constexpr uint32_t kLengthLow = 70;    // characters: below this a block is "short"
constexpr uint32_t kLengthHigh = 200;  // characters: above this a dense block is "good"
constexpr double kStopLow = 0.22;      // stop-word density: below this, not running text
constexpr double kStopHigh = 0.30;     // at or above this, running text
constexpr double kStopProse = 0.15;    // running text when it also ends like a sentence
constexpr uint32_t kLengthProse = 150;
constexpr double kStopMin = 0.08;  // below this nothing is running text
constexpr uint32_t kCjkGood = 50;  // characters, for scripts without spaces/stop lists
constexpr uint32_t kCjkShort = 20;
constexpr int64_t kBadBlockCost = 40;  // region score of a bad block, plus its length (capped)
constexpr int64_t kBadBlockLengthCap = 200;
constexpr int64_t kContextBlockCost = 10;         // region score of a block good only by context
constexpr int64_t kHeaderBonus = 300;             // region score added to the text after a header
constexpr size_t kFeatureWindowBytes = 16 << 10;  // features of long lines come from a prefix
constexpr size_t kFoldWindowBytes = 4 << 10;      // matching keys of long lines likewise
constexpr int64_t kEndMarkerTailRatio = 5;        // an end marker ends the article when less than
                                                  // 1/5 of the run's text follows it
constexpr int kHeaderLookback = 25;               // blocks before the body searched for a title

enum class Cls : uint8_t { kBad, kShort, kNearGood, kGood };

struct Block {
  Span span;           // the trimmed line
  Span content;        // without a leading bullet
  uint32_t chars = 0;  // code points of `content` (within the feature window)
  uint32_t words = 0;
  uint32_t stop_hits = 0;  // stop words of the page language
  uint32_t capitalized = 0;
  uint32_t cjk = 0;  // letters of scripts written without spaces (and Hangul)
  uint32_t letters = 0;
  bool bullet = false;
  bool sentence_end = false;  // ends in . ! ? … (before closing quotes/brackets)
  bool date_line = false;     // mostly a date/time
  const PhraseRule* phrase = nullptr;
  int duplicate_of = -1;  // index of an earlier block with the same text
  Cls cls = Cls::kBad;
  Cls initial = Cls::kBad;              // before context smoothing
  bool truncated = false;               // ends in "..." / "[…]": a teaser excerpt
  bool byline = false;                  // "By Jane Doe", "Von X"
  bool anchor = false;                  // a byline, or a line giving a full date: an article header
  bool wire_dateline = false;           // starts "BEIRUT (Reuters) -": the first line of a story
  std::optional<RemovalReason> reason;  // why it is bad, when known
  bool heading = false;
  std::vector<uint32_t> lang_hits;  // hits per language (first pass only)
};

// Line shapes: src/article/line_shapes.h.
using article_internal::DecodeAt;
using article_internal::EndsSentence;
using article_internal::EndsTruncated;
using article_internal::IsAllCaps;
using article_internal::IsBulletCp;
using article_internal::IsCjk;
using article_internal::IsClosingCp;
using article_internal::IsDoubled;
using article_internal::IsGluedTeaser;
using article_internal::IsNameToken;
using article_internal::IsSentenceEndCp;
using article_internal::IsSpaceCp;
using article_internal::LastBy;
using article_internal::LastCp;
using article_internal::LooksLikeFormField;
using article_internal::LooksLikeMenu;
using article_internal::LooksLikeName;
using article_internal::Trim;

// ---- The parser ----------------------------------------------------------------------------

class ArticleParserImpl final : public ArticleParser {
 public:
  ArticleParserImpl(Lexicon lexicon, std::unique_ptr<const TemporalRecognizer> temporal)
      : lexicon_(std::move(lexicon)),
        temporal_(std::move(temporal)),
        // "By Jane Doe and John Roe", "Report by A, English adaptation by B", "Von X", "Par X".
        byline_re_(
            "^(?:(?:[Bb][Yy]|Von|VON|von|Par|PAR|par|Por|POR|por|Di|Oleh|Door|Av|Af|Autor(?:in)?:?|"
            "Author:?|Authors:?|Written by|Words by|Posted by|Story by|Text:|Texto:|"
            "Report(?:ed)? by|Photos? "
            "by|(?:Posted|Published|Updated|Written)\\b[^|]{0,60}?\\s[Bb]y)"
            "\\s+)(\\p{Lu}.*)$"),
        dateline_re_(
            "^(\\p{Lu}[\\p{L}.'’]*(?:[ -]\\p{Lu}[\\p{L}.'’]*){0,3})"
            "(?:,[^()\\n—–]{1,40}?)?\\s*(?:\\(([^()\\n]{2,40})\\))?\\s*(?:—|–|--?)\\s+\\S"),
        agency_only_re_("^\\(([^()\\n]{2,40})\\)\\s*(?:—|–|--?)\\s+\\S"),
        outlet_re_(
            "(?i)^(?:discover more from|more from|©\\s*(?:\\d{4}\\s+)?|copyright\\s*(?:©\\s*)?"
            "(?:\\d{4}\\s+)?)\\s*([^|]{2,60}?)\\s*(?:[|.,]|$)") {}

  bool ok() const {
    return byline_re_.ok() && dateline_re_.ok() && agency_only_re_.ok() && outlet_re_.ok();
  }

  absl::StatusOr<Article> Parse(std::string id, std::string bytes,
                                const ParseOptions& options) const override;

 private:
  void Classify(const std::string& text, std::vector<Block>& blocks) const;
  void ExtractMetadata(const ParseOptions& options, std::vector<Block>& blocks, int first, int last,
                       const std::vector<std::vector<TemporalMention>>& mentions, Article* a) const;
  void ParseByline(const std::string& text, Span line, Article* a) const;
  void SplitInto(const std::string& text, Span s, size_t max_bytes, std::vector<Span>* out) const;

  Lexicon lexicon_;
  std::unique_ptr<const TemporalRecognizer> temporal_;
  RE2 byline_re_;
  RE2 dateline_re_;
  RE2 agency_only_re_;
  RE2 outlet_re_;
};

Span SubSpan(std::string_view text, re2::StringPiece piece) {
  const auto begin = static_cast<uint32_t>(piece.data() - text.data());
  return Span{begin, begin + static_cast<uint32_t>(piece.size())};
}

absl::Status CheckInput(const std::string& bytes, const ParseOptions& options) {
  if (bytes.size() > options.max_input_bytes) {
    return absl::ResourceExhaustedError(absl::StrCat("input of ", bytes.size(),
                                                     " bytes exceeds max_input_bytes (",
                                                     options.max_input_bytes, ")"));
  }
  if (bytes.size() >= (uint64_t{1} << 32)) {
    return absl::ResourceExhaustedError("input of 4 GiB or more cannot be indexed by 32-bit spans");
  }
  size_t control = 0;
  for (char ch : bytes) {
    const auto c = static_cast<unsigned char>(ch);
    control +=
        (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') || c == 0x7F;
  }
  // Text has next to no control bytes; executables, images and UTF-16 have many.
  if (control > 0 && control * 100 >= bytes.size()) {
    return absl::InvalidArgumentError(absl::StrCat("input looks binary: ", control, " of ",
                                                   bytes.size(), " bytes are control bytes"));
  }
  return absl::OkStatus();
}

absl::StatusOr<Article> ArticleParserImpl::Parse(std::string id, std::string bytes,
                                                 const ParseOptions& options) const {
  CLAIMSCAN_RETURN_IF_ERROR(CheckInput(bytes, options));
  Article a;
  a.id = std::move(id);
  a.original = std::move(bytes);
  a.text = a.original;
  if (const size_t bad = FindInvalidUtf8(a.text); bad != kNoInvalidUtf8) {
    if (options.invalid_utf8 == InvalidUtf8::kReject) {
      return absl::InvalidArgumentError(
          absl::StrCat("ill-formed UTF-8 at byte offset ", bad, " of ", a.id));
    }
    ReplaceInvalidUtf8(a.text);
  }
  const std::string& text = a.text;

  // Blocks: non-blank lines, trimmed.
  std::vector<Block> blocks;
  for (size_t pos = 0; pos < text.size();) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    const Span line = Trim(text, Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(nl)});
    if (!line.empty()) {
      Block b;
      b.span = line;
      b.content = line;
      blocks.push_back(std::move(b));
    }
    pos = nl + 1;
  }
  if (blocks.empty()) return a;

  // Per-block features and stop-word hits for every language.
  std::vector<Token> tokens;
  std::string lower;
  const int nlang = lexicon_.language_count();
  std::vector<uint64_t> lang_total(nlang, 0);
  for (Block& b : blocks) {
    int len = 1;
    const uint32_t first = DecodeAt(text, b.span.begin, &len);
    if (IsBulletCp(first) || ((first == '-' || first == 0x2013) && b.span.size() > 2 &&
                              text[b.span.begin + len] == ' ' && text[b.span.end - 1] != '-')) {
      b.bullet = true;
      b.content = Trim(text, Span{b.span.begin + static_cast<uint32_t>(len), b.span.end});
    }
    Span window = b.content;
    if (window.size() > kFeatureWindowBytes) {
      window.end = window.begin + kFeatureWindowBytes;
      while (window.end > window.begin &&
             (static_cast<unsigned char>(text[window.end]) & 0xC0) == 0x80) {
        --window.end;
      }
    }
    for (uint32_t i = window.begin; i < window.end;) {
      const uint32_t cp = DecodeAt(text, i, &len);
      ++b.chars;
      if (IsCjk(cp)) ++b.cjk;
      if (cp >= 0x80 ? !IsSpaceCp(cp) && cp >= 0xC0 : std::isalpha(static_cast<int>(cp))) {
        ++b.letters;
      }
      i += len;
    }
    b.sentence_end = EndsSentence(text, b.content);
    b.truncated = EndsTruncated(b.content.In(text));
    if (b.span.size() <= 200) {
      b.byline =
          RE2::FullMatch(re2::StringPiece(text.data() + b.span.begin, b.span.size()), byline_re_);
    }
    tokens.clear();
    Tokenize(text, window, &tokens);
    b.lang_hits.assign(nlang, 0);
    for (const Token& t : tokens) {
      if (t.kind != TokenKind::kWord) continue;
      ++b.words;
      if (t.flags & (kTokCapitalized | kTokAllCaps)) ++b.capitalized;
      lower.clear();
      article_internal::AppendLower(t.span.In(text), &lower);
      uint32_t mask = lexicon_.StopWordMask(lower);
      for (int l = 0; mask != 0 && l < nlang; ++l, mask >>= 1) {
        if (mask & 1) ++b.lang_hits[l];
      }
    }
    for (int l = 0; l < nlang; ++l) lang_total[l] += b.lang_hits[l];
  }

  // The page language: the stop-word list with most hits (ties favour the caller's hint).
  int lang = lexicon_.LanguageIndex(options.language);
  for (int l = 0; l < nlang; ++l) {
    if (lang < 0 || lang_total[l] > lang_total[lang]) lang = l;
  }

  // Dates in every block, unanchored: they find date lines and publication-date candidates.
  std::vector<std::vector<TemporalMention>> mentions(blocks.size());
  for (size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    b.stop_hits = lang >= 0 ? b.lang_hits[lang] : 0;
    b.lang_hits = {};
    temporal_->Find(text, b.span, nullptr, &mentions[i]);
    if (b.span.size() <= 80 && !mentions[i].empty()) {
      // "2024-11-02 | 13:54", " date 2024-11-02 News", "Updated: Nov. 2, 2024 at 1:54 pm".
      // A bare month or weekday ("Clinching in November") is a heading, not a date line.
      uint32_t covered = 0;
      bool specific = false;
      for (const TemporalMention& m : mentions[i]) {
        covered += m.span.size();
        specific |= m.kind == TemporalKind::kTime || m.kind == TemporalKind::kDateTime ||
                    (!m.relative && !m.value.empty() && m.value[0] != 'X' && m.value.size() >= 7);
      }
      b.date_line =
          specific && (covered * 5 >= b.span.size() * 2 || (b.span.size() <= 50 && b.words <= 8));
      for (const TemporalMention& m : mentions[i]) {
        // "November 19, 2019 at 9:45 am" is a header; "1 hour ago" in a teaser list is not.
        b.anchor |= b.date_line && !m.partial && !m.relative && m.value.size() >= 10;
      }
    }
    b.anchor |= b.byline;
    if (b.chars >= kLengthLow) {
      re2::StringPiece start(text.data() + b.span.begin, std::min<size_t>(b.span.size(), 200));
      re2::StringPiece place, agency;
      b.wire_dateline = RE2::PartialMatch(start, dateline_re_, &place, &agency) &&
                        (!agency.empty() || IsAllCaps(place));
    }
  }

  if (!options.remove_boilerplate) {
    for (const Block& b : blocks) a.paragraphs.push_back(b.span);
    ExtractMetadata(options, blocks, 0, -1, mentions, &a);
    for (const Span& p : a.paragraphs) SplitInto(text, p, options.max_sentence_bytes, &a.sentences);
    return a;
  }

  Classify(text, blocks);

  // The article: the maximum-sum run of blocks (good blocks earn their length, bad ones cost).
  int64_t best = 0, run = 0;
  int best_first = -1, best_last = -1, run_first = 0;
  for (int i = 0; i < static_cast<int>(blocks.size()); ++i) {
    const Block& b = blocks[i];
    int64_t score = -(kBadBlockCost + std::min<int64_t>(b.chars, kBadBlockLengthCap));
    if (b.cls == Cls::kGood) {
      // Text good on its own earns its length; lines good only by context (headings, short
      // lines between paragraphs) earn nothing, so a list of teasers (headline, picture
      // caption, excerpt, ...) does not outweigh the article's run of paragraphs.
      if (b.heading || b.initial == Cls::kShort) {
        score = -kContextBlockCost;
      } else {
        score = b.initial == Cls::kGood ? b.chars : b.chars / 2;
        if (b.truncated) score /= 4;
      }
    }
    // The article starts after its header (byline, date) or with a wire dateline.
    if (b.cls == Cls::kGood && !b.heading &&
        (b.wire_dateline || (i >= 1 && blocks[i - 1].anchor) || (i >= 2 && blocks[i - 2].anchor) ||
         (i >= 3 && blocks[i - 3].anchor))) {
      score += kHeaderBonus;
    }
    if (run <= 0) {
      run = 0;
      run_first = i;
    }
    run += score;
    if (run > best) {
      best = run;
      best_first = run_first;
      best_last = i;
    }
  }

  // No prose anywhere (a table of results, a list): the longest run of lines that no rule
  // removed is the article.
  if (best_first < 0) {
    run = 0;
    for (int i = 0; i < static_cast<int>(blocks.size()); ++i) {
      Block& b = blocks[i];
      const int64_t score = b.reason
                                ? -(kBadBlockCost + std::min<int64_t>(b.chars, kBadBlockLengthCap))
                                : static_cast<int64_t>(b.chars);
      if (run <= 0) {
        run = 0;
        run_first = i;
      }
      run += score;
      if (run > best) {
        best = run;
        best_first = run_first;
        best_last = i;
      }
    }
    for (int i = best_first; i >= 0 && i <= best_last; ++i) {
      if (!blocks[i].reason) blocks[i].cls = Cls::kGood;
    }
  }

  // An end-of-article marker inside the run ends the article when most text precedes it.
  if (best_first >= 0) {
    int64_t total = 0;
    for (int i = best_first; i <= best_last; ++i) {
      if (blocks[i].cls == Cls::kGood) total += blocks[i].chars;
    }
    int64_t before = 0;
    for (int i = best_first; i <= best_last; ++i) {
      const Block& b = blocks[i];
      if (b.phrase != nullptr && b.phrase->kind == PhraseKind::kEndMarker &&
          (total - before) * kEndMarkerTailRatio < total) {
        best_last = i - 1;
        break;
      }
      if (b.cls == Cls::kGood) before += b.chars;
    }
  }

  ExtractMetadata(options, blocks, best_first, best_last, mentions, &a);

  // Spans already taken as metadata fields.
  auto is_field = [&](const Block& b) {
    const Span s = b.span;
    return s == a.title || s == a.subtitle || s == a.byline;
  };
  bool after_end_marker = false;
  for (int i = 0; i < static_cast<int>(blocks.size()); ++i) {
    Block& b = blocks[i];
    if (is_field(b)) continue;
    const bool in_region = best_first >= 0 && i >= best_first && i <= best_last;
    if (b.phrase != nullptr && b.phrase->kind == PhraseKind::kEndMarker && i > best_last) {
      after_end_marker = true;
    }
    if (in_region && b.cls == Cls::kGood && !b.reason) {
      if (b.heading) {
        a.headings.push_back(b.span);
      } else {
        a.paragraphs.push_back(b.span);
      }
      continue;
    }
    RemovalReason reason = RemovalReason::kShortFragment;
    if (b.reason) {
      reason = *b.reason;
    } else if (b.date_line) {
      reason = RemovalReason::kMetadata;
    } else if (b.cls == Cls::kGood || (best_last >= 0 && i > best_last && after_end_marker)) {
      reason = RemovalReason::kTeaser;
    } else if (b.bullet || LooksLikeMenu(b.span.In(text))) {
      reason = RemovalReason::kNavigation;
    } else if (b.chars >= kLengthLow) {
      reason = RemovalReason::kLowDensity;
    }
    a.removed.push_back(RemovedBlock{b.span, reason});
  }

  // Sentences of the title, stand-first and body, in text order.
  std::vector<Span> prose;
  if (!a.title.empty()) prose.push_back(a.title);
  if (!a.subtitle.empty()) prose.push_back(a.subtitle);
  prose.insert(prose.end(), a.paragraphs.begin(), a.paragraphs.end());
  std::sort(prose.begin(), prose.end(), [](Span x, Span y) { return x.begin < y.begin; });
  for (const Span& p : prose) SplitInto(text, p, options.max_sentence_bytes, &a.sentences);
  return a;
}

void ArticleParserImpl::Classify(const std::string& text, std::vector<Block>& blocks) const {
  const int n = static_cast<int>(blocks.size());
  // Repetition: the same line seen earlier is a duplicate (titles, menus shown twice).
  absl::flat_hash_map<uint64_t, int> seen;
  std::string key;
  for (int i = 0; i < n; ++i) {
    Block& b = blocks[i];
    std::string_view line = b.span.In(text);
    FoldForMatching(line.substr(0, kFoldWindowBytes), &key);
    b.phrase = lexicon_.MatchPhrase(key);
    if (key.empty()) {
      b.reason = RemovalReason::kShortFragment;  // only symbols: "* * *", "|", "»"
      continue;
    }
    // Long lines are keyed by a prefix, so their length joins the key.
    const uint64_t h = std::hash<std::string_view>{}(key) ^
                       (line.size() > kFoldWindowBytes ? uint64_t{line.size()} << 40 : 0);
    auto [it, inserted] = seen.emplace(h, i);
    if (!inserted) b.duplicate_of = it->second;
  }

  // Teaser cards printed as headline glued to excerpt. One such line may be a brand name in
  // a paragraph ("The SportsBusiness Journal ..."); two or more make a list of teasers.
  std::vector<int> glued;
  for (int i = 0; i < n; ++i) {
    const Block& b = blocks[i];
    if (!b.reason && b.duplicate_of < 0 && IsGluedTeaser(b.span.In(text))) glued.push_back(i);
  }
  if (glued.size() >= 2) {
    for (int i : glued) blocks[i].reason = RemovalReason::kTeaser;
  }

  for (Block& b : blocks) {
    if (b.reason) continue;
    std::string_view line = b.span.In(text);
    if (b.phrase != nullptr) {
      switch (b.phrase->kind) {
        case PhraseKind::kAdvertisement:
          b.reason = RemovalReason::kAdvertisement;
          break;
        case PhraseKind::kNavigation:
          b.reason = RemovalReason::kNavigation;
          break;
        case PhraseKind::kFormField:
          b.reason = RemovalReason::kFormField;
          break;
        case PhraseKind::kBoilerplate:
        case PhraseKind::kEndMarker:
          b.reason = RemovalReason::kBoilerplatePhrase;
          break;
      }
      continue;
    }
    if (b.duplicate_of >= 0) {
      b.reason = RemovalReason::kDuplicate;
      continue;
    }
    if (b.byline) {
      b.reason = RemovalReason::kMetadata;  // the byline field takes one; others are credits
      continue;
    }
    if (IsDoubled(line)) {
      b.reason = RemovalReason::kShortFragment;  // image alt and title text side by side
      continue;
    }
    if (LooksLikeFormField(line)) {
      b.reason = RemovalReason::kFormField;
      continue;
    }
    if (LooksLikeMenu(line)) {
      b.reason = RemovalReason::kNavigation;
      continue;
    }
    if (b.date_line) {
      b.reason = RemovalReason::kMetadata;
      continue;
    }
    if (b.bullet && b.chars < 40 && !b.sentence_end) {
      b.reason = RemovalReason::kNavigation;
      continue;
    }
  }

  // Initial classes (jusText), by characters and stop-word density.
  for (Block& b : blocks) {
    if (b.reason) {
      b.cls = Cls::kBad;
      continue;
    }
    const bool cjk = b.cjk * 3 >= b.letters && b.cjk > 0;
    if (cjk) {
      if (b.chars >= kCjkGood && b.sentence_end) {
        b.cls = Cls::kGood;
      } else if (b.chars >= kCjkGood) {
        b.cls = Cls::kNearGood;
      } else {
        b.cls = b.chars >= kCjkShort ? Cls::kShort : Cls::kBad;
      }
      continue;
    }
    if (b.chars < kLengthLow) {
      b.cls = Cls::kShort;
      continue;
    }
    const double density = b.words == 0 ? 0.0 : static_cast<double>(b.stop_hits) / b.words;
    // Punctuated prose full of names ("NASA picked SpaceX, Blue Origin, ...") has few stop
    // words; a sentence ending lets it pass at a lower density.
    if (density >= kStopHigh) {
      b.cls = b.chars > kLengthHigh || b.sentence_end ? Cls::kGood : Cls::kNearGood;
    } else if (b.sentence_end && density >= kStopProse) {
      b.cls = b.chars > kLengthProse ? Cls::kGood : Cls::kNearGood;
    } else if (density >= kStopLow || (b.sentence_end && density >= kStopMin)) {
      b.cls = Cls::kNearGood;
    } else {
      b.cls = Cls::kBad;
    }
  }

  // Headings: short title-like lines directly followed by good text are kept with it.
  for (int i = 0; i + 1 < n; ++i) {
    Block& b = blocks[i];
    if (b.cls != Cls::kShort || b.bullet || b.sentence_end || b.words < 2 || b.words > 14) continue;
    if (blocks[i + 1].cls == Cls::kGood) {
      b.cls = Cls::kNearGood;
      b.heading = true;
    }
  }

  // Context smoothing (jusText): short and near-good blocks take their neighbours' class.
  auto neighbour = [&](int i, int step, bool ignore_near_good) {
    for (int j = i + step; j >= 0 && j < n; j += step) {
      const Cls c = blocks[j].cls;
      if (c == Cls::kGood || c == Cls::kBad) return c;
      if (c == Cls::kNearGood && !ignore_near_good) return c;
    }
    return Cls::kBad;
  };
  std::vector<Cls> next(n);
  for (int i = 0; i < n; ++i) {
    const Block& b = blocks[i];
    next[i] = b.cls;
    if (b.cls == Cls::kShort) {
      const Cls prev = neighbour(i, -1, true), after = neighbour(i, +1, true);
      if (prev == Cls::kGood && after == Cls::kGood) {
        next[i] = Cls::kGood;
      } else if (prev == Cls::kBad && after == Cls::kBad) {
        next[i] = Cls::kBad;
      } else {
        const Cls p2 = neighbour(i, -1, false), a2 = neighbour(i, +1, false);
        next[i] = (p2 == Cls::kNearGood || a2 == Cls::kNearGood) ? Cls::kGood : Cls::kBad;
        if (p2 == Cls::kBad && a2 == Cls::kBad) next[i] = Cls::kBad;
      }
    }
  }
  for (int i = 0; i < n; ++i) {
    if (blocks[i].cls == Cls::kNearGood) {
      const Cls prev = neighbour(i, -1, true), after = neighbour(i, +1, true);
      next[i] = (prev == Cls::kBad && after == Cls::kBad) ? Cls::kBad : Cls::kGood;
    }
  }
  for (int i = 0; i < n; ++i) {
    Block& b = blocks[i];
    b.initial = b.cls;
    b.cls = next[i];
    if (b.heading && b.cls != Cls::kGood) b.heading = false;
  }
}

void ArticleParserImpl::ParseByline(const std::string& text, Span line, Article* a) const {
  re2::StringPiece input(text.data() + line.begin, line.size());
  re2::StringPiece names;
  if (!RE2::FullMatch(input, byline_re_, &names)) return;
  a->byline = line;
  // Pieces separated by commas, "and", "&", "|", ";" and their translations; a piece may carry
  // a role ("English adaptation by Yasmine Jaroudi") or end the list ("Reuters", a date).
  std::string_view rest(names.data(), names.size());
  const auto base = static_cast<uint32_t>(rest.data() - text.data());
  static constexpr std::string_view kSeparators[] = {", ",  " and ", " & ", " und ", " et ",
                                                     " y ", " e ",   "; ",  " | ",   " / ",
                                                     " - ", " — ",   " – ", " i ",   " dan "};
  size_t pos = 0;
  while (pos < rest.size()) {
    size_t cut = rest.size(), sep_len = 0;
    for (std::string_view sep : kSeparators) {
      const size_t f = rest.find(sep, pos);
      if (f != std::string_view::npos && f < cut) {
        cut = f;
        sep_len = sep.size();
      }
    }
    Span piece =
        Trim(text, Span{base + static_cast<uint32_t>(pos), base + static_cast<uint32_t>(cut)});
    // "English adaptation by Yasmine Jaroudi": the name follows the last " by ".
    if (const size_t by = LastBy(piece.In(text)); by != std::string_view::npos) {
      piece.begin += static_cast<uint32_t>(by);
    }
    // Trailing punctuation and "(Reuters)"-like notes are not part of a name.
    while (!piece.empty() && (text[piece.end - 1] == '.' || text[piece.end - 1] == ',')) {
      --piece.end;
    }
    if (LooksLikeName(text, piece)) {
      a->authors.push_back(piece);
    } else if (!a->authors.empty()) {
      break;  // a date, an outlet or a title after the names
    }
    if (cut == rest.size()) break;
    pos = cut + sep_len;
  }
}

void ArticleParserImpl::ExtractMetadata(const ParseOptions& options, std::vector<Block>& blocks,
                                        int first, int last,
                                        const std::vector<std::vector<TemporalMention>>& mentions,
                                        Article* a) const {
  const std::string& text = a->text;
  const int n = static_cast<int>(blocks.size());
  const bool keep_all = last < 0 && first == 0;
  const int body_start = first >= 0 ? first : 0;
  const int header_begin = std::max(0, body_start - kHeaderLookback);

  // Title: the nearest title-like line before the body, else the body's first line if it is
  // a heading. A line that repeats it later is a duplicate.
  auto title_like = [&](const Block& b) {
    if (b.bullet || b.date_line || b.words == 0) return false;
    if (b.reason && *b.reason != RemovalReason::kShortFragment &&
        *b.reason != RemovalReason::kDuplicate && *b.reason != RemovalReason::kLowDensity) {
      return false;
    }
    const bool cjk = b.cjk * 3 >= b.letters && b.cjk > 0;
    if (cjk ? b.chars < 6 : (b.words < 3 || b.chars < 15)) return false;
    if (b.chars > 250) return false;
    std::string_view v = b.span.In(text);
    if (RE2::PartialMatch(re2::StringPiece(v.data(), v.size()), byline_re_)) return false;
    return !LooksLikeMenu(v) && !LooksLikeFormField(v);
  };
  int title_index = -1;
  if (!keep_all && first >= 0) {
    const Block& fb = blocks[first];
    // Candidates score for sitting just above a byline or date (title, byline, date, body),
    // for being shown twice, for a headline's length, and for closeness to the body.
    std::vector<int> shown(n, 1);
    for (int i = 0; i < n; ++i) {
      if (blocks[i].duplicate_of >= 0) ++shown[blocks[i].duplicate_of];
    }
    double best_score = -1e9;
    for (int i = body_start - 1; i >= header_begin; --i) {
      const int index = blocks[i].duplicate_of >= 0 ? blocks[i].duplicate_of : i;
      const Block& b = blocks[index];
      if (!title_like(b) || b.sentence_end) continue;
      double score = -0.15 * (body_start - i);
      for (int j = i + 1; j < std::min(body_start + 1, i + 4); ++j) {
        if (blocks[j].anchor) {
          score += 3;
          break;
        }
      }
      if (shown[index] > 1) score += 1.5;
      if (b.chars >= 25 && b.chars <= 150) score += 1;
      if (b.words > 0 && b.capitalized * 2 < b.words && b.words > 6) score -= 0.5;
      if (score > best_score) {
        best_score = score;
        title_index = index;
      }
    }
    if (title_index < 0 && (fb.heading || (!fb.sentence_end && fb.chars <= 200)) &&
        title_like(fb) && first < last) {
      title_index = first;
    }
  } else if (keep_all) {
    for (int i = 0; i < std::min(n, 8); ++i) {
      if (title_like(blocks[i]) && !blocks[i].sentence_end) {
        title_index = i;
        break;
      }
    }
  }
  // Headline above a deck: both title-like, the deck longer and in sentence case.
  if (title_index > header_begin && !keep_all) {
    const Block& t = blocks[title_index];
    const Block& above = blocks[title_index - 1];
    if (title_like(above) && !above.sentence_end && above.duplicate_of < 0 && t.chars >= 60 &&
        t.chars > above.chars && t.capitalized * 2 < t.words) {
      --title_index;
    }
  }
  if (title_index >= 0) {
    a->title = blocks[title_index].span;
    Block& tb = blocks[title_index];
    tb.reason.reset();
    tb.heading = false;
    if (!keep_all) tb.cls = Cls::kBad;  // not body
  }

  // Byline: in the header area or the first lines of the body.
  const int byline_end = std::min(n, keep_all ? 12 : body_start + 4);
  for (int i = std::max(header_begin, title_index); i < byline_end && i >= 0; ++i) {
    if (i == title_index || blocks[i].span.size() > 200) continue;
    ParseByline(text, blocks[i].span, a);
    if (!a->byline.empty()) break;
  }

  // Stand-first: a body line right after the title that the body repeats, or a prose line
  // between the title and the byline.
  if (!keep_all && title_index >= 0) {
    for (int i = title_index + 1; i < std::min(n, title_index + 4); ++i) {
      Block& b = blocks[i];
      if (b.span == a->byline || b.chars < 40) continue;
      if (b.duplicate_of == title_index || b.reason == RemovalReason::kDuplicate) break;
      bool repeated = false;
      std::string_view v = b.span.In(text);
      while (!v.empty() && (v.back() == '.' || v.back() == ' ')) v.remove_suffix(1);
      for (int j = i + 1; j < n && j <= last; ++j) {
        std::string_view w = blocks[j].span.In(text);
        if (w.size() >= v.size() && w.size() <= v.size() + 4 && w.substr(0, v.size()) == v) {
          repeated = true;
          blocks[j].reason = RemovalReason::kDuplicate;
          blocks[j].cls = Cls::kBad;
          break;
        }
      }
      const bool before_byline = !a->byline.empty() && b.span.end <= a->byline.begin;
      if (repeated || (before_byline && b.chars >= 40)) {
        a->subtitle = b.span;
        b.cls = Cls::kBad;
        b.reason.reset();
      }
      break;
    }
  }

  // Dateline and outlet from the first body paragraph: "BEIRUT (Reuters) - ...".
  const int first_para = [&] {
    for (int i = body_start; i < n && (last < 0 || i <= last); ++i) {
      const Block& b = blocks[i];
      if (b.cls == Cls::kGood && !b.heading && !b.reason && i != title_index &&
          !(b.span == a->subtitle) && !(b.span == a->byline)) {
        return i;
      }
    }
    return -1;
  }();
  if (first_para >= 0) {
    const Span s = blocks[first_para].span;
    re2::StringPiece input(text.data() + s.begin, std::min<size_t>(s.size(), 200));
    re2::StringPiece place, agency;
    if (RE2::PartialMatch(input, dateline_re_, &place, &agency)) {
      a->dateline = SubSpan(text, place);
      if (!agency.empty()) a->outlet = SubSpan(text, agency);
    } else if (RE2::PartialMatch(input, agency_only_re_, &agency)) {
      a->outlet = SubSpan(text, agency);
    }
  }
  if (a->outlet.empty()) {
    for (int i = (last >= 0 ? last + 1 : 0); i < n; ++i) {
      const Span s = blocks[i].span;
      if (s.size() > 160) continue;
      re2::StringPiece input(text.data() + s.begin, s.size()), name;
      if (RE2::PartialMatch(input, outlet_re_, &name) && !name.empty() &&
          !std::isdigit(static_cast<unsigned char>(name[0]))) {
        a->outlet = SubSpan(text, name);
        break;
      }
    }
  }

  // Publication date: a full date in the header area, best on a line of its own.
  const int header_end = std::min(n, body_start + 3);
  double best_conf = 0;
  const TemporalMention* best = nullptr;
  for (int i = keep_all ? 0 : header_begin; i < (keep_all ? std::min(n, 15) : header_end); ++i) {
    for (const TemporalMention& m : mentions[i]) {
      if ((m.kind != TemporalKind::kDate && m.kind != TemporalKind::kDateTime) || m.partial ||
          m.relative || m.value.size() < 10) {
        continue;
      }
      double conf = 0.6;
      if (blocks[i].date_line)
        conf = 0.9;
      else if (blocks[i].span == a->byline)
        conf = 0.85;
      else if (i >= body_start && i != title_index)
        conf = 0.5;
      if (m.kind == TemporalKind::kDateTime) conf += 0.02;
      if (conf > best_conf) {
        best_conf = conf;
        best = &m;
      }
    }
  }
  if (best == nullptr) {
    // The first full date anywhere, e.g. "Published 2 November 2024" below the text.
    for (int i = 0; i < n && best == nullptr; ++i) {
      for (const TemporalMention& m : mentions[i]) {
        if ((m.kind == TemporalKind::kDate || m.kind == TemporalKind::kDateTime) && !m.partial &&
            !m.relative && m.value.size() >= 10) {
          best = &m;
          best_conf = blocks[i].date_line ? 0.5 : 0.3;
          break;
        }
      }
    }
  }
  CivilDate anchor;
  if (best != nullptr && ParseIsoDate(std::string_view(best->value).substr(0, 10), &anchor)) {
    a->published = anchor;
    a->published_iso = best->value;
    a->published_confidence = best_conf;
  } else if (options.reference_date && options.reference_date->known()) {
    // The article gives no date: the caller's reference stands in, with little confidence.
    anchor = *options.reference_date;
    a->published = anchor;
    a->published_iso = FormatIsoDate(anchor);
    a->published_confidence = 0.1;
  }

  // Every date, relative ones resolved against the publication date.
  for (int i = 0; i < n; ++i) {
    if (anchor.known()) {
      temporal_->Find(text, blocks[i].span, &anchor, &a->dates);
    } else {
      a->dates.insert(a->dates.end(), mentions[i].begin(), mentions[i].end());
    }
  }
}

void ArticleParserImpl::SplitInto(const std::string& text, Span s, size_t max_bytes,
                                  std::vector<Span>* out) const {
  const size_t before = out->size();
  SplitSentences(text, s, out);
  if (max_bytes == 0) return;
  const auto too_long = [&](const Span& sent) { return sent.size() > max_bytes; };
  if (std::none_of(out->begin() + before, out->end(), too_long)) return;
  const auto continuation = [&](uint32_t i) {
    return (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  };
  // Over-long "sentences" (no punctuation for pages) are cut at a white-space edge. The pieces
  // are collected apart and appended once: inserting each into `out` was quadratic.
  std::vector<Span> pieces;
  for (size_t i = before; i < out->size(); ++i) {
    Span rest = (*out)[i];
    while (rest.size() > max_bytes) {
      const uint32_t cut = rest.begin + static_cast<uint32_t>(max_bytes);
      uint32_t edge = cut;
      while (edge > rest.begin && text[edge] != ' ' && text[edge] != '\t') --edge;
      if (edge == rest.begin) {
        // No white space at all: cut at a character boundary, after the first character
        // when that one alone is longer than the limit (a cut before it never advances).
        edge = cut;
        while (edge > rest.begin && continuation(edge)) --edge;
        if (edge == rest.begin) {
          edge = cut;
          while (edge < rest.end && continuation(edge)) ++edge;
        }
      }
      pieces.push_back(Span{rest.begin, edge});
      rest = Trim(text, Span{edge, rest.end});
    }
    if (!rest.empty()) pieces.push_back(rest);
  }
  out->resize(before);
  out->insert(out->end(), pieces.begin(), pieces.end());
}

}  // namespace

absl::StatusOr<std::unique_ptr<const ArticleParser>> ArticleParser::Create(
    std::string_view data_dir) {
  CLAIMSCAN_ASSIGN_OR_RETURN(Lexicon lexicon, Lexicon::Load(JoinPath(data_dir, "boilerplate")));
  CLAIMSCAN_ASSIGN_OR_RETURN(std::unique_ptr<const TemporalRecognizer> temporal,
                             TemporalRecognizer::Create(data_dir));
  auto parser = std::make_unique<ArticleParserImpl>(std::move(lexicon), std::move(temporal));
  if (!parser->ok()) return absl::InternalError("article parser: a pattern failed to compile");
  return std::unique_ptr<const ArticleParser>(std::move(parser));
}

}  // namespace claimscan
