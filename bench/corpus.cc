#include "corpus.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "common/file.h"
#include "common/status_macros.h"
#include "common/strings.h"

namespace claimscan::bench {
namespace {

// SplitMix64: tiny, fast and the same on every platform and standard library.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(Next() % n); }
  int Between(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<size_t>(hi - lo + 1)));
  }
  bool Percent(int p) { return Below(100) < static_cast<size_t>(p); }
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[Below(v.size())];
  }

 private:
  uint64_t state_;
};

bool EndsSentence(std::string_view word) {
  while (!word.empty() && (word.back() == '"' || word.back() == '\'' || word.back() == ')')) {
    word.remove_suffix(1);
  }
  if (word.size() >= 3 && word.substr(word.size() - 3) == "\xE2\x80\x9D") {  // ” after the stop
    word.remove_suffix(3);
  }
  return !word.empty() && (word.back() == '.' || word.back() == '!' || word.back() == '?');
}

// An order-2 word chain over the example articles' prose lines: the generated sentences
// have their words, punctuation, quotes and rhythm without copying whole paragraphs.
class WordChain {
 public:
  void AddLine(std::string_view line) {
    std::vector<uint32_t> words;
    for (absl::string_view w : absl::StrSplit(AsAbsl(line), ' ', absl::SkipEmpty())) {
      words.push_back(Intern(AsStd(w)));
    }
    bool at_start = true;
    for (size_t i = 0; i + 2 < words.size(); ++i) {
      if (at_start) starts_.emplace_back(words[i], words[i + 1]);
      next_[Key(words[i], words[i + 1])].push_back(words[i + 2]);
      at_start = EndsSentence(words_[words[i]]);
    }
  }
  bool empty() const { return starts_.empty(); }

  void AppendSentence(Rng* rng, std::string* out) const {
    auto [a, b] = starts_[rng->Below(starts_.size())];
    absl::StrAppend(out, words_[a], " ", words_[b]);
    if (EndsSentence(words_[b])) return;
    for (int n = 2; n < 45; ++n) {
      auto it = next_.find(Key(a, b));
      if (it == next_.end()) break;
      const uint32_t c = it->second[rng->Below(it->second.size())];
      absl::StrAppend(out, " ", words_[c]);
      if (EndsSentence(words_[c])) return;
      a = b;
      b = c;
    }
    out->push_back('.');
  }

 private:
  static uint64_t Key(uint32_t a, uint32_t b) { return (uint64_t{a} << 32) | b; }
  uint32_t Intern(std::string_view w) {
    auto [it, added] = ids_.try_emplace(std::string(w), static_cast<uint32_t>(words_.size()));
    if (added) words_.emplace_back(w);
    return it->second;
  }
  std::vector<std::string> words_;
  std::unordered_map<std::string, uint32_t> ids_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> next_;
  std::vector<std::pair<uint32_t, uint32_t>> starts_;
};

struct Vocabulary {
  WordChain chain;
  std::vector<std::string> people, orgs, places, norps, first_names, surnames;
  std::vector<std::string> units, say_verbs, hedges, event_words, boilerplate;
};

std::vector<std::string> Fields(std::string_view line) {
  std::vector<std::string> out;
  for (absl::string_view f : absl::StrSplit(AsAbsl(line), '\t')) out.emplace_back(AsStd(f));
  return out;
}

std::vector<std::string> Alternatives(std::string_view list) {
  std::vector<std::string> out;
  for (absl::string_view f : absl::StrSplit(AsAbsl(list), '|', absl::SkipEmpty())) {
    out.emplace_back(AsStd(f));
  }
  return out;
}

absl::Status LoadGazetteer(const std::string& path, Vocabulary* v) {
  return ForEachDataLine(path, [v](int, std::string_view line) {
    const std::vector<std::string> f = Fields(line);
    if (f.size() < 3 || f[2].empty()) return absl::OkStatus();
    if (f[1] == "PERSON") {
      v->people.push_back(f[2]);
      const size_t space = f[2].rfind(' ');
      if (space != std::string::npos) v->surnames.push_back(f[2].substr(space + 1));
    } else if (f[1] == "ORG") {
      v->orgs.push_back(f[2]);
    } else if (f[1] == "GPE" || f[1] == "LOC") {
      v->places.push_back(f[2]);
    } else if (f[1] == "NORP") {
      v->norps.push_back(f[2]);
    }
    return absl::OkStatus();
  });
}

