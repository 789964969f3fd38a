// One Engine shared by several threads gives exactly what sequential use gives: 4 threads x
// every example x several rounds (with and without a per-thread scratch), and comparisons of
// one shared document list run concurrently. TSan-clean under the tsan preset:
//   cmake --preset tsan && cmake --build --preset tsan && ctest --preset tsan -R robustness
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "claimscan/engine.h"
#include "claimscan/report.h"
#include "robustness_util.h"

namespace claimscan::robustness {
namespace {

constexpr int kThreads = 4;
const int kRounds = kSanitized ? 2 : 5;

std::string TaggedJson(const Document& doc) {
  std::string out;
  AppendTaggedJson(doc, {}, &out);
  return out;
}

std::string CompareJson(const std::vector<Document>& docs, const CompareResult& result) {
  std::string out;
  AppendCompareJson(docs, result, {}, &out);
  return out;
}

// The examples plus variants that exercise other paths (kept-all, replaced bytes).
struct Job {
  std::string id;
  std::string bytes;
  ParseOptions options;
};

std::vector<Job> Jobs() {
  std::vector<Job> jobs;
  for (auto& [id, bytes] : LoadExamples()) {
    jobs.push_back({id, bytes, {}});
    Job keep{id + "-keep-all", bytes, {}};
    keep.options.remove_boilerplate = false;
    jobs.push_back(keep);
    Job replaced{id + "-replaced", bytes + "\xFF trailing \xC0\n", {}};
    replaced.options.invalid_utf8 = InvalidUtf8::kReplace;
    jobs.push_back(replaced);
  }
  return jobs;
}

TEST(Concurrency, FourThreadsManyRoundsMatchSequential) {
  const Engine& engine = SharedEngine();
  const std::vector<Job> jobs = Jobs();
  std::vector<std::string> expected;
  for (const Job& job : jobs) {
    auto doc = engine.Analyze(job.id, job.bytes, job.options, nullptr);
    ASSERT_TRUE(doc.ok()) << job.id << ": " << doc.status();
    expected.push_back(TaggedJson(*doc));
  }

  std::atomic<int> mismatches{0};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      // Odd threads reuse one scratch, as the CLI's workers do; even ones pass none.
      auto scratch = (t % 2) ? engine.NewScratch() : nullptr;
      for (int round = 0; round < kRounds; ++round) {
        for (size_t k = 0; k < jobs.size(); ++k) {
          // Each thread walks the jobs from a different start, so different articles overlap.
          const size_t i = (k + static_cast<size_t>(t) * 3) % jobs.size();
          auto doc = engine.Analyze(jobs[i].id, jobs[i].bytes, jobs[i].options, scratch.get());
          if (!doc.ok()) {
            ++failures;
          } else if (TaggedJson(*doc) != expected[i]) {
            ++mismatches;
          }
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(Concurrency, CompareDocumentsConcurrentlyOnSharedDocuments) {
  const Engine& engine = SharedEngine();
  std::vector<Document> docs;
  for (auto& [id, bytes] : LoadExamples()) {
    auto doc = engine.Analyze(id, bytes, {}, nullptr);
    ASSERT_TRUE(doc.ok()) << doc.status();
    docs.push_back(std::move(*doc));
  }
  const std::string expected = CompareJson(docs, engine.Compare(docs));
  ASSERT_FALSE(expected.empty());

  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        // Both entry points: the engine's and the free function with the same options.
        CompareResult result;
        if (t % 2) {
          result = engine.Compare(docs);
        } else {
          CompareOptions options;
          options.alias_similarity = engine.options().alias_similarity;
          options.one_story = true;  // Engine::Compare: all documents as one story
          result = CompareDocuments(docs, options);
        }
        if (CompareJson(docs, result) != expected) ++mismatches;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(Concurrency, AnalyzeAndCompareAtTheSameTime) {
  const Engine& engine = SharedEngine();
  const auto examples = LoadExamples();
  std::vector<Document> docs;
  for (auto& [id, bytes] : examples) {
    auto doc = engine.Analyze(id, bytes, {}, nullptr);
    ASSERT_TRUE(doc.ok()) << doc.status();
    docs.push_back(std::move(*doc));
  }
  const std::string expected_compare = CompareJson(docs, engine.Compare(docs));
  const std::string expected_first = TaggedJson(docs[0]);

  std::atomic<int> mismatches{0};
  std::thread comparer([&] {
    for (int round = 0; round < kRounds; ++round) {
      if (CompareJson(docs, engine.Compare(docs)) != expected_compare) ++mismatches;
    }
  });
  std::thread analyser([&] {
    auto scratch = engine.NewScratch();
    for (int round = 0; round < kRounds * 2; ++round) {
      auto doc = engine.Analyze(examples[0].first, examples[0].second, {}, scratch.get());
      if (!doc.ok() || TaggedJson(*doc) != expected_first) ++mismatches;
    }
  });
  comparer.join();
  analyser.join();
  EXPECT_EQ(mismatches.load(), 0);
}

// Engines are independent: creating and destroying one while another is in use is safe.
TEST(Concurrency, EnginesCreatedOnSeveralThreads) {
  const auto examples = LoadExamples();
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&] {
      EngineOptions options;
      options.data_dir = CLAIMSCAN_TEST_DATA_DIR;
      auto engine = Engine::Create(options);
      if (!engine.ok()) {
        ++failures;
        return;
      }
      for (auto& [id, bytes] : examples) {
        if (!(*engine)->Analyze(id, bytes, {}, nullptr).ok()) ++failures;
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(failures.load(), 0);
}

}  // namespace
}  // namespace claimscan::robustness
