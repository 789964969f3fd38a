#include "common/file.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

namespace claimscan {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = ::testing::TempDir() + name;
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(content.data(), 1, content.size(), f);
  std::fclose(f);
  return path;
}

TEST(ReadFile, ReportsMissingFileWithPath) {
  auto r = ReadFile("/nonexistent/claimscan.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(std::string(r.status().message()).find("/nonexistent/claimscan.txt"),
            std::string::npos);
}

TEST(ReadFile, EnforcesSizeLimitAndRejectsDirectories) {
  std::string path = WriteTemp("big.txt", std::string(100, 'x'));
  EXPECT_EQ(ReadFile(path, 50).status().code(), absl::StatusCode::kResourceExhausted);
  EXPECT_EQ(ReadFile(path, 100)->size(), 100u);
  EXPECT_FALSE(ReadFile(::testing::TempDir()).ok());
}

TEST(ForEachDataLine, SkipsCommentsAndNamesTheBadLine) {
  std::string path = WriteTemp("lex.tsv", "# comment\n\nalpha\r\n  \nbeta\n\xFF\n");
  std::vector<std::string> seen;
  absl::Status s = ForEachDataLine(path, [&](int, std::string_view line) {
    seen.emplace_back(line);
    return absl::OkStatus();
  });
  EXPECT_EQ(seen, (std::vector<std::string>{"alpha", "beta"}));
  ASSERT_FALSE(s.ok());
  EXPECT_NE(std::string(s.message()).find("lex.tsv:6"), std::string::npos) << s;

  std::string path2 = WriteTemp("lex2.tsv", "a\nb\n");
  s = ForEachDataLine(path2, [](int line, std::string_view) {
    return line == 2 ? absl::InvalidArgumentError("missing column") : absl::OkStatus();
  });
  EXPECT_NE(std::string(s.message()).find("lex2.tsv:2: missing column"), std::string::npos) << s;
}

}  // namespace
}  // namespace claimscan
