// claimscan — command-line tool.
//
//   claimscan parse   [options] [FILE|DIR|-]...   articles: metadata, body, what was removed
//   claimscan tag     [options] [FILE|DIR|-]...   + entities, quantities, dates
//   claimscan compare [options] [FILE|DIR|-]...   + claims and cross-source findings, per story
//   claimscan stories [options] [FILE|DIR|-]...   which articles report the same story
//
// Exit status: 0 success, 1 bad input (some file could not be read or parsed; the others
// are still processed and reported), 2 usage error.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "claimscan/claimscan.h"
#include "common/file.h"
#include "common/json.h"
#include "story/features.h"

namespace cs = claimscan;
namespace fs = std::filesystem;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadInput = 1;
constexpr int kExitUsage = 2;

enum class Command { kParse, kTag, kCompare, kStories };
enum class Format { kText, kJson, kJsonl, kConll };

struct CliOptions {
  Command command = Command::kParse;
  Format format = Format::kText;
  bool input_jsonl = false;  // inputs are JSONL: one {"id": ..., "text": ...} per line
  bool pretty = false;
  bool show_removed = false;
  int threads = 0;       // 0: hardware concurrency
  bool cluster = false;  // compare: group a mixed pile into stories first (--stories)
  cs::StoryOptions stories;
  cs::ParseOptions parse;
  cs::EngineOptions engine;
  std::vector<std::string> inputs;
};

const char* kUsage =
    "usage: claimscan <command> [options] [FILE|DIR|-]...\n"
    "\n"
    "commands:\n"
    "  parse     title, dates, byline, outlet, dateline, body paragraphs, sentences,\n"
    "            and the boilerplate removed (with --show-removed, why)\n"
    "  tag       parse + entities, quantities and dates\n"
    "  compare   tag + claims, and what the articles agree on, contradict, or say alone\n"
    "            (the inputs are one story; with --stories a mixed pile is grouped first)\n"
    "  stories   group articles into stories (the same event or development)\n"
    "\n"
    "inputs: files; a directory means every *.txt in it (sorted); '-' or none reads stdin.\n"
    "\n"
    "options:\n"
    "  --format text|json|jsonl|conll  output (default text; conll only for tag)\n"
    "  --pretty                 indent JSON\n"
    "  --show-removed           text output: list removed blocks and the reason\n"
    "  --keep-all               no boilerplate removal: every non-empty line is body\n"
    "  --reference-date DATE    YYYY-MM-DD that relative dates resolve against when the\n"
    "                           article gives no publication date\n"
    "  --invalid-utf8 reject|replace   ill-formed UTF-8: fail (default) or replace by '?'\n"
    "  --max-input-bytes N      larger inputs are rejected (default 268435456)\n"
    "  --input-format text|jsonl  jsonl: each input line is {\"id\":...,\"text\":...}\n"
    "  --data-dir DIR           data folder (default: $CLAIMSCAN_DATA_DIR or installed)\n"
    "  --gazetteer FILE         extra gazetteer (TSV, see data/gazetteer/README.md);\n"
    "                           repeatable\n"
    "  --no-default-gazetteer   only the --gazetteer files\n"
    "  --threads N              worker threads (default: all cores)\n"
    "  --stories                compare: group a mixed pile into stories first and\n"
    "                           compare story by story; with --format jsonl the pile\n"
    "                           streams, one line per story (any number of articles)\n"
    "  --story-threshold X      similarity (0..1) for an article to join a story\n"
    "                           (default 0.18; higher splits more)\n"
    "  -h, --help               this help\n"
    "  --version                print the version\n";

int UsageError(const std::string& msg) {
  std::cerr << "claimscan: " << msg << "\n(claimscan --help for usage)\n";
  return kExitUsage;
}

