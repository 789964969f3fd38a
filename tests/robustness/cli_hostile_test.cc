// Hostile inputs through the command-line tool, run as a user runs it: each ends with exit
// status 0 or 1 and a message, never a signal (crash) or a hang.
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "robustness_util.h"

namespace claimscan::robustness {
namespace {

// CTest runs test cases as parallel processes: every temporary file is named after this
// process so that two cases never read each other's files.
std::string TempPath(const std::string& name) {
  return ::testing::TempDir() + "claimscan_" + std::to_string(getpid()) + "_" + name;
}

struct CliRun {
  bool exited = false;  // false: killed by a signal
  int exit_code = -1;
  std::string out;
  std::string err;
};

CliRun Claimscan(const std::string& args, const std::string& stdin_file = "/dev/null") {
  const std::string err_path = TempPath("cli_stderr.txt");
  const std::string cmd =
      std::string(CLAIMSCAN_CLI_PATH) + " " + args + " <" + stdin_file + " 2>" + err_path;
  CliRun r;
  FILE* p = popen(cmd.c_str(), "r");
  if (p == nullptr) return r;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = pclose(p);
  // popen runs /bin/sh -c: a child killed by signal N shows as exit code 128 + N.
  r.exited = WIFEXITED(status) && WEXITSTATUS(status) < 128;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream e(err_path);
  r.err.assign(std::istreambuf_iterator<char>(e), std::istreambuf_iterator<char>());
  return r;
}

std::string WriteTemp(const std::string& name, const std::string& content) {
  const std::string path = TempPath(name);
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

const std::string kArticle =
    "Israel strikes Beirut suburbs\n"
    "Israeli jets struck the southern suburbs of Beirut on Monday, the army said.\n";

TEST(CliHostile, EmptyFileIsAClearError) {
  CliRun r = Claimscan("parse " + WriteTemp("empty.txt", ""));
  ASSERT_TRUE(r.exited);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("empty"), std::string::npos) << r.err;
}

TEST(CliHostile, WhiteSpaceFileIsAClearError) {
  CliRun r = Claimscan("compare " + WriteTemp("blank.txt", " \n\t\r\n  \n"));
  ASSERT_TRUE(r.exited);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(r.err.empty());
}

TEST(CliHostile, MaxInputBytesRejectsLargerFiles) {
  const std::string path = WriteTemp("limit.txt", kArticle);
  const std::string limit = std::to_string(kArticle.size() - 1);
  CliRun over = Claimscan("parse --max-input-bytes " + limit + " " + path);
  ASSERT_TRUE(over.exited);
  EXPECT_EQ(over.exit_code, 1);
  EXPECT_NE(over.err.find(limit), std::string::npos) << "names the limit: " << over.err;
  CliRun exact =
      Claimscan("parse --max-input-bytes=" + std::to_string(kArticle.size()) + " " + path);
  EXPECT_EQ(exact.exit_code, 0) << exact.err;
}

TEST(CliHostile, MaxInputBytesAppliesToStdin) {
  const std::string path = WriteTemp("limit_stdin.txt", kArticle);
  CliRun r = Claimscan("tag --max-input-bytes 10 -", path);
  ASSERT_TRUE(r.exited);
  EXPECT_EQ(r.exit_code, 1) << r.out;
}

TEST(CliHostile, BadMaxInputBytesIsAUsageError) {
  for (const char* bad : {"0", "-5", "ten", "12abc", ""}) {
    CliRun r = Claimscan(std::string("parse --max-input-bytes=") + bad + " " +
                         WriteTemp("any.txt", kArticle));
    ASSERT_TRUE(r.exited) << bad;
    EXPECT_EQ(r.exit_code, 2) << bad;
  }
}

TEST(CliHostile, Utf16FileIsAClearError) {
  std::string utf16 = "\xFF\xFE";
  for (char c : kArticle) {
    utf16 += c;
    utf16 += '\0';
  }
  const std::string path = WriteTemp("utf16.txt", utf16);
  CliRun r = Claimscan("compare " + path);
  ASSERT_TRUE(r.exited);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(r.err.empty());
  CliRun replaced = Claimscan("compare --invalid-utf8 replace " + path);
  ASSERT_TRUE(replaced.exited);
  EXPECT_LE(replaced.exit_code, 1);
}

TEST(CliHostile, InvalidUtf8IsRejectedUnlessReplaced) {
  const std::string path = WriteTemp("bad_utf8.txt", kArticle + "Broken \xC0\xAF bytes.\n");
  CliRun rejected = Claimscan("parse " + path);
  ASSERT_TRUE(rejected.exited);
  EXPECT_EQ(rejected.exit_code, 1);
  EXPECT_NE(rejected.err.find("UTF-8"), std::string::npos) << rejected.err;
  CliRun replaced = Claimscan("parse --invalid-utf8 replace --format json " + path);
  ASSERT_TRUE(replaced.exited);
  EXPECT_EQ(replaced.exit_code, 0) << replaced.err;
}

TEST(CliHostile, NulBytesNeverCrash) {
  CliRun r = Claimscan("compare " + WriteTemp("nul.txt", std::string("Title\nBody\0 said.\n", 18)));
  ASSERT_TRUE(r.exited);
  EXPECT_LE(r.exit_code, 1);
}

TEST(CliHostile, ABadFileDoesNotStopTheOthers) {
  const std::string dir = TempPath("mixed/");
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "a_good.txt", std::ios::binary) << kArticle;
  std::ofstream(dir + "b_bad.txt", std::ios::binary) << "\xFF\xFE\x00\x01";
  std::ofstream(dir + "c_empty.txt", std::ios::binary) << "";
  CliRun r = Claimscan("parse --format jsonl " + dir);
  ASSERT_TRUE(r.exited);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("\"a_good\""), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("b_bad"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("c_empty"), std::string::npos) << r.err;
}

TEST(CliHostile, ManyTinyLinesAndOneHugeLine) {
  CliRun lines = Claimscan("compare " + WriteTemp("lines.txt", Repeat("a\n", Scaled(200000))));
  ASSERT_TRUE(lines.exited);
  EXPECT_EQ(lines.exit_code, 0) << lines.err;
  const std::string_view sentence =
      "Hezbollah fired 10 rockets at Haifa on Monday, officials said. ";
  CliRun huge =
      Claimscan("tag --format json " +
                WriteTemp("huge.txt", Repeat(sentence, Scaled(size_t{1} << 20) / sentence.size())));
  ASSERT_TRUE(huge.exited);
  EXPECT_EQ(huge.exit_code, 0) << huge.err;
}

TEST(CliHostile, BrokenJsonlLinesAreReportedAndSkipped) {
  const std::string path =
      WriteTemp("in.jsonl",
                "{\"id\":\"ok\",\"text\":\"Israel said on Monday it struck Beirut.\"}\n"
                "{\"id\":\"bad\",\"text\":\n"
                "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n" +
                    Repeat("[", 100000) + "\n" + "{\"id\":\"num\",\"text\":12}\n");
  CliRun r = Claimscan("parse --input-format jsonl --format jsonl " + path);
  ASSERT_TRUE(r.exited);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("\"ok\""), std::string::npos) << r.out;
  EXPECT_NE(r.err.find(":2:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(":4:"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace claimscan::robustness
