// QuantityRecognizer: one pass over number-aware tokens. At each token it tries
//   [qualifier] [between|from] [currency] NUMBER [scale] [(to|-|and) NUMBER] [of] [modifiers]
//   [unit]
// with units, currencies and qualifiers from data/quantities/ and number words from
// numbers.cc. Spans that belong to dates and times are never read as numbers.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "common/file.h"
#include "common/status_macros.h"
#include "common/strings.h"
#include "tag/key_starts.h"
#include "tag/numbers_internal.h"
#include "tag/quantities.h"

namespace claimscan {
namespace {

using numbers::NumberPhrase;
using numbers::Tok;
using numbers::TokKind;

struct UnitEntry {
  std::string unit;
  EntityType type = EntityType::kCardinal;
  bool before = false;      // may precede the number ("$ 20")
  bool after = true;        // may follow it ("20 km")
  bool glued_only = false;  // only directly after digits ("5in", "20g"): the word is too common
};

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
  for (Qualifier c : {Qualifier::kAtLeast, Qualifier::kMoreThan, Qualifier::kAtMost,
                      Qualifier::kLessThan, Qualifier::kAbout}) {
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

class QuantityRecognizerImpl final : public QuantityRecognizer {
 public:
  absl::Status Load(std::string_view data_dir) {
    CLAIMSCAN_RETURN_IF_ERROR(ForEachDataLine(
        JoinPath(data_dir, "units.tsv"), [this](int, std::string_view line) -> absl::Status {
          std::string_view f[4];
          const int n = SplitTabs(line, f, 4);
          UnitEntry e;
          if (n < 3 || f[0].empty() || f[1].empty() || !ParseType(f[2], &e.type)) {
            return absl::InvalidArgumentError(
                "expected <surface>\\t<unit>\\t<type>[\\t<position>]");
          }
          e.unit = std::string(f[1]);
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

  void Find(std::string_view text, Span range, const std::vector<TemporalMention>& dates,
            std::vector<Quantity>* out) const override {
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
      if (!MayStartAt(text, toks[i])) {
        ++i;
        continue;
      }
      Quantity q;
      size_t next = 0;
      if (TryAt(text, toks, i, limit, &q, &next)) {
        out->push_back(std::move(q));
        i = next;
      } else {
        ++i;
      }
    }
  }

 private:
  static int WordCount(std::string_view s) {
    return 1 + static_cast<int>(std::count(s.begin(), s.end(), ' '));
  }

  // Every leading substring of `key`, so a look-up can stop as soon as the text it has read
  // starts no key (usually at the first token).
  static void AddPrefixes(std::string_view key, absl::flat_hash_set<std::string>* prefixes) {
    for (size_t n = 1; n <= key.size(); ++n) prefixes->emplace(key.substr(0, n));
  }

  // Whether TryAt could succeed at `t`: a quantity starts with a qualifier, "between"/"from",
  // a prefix unit ("$") or a number, and each of those has a cheap exact pre-check.
  bool MayStartAt(std::string_view text, const Tok& t) const {
    const std::string_view w = t.span.In(text);
    switch (t.kind) {
      case TokKind::kNumber:
        return true;
      case TokKind::kWord:
        return t.number_cue || numbers::EqualsLower(w, "between") ||
               numbers::EqualsLower(w, "from") || qualifier_starts_.MayStart(w) ||
               unit_starts_.MayStart(w);
      case TokKind::kSymbol:
        return w == "-" || qualifier_starts_.MayStart(w) || unit_starts_.MayStart(w);
    }
    return true;
  }

  // Appends the lower-case toks[k] to the key in `buf` (`used` bytes so far, `size` capacity):
  // words joined by one space where the text had white space ("per cent", "us $"), glued where
  // it had none ("km/h", "us$"). Returns false when the key would not fit.
  static bool ExtendKey(std::string_view text, const std::vector<Tok>& toks, size_t first, size_t k,
                        char* buf, size_t size, size_t* used) {
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
  size_t MatchUnit(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                   bool before, bool glued, const UnitEntry** entry) const {
    if (i >= limit || !unit_starts_.MayStart(toks[i].span.In(text))) return 0;
    const size_t max_len = std::min<size_t>(max_unit_words_, limit - i);
    char buf[64];
    size_t used = 0;
    size_t best = 0;
    for (size_t len = 1; len <= max_len; ++len) {
      const size_t k = i + len - 1;
      if (toks[k].kind == TokKind::kNumber) break;  // units are words and symbols only
      if (!ExtendKey(text, toks, i, k, buf, sizeof buf, &used)) break;
      const std::string_view key(buf, used);
      if (!unit_prefixes_.contains(AsAbsl(key))) break;
      // A unit ends at a word boundary: "m" must not match the start of "million".
      if (toks[k].kind == TokKind::kWord && k + 1 < toks.size() && !toks[k + 1].space_before &&
          toks[k + 1].kind == TokKind::kWord) {
        continue;
      }
      auto it = units_.find(AsAbsl(key));
      if (it == units_.end()) continue;
      const UnitEntry& e = it->second;
      if (before ? !e.before : !e.after) continue;
      if (e.glued_only && !glued) continue;
      *entry = &e;
      best = len;
    }
    return best;
  }

  size_t MatchQualifier(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                        Qualifier* q) const {
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

  static bool WordIs(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                     std::string_view lower) {
    return i < limit && toks[i].kind == TokKind::kWord &&
           numbers::EqualsLower(toks[i].span.In(text), lower);
  }

  static bool SymbolIs(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                       std::string_view s) {
    return i < limit && toks[i].kind == TokKind::kSymbol && toks[i].span.In(text) == s;
  }

  // A number, maybe after a currency prefix. Returns false if none starts at toks[i].
  bool NumberAt(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
                NumberPhrase* p, const UnitEntry** prefix) const {
    *prefix = nullptr;
    size_t k = i;
    if (size_t len = MatchUnit(text, toks, k, limit, /*before=*/true, false, prefix); len > 0) {
      k += len;
    }
    if (k >= limit) return false;
    // Digits glued to a word are part of a name or code ("A320", "F-16", "COVID-19").
    if (*prefix == nullptr && k > 0 && !toks[k].space_before &&
        (toks[k - 1].kind == TokKind::kWord || toks[k - 1].kind == TokKind::kNumber)) {
      return false;
    }
    if (*prefix == nullptr && SymbolIs(text, toks, k, limit, "-") && k > 0 &&
        !toks[k].space_before) {
      return false;
    }
    if (*prefix == nullptr && k > 1 && !toks[k].space_before && !toks[k - 1].space_before &&
        SymbolIs(text, toks, k - 1, limit, "-") && toks[k - 2].kind == TokKind::kWord) {
      return false;
    }
    if (!numbers::ParseNumberPhrase(text, toks, k, limit, p)) return false;
    // Digits running on into a word are a code too ("3D", "4x4"), unless the word is a unit or
    // a suffix the phrase already read ("5k", "21st").
    return true;
  }

  // Reads the unit after a number that ends at toks[k]; fills q->unit/type and returns the
  // index after the unit (k if none).
  size_t UnitAfter(std::string_view text, const std::vector<Tok>& toks, size_t k, size_t limit,
                   bool allow_of, Quantity* q) const {
    const bool glued = k < limit && !toks[k].space_before;
    const UnitEntry* e = nullptr;
    if (size_t len = MatchUnit(text, toks, k, limit, false, glued, &e); len > 0) {
      q->unit = e->unit;
      q->type = e->type;
      return k + len;
    }
    // "a four-mile drive", "a 30-km zone".
    if (glued && SymbolIs(text, toks, k, limit, "-") && k + 1 < limit &&
        !toks[k + 1].space_before) {
      if (size_t len = MatchUnit(text, toks, k + 1, limit, false, true, &e); len > 0) {
        q->unit = e->unit;
        q->type = e->type;
        return k + 1 + len;
      }
    }
    size_t j = k;
    if (allow_of && WordIs(text, toks, j, limit, "of")) ++j;
    // A counted noun: the first plural noun within three words, passing over modifiers
    // ("five military brigades", "a dozen senior officials").
    for (size_t w = j; w < limit && w < j + 3; ++w) {
      if (toks[w].kind != TokKind::kWord) break;
      char buf[48];
      const std::string_view lower = numbers::LowerInto(toks[w].span.In(text), buf, sizeof buf);
      if (IsStopWord(lower) || lower.size() >= sizeof buf) break;
      if (size_t len = MatchUnit(text, toks, w, limit, false, false, &e); len > 0) {
        if (e->type != EntityType::kCardinal) break;  // "a few more km" is not a count noun
        q->unit = e->unit;
        q->type = e->type;
        return w + len;
      }
      std::string singular;
      if (SingularOfPlural(lower, &singular)) {
        q->unit = std::move(singular);
        q->type = EntityType::kCardinal;
        return w + 1;
      }
      // Only words that can be modifiers let the search go on.
      if (toks[w].capitalized && w != j) break;
    }
    return k;
  }

  bool TryAt(std::string_view text, const std::vector<Tok>& toks, size_t i, size_t limit,
             Quantity* q, size_t* next) const {
    size_t k = i;
    Qualifier qualifier = Qualifier::kExact;
    if (size_t len = MatchQualifier(text, toks, k, limit, &qualifier); len > 0) {
      NumberPhrase probe;
      const UnitEntry* prefix = nullptr;
      if (NumberAt(text, toks, k + len, limit, &probe, &prefix)) {
        k += len;
      } else {
        qualifier = Qualifier::kExact;
      }
    }
    // "between 5 and 10", "from 5 to 10".
    const bool between = qualifier == Qualifier::kExact && WordIs(text, toks, k, limit, "between");
    const bool from = qualifier == Qualifier::kExact && WordIs(text, toks, k, limit, "from");
    const size_t range_word = k;
    if (between || from) ++k;

    NumberPhrase first;
    const UnitEntry* prefix = nullptr;
    if (!NumberAt(text, toks, k, limit, &first, &prefix)) return false;
    size_t end = first.end;
    q->value = first.value;
    q->to = first.value;
    q->vague = first.vague;
    q->qualifier = qualifier;
    q->type = EntityType::kCardinal;
    q->unit.clear();
    if (prefix != nullptr) {
      q->unit = prefix->unit;
      q->type = prefix->type;
    }
    if (first.ordinal) {
      if (between || from) return false;
      q->type = EntityType::kOrdinal;
      q->span = Span{toks[k].span.begin, toks[end - 1].span.end};
      *next = end;
      return true;
    }
    // A lone "one" is usually a pronoun ("one of the", "the one"), not a count.
    if (first.end == k + 1 && WordIs(text, toks, k, limit, "one") &&
        qualifier == Qualifier::kExact && prefix == nullptr) {
      if (!(k + 1 < limit && toks[k + 1].kind == TokKind::kWord &&
            !WordIs(text, toks, k + 1, limit, "of"))) {
        return false;
      }
    }

    // A unit between the bounds of a range: "5 km to 10 km", "$5 to $10".
    size_t after_first = end;
    Quantity unit_probe;
    const size_t first_unit_end =
        prefix == nullptr ? UnitAfter(text, toks, end, limit, false, &unit_probe) : end;
    // Range: "10,000 to 15,000", "5-10", "between 5 and 10".
    {
      size_t j = end;
      bool joined = false;
      if (between) {
        joined = WordIs(text, toks, j, limit, "and");
      } else if (from) {
        joined = WordIs(text, toks, j, limit, "to");
      } else {
        joined = WordIs(text, toks, j, limit, "to") || SymbolIs(text, toks, j, limit, "-") ||
                 SymbolIs(text, toks, j, limit, "\u2013");
      }
      if (!joined && first_unit_end > end && !unit_probe.unit.empty() &&
          unit_probe.type != EntityType::kCardinal) {
        j = first_unit_end;
        joined = (between && WordIs(text, toks, j, limit, "and")) ||
                 (!between &&
                  (WordIs(text, toks, j, limit, "to") || SymbolIs(text, toks, j, limit, "-")));
      }
      if (joined) {
        NumberPhrase second;
        const UnitEntry* second_prefix = nullptr;
        size_t s = j + 1;
        // The hyphen of "5-10" touches both numbers, so skip NumberAt's glued-digit check.
        bool ok = false;
        if (SymbolIs(text, toks, j, limit, "-") || SymbolIs(text, toks, j, limit, "\u2013")) {
          ok = numbers::ParseNumberPhrase(text, toks, s, limit, &second);
        } else {
          ok = NumberAt(text, toks, s, limit, &second, &second_prefix);
        }
        if (ok && !second.ordinal && second.value >= first.value) {
          q->to = second.value;
          q->is_range = true;
          q->qualifier = Qualifier::kRange;
          end = second.end;
          if (first_unit_end > after_first && unit_probe.type != EntityType::kCardinal) {
            q->unit = unit_probe.unit;
            q->type = unit_probe.type;
          }
        } else if (between || from) {
          return false;
        }
      } else if (between || from) {
        return false;
      }
    }
    // The unit after the (last) number.
    if (q->unit.empty() || q->is_range) {
      Quantity u;
      const size_t unit_end = UnitAfter(text, toks, end, limit, first.vague || first.words, &u);
      if (unit_end > end) {
        if (q->unit.empty() || u.type == q->type) {
          q->unit = u.unit;
          q->type = u.type;
          end = unit_end;
        }
      }
    }
    // "3 dollars 50 cents", "twenty dollars and 43 cents": one amount.
    if (q->type == EntityType::kMoney && !q->is_range && q->unit != "cent" && q->unit != "pence") {
      size_t j = end;
      if (WordIs(text, toks, j, limit, "and")) ++j;
      NumberPhrase cents;
      const UnitEntry* none = nullptr;
      if (NumberAt(text, toks, j, limit, &cents, &none) && none == nullptr && !cents.ordinal &&
          !cents.vague && cents.value >= 0 && cents.value < 100) {
        Quantity sub;
        const size_t sub_end = UnitAfter(text, toks, cents.end, limit, false, &sub);
        if (sub_end > cents.end && (sub.unit == "cent" || sub.unit == "pence")) {
          q->value += cents.value / 100;
          q->to = q->value;
          end = sub_end;
        }
      }
    }
    // "between 5 and 10" is one frame; "from" is left out, as in "rose from 5 to 10".
    const size_t begin_tok = between ? range_word : (from ? range_word + 1 : i);
    q->span = Span{toks[begin_tok].span.begin, toks[end - 1].span.end};
    *next = end;
    return true;
  }

  absl::flat_hash_map<std::string, UnitEntry> units_;
  absl::flat_hash_map<std::string, Qualifier> qualifiers_;
  absl::flat_hash_set<std::string> unit_prefixes_;
  absl::flat_hash_set<std::string> qualifier_prefixes_;
  KeyStarts unit_starts_;
  KeyStarts qualifier_starts_;
  int max_unit_words_ = 1;
  int max_qualifier_words_ = 1;
};

}  // namespace

absl::StatusOr<std::unique_ptr<const QuantityRecognizer>> QuantityRecognizer::Create(
    std::string_view data_dir) {
  auto recognizer = std::make_unique<QuantityRecognizerImpl>();
  CLAIMSCAN_RETURN_IF_ERROR(recognizer->Load(data_dir));
  return std::unique_ptr<const QuantityRecognizer>(std::move(recognizer));
}

}  // namespace claimscan