// Returns std::nullopt on success, else the exit code.
std::optional<int> ParseArgs(int argc, char** argv, CliOptions* o) {
  if (argc < 2) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  std::string cmd = argv[1];
  if (cmd == "-h" || cmd == "--help" || cmd == "help") {
    std::cout << kUsage;
    return kExitOk;
  }
  if (cmd == "--version" || cmd == "version") {
    std::cout << "claimscan " << cs::Version() << "\n";
    return kExitOk;
  }
  if (cmd == "parse") {
    o->command = Command::kParse;
  } else if (cmd == "tag") {
    o->command = Command::kTag;
  } else if (cmd == "compare") {
    o->command = Command::kCompare;
  } else if (cmd == "stories") {
    o->command = Command::kStories;
  } else {
    return UsageError("unknown command '" + cmd + "'");
  }
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](std::string* out) -> bool {
      size_t eq = a.find('=');
      if (a.rfind("--", 0) == 0 && eq != std::string::npos) {
        *out = a.substr(eq + 1);
        a = a.substr(0, eq);
        return true;
      }
      if (i + 1 >= argc) return false;
      *out = argv[++i];
      return true;
    };
    std::string v;
    std::string name = a.substr(0, a.find('='));
    if (name == "-h" || name == "--help") {
      std::cout << kUsage;
      return kExitOk;
    } else if (name == "--version") {
      std::cout << "claimscan " << cs::Version() << "\n";
      return kExitOk;
    } else if (name == "--format") {
      if (!value(&v)) return UsageError("--format needs a value");
      if (v == "text")
        o->format = Format::kText;
      else if (v == "json")
        o->format = Format::kJson;
      else if (v == "jsonl")
        o->format = Format::kJsonl;
      else if (v == "conll")
        o->format = Format::kConll;
      else
        return UsageError("unknown format '" + v + "' (text, json, jsonl, conll)");
    } else if (name == "--pretty") {
      o->pretty = true;
    } else if (name == "--show-removed") {
      o->show_removed = true;
    } else if (name == "--keep-all") {
      o->parse.remove_boilerplate = false;
    } else if (name == "--reference-date") {
      if (!value(&v)) return UsageError("--reference-date needs YYYY-MM-DD");
      cs::CivilDate d;
      if (!cs::ParseIsoDate(v, &d)) return UsageError("bad --reference-date '" + v + "'");
      o->parse.reference_date = d;
    } else if (name == "--invalid-utf8") {
      if (!value(&v)) return UsageError("--invalid-utf8 needs reject or replace");
      if (v == "reject")
        o->parse.invalid_utf8 = cs::InvalidUtf8::kReject;
      else if (v == "replace")
        o->parse.invalid_utf8 = cs::InvalidUtf8::kReplace;
      else
        return UsageError("--invalid-utf8 takes reject or replace");
    } else if (name == "--max-input-bytes") {
      if (!value(&v)) return UsageError("--max-input-bytes needs a number");
      char* end = nullptr;
      unsigned long long n = std::strtoull(v.c_str(), &end, 10);
      // strtoull accepts "-5" (as a huge number): only plain digits are a size.
      if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos || *end != '\0' ||
          n == 0) {
        return UsageError("--max-input-bytes takes a positive number of bytes");
      }
      o->parse.max_input_bytes = static_cast<size_t>(n);
    } else if (name == "--input-format") {
      if (!value(&v)) return UsageError("--input-format needs text or jsonl");
      if (v == "jsonl")
        o->input_jsonl = true;
      else if (v != "text")
        return UsageError("--input-format takes text or jsonl");
    } else if (name == "--data-dir") {
      if (!value(&v)) return UsageError("--data-dir needs a folder");
      o->engine.data_dir = v;
    } else if (name == "--gazetteer") {
      if (!value(&v)) return UsageError("--gazetteer needs a file");
      o->engine.gazetteer_files.push_back(v);
    } else if (name == "--no-default-gazetteer") {
      o->engine.load_default_gazetteers = false;
    } else if (name == "--threads") {
      if (!value(&v)) return UsageError("--threads needs a number");
      o->threads = std::atoi(v.c_str());
      if (o->threads <= 0) return UsageError("bad --threads '" + v + "'");
    } else if (name == "--stories") {
      o->cluster = true;
    } else if (name == "--story-threshold") {
      if (!value(&v)) return UsageError("--story-threshold needs a number");
      char* end = nullptr;
      double t = std::strtod(v.c_str(), &end);
      if (v.empty() || *end != '\0' || !(t > 0 && t < 1)) {
        return UsageError("--story-threshold takes a number between 0 and 1");
      }
      o->stories.threshold = t;
    } else if (a.size() > 1 && a[0] == '-') {
      return UsageError("unknown option '" + a + "'");
    } else {
      o->inputs.push_back(a);
    }
  }
  // A pile compared as one story has one result: its JSONL is one line. Grouped into stories
  // (`stories`, `compare --stories`), JSONL is one line per story, streamed.
  if (o->format == Format::kJsonl && o->command == Command::kCompare && !o->cluster) {
    o->format = Format::kJson;
  }
  if (o->format == Format::kConll && o->command != Command::kTag) {
    return UsageError("--format conll is only for 'tag'");
  }
  if (o->inputs.empty()) o->inputs.push_back("-");
  return std::nullopt;
}