absl::StatusOr<Vocabulary> LoadVocabulary(const GeneratorOptions& o) {
  Vocabulary v;
  std::vector<std::filesystem::path> examples;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(o.examples_dir, ec)) {
    if (e.path().extension() == ".txt") examples.push_back(e.path());
  }
  std::sort(examples.begin(), examples.end());
  for (const auto& path : examples) {
    CLAIMSCAN_ASSIGN_OR_RETURN(std::string text, ReadFile(path.string()));
    for (absl::string_view line : absl::StrSplit(text, '\n')) {
      // Prose lines only: headers, bylines and menus would make the chain emit fragments.
      if (line.size() >= 80 && std::count(line.begin(), line.end(), ' ') >= 10) {
        v.chain.AddLine(AsStd(line));
      }
    }
  }
  if (v.chain.empty()) {
    return absl::NotFoundError(absl::StrCat("no prose in example articles under ", o.examples_dir));
  }
  const std::string gazetteer = JoinPath(o.data_dir, "gazetteer");
  for (const char* file : {"curated.tsv", "geo_countries.tsv", "geo_cities.tsv", "geo_norp.tsv"}) {
    CLAIMSCAN_RETURN_IF_ERROR(LoadGazetteer(JoinPath(gazetteer, file), &v));
  }
  CLAIMSCAN_RETURN_IF_ERROR(ForEachDataLine(JoinPath(o.data_dir, "names/first_names.txt"),
                                            [&v](int, std::string_view line) {
                                              v.first_names.emplace_back(line);
                                              return absl::OkStatus();
                                            }));
  // Counted nouns ("people", "rockets") from the quantity lexicon: plural surface forms only.
  CLAIMSCAN_RETURN_IF_ERROR(ForEachDataLine(
      JoinPath(o.data_dir, "quantities/units.tsv"), [&v](int, std::string_view line) {
        const std::vector<std::string> f = Fields(line);
        if (f.size() >= 3 && f[2] == "CARDINAL" && f[0] != f[1] && f[0].back() == 's') {
          v.units.push_back(f[0]);
        }
        return absl::OkStatus();
      }));
  CLAIMSCAN_RETURN_IF_ERROR(
      ForEachDataLine(JoinPath(o.data_dir, "claims/cues.tsv"), [&v](int, std::string_view line) {
        const std::vector<std::string> f = Fields(line);
        if (f.size() < 2) return absl::OkStatus();
        if (f[0] == "say") {
          for (std::string& w : Alternatives(f[1])) {
            if (w.size() > 2 && w.substr(w.size() - 2) == "ed") v.say_verbs.push_back(std::move(w));
          }
        } else if (f[0] == "hedge") {
          for (std::string& w : Alternatives(f[1])) {
            if (w.size() > 2 && w.substr(w.size() - 2) == "ly") v.hedges.push_back(std::move(w));
          }
        }
        return absl::OkStatus();
      }));
  CLAIMSCAN_RETURN_IF_ERROR(
      ForEachDataLine(JoinPath(o.data_dir, "claims/events.tsv"), [&v](int, std::string_view line) {
        const std::vector<std::string> f = Fields(line);
        if (f.size() < 2) return absl::OkStatus();
        for (std::string& w : Alternatives(f[1])) {
          if (w.size() > 2 && w.substr(w.size() - 2) == "ed") v.event_words.push_back(std::move(w));
        }
        return absl::OkStatus();
      }));
  CLAIMSCAN_RETURN_IF_ERROR(ForEachDataLine(
      JoinPath(o.data_dir, "boilerplate/phrases.tsv"), [&v](int, std::string_view line) {
        const std::vector<std::string> f = Fields(line);
        if (f.size() >= 3 && f[1] != "contains" && f[2].size() > 8) v.boilerplate.push_back(f[2]);
        return absl::OkStatus();
      }));
  for (const auto* list : {&v.people, &v.orgs, &v.places, &v.norps, &v.first_names, &v.surnames,
                           &v.units, &v.say_verbs, &v.hedges, &v.event_words, &v.boilerplate}) {
    if (list->empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("a vocabulary list under ", o.data_dir, " came out empty"));
    }
  }
  return v;
}

constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};
constexpr const char* kWeekdays[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                     "Friday", "Saturday", "Sunday"};
constexpr const char* kSmallNumbers[] = {"two",   "three", "four", "five",   "six",
                                         "seven", "eight", "nine", "dozens", "hundreds"};

// A figure in one of the ways news writes them: "1,250", "five", "2.5 million", "dozens of".
std::string Figure(Rng* rng) {
  switch (rng->Below(5)) {
    case 0:
      return std::to_string(rng->Between(2, 99));
    case 1: {
      const int n = rng->Between(1, 99);
      return absl::StrCat(n, ",", rng->Between(100, 999));
    }
    case 2:
      return absl::StrCat(rng->Between(1, 9), ".", rng->Between(1, 9), " million");
    case 3: {
      std::string w = kSmallNumbers[rng->Below(std::size(kSmallNumbers))];
      if (w == "dozens" || w == "hundreds") w += " of";
      return w;
    }
    default:
      return std::to_string(rng->Between(100, 950));
  }
}

std::string Qualified(Rng* rng) {
  constexpr const char* kQualifiers[] = {"at least ", "more than ", "nearly ", "about ",
                                         "up to ",    "",           "",        ""};
  return absl::StrCat(kQualifiers[rng->Below(std::size(kQualifiers))], Figure(rng));
}

std::string Person(const Vocabulary& v, Rng* rng) {
  // Half known to the gazetteer, half unseen names the name recogniser must find.
  if (rng->Percent(50)) return rng->Pick(v.people);
  return absl::StrCat(rng->Pick(v.first_names), " ", rng->Pick(v.surnames));
}

std::string Day(Rng* rng, int year) {
  switch (rng->Below(4)) {
    case 0:
      return absl::StrCat("on ", kWeekdays[rng->Below(7)]);
    case 1:
      return absl::StrCat("on ", kMonths[rng->Below(12)], " ", rng->Between(1, 28));
    case 2:
      return absl::StrCat("on ", kWeekdays[rng->Below(7)], ", ", kMonths[rng->Below(12)], " ",
                          rng->Between(1, 28), ", ", year);
    default:
      return absl::StrCat("in ", kMonths[rng->Below(12)], " ", year);
  }
}

// One sentence built around names, figures, dates and attribution; the wording around them
// comes from the word chain so no two are alike.
void AppendFactSentence(const Vocabulary& v, Rng* rng, int year, std::string* out) {
  switch (rng->Below(7)) {
    case 0:
      absl::StrAppend(out, rng->Pick(v.orgs), " ", rng->Pick(v.event_words), " ", Qualified(rng),
                      " ", rng->Pick(v.units), " in ", rng->Pick(v.places), " ", Day(rng, year),
                      ", ", Person(v, rng), " ", rng->Pick(v.say_verbs), ".");
      break;
    case 1:
      absl::StrAppend(out, "According to ", rng->Pick(v.orgs), ", ", Qualified(rng), " ",
                      rng->Pick(v.units), " were ", rng->Pick(v.event_words), " near ",
                      rng->Pick(v.places), " ", Day(rng, year), ".");
      break;
    case 2: {
      absl::StrAppend(out, "\xE2\x80\x9C");
      v.chain.AppendSentence(rng, out);
      absl::StrAppend(out, "\xE2\x80\x9D ", Person(v, rng), " ", rng->Pick(v.say_verbs), ".");
      break;
    }
    case 3:
      absl::StrAppend(out, rng->Pick(v.norps), " officials ", rng->Pick(v.hedges), " ",
                      rng->Pick(v.event_words), " ", rng->Pick(v.places), " at ",
                      rng->Between(1, 12), rng->Percent(50) ? " a.m." : " p.m.", " ",
                      Day(rng, year), ", while ", rng->Pick(v.orgs), " did not comment.");
      break;
    case 4:
      absl::StrAppend(out, "Damage in ", rng->Pick(v.places), " was estimated at $",
                      rng->Between(2, 900), " million, up ", rng->Between(2, 80), "% from ",
                      year - 1, ", ", rng->Pick(v.orgs), " ", rng->Pick(v.say_verbs), ".");
      break;
    case 5:
      absl::StrAppend(out, Person(v, rng), ", a spokesperson for ", rng->Pick(v.orgs), ", ",
                      rng->Pick(v.say_verbs), " that ", Qualified(rng), " ", rng->Pick(v.units),
                      " had left ", rng->Pick(v.places), " since ", kMonths[rng->Below(12)], ".");
      break;
    default:
      absl::StrAppend(out, "Between ", rng->Between(2, 40), " and ", rng->Between(41, 90), " ",
                      rng->Pick(v.units), " were reported in ", rng->Pick(v.places), " and ",
                      rng->Pick(v.places), " ", Day(rng, year), ".");
  }
}

