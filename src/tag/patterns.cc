#include "tag/patterns.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <cstdint>
#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace claimscan {

// Group 1 of every pattern is the mention; the rest is context ("the").
struct PatternRecognizer::Pattern {
  std::unique_ptr<RE2> re;
  EntityType type;
  float score;
  bool anaphor;
};

struct PatternRecognizer::AnyPattern {
  explicit AnyPattern(const RE2::Options& options) : set(options, RE2::UNANCHORED) {}
  RE2::Set set;
};

namespace {

struct PatternSpec {
  const char* regex;
  EntityType type;
  float score;
  bool anaphor = false;
};

constexpr PatternSpec kPatterns[] = {
    // "UN Security Council Resolution 1701", "Resolution 1559 and 1701"; lower case after the
    // body that passed it ("United Nations resolution 1701").
    {R"(\b((?:(?:(?:UN|U\.N\.|United Nations)\s+)?(?:(?:Security\s+Council|General\s+Assembly)\s+)?)"
     R"(Resolutions?|(?:(?:UN|U\.N\.|United Nations)\s+)?(?:Security\s+Council|General\s+Assembly))"
     R"(\s+resolutions?|(?:UN|U\.N\.|United Nations)\s+resolutions?)\s+\d+)"
     R"((?:(?:\s*,\s*|\s+and\s+)\d+)*)\b)",
     EntityType::kLaw, 0.9f},
    {R"(\b(Article\s+\d+[a-z]?)\b)", EntityType::kLaw, 0.8f},
    // "the Patriot Act", "the Oslo Accords", "the Geneva Conventions".
    {R"(\b[Tt]he\s+((?:[A-Z][A-Za-z'-]*\s+){1,6}(?:Act|Accords?|Treaty|Conventions?|Charter|)"
     R"(Protocol|Amendment|Constitution|Agreement|Doctrine))\b)",
     EntityType::kLaw, 0.75f},
    // "Second Lebanon War", "2006 Lebanon War", "First Intifada".
    {R"(\b((?:First|Second|Third|Fourth|Fifth|Sixth|\d{4})(?:\s+[A-Z][A-Za-z'-]*){0,3}\s+)"
     R"((?:War|Intifada|Uprising|Revolution))\b)",
     EntityType::kEvent, 0.85f},
    {R"(\b(World\s+War\s+(?:III|II|I|One|Two|Three|1|2))\b)", EntityType::kEvent, 0.95f},
    // "the 2006 war", "the 2006 Hezbollah-Israel war": the year names the event in running
    // text, with the parties' names or without.
    {R"(\b[Tt]he\s+((?:1[89]|20)\d\d(?:\s+[A-Z][A-Za-z'-]*){0,3}\s+)"
     R"((?:war|conflict|invasion|uprising|intifada))\b)",
     EntityType::kEvent, 0.7f},
    // "the conflict between Hezbollah and Israel in 2006".
    {R"(\b((?:war|conflict)\s+between\s+(?:the\s+)?[A-Z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*){0,2})"
     R"(\s+and\s+(?:the\s+)?[A-Z][A-Za-z'-]*(?:\s+[A-Z][A-Za-z'-]*){0,2}\s+in\s+(?:1[89]|20)\d\d)\b)",
     EntityType::kEvent, 0.7f},
    // "This resolution", "the treaty": a definite description that may stand for a law named
    // shortly before; the resolver keeps it only when it finds that law (Candidate::anaphor).
    {R"(\b((?:[Tt]his|[Tt]hat|[Tt]he)\s+(?:resolution|treaty|accord|convention))\b)",
     EntityType::kLaw, 0.6f, true},
};

}  // namespace

PatternRecognizer::PatternRecognizer() = default;
PatternRecognizer::~PatternRecognizer() = default;

absl::StatusOr<std::unique_ptr<const PatternRecognizer>> PatternRecognizer::Create() {
  std::unique_ptr<PatternRecognizer> rec(new PatternRecognizer());
  RE2::Options options;
  options.set_log_errors(false);
  for (size_t i = 0; i < std::size(kPatterns); ++i) {
    auto re = std::make_unique<RE2>(kPatterns[i].regex, options);
    if (!re->ok()) {
      return absl::InternalError(
          absl::StrCat("tag pattern ", i, " does not compile: ", re->error()));
    }
    rec->patterns_.push_back(
        {std::move(re), kPatterns[i].type, kPatterns[i].score, kPatterns[i].anaphor});
  }
  static_assert(std::size(kPatterns) <= 64, "Find keeps the set's hits in a 64-bit mask");
  rec->any_ = std::make_unique<AnyPattern>(options);
  for (size_t i = 0; i < std::size(kPatterns); ++i) {
    std::string error;
    if (rec->any_->set.Add(kPatterns[i].regex, &error) != static_cast<int>(i)) {
      return absl::InternalError(
          absl::StrCat("tag pattern ", i, " does not join the set: ", error));
    }
  }
  if (!rec->any_->set.Compile()) return absl::InternalError("tag pattern set does not compile");
  return std::unique_ptr<const PatternRecognizer>(std::move(rec));
}

void PatternRecognizer::Find(std::string_view text, Span range, std::vector<Candidate>* out) const {
  if (range.end > text.size() || range.empty()) return;
  // The set sees no text before the range, so a \b there can only match more often than in
  // the full search: it never hides a match.
  thread_local std::vector<int> hits;
  hits.clear();
  RE2::Set::ErrorInfo error{RE2::Set::kNoError};
  uint64_t wanted = 0;
  if (any_->set.Match(re2::StringPiece(text.data() + range.begin, range.size()), &hits, &error)) {
    for (int h : hits) wanted |= uint64_t{1} << h;
  } else if (error.kind == RE2::Set::kNoError) {
    return;
  } else {
    wanted = ~uint64_t{0};  // the automaton gave up (memory budget): try every pattern
  }
  const re2::StringPiece input(text.data(), range.end);
  for (size_t i = 0; i < patterns_.size(); ++i) {
    if (!(wanted & (uint64_t{1} << i))) continue;
    const Pattern& p = patterns_[i];
    size_t pos = range.begin;
    re2::StringPiece groups[2];
    while (pos < range.end && p.re->Match(input, pos, range.end, RE2::UNANCHORED, groups, 2)) {
      const size_t begin = static_cast<size_t>(groups[1].data() - text.data());
      const size_t end = begin + groups[1].size();
      const size_t whole_end =
          static_cast<size_t>(groups[0].data() - text.data()) + groups[0].size();
      if (end > begin) {
        Candidate c;
        c.span = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
        c.type = p.type;
        c.recogniser = Recogniser::kPattern;
        c.score = p.score;
        c.anaphor = p.anaphor;
        out->push_back(c);
      }
      pos = whole_end > pos ? whole_end : pos + 1;
    }
  }
}

}  // namespace claimscan