// One article to process: where it came from and its bytes (read lazily for files).
struct Input {
  std::string id;
  std::string path;  // "-" for stdin; empty when `bytes` came from a JSONL line
  std::string bytes;
  bool loaded = false;
};

std::string IdFromPath(const std::string& path) {
  if (path == "-") return "stdin";
  return fs::path(path).stem().string();
}

absl::Status ReadAll(std::istream& in, std::string* out) {
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  *out = std::move(data);
  return absl::OkStatus();
}

// Expands directories and JSONL files into inputs. Errors are reported and counted.
void CollectInputs(const CliOptions& o, std::vector<Input>* inputs, int* failures) {
  auto add_jsonl = [&](const std::string& origin, const std::string& data) {
    size_t line_no = 0;
    size_t start = 0;
    while (start < data.size()) {
      size_t nl = data.find('\n', start);
      if (nl == std::string::npos) nl = data.size();
      std::string_view line(data.data() + start, nl - start);
      start = nl + 1;
      ++line_no;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
      auto v = cs::ParseJson(line);
      if (!v.ok() || !v->is_object() || !(*v)["text"].is_string()) {
        std::cerr << "claimscan: " << origin << ":" << line_no << ": "
                  << (v.ok() ? std::string("expected an object with a \"text\" string")
                             : std::string(v.status().message()))
                  << "\n";
        ++*failures;
        continue;
      }
      Input in;
      in.id = v->GetString("id", origin + ":" + std::to_string(line_no));
      in.bytes = (*v)["text"].str();
      in.loaded = true;
      inputs->push_back(std::move(in));
    }
  };
  for (const std::string& path : o.inputs) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      std::vector<std::string> files;
      for (const auto& entry : fs::directory_iterator(path, ec)) {
        if (entry.is_regular_file() &&
            entry.path().extension() == (o.input_jsonl ? ".jsonl" : ".txt")) {
          files.push_back(entry.path().string());
        }
      }
      if (ec) {
        std::cerr << "claimscan: " << path << ": " << ec.message() << "\n";
        ++*failures;
        continue;
      }
      std::sort(files.begin(), files.end());
      if (files.empty()) {
        std::cerr << "claimscan: " << path << ": no " << (o.input_jsonl ? "*.jsonl" : "*.txt")
                  << " files in this folder\n";
        ++*failures;
      }
      for (const std::string& f : files) {
        if (o.input_jsonl) {
          auto data = cs::ReadFile(f);
          if (!data.ok()) {
            std::cerr << "claimscan: " << data.status().message() << "\n";
            ++*failures;
            continue;
          }
          add_jsonl(f, *data);
        } else {
          inputs->push_back(Input{IdFromPath(f), f, "", false});
        }
      }
      continue;
    }
    if (o.input_jsonl) {
      std::string data;
      if (path == "-") {
        (void)ReadAll(std::cin, &data);
      } else {
        auto d = cs::ReadFile(path);
        if (!d.ok()) {
          std::cerr << "claimscan: " << d.status().message() << "\n";
          ++*failures;
          continue;
        }
        data = std::move(*d);
      }
      add_jsonl(path, data);
    } else {
      inputs->push_back(Input{IdFromPath(path), path, "", false});
    }
  }
}

