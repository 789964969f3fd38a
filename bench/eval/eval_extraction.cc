// eval_extraction: runs the article parser over an extraction data folder and writes what it
// extracted, for bench/eval/score_extraction.py to score against the folder's gold.
//
//   eval_extraction <data folder> <output dir> [--keep-all] [--no-headings] [--explain]
//
// <data folder> holds dev.jsonl (one page a line: {"id", "text_path", ...}) and the text files
// it names (article-extraction-benchmark, trafilatura-eval). For every page the tool writes
//   <output dir>/<id>.txt        the body: headings and paragraphs, blank-line separated
//   <output dir>/<id>.meta.json  {"title", "date", "authors", "date_confidence"}
//   <output dir>/<id>.explain.txt  with --explain: every block, what it became and why
// and prints a one-line summary (pages, failures, time).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "claimscan/article.h"
#include "common/file.h"
#include "common/json.h"

namespace {

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string JsonQuote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

// One line per kept or removed block, in text order: "<what>\t<text>".
std::string Explain(const claimscan::Article& a) {
  std::vector<std::pair<claimscan::Span, std::string>> rows;
  auto add = [&](claimscan::Span s, std::string what) {
    if (!s.empty()) rows.emplace_back(s, std::move(what));
  };
  add(a.title, "TITLE");
  add(a.subtitle, "SUBTITLE");
  add(a.byline, "BYLINE");
  for (auto s : a.headings) add(s, "HEADING");
  for (auto s : a.paragraphs) add(s, "BODY");
  for (const auto& r : a.removed)
    add(r.span, "-" + std::string(claimscan::RemovalReasonName(r.reason)));
  std::sort(rows.begin(), rows.end(),
            [](const auto& x, const auto& y) { return x.first.begin < y.first.begin; });
  std::string out;
  for (const auto& [span, what] : rows) {
    out += what;
    out += '\t';
    std::string_view line = a.View(span);
    if (line.size() > 160) {
      size_t cut = 160;
      while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
      line = line.substr(0, cut);  // whole characters only
    }
    out += line;
    out += '\n';
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr,
                 "usage: %s <data folder> <output dir> [--keep-all] [--no-headings] [--explain]\n",
                 argv[0]);
    return 2;
  }
  const std::string folder = argv[1], out_dir = argv[2];
  claimscan::ParseOptions options;
  options.invalid_utf8 = claimscan::InvalidUtf8::kReplace;
  bool headings = true, explain = false;
  for (int i = 3; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--keep-all")
      options.remove_boilerplate = false;
    else if (arg == "--no-headings")
      headings = false;
    else if (arg == "--explain")
      explain = true;
    else {
      std::fprintf(stderr, "unknown option %s\n", argv[i]);
      return 2;
    }
  }
  auto parser = claimscan::ArticleParser::Create(CLAIMSCAN_EVAL_DATA_DIR);
  if (!parser.ok()) {
    std::fprintf(stderr, "%s\n", parser.status().ToString().c_str());
    return 1;
  }
  auto index = claimscan::ReadFile(claimscan::JoinPath(folder, "dev.jsonl"));
  if (!index.ok()) {
    std::fprintf(stderr, "%s\n", index.status().ToString().c_str());
    return 1;
  }
  std::filesystem::create_directories(out_dir);
  int pages = 0, failures = 0;
  size_t bytes_total = 0;
  double seconds = 0;
  size_t pos = 0;
  while (pos < index->size()) {
    size_t nl = index->find('\n', pos);
    if (nl == std::string::npos) nl = index->size();
    const std::string_view line(index->data() + pos, nl - pos);
    pos = nl + 1;
    if (line.empty()) continue;
    auto page = claimscan::ParseJson(line);
    if (!page.ok()) {
      std::fprintf(stderr, "dev.jsonl: %s\n", page.status().ToString().c_str());
      return 1;
    }
    const std::string id = page->GetString("id");
    auto bytes = claimscan::ReadFile(claimscan::JoinPath(folder, page->GetString("text_path")));
    ++pages;
    if (!bytes.ok()) {
      ++failures;
      std::fprintf(stderr, "%s: %s\n", id.c_str(), bytes.status().ToString().c_str());
      continue;
    }
    bytes_total += bytes->size();
    const auto start = std::chrono::steady_clock::now();
    auto article = (*parser)->Parse(id, std::move(*bytes), options);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!article.ok()) {
      ++failures;
      std::fprintf(stderr, "%s: %s\n", id.c_str(), article.status().ToString().c_str());
      continue;
    }
    // Body in text order: paragraphs, and headings unless asked not to.
    std::vector<claimscan::Span> body = article->paragraphs;
    if (headings) body.insert(body.end(), article->headings.begin(), article->headings.end());
    std::sort(body.begin(), body.end(),
              [](claimscan::Span x, claimscan::Span y) { return x.begin < y.begin; });
    std::string text;
    for (const claimscan::Span& s : body) {
      if (!text.empty()) text += "\n\n";
      text += article->View(s);
    }
    WriteFile(claimscan::JoinPath(out_dir, id + ".txt"), text);
    std::string meta = "{\"title\": " + JsonQuote(article->View(article->title)) +
                       ", \"date\": " + JsonQuote(article->published_iso.substr(0, 10)) +
                       ", \"date_confidence\": " + std::to_string(article->published_confidence) +
                       ", \"authors\": [";
    for (size_t i = 0; i < article->authors.size(); ++i) {
      if (i) meta += ", ";
      meta += JsonQuote(article->View(article->authors[i]));
    }
    meta += "], \"dates\": [";
    for (size_t i = 0; i < article->dates.size() && i < 30; ++i) {
      if (i) meta += ", ";
      meta += JsonQuote(article->dates[i].value);
    }
    meta += "]}\n";
    WriteFile(claimscan::JoinPath(out_dir, id + ".meta.json"), meta);
    if (explain) WriteFile(claimscan::JoinPath(out_dir, id + ".explain.txt"), Explain(*article));
  }
  std::printf("pages %d, failures %d, %.1f MB in %.3f s (%.1f MB/s)\n", pages, failures,
              bytes_total / 1e6, seconds, seconds > 0 ? bytes_total / 1e6 / seconds : 0.0);
  return failures == 0 ? 0 : 1;
}
