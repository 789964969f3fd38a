// Scores SplitSentences on sentence-segmentation suites in JSONL form (pragmatic-segmenter-en,
// pysbd-en: one case per line with "text", "sentences", "options", "sentences_verbatim").
//
//   eval_sentences [--verbose] [--newline=auto|on|off] PATH...
//
// PATH is a suite's dev.jsonl or the folder holding it. Per case the sentences SplitSentences
// returns (trimmed spans into the text) are compared with the gold list as a whole: a case is
// right only if every sentence matches and none is missing or extra.
//  * sentences_verbatim: true  -> byte-exact comparison of the trimmed strings.
//  * sentences_verbatim: false -> the gold comes from the suite's text cleaner (lines joined,
//    debris dropped), which an offset-only splitter cannot reproduce; both sides are compared
//    after folding every run of white space to one space and dropping white space before
//    . , ; : ! ? (NormalizeWhitespace below), and reported as a separate figure.
// Mode: doc_type "pdf" cases run with newline_is_boundary = false; all others with
// newline_is_boundary = true (--newline=auto, the default, matches both suites best: their
// non-PDF texts treat a line break as a boundary). --newline=on/off forces one mode for all.
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/text.h"
#include "common/file.h"
#include "common/json.h"

namespace {

using claimscan::JsonValue;

// Folds white space runs to one space and drops white space before . , ; : ! ? (the suites'
// cleaners join "pricing\n." into "pricing.").
std::string NormalizeWhitespace(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space && std::strchr(".,;:!?", c) == nullptr) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::strchr(" \t\n\r\f\v", s[b]) != nullptr) ++b;
  while (e > b && std::strchr(" \t\n\r\f\v", s[e - 1]) != nullptr) --e;
  return std::string(s.substr(b, e - b));
}

struct Tally {
  int verbatim_right = 0, verbatim_total = 0;
  int cleaned_right = 0, cleaned_total = 0;
  int gold_sentences = 0, sentences_right = 0;  // sentence level, verbatim cases only
};

void PrintList(const char* label, const std::vector<std::string>& v) {
  std::printf("  %s (%zu):\n", label, v.size());
  for (const auto& s : v) std::printf("    | %s\n", s.c_str());
}

double Pct(int a, int b) { return b == 0 ? 0.0 : 100.0 * a / b; }

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  enum class Mode { kAuto, kOn, kOff } mode = Mode::kAuto;
  std::vector<std::string> paths;
  for (int a = 1; a < argc; ++a) {
    std::string_view arg = argv[a];
    if (arg == "--verbose" || arg == "-v") {
      verbose = true;
    } else if (arg == "--newline=auto") {
      mode = Mode::kAuto;
    } else if (arg == "--newline=on") {
      mode = Mode::kOn;
    } else if (arg == "--newline=off") {
      mode = Mode::kOff;
    } else if (arg.substr(0, 2) == "--") {
      std::fprintf(stderr, "unknown option %s\n", argv[a]);
      return 2;
    } else {
      paths.emplace_back(arg);
    }
  }
  if (paths.empty()) {
    std::fprintf(stderr,
                 "usage: eval_sentences [--verbose] [--newline=auto|on|off] "
                 "<suite dir or dev.jsonl>...\n");
    return 2;
  }

  std::map<std::string, Tally> tallies;
  std::vector<claimscan::Span> spans;
  for (const std::string& path_arg : paths) {
    std::string path = path_arg;
    if (path.size() < 6 || path.substr(path.size() - 6) != ".jsonl") {
      path = claimscan::JoinPath(path, "dev.jsonl");
    }
    auto content = claimscan::ReadFile(path);
    if (!content.ok()) {
      std::fprintf(stderr, "%s\n", std::string(content.status().message()).c_str());
      return 1;
    }
    std::string_view rest = *content;
    int line_no = 0;
    while (!rest.empty()) {
      const size_t nl = rest.find('\n');
      std::string_view line = rest.substr(0, nl);
      rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
      ++line_no;
      if (Trim(line).empty()) continue;
      auto parsed = claimscan::ParseJson(line);
      if (!parsed.ok()) {
        std::fprintf(stderr, "%s:%d: %s\n", path.c_str(), line_no,
                     std::string(parsed.status().message()).c_str());
        return 1;
      }
      const JsonValue& c = *parsed;
      const std::string id = c.GetString("id");
      const std::string suite = id.substr(0, id.find('/'));
      const std::string& text = c["text"].str();
      const bool verbatim = c["sentences_verbatim"].boolean();
      const bool pdf = c["options"].GetString("doc_type") == "pdf";

      claimscan::SentenceOptions options;
      options.newline_is_boundary = mode == Mode::kAuto ? !pdf : mode == Mode::kOn;
      spans.clear();
      claimscan::SplitSentences(text, {0, static_cast<uint32_t>(text.size())}, &spans, options);

      std::vector<std::string> got, want;
      for (const auto& s : spans) {
        got.push_back(verbatim ? Trim(s.In(text)) : NormalizeWhitespace(s.In(text)));
      }
      for (const auto& s : c["sentences"].array()) {
        want.push_back(verbatim ? Trim(s.str()) : NormalizeWhitespace(s.str()));
      }
      const bool right = got == want;
      Tally& t = tallies[suite];
      if (verbatim) {
        ++t.verbatim_total;
        t.verbatim_right += right;
        // Sentence level: gold sentences reproduced exactly (each matched at most once).
        std::vector<bool> used(got.size(), false);
        for (const auto& w : want) {
          ++t.gold_sentences;
          for (size_t g = 0; g < got.size(); ++g) {
            if (!used[g] && got[g] == w) {
              used[g] = true;
              ++t.sentences_right;
              break;
            }
          }
        }
      } else {
        ++t.cleaned_total;
        t.cleaned_right += right;
      }
      if (!right && verbose) {
        std::printf("FAIL %s%s%s\n  text: %s\n", id.c_str(), verbatim ? "" : " (non-verbatim)",
                    pdf ? " (pdf)" : "", text.c_str());
        PrintList("want", want);
        PrintList("got", got);
      }
    }
  }

  std::printf("%-24s %22s %22s %22s %18s\n", "suite", "verbatim cases", "non-verbatim (ws-norm)",
              "all cases", "gold sentences");
  for (const auto& [suite, t] : tallies) {
    const int all_right = t.verbatim_right + t.cleaned_right;
    const int all_total = t.verbatim_total + t.cleaned_total;
    std::printf("%-24s %5d/%-5d %7.2f %% %5d/%-5d %7.2f %% %5d/%-5d %7.2f %% %5d/%-5d %5.1f %%\n",
                suite.c_str(), t.verbatim_right, t.verbatim_total,
                Pct(t.verbatim_right, t.verbatim_total), t.cleaned_right, t.cleaned_total,
                Pct(t.cleaned_right, t.cleaned_total), all_right, all_total,
                Pct(all_right, all_total), t.sentences_right, t.gold_sentences,
                Pct(t.sentences_right, t.gold_sentences));
  }
  return 0;
}