absl::Status Load(Input* in, size_t max_bytes) {
  if (in->loaded) return absl::OkStatus();
  in->loaded = true;
  if (in->path == "-") return ReadAll(std::cin, &in->bytes);
  // Read a little past the limit so the parser reports the size error with the limit.
  auto data = cs::ReadFile(in->path, max_bytes + 1);
  if (!data.ok()) return data.status();
  in->bytes = std::move(*data);
  return absl::OkStatus();
}

// An input that is empty or all white space is a user error at the command line, though the
// library parses it to an empty article.
bool IsBlank(const std::string& s) {
  return s.find_first_not_of(" \t\r\n\f\v") == std::string::npos;
}

struct Result {
  absl::Status status = absl::OkStatus();
  std::optional<cs::Document> doc;
};

// Analyses inputs[begin, end) on `threads` workers, one Engine::Scratch each.
void AnalyzeRange(const cs::Engine& engine, const CliOptions& o, std::vector<Input>& inputs,
                  size_t begin, size_t end, std::vector<Result>* results, int threads) {
  std::atomic<size_t> next{begin};
  auto worker = [&] {
    auto scratch = engine.NewScratch();
    for (size_t i = next++; i < end; i = next++) {
      Result& r = (*results)[i - begin];
      Input& in = inputs[i];
      // stdin is read on this thread too, but only one input can be "-".
      r.status = Load(&in, o.parse.max_input_bytes);
      if (r.status.ok() && IsBlank(in.bytes)) {
        r.status = absl::InvalidArgumentError(in.bytes.empty() ? "empty input"
                                                               : "no text (only white space)");
      }
      if (!r.status.ok()) continue;
      if (o.command == Command::kParse) {
        auto a = engine.Parse(in.id, std::move(in.bytes), o.parse);
        if (!a.ok()) {
          r.status = a.status();
          continue;
        }
        r.doc.emplace();
        r.doc->article = std::move(*a);
      } else {
        auto d = engine.Analyze(in.id, std::move(in.bytes), o.parse, scratch.get());
        if (!d.ok()) {
          r.status = d.status();
          continue;
        }
        r.doc = std::move(*d);
      }
      in.bytes.clear();
      in.bytes.shrink_to_fit();
    }
  };
  size_t n = end - begin;
  int t = static_cast<int>(std::min<size_t>(n, static_cast<size_t>(std::max(threads, 1))));
  std::vector<std::thread> pool;
  for (int k = 1; k < t; ++k) pool.emplace_back(worker);
  worker();
  for (auto& th : pool) th.join();
}

std::string Where(const Input& in) {
  if (in.path.empty()) return in.id;
  return in.path == "-" ? "<stdin>" : in.path;
}

void WriteDoc(const CliOptions& o, const cs::Document& doc, std::string* out) {
  cs::ReportOptions ro;
  ro.pretty = o.pretty && o.format == Format::kJson;
  ro.show_removed = o.show_removed;
  switch (o.format) {
    case Format::kText:
      if (o.command == Command::kParse)
        cs::AppendArticleText(doc.article, ro, out);
      else
        cs::AppendTaggedText(doc, ro, out);
      break;
    case Format::kConll:
      cs::AppendConll(doc, out);
      break;
    case Format::kJson:
    case Format::kJsonl:
      if (o.command == Command::kParse)
        cs::AppendArticleJson(doc.article, ro, out);
      else
        cs::AppendTaggedJson(doc, ro, out);
      break;
  }
}

// A progress line on stderr, only when stderr is a terminal (never in logs or pipes).
class Progress {
 public:
  Progress() : enabled_(isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()) {}
  void Update(const char* what, size_t done, size_t total) {
    if (!enabled_) return;
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    std::fprintf(stderr, "\rclaimscan: %s %zu/%zu (%.0f/s)\x1b[K", what, done, total,
                 s > 0 ? static_cast<double>(done) / s : 0.0);
  }
  void Done() {
    if (enabled_) std::fputs("\n", stderr);
  }

 private:
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
};

