#include "claimscan/engine.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "claimscan/report.h"

namespace claimscan {
namespace {

std::vector<std::pair<std::string, std::string>> LoadExamples() {
  std::vector<std::pair<std::string, std::string>> out;
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(CLAIMSCAN_TEST_EXAMPLES_DIR)) {
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& p : paths) {
    std::ifstream f(p, std::ios::binary);
    out.emplace_back(p.stem().string(), std::string((std::istreambuf_iterator<char>(f)),
                                                    std::istreambuf_iterator<char>()));
  }
  return out;
}

const Engine& SharedEngine() {
  static const Engine* engine = [] {
    EngineOptions o;
    o.data_dir = CLAIMSCAN_TEST_DATA_DIR;
    auto e = Engine::Create(o);
    EXPECT_TRUE(e.ok()) << e.status();
    return e->release();
  }();
  return *engine;
}

TEST(Engine, MissingDataFolderIsAClearError) {
  EngineOptions o;
  o.data_dir = "/no/such/claimscan-data";
  auto e = Engine::Create(o);
  ASSERT_FALSE(e.ok());
  EXPECT_EQ(e.status().code(), absl::StatusCode::kNotFound);
  EXPECT_NE(std::string(e.status().message()).find("/no/such/claimscan-data"), std::string::npos);
}

TEST(Engine, AnalyzesEveryExample) {
  const Engine& engine = SharedEngine();
  auto examples = LoadExamples();
  ASSERT_EQ(examples.size(), 5u);
  for (auto& [id, bytes] : examples) {
    auto doc = engine.Analyze(id, bytes, {}, nullptr);
    ASSERT_TRUE(doc.ok()) << id << ": " << doc.status();
    EXPECT_EQ(doc->article.original, bytes);
    EXPECT_FALSE(doc->article.paragraphs.empty()) << id;
    EXPECT_FALSE(doc->tags.mentions.empty()) << id;
    EXPECT_FALSE(doc->claims.empty()) << id;
  }
}

// One engine shared by two threads gives exactly the results of sequential use (run under
// TSan in the tsan preset).
TEST(Engine, ConcurrentUseMatchesSequential) {
  const Engine& engine = SharedEngine();
  auto examples = LoadExamples();
  auto render = [&](size_t i, Engine::Scratch* scratch) {
    auto doc = engine.Analyze(examples[i].first, examples[i].second, {}, scratch);
    std::string out;
    if (doc.ok()) AppendTaggedJson(*doc, {}, &out);
    return out;
  };
  std::vector<std::string> sequential;
  for (size_t i = 0; i < examples.size(); ++i) sequential.push_back(render(i, nullptr));
  std::vector<std::string> parallel[2];
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&, t] {
      auto scratch = engine.NewScratch();
      for (int round = 0; round < 3; ++round) {
        for (size_t i = 0; i < examples.size(); ++i) {
          parallel[t].push_back(render((i + t) % examples.size(), scratch.get()));
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 2; ++t) {
    ASSERT_EQ(parallel[t].size(), 3 * examples.size());
    for (size_t k = 0; k < parallel[t].size(); ++k) {
      EXPECT_EQ(parallel[t][k], sequential[(k + t) % examples.size()]) << "thread " << t;
    }
  }
}

}  // namespace
}  // namespace claimscan
