// QuantityRecognizer: one pass over number-aware tokens. At each token it tries
//   [qualifier] [between|from] [currency] NUMBER [scale] [(to|-|and) NUMBER] [of] [modifiers]
//   [unit]
// with units, currencies and qualifiers from data/quantities/ and number words from
// numbers.cc. Spans that belong to dates and times are never read as numbers.
// The class and the files that hold the rest of it are described in quantities_internal.h.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "common/file.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "tag/quantities_internal.h"

namespace claimscan {
namespace quantities_internal {

namespace {

bool ParseType(std::string_view s, EntityType* t) {
  if (s == "CARDINAL")
    *t = EntityType::kCardinal;
  else if (s == "QUANTITY")
    *t = EntityType::kQuantity;
  else if (s == "MONEY")
    *t = EntityType::kMoney;
  else if (s == "PERCENT")
    *t = EntityType::kPercent;
  else
    return false;
  return true;
}

bool ParseQualifier(std::string_view s, Qualifier* q) {
  for (Qualifier c : {Qualifier::kExact, Qualifier::kAtLeast, Qualifier::kMoreThan,
                      Qualifier::kAtMost, Qualifier::kLessThan, Qualifier::kAbout}) {
    if (QualifierName(c) == s) {
      *q = c;
      return true;
    }
  }
  return false;
}

// Splits a TSV line into at most `max` fields.
int SplitTabs(std::string_view line, std::string_view* fields, int max) {
  int n = 0;
  while (n < max) {
    const size_t tab = line.find('\t');
    fields[n++] = line.substr(0, tab);
    if (tab == std::string_view::npos) break;
    line.remove_prefix(tab + 1);
  }
  return n;
}

}  // namespace

// Function words that end the search for a counted noun after a number.
constexpr std::string_view kStopWords[] = {
    "the",   "a",     "an",    "of",    "in",    "on",    "at",     "to",    "and",     "or",
    "for",   "by",    "with",  "from",  "was",   "were",  "is",     "are",   "be",      "been",
    "has",   "have",  "had",   "that",  "which", "who",   "whom",   "this",  "these",   "those",
    "it",    "its",   "their", "his",   "her",   "our",   "as",     "than",  "per",     "but",
    "not",   "no",    "into",  "over",  "under", "after", "before", "since", "during",  "while",
    "said",  "says",  "also",  "more",  "less",  "times", "out",    "up",    "down",    "each",
    "such",  "other", "about", "there", "here",  "then",  "when",   "where", "percent", "plus",
    "minus", "thus",  "so",    "yet",   "all",   "both",  "only",   "just",  "even",    "still",
};

bool IsStopWord(std::string_view lower) {
  for (std::string_view w : kStopWords) {
    if (w == lower) return true;
  }
  return false;
}

// "officials" → "official", "casualties" → "casualty", "branches" → "branch"; nationality
// nouns in -ese do not change. Returns false if the word does not look like a plural noun.
bool SingularOfPlural(std::string_view lower, std::string* out) {
  const size_t n = lower.size();
  if (n >= 4 && lower.substr(n - 3) == "ese") {
    *out = std::string(lower);
    return true;
  }
  if (n < 4 || lower.back() != 's') return false;
  const std::string_view end2 = lower.substr(n - 2);
  // "class", "virus", "crisis" are singular; "Israelis" is not.
  if (end2 == "ss" || end2 == "us" || lower.substr(n - 3) == "sis" || (n == 4 && end2 == "is")) {
    return false;
  }
  if (lower.substr(n - 3) == "ies") {
    *out = absl::StrCat(AsAbsl(lower.substr(0, n - 3)), "y");
  } else if (lower.substr(n - 4) == "ches" || lower.substr(n - 4) == "shes" ||
             lower.substr(n - 3) == "xes" || lower.substr(n - 4) == "sses") {
    *out = std::string(lower.substr(0, n - 2));
  } else {
    *out = std::string(lower.substr(0, n - 1));
  }
  return true;
}

absl::Status QuantityRecognizerImpl::Load(std::string_view data_dir) {
  CLAIMSCAN_RETURN_IF_ERROR(ForEachDataLine(
      JoinPath(data_dir, "units.tsv"), [this](int, std::string_view line) -> absl::Status {
        std::string_view f[4];
        const int n = SplitTabs(line, f, 4);
        UnitEntry e;
        if (n < 3 || f[0].empty() || f[1].empty() || !ParseType(f[2], &e.type)) {
          return absl::InvalidArgumentError("expected <surface>\\t<unit>\\t<type>[\\t<position>]");
        }
        e.unit = std::string(f[1]);
        e.code = e.type == EntityType::kMoney && f[0].size() == 3 && f[1].size() == 3 &&
                 std::all_of(f[0].begin(), f[0].end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (n == 4) {
          if (f[3] == "before")
            e.before = true, e.after = false;
          else if (f[3] == "both")
            e.before = true;
          else if (f[3] == "after-glued")
            e.glued_only = true;
          else if (f[3] != "after")
            return absl::InvalidArgumentError("bad position");
        }
        max_unit_words_ = std::max(max_unit_words_, WordCount(f[0]));
        AddPrefixes(f[0], &unit_prefixes_);
        unit_starts_.Add(f[0]);
        if (e.before) prefix_unit_starts_.Add(f[0]);
        units_[AsAbsl(f[0])] = std::move(e);
        return absl::OkStatus();
      }));
  CLAIMSCAN_RETURN_IF_ERROR(ForEachDataLine(
      JoinPath(data_dir, "qualifiers.tsv"), [this](int, std::string_view line) -> absl::Status {
        std::string_view f[2];
        Qualifier q;
        if (SplitTabs(line, f, 2) != 2 || f[0].empty() || !ParseQualifier(f[1], &q)) {
          return absl::InvalidArgumentError("expected <phrase>\\t<qualifier>");
        }
        max_qualifier_words_ = std::max(max_qualifier_words_, WordCount(f[0]));
        AddPrefixes(f[0], &qualifier_prefixes_);
        qualifier_starts_.Add(f[0]);
        qualifiers_[AsAbsl(f[0])] = q;
        return absl::OkStatus();
      }));
  return absl::OkStatus();
}

void QuantityRecognizerImpl::Find(std::string_view text, Span range,
                                  const std::vector<TemporalMention>& dates,
                                  std::vector<Quantity>* out) const {
  // Reused per thread so a scan allocates nothing once warm.
  thread_local std::vector<Tok> toks;
  toks.clear();
  numbers::Tokenize(text, range, &toks);
  size_t d = 0;
  size_t i = 0;
  const size_t n = toks.size();
  // The first token that ends after dates[limit_date] begins, found once per date: token ends
  // increase, so from any later i the limit is max(this, i).
  size_t limit_date = dates.size();
  size_t date_limit = n;
  while (i < n) {
    while (d < dates.size() && dates[d].span.end <= toks[i].span.begin) ++d;
    // An age: "ten years old", "ninety five years of age". The date recogniser reads the
    // duration in it; the words after it make it an age.
    if (d < dates.size() && dates[d].kind == TemporalKind::kDuration &&
        toks[i].span.begin <= dates[d].span.begin &&
        (toks[i].kind == TokKind::kNumber ||
         (toks[i].kind == TokKind::kWord && toks[i].number_cue))) {
      Quantity q;
      size_t next = 0;
      if (TryAge(text, toks, i, dates[d].span, &q, &next)) {
        out->push_back(std::move(q));
        i = next;
        continue;
      }
    }
    if (d < dates.size() && dates[d].span.Overlaps(toks[i].span)) {
      ++i;
      continue;
    }
    // Tokens up to the next date are fair game.
    size_t limit = n;
    if (d < dates.size()) {
      if (limit_date != d) {
        limit_date = d;
        date_limit = i;
        while (date_limit < n && toks[date_limit].span.end <= dates[d].span.begin) ++date_limit;
      }
      limit = std::max(date_limit, i);
    }
    Quantity q;
    size_t next = 0;
    if (TryRelativeOrdinal(text, toks, i, limit, &q, &next)) {
      out->push_back(std::move(q));
      i = next;
      continue;
    }
    if (!MayStartAt(text, toks[i])) {
      ++i;
      continue;
    }
    if (TryAt(text, toks, i, limit, &q, &next)) {
      out->push_back(std::move(q));
      i = next;
    } else {
      ++i;
    }
  }
}

// Whether TryAt could succeed at `t`: a quantity starts with a qualifier, "between"/"from",
// a prefix unit ("$") or a number, and each of those has a cheap exact pre-check.
bool QuantityRecognizerImpl::MayStartAt(std::string_view text, const Tok& t) const {
  const std::string_view w = t.span.In(text);
  switch (t.kind) {
    case TokKind::kNumber:
      return true;
    case TokKind::kWord:
      return t.number_cue || numbers::EqualsLower(w, "between") ||
             numbers::EqualsLower(w, "from") || qualifier_starts_.MayStart(w) ||
             prefix_unit_starts_.MayStart(w);
    case TokKind::kSymbol:
      return w == "-" || qualifier_starts_.MayStart(w) || prefix_unit_starts_.MayStart(w);
  }
  return true;
}

// Appends the lower-case toks[k] to the key in `buf` (`used` bytes so far, `size` capacity):
// words joined by one space where the text had white space ("per cent", "us $"), glued where
// it had none ("km/h", "us$"). Returns false when the key would not fit.
bool QuantityRecognizerImpl::ExtendKey(std::string_view text, const std::vector<Tok>& toks,
                                       size_t first, size_t k, char* buf, size_t size,
                                       size_t* used) {
  if (k > first && toks[k].space_before) {
    if (*used >= size) return false;
    buf[(*used)++] = ' ';
  }
  const std::string_view w = toks[k].span.In(text);
  if (*used + w.size() > size) return false;
  numbers::LowerInto(w, buf + *used, w.size());
  *used += w.size();
  return true;
}

// Longest unit at toks[i]; `before` asks for a prefix unit ("$"), `glued` says the token
// touches the digits before it. Returns tokens used, 0 if none. Reads one token more per
// length and stops when no unit starts with the key read so far.
size_t QuantityRecognizerImpl::MatchUnit(std::string_view text, const std::vector<Tok>& toks,
                                         size_t i, size_t limit, bool before, bool glued,
                                         const UnitEntry** entry) const {
  if (i >= limit || !unit_starts_.MayStart(toks[i].span.In(text))) return 0;
  const size_t max_len = std::min<size_t>(max_unit_words_, limit - i);
  char buf[64];
  size_t used = 0;
  size_t best = 0;
  for (size_t len = 1; len <= max_len; ++len) {
    const size_t k = i + len - 1;
    // Units are words and symbols, but a power digit glued to a word is part of one: "km2".
    if (toks[k].kind == TokKind::kNumber &&
        (k == i || toks[k].space_before || toks[k - 1].kind != TokKind::kWord ||
         toks[k].span.size() != 1)) {
      break;
    }
    if (!ExtendKey(text, toks, i, k, buf, sizeof buf, &used)) break;
    const std::string_view key(buf, used);
    if (!unit_prefixes_.contains(AsAbsl(key))) break;
    // A unit ends at a word boundary: "m" must not match the start of "million", nor of
    // "m212".
    // Before the number, digits may touch the unit ("USD115").
    if (toks[k].kind != TokKind::kSymbol && k + 1 < toks.size() && !toks[k + 1].space_before &&
        (toks[k + 1].kind == TokKind::kWord || (!before && toks[k + 1].kind == TokKind::kNumber))) {
      continue;
    }
    auto it = units_.find(AsAbsl(key));
    if (it == units_.end()) continue;
    const UnitEntry& e = it->second;
    if (before ? !e.before : !e.after) continue;
    if (e.glued_only && !glued) continue;
    if (before && e.code && !IsUpper(toks[i].span.In(text))) continue;
    *entry = &e;
    best = len;
  }
  return best;
}

size_t QuantityRecognizerImpl::MatchQualifier(std::string_view text, const std::vector<Tok>& toks,
                                              size_t i, size_t limit, Qualifier* q) const {
  if (i >= limit || !qualifier_starts_.MayStart(toks[i].span.In(text))) return 0;
  const size_t max_len = std::min<size_t>(max_qualifier_words_, limit - i);
  char buf[64];
  size_t used = 0;
  size_t best = 0;
  for (size_t len = 1; len <= max_len; ++len) {
    if (!ExtendKey(text, toks, i, i + len - 1, buf, sizeof buf, &used)) break;
    const std::string_view key(buf, used);
    if (!qualifier_prefixes_.contains(AsAbsl(key))) break;
    auto it = qualifiers_.find(AsAbsl(key));
    if (it != qualifiers_.end()) {
      *q = it->second;
      best = len;
    }
  }
  return best;
}

}  // namespace quantities_internal

absl::StatusOr<std::unique_ptr<const QuantityRecognizer>> QuantityRecognizer::Create(
    std::string_view data_dir) {
  auto recognizer = std::make_unique<quantities_internal::QuantityRecognizerImpl>();
  CLAIMSCAN_RETURN_IF_ERROR(recognizer->Load(data_dir));
  return std::unique_ptr<const QuantityRecognizer>(std::move(recognizer));
}

}  // namespace claimscan
