// Tagger: the recognisers (gazetteer, patterns, quantities and dates, unseen names) propose
// candidates sentence by sentence; the resolver merges them and links entities.
#include <dirent.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "claimscan/datetime.h"
#include "claimscan/tag.h"
#include "claimscan/text.h"
#include "common/file.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "tag/gazetteer.h"
#include "tag/named_facts.h"
#include "tag/names_lexicon.h"
#include "tag/patterns.h"
#include "tag/quantities.h"
#include "tag/resolver.h"
#include "tag/unseen_names.h"

namespace claimscan {
namespace {

constexpr float kGazetteerScore = 0.9f;
constexpr float kNumericScore = 0.9f;

// Sorted paths of the *.tsv files in `dir`; a missing directory is an error naming it.
absl::StatusOr<std::vector<std::string>> ListTsvFiles(const std::string& dir) {
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return absl::NotFoundError(absl::StrCat("cannot open directory ", dir));
  std::vector<std::string> names;
  while (dirent* e = readdir(d)) {
    std::string_view n = e->d_name;
    if (n.size() > 4 && n.substr(n.size() - 4) == ".tsv") names.emplace_back(n);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  for (std::string& n : names) n = JoinPath(dir, n);
  return names;
}

class TagScratchImpl : public TagScratch {
 public:
  std::vector<Span> ranges;
  std::vector<Span> sentences;
  std::vector<Token> tokens;
  std::vector<TokenNotes> notes;
  std::vector<GazetteerMatch> gazetteer_matches;
  std::vector<Candidate> candidates;
  std::vector<TemporalMention> dates;  // sorted copy for the quantity recogniser
};

class TaggerImpl : public Tagger {
 public:
  std::unique_ptr<TagScratch> NewScratch() const override {
    return std::make_unique<TagScratchImpl>();
  }

  absl::Status Tag(const Article& article, TagScratch* scratch, TagResult* out) const override {
    auto* s = Check(scratch, out);
    if (s == nullptr) return absl::InvalidArgumentError("Tag: null scratch or result");
    s->ranges.clear();
    auto add_range = [&](Span r) {
      if (!r.empty() && r.end <= article.text.size()) s->ranges.push_back(r);
    };
    add_range(article.title);
    add_range(article.subtitle);
    add_range(article.byline);
    for (Span r : article.headings) add_range(r);
    for (Span r : article.paragraphs) add_range(r);
    MergeRanges(&s->ranges);
    s->dates.clear();
    for (const TemporalMention& d : article.dates) {
      if (InRanges(s->ranges, d.span)) s->dates.push_back(d);
    }
    std::sort(s->dates.begin(), s->dates.end(),
              [](const TemporalMention& a, const TemporalMention& b) {
                return a.span.begin < b.span.begin;
              });
    out->dates = s->dates;
    return TagRanges(article.text, s, out);
  }

  absl::Status TagText(std::string_view text, Span range, const CivilDate* reference,
                       TagScratch* scratch, TagResult* out) const override {
    auto* s = Check(scratch, out);
    if (s == nullptr) return absl::InvalidArgumentError("TagText: null scratch or result");
    if (range.end > text.size() || range.begin > range.end) {
      return absl::OutOfRangeError(absl::StrCat("range [", range.begin, ", ", range.end,
                                                ") is outside the text of ", text.size(),
                                                " bytes"));
    }
    s->ranges.assign(1, range);
    s->dates.clear();
    temporal_->Find(text, range, reference, &s->dates);
    out->dates = s->dates;
    return TagRanges(text, s, out);
  }

  static absl::StatusOr<std::unique_ptr<const Tagger>> Build(const TaggerOptions& options) {
    if (options.data_dir.empty()) {
      return absl::InvalidArgumentError("TaggerOptions::data_dir is required");
    }
    std::unique_ptr<TaggerImpl> t(new TaggerImpl());
    t->options_ = options;
    std::vector<std::string> files;
    if (options.load_default_gazetteers) {
      CLAIMSCAN_ASSIGN_OR_RETURN(files, ListTsvFiles(JoinPath(options.data_dir, "gazetteer")));
    }
    files.insert(files.end(), options.gazetteer_files.begin(), options.gazetteer_files.end());
    std::vector<GazetteerEntry> entries;
    for (const std::string& f : files) {
      CLAIMSCAN_RETURN_IF_ERROR(Gazetteer::LoadTsv(f, &entries));
    }
    CLAIMSCAN_ASSIGN_OR_RETURN(t->gazetteer_, Gazetteer::Compile(std::move(entries)));
    t->facts_ = std::make_unique<const FactIndex>(*t->gazetteer_);
    CLAIMSCAN_ASSIGN_OR_RETURN(
        t->quantities_, QuantityRecognizer::Create(JoinPath(options.data_dir, "quantities")));
    CLAIMSCAN_ASSIGN_OR_RETURN(t->temporal_, TemporalRecognizer::Create(options.data_dir));
    CLAIMSCAN_ASSIGN_OR_RETURN(t->patterns_, PatternRecognizer::Create());
    if (options.recognise_unseen_names) {
      CLAIMSCAN_ASSIGN_OR_RETURN(t->lexicon_,
                                 NamesLexicon::Load(JoinPath(options.data_dir, "names")));
      t->unseen_ = std::make_unique<UnseenNameRecognizer>(t->lexicon_.get());
    }
    return std::unique_ptr<const Tagger>(std::move(t));
  }

 private:
  TaggerImpl() = default;

  static TagScratchImpl* Check(TagScratch* scratch, TagResult* out) {
    if (scratch == nullptr || out == nullptr) return nullptr;
    out->clear();
    return static_cast<TagScratchImpl*>(scratch);
  }

  static void MergeRanges(std::vector<Span>* ranges) {
    std::sort(ranges->begin(), ranges->end(), [](Span a, Span b) {
      return a.begin < b.begin || (a.begin == b.begin && a.end > b.end);
    });
    size_t w = 0;
    for (Span r : *ranges) {
      if (w > 0 && r.begin <= (*ranges)[w - 1].end) {
        (*ranges)[w - 1].end = std::max((*ranges)[w - 1].end, r.end);
      } else {
        (*ranges)[w++] = r;
      }
    }
    ranges->resize(w);
  }

  static bool InRanges(const std::vector<Span>& ranges, Span s) {
    auto it = std::upper_bound(ranges.begin(), ranges.end(), s.begin,
                               [](uint32_t pos, Span r) { return pos < r.begin; });
    return it != ranges.begin() && std::prev(it)->Contains(s);
  }

  // Marks the tokens that overlap any span of `spans` (sorted by begin) as blocked.
  template <typename T>
  static void Block(const std::vector<T>& spans, const std::vector<Token>& tokens,
                    std::vector<TokenNotes>* notes) {
    if (tokens.empty()) return;
    const Span whole{tokens.front().span.begin, tokens.back().span.end};
    auto it = std::lower_bound(spans.begin(), spans.end(), whole.begin,
                               [](const T& x, uint32_t pos) { return x.span.end <= pos; });
    size_t t = 0;
    for (; it != spans.end() && it->span.begin < whole.end; ++it) {
      while (t < tokens.size() && tokens[t].span.end <= it->span.begin) ++t;
      for (size_t k = t; k < tokens.size() && tokens[k].span.begin < it->span.end; ++k) {
        (*notes)[k].blocked = true;
      }
    }
  }

  absl::Status TagRanges(std::string_view text, TagScratchImpl* s, TagResult* out) const {
    s->candidates.clear();
    for (const TemporalMention& d : s->dates) {
      if (d.kind == TemporalKind::kSet || d.span.empty()) continue;
      Candidate c;
      c.span = d.span;
      c.type = d.kind == TemporalKind::kTime ? EntityType::kTime : EntityType::kDate;
      c.recogniser = Recogniser::kPattern;
      c.score = kNumericScore;
      s->candidates.push_back(c);
    }
    for (Span range : s->ranges) {
      const size_t first_quantity = out->quantities.size();
      quantities_->Find(text, range, s->dates, &out->quantities);
      for (size_t q = first_quantity; q < out->quantities.size(); ++q) {
        Candidate c;
        c.span = out->quantities[q].span;
        c.type = out->quantities[q].type;
        c.recogniser = Recogniser::kPattern;
        c.score = kNumericScore;
        s->candidates.push_back(c);
      }
      patterns_->Find(text, range, &s->candidates);
      s->sentences.clear();
      SplitSentences(text, range, &s->sentences);
      for (Span sentence : s->sentences) {
        TagSentence(text, sentence, s, out->quantities);
      }
    }
    ResolveOptions resolve;
    resolve.max_entities = options_.max_entities_per_document;
    resolve.lexicon = lexicon_.get();
    resolve.facts = facts_.get();
    return Resolve(text, gazetteer_.get(), &s->candidates, resolve, out);
  }

  void TagSentence(std::string_view text, Span sentence, TagScratchImpl* s,
                   const std::vector<Quantity>& quantities) const {
    s->tokens.clear();
    Tokenize(text, sentence, &s->tokens);
    if (s->tokens.empty()) return;
    s->gazetteer_matches.clear();
    gazetteer_->Match(text, s->tokens, &s->gazetteer_matches);
    s->notes.assign(s->tokens.size(), TokenNotes{});
    size_t t = 0;
    for (const GazetteerMatch& m : s->gazetteer_matches) {
      const GazetteerEntry& entry = gazetteer_->entry(m.entry);
      Candidate c;
      c.span = m.span;
      // "The Guardian", "The New York Times": the article is no part of the name's span (as
      // for every other name), though the entry lists it.
      if (entry.type == EntityType::kOrg && m.span.size() > 4 &&
          (text.substr(m.span.begin, 4) == "The " || text.substr(m.span.begin, 4) == "the ")) {
        c.span.begin += 4;
      }
      c.type = entry.type;
      c.recogniser = Recogniser::kGazetteer;
      c.score = kGazetteerScore;
      c.gazetteer_entry = static_cast<int32_t>(m.entry);
      s->candidates.push_back(c);
      while (t < s->tokens.size() && s->tokens[t].span.end <= m.span.begin) ++t;
      size_t k = t;
      while (k < s->tokens.size() && s->tokens[k].span.begin < m.span.end) {
        s->notes[k].in_gazetteer = true;
        ++k;
      }
      if (k > t) {
        s->notes[t].gazetteer_end = static_cast<int32_t>(k);
        s->notes[t].gazetteer_type = entry.type;
        s->notes[t].gazetteer_entry = static_cast<int32_t>(m.entry);
      }
    }
    if (unseen_ == nullptr) return;
    Block(s->dates, s->tokens, &s->notes);
    Block(quantities, s->tokens, &s->notes);
    unseen_->Find(text, s->tokens, &s->notes, &s->candidates);
  }

  TaggerOptions options_;
  std::unique_ptr<const Gazetteer> gazetteer_;
  std::unique_ptr<const FactIndex> facts_;  // the gazetteer's laws and events by reference key
  std::unique_ptr<const QuantityRecognizer> quantities_;
  std::unique_ptr<const TemporalRecognizer> temporal_;
  std::unique_ptr<const PatternRecognizer> patterns_;
  std::unique_ptr<const NamesLexicon> lexicon_;
  std::unique_ptr<const UnseenNameRecognizer> unseen_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<const Tagger>> Tagger::Create(const TaggerOptions& options) {
  return TaggerImpl::Build(options);
}

}  // namespace claimscan
