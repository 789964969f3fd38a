// Runs the claimscan binary as a user would and checks exit codes, messages and output.
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>

#include "common/json.h"

namespace claimscan {
namespace {

// CTest runs test cases as parallel processes: every temporary file is named after this
// process so that two cases never read each other's files.
std::string TempPath(const std::string& name) {
  return ::testing::TempDir() + "claimscan_" + std::to_string(getpid()) + "_" + name;
}

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

CliRun Claimscan(const std::string& args, const std::string& stdin_file = "") {
  std::string err_path = TempPath("cli_stderr.txt");
  std::string cmd = std::string(CLAIMSCAN_CLI_PATH) + " " + args + " 2>" + err_path;
  if (!stdin_file.empty()) cmd += " <" + stdin_file;
  CliRun r;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream e(err_path);
  r.err.assign(std::istreambuf_iterator<char>(e), std::istreambuf_iterator<char>());
  return r;
}

const std::string kExamples = CLAIMSCAN_TEST_EXAMPLES_DIR;

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = TempPath(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(Cli, CompareExamplesPrintsJsonWithAllFiveArticles) {
  CliRun r = Claimscan("compare " + kExamples + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto v = ParseJson(r.out);
  ASSERT_TRUE(v.ok()) << v.status();
  ASSERT_EQ((*v)["articles"].array().size(), 5u);
  EXPECT_EQ((*v)["articles"].array()[0].GetString("id"), "000_ebbecf3718b6671e");
  EXPECT_FALSE((*v)["entities"].array().empty());
  EXPECT_FALSE((*v)["claims"].array().empty());
  EXPECT_FALSE((*v)["findings"].array().empty());
  // Every claim's text is the article's bytes at its offsets.
  for (const JsonValue& c : (*v)["claims"].array()) {
    std::ifstream f(kExamples + "/" + c.GetString("article") + ".txt", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    size_t b = static_cast<size_t>(c.GetNumber("start"));
    size_t e = static_cast<size_t>(c.GetNumber("end"));
    ASSERT_LE(e, bytes.size());
    EXPECT_EQ(bytes.substr(b, e - b), c.GetString("text"));
  }
}

TEST(Cli, CompareTextIsReadable) {
  CliRun r = Claimscan("compare " + kExamples);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("5 articles"), std::string::npos);
  EXPECT_NE(r.out.find("CORROBORATED"), std::string::npos);
}

TEST(Cli, ParseJsonlHasOneArticlePerLine) {
  CliRun r = Claimscan("parse --format jsonl " + kExamples);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  int lines = 0;
  size_t start = 0;
  while (start < r.out.size()) {
    size_t nl = r.out.find('\n', start);
    auto v = ParseJson(std::string_view(r.out).substr(start, nl - start));
    ASSERT_TRUE(v.ok()) << v.status();
    EXPECT_FALSE(v->GetString("id").empty());
    EXPECT_FALSE((*v)["paragraphs"].array().empty());
    // 001 opens straight with a paragraph: it has no title line, and must not get one.
    if (v->GetString("id") == "001_e40af85a717e963c") {
      EXPECT_TRUE((*v)["title"].is_null());
    } else {
      EXPECT_FALSE(v->GetString("title").empty());
    }
    ++lines;
    start = nl + 1;
  }
  EXPECT_EQ(lines, 5);
}

TEST(Cli, TagReadsStdinAndWritesConll) {
  std::string path = WriteTemp(
      "stdin.txt", "Israel and Hezbollah\nIsrael struck Beirut on Monday, officials said.\n");
  CliRun r = Claimscan("tag --format conll -", path);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Beirut B-GPE"), std::string::npos) << r.out;
}

TEST(Cli, EmptyBinaryAndMissingFilesFailWithOneLineErrors) {
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 7919) & 0xFF));
  std::string bin = WriteTemp("junk.bin", binary);
  for (const std::string& file :
       {std::string("/dev/null"), bin, std::string("/no/such/file.txt")}) {
    CliRun r = Claimscan("parse " + file);
    EXPECT_EQ(r.exit_code, 1) << file;
    EXPECT_NE(r.err.find(file), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << "one line: " << r.err;
  }
}

TEST(Cli, OneBadFileDoesNotStopTheOthers) {
  CliRun r = Claimscan("parse --format jsonl /no/such/file.txt " + kExamples +
                       "/001_e40af85a717e963c.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("001_e40af85a717e963c"), std::string::npos);
}

// A big run streams: one JSON line per story, whatever the pile holds. The lines together
// hold the same stories and findings as the one JSON object of `--format json`; a binary and
// an empty file are reported on stderr and do not stop the run.
TEST(Cli, CompareStoriesJsonlStreamsOneLinePerStory) {
  std::string junk;
  for (int i = 0; i < 2048; ++i) junk.push_back(static_cast<char>((i * 7919) & 0xFF));
  const std::string bad = WriteTemp("pile_junk.txt", junk);
  const std::string empty = WriteTemp("pile_empty.txt", "");
  const std::string pile = kExamples + " " + bad + " " + empty;
  CliRun whole = Claimscan("compare --stories --format json " + pile);
  CliRun lines = Claimscan("compare --stories --format jsonl " + pile);
  EXPECT_EQ(whole.exit_code, 1);
  EXPECT_EQ(lines.exit_code, 1);
  EXPECT_NE(lines.err.find(bad), std::string::npos) << lines.err;
  EXPECT_NE(lines.err.find(empty), std::string::npos) << lines.err;
  auto all = ParseJson(whole.out);
  ASSERT_TRUE(all.ok()) << all.status();
  const auto& stories = (*all)["stories"].array();
  ASSERT_GE(stories.size(), 1u);
  size_t line_count = 0, findings = 0, articles = 0;
  size_t start = 0;
  while (start < lines.out.size()) {
    const size_t nl = lines.out.find('\n', start);
    ASSERT_NE(nl, std::string::npos);
    auto v = ParseJson(std::string_view(lines.out).substr(start, nl - start));
    ASSERT_TRUE(v.ok()) << v.status();
    ASSERT_EQ((*v)["stories"].array().size(), 1u);
    const JsonValue& story = (*v)["stories"].array()[0];
    ASSERT_LT(line_count, stories.size());
    EXPECT_EQ(story.GetString("label"), stories[line_count].GetString("label"));
    EXPECT_EQ(story["articles"].array().size(), stories[line_count]["articles"].array().size());
    EXPECT_EQ(story["findings"].array().size(), stories[line_count]["findings"].array().size());
    findings += (*v)["findings"].array().size();
    articles += (*v)["articles"].array().size();
    ++line_count;
    start = nl + 1;
  }
  EXPECT_EQ(line_count, stories.size());
  EXPECT_EQ(articles, 5u);
  EXPECT_EQ(findings, (*all)["findings"].array().size());

  CliRun story_lines = Claimscan("stories --format jsonl " + kExamples);
  ASSERT_EQ(story_lines.exit_code, 0) << story_lines.err;
  EXPECT_EQ(static_cast<size_t>(std::count(story_lines.out.begin(), story_lines.out.end(), '\n')),
            stories.size());
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(Claimscan("").exit_code, 2);
  EXPECT_EQ(Claimscan("frobnicate").exit_code, 2);
  EXPECT_EQ(Claimscan("parse --format xml x").exit_code, 2);
  EXPECT_EQ(Claimscan("parse --reference-date 2024-13-40 x").exit_code, 2);
  EXPECT_EQ(Claimscan("compare --format conll x").exit_code, 2);
  CliRun help = Claimscan("parse --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("usage: claimscan"), std::string::npos);
  CliRun version = Claimscan("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("claimscan 1.", 0), 0u);
}

TEST(Cli, JsonlInputTakesIdAndText) {
  std::string path = WriteTemp("in.jsonl",
                               "{\"id\":\"a\",\"text\":\"Title\\nThe army said on Monday it had "
                               "withdrawn from the town.\"}\nnot json\n");
  CliRun r = Claimscan("parse --keep-all --input-format jsonl --format jsonl " + path);
  EXPECT_EQ(r.exit_code, 1);  // the second line is bad
  EXPECT_NE(r.err.find("in.jsonl:2"), std::string::npos) << r.err;
  auto v = ParseJson(r.out.substr(0, r.out.find('\n')));
  ASSERT_TRUE(v.ok()) << r.out;
  EXPECT_EQ(v->GetString("id"), "a");
}

}  // namespace
}  // namespace claimscan