void AppendArticle(const Vocabulary& v, Rng* rng, std::string* out) {
  const int year = rng->Between(2019, 2025);
  const int month = rng->Between(1, 12);
  const int day = rng->Between(1, 28);
  // Title: a short chain sentence without its stop.
  std::string title;
  v.chain.AppendSentence(rng, &title);
  if (title.size() > 110) title.resize(title.rfind(' ', 110));
  while (!title.empty() && (title.back() == '.' || title.back() == ',')) title.pop_back();
  absl::StrAppend(out, title, "\n");
  absl::StrAppend(out, year, "-", month < 10 ? "0" : "", month, "-", day < 10 ? "0" : "", day,
                  " | ", rng->Between(10, 23), ":", rng->Between(10, 59), "\n");
  absl::StrAppend(out, "By ", rng->Pick(v.first_names), " ", rng->Pick(v.surnames), "\n\n");
  const int paragraphs = rng->Between(4, 10);
  for (int p = 0; p < paragraphs; ++p) {
    if (p == 0) absl::StrAppend(out, rng->Pick(v.places), " \xE2\x80\x94 ");
    const int sentences = rng->Between(2, 5);
    for (int s = 0; s < sentences; ++s) {
      if (s > 0) out->push_back(' ');
      if (rng->Percent(40)) {
        AppendFactSentence(v, rng, year, out);
      } else {
        v.chain.AppendSentence(rng, out);
      }
    }
    out->append("\n\n");
    if (rng->Percent(12)) absl::StrAppend(out, rng->Pick(v.boilerplate), "\n\n");
  }
  if (rng->Percent(50)) absl::StrAppend(out, "Read more: ", rng->Pick(v.places), " news\n");
}

}  // namespace

absl::StatusOr<std::vector<CorpusText>> GenerateNews(const GeneratorOptions& options) {
  CLAIMSCAN_ASSIGN_OR_RETURN(const Vocabulary vocabulary, LoadVocabulary(options));
  Rng rng(options.seed);
  std::vector<CorpusText> out;
  size_t total = 0;
  while (total < options.target_bytes) {
    CorpusText article;
    article.name = absl::StrCat("generated-", out.size());
    AppendArticle(vocabulary, &rng, &article.bytes);
    total += article.bytes.size();
    out.push_back(std::move(article));
  }
  return out;
}

absl::StatusOr<std::vector<CorpusText>> LoadDirectory(const std::string& dir, size_t max_bytes) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return absl::NotFoundError(absl::StrCat(dir, ": not a folder"));
  }
  std::vector<std::filesystem::path> files;
  auto it = std::filesystem::recursive_directory_iterator(
      dir, std::filesystem::directory_options::skip_permission_denied, ec);
  for (; !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) files.push_back(it->path());
  }
  if (ec) return absl::UnknownError(absl::StrCat(dir, ": ", ec.message()));
  std::sort(files.begin(), files.end());
  std::vector<CorpusText> out;
  size_t total = 0;
  for (const auto& path : files) {
    if (total >= max_bytes) break;
    CLAIMSCAN_ASSIGN_OR_RETURN(std::string bytes, ReadFile(path.string()));
    if (bytes.empty()) continue;
    total += bytes.size();
    out.push_back({path.string(), std::move(bytes)});
  }
  if (out.empty()) return absl::NotFoundError(absl::StrCat(dir, ": no non-empty files"));
  return out;
}

absl::StatusOr<std::vector<CorpusText>> LoadBenchDir(size_t max_bytes) {
  const char* dir = std::getenv("CLAIMSCAN_BENCH_DIR");
  if (dir == nullptr || *dir == '\0') return std::vector<CorpusText>{};
  return LoadDirectory(dir, max_bytes);
}

size_t TotalBytes(const std::vector<CorpusText>& texts) {
  size_t total = 0;
  for (const CorpusText& t : texts) total += t.bytes.size();
  return total;
}

}  // namespace claimscan::bench
