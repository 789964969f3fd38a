#include "article/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "common/file.h"
#include "common/status_macros.h"
#include "common/strings.h"

namespace claimscan::article_internal {
namespace {

// Prefix/contains rules only fire on lines up to these many bytes: a long line that merely
// mentions "newsletter" or "privacy policy" is prose, not a prompt.
constexpr size_t kMaxPrefixLineBytes = 220;
constexpr size_t kMaxContainsLineBytes = 180;

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Lower case of a two-byte code point, or the code point itself.
uint32_t LowerTwoByte(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;  // Latin-1 capitals
  if (cp >= 0x100 && cp <= 0x17F) {                              // Latin Extended-A pairs
    const bool even_upper = (cp <= 0x137) || (cp >= 0x14A && cp <= 0x177);
    if (even_upper ? (cp % 2 == 0) : (cp % 2 == 1 && cp != 0x138 && cp != 0x149)) {
      return cp == 0x178 ? 0xFF : cp + 1;
    }
    return cp;
  }
  if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 0x20;  // Greek
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;                 // Cyrillic А-Я
  if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;                 // Ѐ-Џ
  return cp;
}

// Characters trimmed from both ends of a matching key: bullets, dashes, quotes, arrows.
bool IsEdgeSymbol(uint32_t cp) {
  if (cp < 0x80) {
    return cp != '(' && cp != '@' &&
           (cp <= ' ' || (cp < '0') || (cp > '9' && cp < 'A') || (cp > 'Z' && cp < 'a') ||
            (cp > 'z'));
  }
  switch (cp) {
    case 0xA0:
    case 0xAB:
    case 0xBB:
    case 0xB7:
    case 0x2022:
    case 0x25E6:
    case 0x25AA:
    case 0x2606:
    case 0x2605:
    case 0x2010:
    case 0x2013:
    case 0x2014:
    case 0x2018:
    case 0x2019:
    case 0x201C:
    case 0x201D:
    case 0x2026:
    case 0x25BA:
    case 0x25B6:
    case 0x2192:
    case 0x276F:
    case 0x203A:
    case 0x2039:
    case 0x3000:
    case 0x25CF:
    case 0x25A0:
    case 0x2023:
      return true;
    default:
      return false;
  }
}

// Decodes one code point of (assumed valid) UTF-8; ill-formed bytes decode as themselves.
uint32_t Decode(std::string_view s, size_t i, int* len) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80 || i + 1 >= s.size()) {
    *len = 1;
    return b;
  }
  const auto b1 = static_cast<unsigned char>(s[i + 1]) & 0x3F;
  if ((b & 0xE0) == 0xC0) {
    *len = 2;
    return ((b & 0x1F) << 6) | b1;
  }
  if ((b & 0xF0) == 0xE0 && i + 2 < s.size()) {
    *len = 3;
    return ((b & 0x0F) << 12) | (b1 << 6) | (static_cast<unsigned char>(s[i + 2]) & 0x3F);
  }
  if ((b & 0xF8) == 0xF0 && i + 3 < s.size()) {
    *len = 4;
    return ((b & 0x07) << 18) | (b1 << 12) | ((static_cast<unsigned char>(s[i + 2]) & 0x3F) << 6) |
           (static_cast<unsigned char>(s[i + 3]) & 0x3F);
  }
  *len = 1;
  return b;
}

absl::StatusOr<PhraseKind> ParseKind(std::string_view s) {
  if (s == "boilerplate_phrase") return PhraseKind::kBoilerplate;
  if (s == "advertisement") return PhraseKind::kAdvertisement;
  if (s == "navigation") return PhraseKind::kNavigation;
  if (s == "form_field") return PhraseKind::kFormField;
  if (s == "end") return PhraseKind::kEndMarker;
  return absl::InvalidArgumentError(absl::StrCat("unknown reason '", AsAbsl(s), "'"));
}

absl::StatusOr<PhraseMatch> ParseMatch(std::string_view s) {
  if (s == "exact") return PhraseMatch::kExact;
  if (s == "prefix") return PhraseMatch::kPrefix;
  if (s == "contains") return PhraseMatch::kContains;
  return absl::InvalidArgumentError(absl::StrCat("unknown match '", AsAbsl(s), "'"));
}

}  // namespace

void AppendLower(std::string_view s, std::string* out) {
  for (size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      out->push_back(b >= 'A' && b <= 'Z' ? static_cast<char>(b + 32) : static_cast<char>(b));
      ++i;
      continue;
    }
    int len = 1;
    const uint32_t cp = Decode(s, i, &len);
    if (len == 2) {
      const uint32_t lower = LowerTwoByte(cp);
      if (lower < 0x800) {
        AppendUtf8(lower, out);
        i += 2;
        continue;
      }
    }
    out->append(s.substr(i, len));
    i += len;
  }
}