// Only what the story reports print of an article: its id, title and dates. 100,000 of these
// cost a few tens of megabytes, where whole analysed documents would cost gigabytes.
cs::Document SlimDocument(const cs::Document& doc) {
  cs::Document slim;
  slim.article.id = doc.article.id;
  slim.article.text = std::string(doc.article.View(doc.article.title));
  slim.article.title = {0, static_cast<uint32_t>(slim.article.text.size())};
  slim.article.published = doc.article.published;
  slim.article.published_iso = doc.article.published_iso;
  slim.article.published_confidence = doc.article.published_confidence;
  return slim;
}

// `stories`, and `compare --stories --format jsonl`: a pile of any size in two passes with
// memory bounded by the batch in flight plus each article's story features. Pass 1 analyses
// in batches and keeps only the features (ClusterStoryInputs gives exactly what
// ClusterStories gives on the whole documents). Pass 2 (compare) analyses each story's
// articles again, compares them and writes the story as one JSON line.
int RunStreamingStories(const cs::Engine& engine, const CliOptions& o, std::vector<Input>& inputs,
                        int failures, int threads) {
  constexpr size_t kBatch = 256;
  Progress progress;
  std::vector<cs::StoryInput> features;
  std::vector<cs::Document> slim;   // per analysed article
  std::vector<size_t> input_index;  // per analysed article: its Input
  for (size_t begin = 0; begin < inputs.size(); begin += kBatch) {
    const size_t end = std::min(inputs.size(), begin + kBatch);
    std::vector<Result> results(end - begin);
    AnalyzeRange(engine, o, inputs, begin, end, &results, threads);
    for (size_t i = begin; i < end; ++i) {
      Result& r = results[i - begin];
      Input& in = inputs[i];
      if (!r.status.ok()) {
        std::cerr << "claimscan: " << Where(in) << ": " << r.status.message() << "\n";
        ++failures;
        in = Input{};
        continue;
      }
      features.push_back(cs::MakeStoryInput(*r.doc, o.stories));
      slim.push_back(SlimDocument(*r.doc));
      input_index.push_back(i);
      // Files are read again in pass 2; text that came from stdin or JSONL is kept.
      if (o.command == Command::kCompare && (in.path.empty() || in.path == "-")) {
        in.bytes = std::move(r.doc->article.original);
        in.loaded = true;
      } else {
        in.bytes.clear();
        in.bytes.shrink_to_fit();
        in.loaded = false;
      }
    }
    progress.Update("analysed", end, inputs.size());
  }
  progress.Done();
  if (slim.empty()) {
    if (failures == 0) std::cerr << "claimscan: no articles to compare\n";
    return kExitBadInput;
  }
  const std::vector<cs::Story> stories = cs::ClusterStoryInputs(features, o.stories);
  features = {};
  cs::ReportOptions ro;
  ro.pretty = o.pretty && o.format == Format::kJson;
  std::string out;
  if (o.command == Command::kStories) {
    if (o.format == Format::kText) {
      cs::AppendStoriesText(slim, stories, ro, &out);
    } else if (o.format == Format::kJsonl) {
      for (const cs::Story& story : stories) {
        cs::AppendStoriesJson(slim, {story}, ro, &out);
        out.push_back('\n');
      }
    } else {
      cs::AppendStoriesJson(slim, stories, ro, &out);
      out.push_back('\n');
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    return failures ? kExitBadInput : kExitOk;
  }

  // Pass 2: one story at a time, its articles analysed again (the same bytes give the same
  // documents), compared alone; story ids and labels are the whole pile's.
  for (size_t si = 0; si < stories.size(); ++si) {
    const cs::Story& story = stories[si];
    std::vector<Input> story_inputs;
    for (uint32_t d : story.docs) story_inputs.push_back(std::move(inputs[input_index[d]]));
    std::vector<Result> results(story_inputs.size());
    AnalyzeRange(engine, o, story_inputs, 0, story_inputs.size(), &results, threads);
    std::vector<cs::Document> docs;
    cs::Story local = story;
    local.docs.clear();
    for (size_t k = 0; k < results.size(); ++k) {
      if (!results[k].status.ok()) {  // a file changed or vanished since pass 1
        std::cerr << "claimscan: " << Where(story_inputs[k]) << ": " << results[k].status.message()
                  << "\n";
        ++failures;
        continue;
      }
      local.docs.push_back(static_cast<uint32_t>(docs.size()));
      docs.push_back(std::move(*results[k].doc));
    }
    if (docs.empty()) continue;
    const cs::CompareResult result = engine.CompareStories(docs, {local});
    cs::AppendCompareJson(docs, result, ro, &out);
    out.push_back('\n');
    std::fwrite(out.data(), 1, out.size(), stdout);
    out.clear();
    progress.Update("stories compared", si + 1, stories.size());
  }
  progress.Done();
  std::fflush(stdout);
  return failures ? kExitBadInput : kExitOk;
}

int Run(const CliOptions& o) {
  auto engine = cs::Engine::Create(o.engine);
  if (!engine.ok()) {
    std::cerr << "claimscan: " << engine.status().message() << "\n";
    return kExitBadInput;
  }
  int failures = 0;
  std::vector<Input> inputs;
  CollectInputs(o, &inputs, &failures);
  int threads = o.threads > 0 ? o.threads
                              : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

  if (o.command == Command::kStories ||
      (o.command == Command::kCompare && o.cluster && o.format == Format::kJsonl)) {
    return RunStreamingStories(**engine, o, inputs, failures, threads);
  }
  if (o.command == Command::kCompare) {
    std::vector<Result> results(inputs.size());
    AnalyzeRange(**engine, o, inputs, 0, inputs.size(), &results, threads);
    std::vector<cs::Document> docs;
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (!results[i].status.ok()) {
        std::cerr << "claimscan: " << Where(inputs[i]) << ": " << results[i].status.message()
                  << "\n";
        ++failures;
        continue;
      }
      docs.push_back(std::move(*results[i].doc));
    }
    if (docs.empty()) {
      if (failures == 0) std::cerr << "claimscan: no articles to compare\n";
      return kExitBadInput;
    }
    std::vector<cs::Story> stories;
    if (!o.cluster) {
      cs::Story all;
      for (uint32_t i = 0; i < docs.size(); ++i) all.docs.push_back(i);
      stories.push_back(std::move(all));
    } else {
      stories = cs::ClusterStories(docs, o.stories);
    }
    std::string out;
    cs::ReportOptions ro;
    ro.pretty = o.pretty;
    cs::CompareResult result = (*engine)->CompareStories(docs, stories);
    if (o.format == Format::kText) {
      cs::AppendCompareText(docs, result, ro, &out);
    } else {
      cs::AppendCompareJson(docs, result, ro, &out);
      out.push_back('\n');
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return failures ? kExitBadInput : kExitOk;
  }

  // parse / tag: stream in batches so memory is bounded by the batch, not the corpus.
  const size_t batch = 256;
  bool json_array = o.format == Format::kJson;
  bool first = true;
  std::string out;
  if (json_array) out.append("[");
  for (size_t begin = 0; begin < inputs.size(); begin += batch) {
    size_t end = std::min(inputs.size(), begin + batch);
    std::vector<Result> results(end - begin);
    AnalyzeRange(**engine, o, inputs, begin, end, &results, threads);
    for (size_t i = begin; i < end; ++i) {
      Result& r = results[i - begin];
      if (!r.status.ok()) {
        std::cerr << "claimscan: " << Where(inputs[i]) << ": " << r.status.message() << "\n";
        ++failures;
        continue;
      }
      if (json_array) {
        if (!first) out.append(",");
        if (o.pretty) out.append("\n");
      }
      first = false;
      WriteDoc(o, *r.doc, &out);
      if (o.format == Format::kJsonl) out.push_back('\n');
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    out.clear();
    // Drop the batch's inputs: only the work in flight stays in memory.
    for (size_t i = begin; i < end; ++i) inputs[i] = Input{};
  }
  if (json_array) {
    out.append(o.pretty ? "\n]\n" : "]\n");
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  std::fflush(stdout);
  return failures ? kExitBadInput : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  CliOptions o;
  if (auto code = ParseArgs(argc, argv, &o)) return *code;
  try {
    return Run(o);
  } catch (const std::exception& e) {
    std::cerr << "claimscan: internal error: " << e.what() << "\n";
    return kExitBadInput;
  }
}