void FoldForMatching(std::string_view line, std::string* out) {
  out->clear();
  size_t begin = 0, end = line.size();
  while (begin < end) {
    int len = 1;
    if (!IsEdgeSymbol(Decode(line, begin, &len))) break;
    begin += len;
  }
  while (end > begin) {
    size_t start = end - 1;
    while (start > begin && (static_cast<unsigned char>(line[start]) & 0xC0) == 0x80) --start;
    int len = 1;
    const uint32_t cp = Decode(line, start, &len);
    if (cp == ')' || !IsEdgeSymbol(cp)) break;
    end = start;
  }
  bool pending_space = false;
  for (size_t i = begin; i < end;) {
    int len = 1;
    const uint32_t cp = Decode(line, i, &len);
    if (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A)) {
      pending_space = !out->empty();
    } else {
      if (pending_space) out->push_back(' ');
      pending_space = false;
      AppendLower(line.substr(i, len), out);
    }
    i += len;
  }
}

int Lexicon::LanguageIndex(std::string_view code) const {
  for (size_t i = 0; i < languages_.size(); ++i) {
    if (languages_[i] == code) return static_cast<int>(i);
  }
  return -1;
}

const PhraseRule* Lexicon::MatchPhrase(std::string_view key) const {
  if (key.empty()) return nullptr;
  if (auto it = exact_.find(AsAbsl(key)); it != exact_.end()) return &rules_[it->second];
  if (key.size() > kMaxPrefixLineBytes) return nullptr;
  for (const PhraseRule& rule : rules_) {
    switch (rule.match) {
      case PhraseMatch::kExact:
        break;
      case PhraseMatch::kPrefix:
        // Whole words only: "subscribe to" must not fire on "subscribers told".
        if (key.size() >= rule.phrase.size() &&
            key.compare(0, rule.phrase.size(), rule.phrase) == 0 &&
            (key.size() == rule.phrase.size() ||
             !std::isalnum(static_cast<unsigned char>(key[rule.phrase.size()])))) {
          return &rule;
        }
        break;
      case PhraseMatch::kContains:
        if (key.size() <= kMaxContainsLineBytes &&
            key.find(rule.phrase) != std::string_view::npos) {
          return &rule;
        }
        break;
    }
  }
  return nullptr;
}

absl::StatusOr<Lexicon> Lexicon::Load(const std::string& boilerplate_dir) {
  Lexicon lex;
  const std::string stop_dir = JoinPath(boilerplate_dir, "stopwords");
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(stop_dir, ec)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  if (ec) {
    return absl::NotFoundError(absl::StrCat("cannot list ", stop_dir, ": ", ec.message()));
  }
  std::sort(files.begin(), files.end());
  if (files.empty()) return absl::NotFoundError(absl::StrCat("no stop-word lists in ", stop_dir));
  if (files.size() > static_cast<size_t>(kMaxLanguages)) {
    return absl::InvalidArgumentError(
        absl::StrCat("more than ", kMaxLanguages, " languages in ", stop_dir));
  }
  for (const auto& path : files) {
    const uint32_t bit = uint32_t{1} << lex.languages_.size();
    lex.languages_.push_back(path.stem().string());
    CLAIMSCAN_RETURN_IF_ERROR(
        ForEachDataLine(path.string(), [&](int, std::string_view line) -> absl::Status {
          std::string word;
          AppendLower(line, &word);
          while (!word.empty() && (word.back() == ' ' || word.back() == '\t')) word.pop_back();
          if (word.empty() || word.find(' ') != std::string::npos) {
            return absl::InvalidArgumentError("expected one word per line");
          }
          lex.stop_words_[word] |= bit;
          return absl::OkStatus();
        }));
  }
  CLAIMSCAN_RETURN_IF_ERROR(ForEachDataLine(
      JoinPath(boilerplate_dir, "phrases.tsv"), [&](int, std::string_view line) -> absl::Status {
        const size_t tab1 = line.find('\t');
        const size_t tab2 = tab1 == std::string_view::npos ? tab1 : line.find('\t', tab1 + 1);
        if (tab2 == std::string_view::npos) {
          return absl::InvalidArgumentError("expected reason<TAB>match<TAB>phrase");
        }
        CLAIMSCAN_ASSIGN_OR_RETURN(PhraseKind kind, ParseKind(line.substr(0, tab1)));
        CLAIMSCAN_ASSIGN_OR_RETURN(PhraseMatch match,
                                   ParseMatch(line.substr(tab1 + 1, tab2 - tab1 - 1)));
        PhraseRule rule{std::string(), match, kind};
        if (match == PhraseMatch::kContains) {
          // Inner phrases keep their punctuation: "/reuters" (a photo credit) is not "reuters".
          AppendLower(line.substr(tab2 + 1), &rule.phrase);
        } else {
          FoldForMatching(line.substr(tab2 + 1), &rule.phrase);
        }
        if (rule.phrase.empty()) return absl::InvalidArgumentError("empty phrase");
        if (match == PhraseMatch::kExact) {
          lex.exact_.emplace(rule.phrase, lex.rules_.size());
        }
        lex.rules_.push_back(std::move(rule));
        return absl::OkStatus();
      }));
  return lex;
}

}  // namespace claimscan::article_internal
