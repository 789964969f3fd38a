// Helpers shared by the robustness tests: one compiled engine, the example articles, input
// sizes scaled down under sanitizers, and timing for linear-growth checks.
#ifndef CLAIMSCAN_TESTS_ROBUSTNESS_ROBUSTNESS_UTIL_H_
#define CLAIMSCAN_TESTS_ROBUSTNESS_ROBUSTNESS_UTIL_H_

#include <gtest/gtest.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimscan/engine.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
#define CLAIMSCAN_ROBUSTNESS_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define CLAIMSCAN_ROBUSTNESS_SANITIZED 1
#endif

namespace claimscan::robustness {

#ifdef CLAIMSCAN_ROBUSTNESS_SANITIZED
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif

// Sanitizers slow code 3-20x: hostile sizes shrink so each test stays well under a minute.
inline size_t Scaled(size_t n) { return kSanitized ? std::max<size_t>(n / 16, 1) : n; }

inline std::vector<std::pair<std::string, std::string>> LoadExamples() {
  std::vector<std::filesystem::path> paths;
  for (const auto& e : std::filesystem::directory_iterator(CLAIMSCAN_TEST_EXAMPLES_DIR)) {
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& p : paths) {
    std::ifstream f(p, std::ios::binary);
    out.emplace_back(p.stem().string(), std::string(std::istreambuf_iterator<char>(f),
                                                    std::istreambuf_iterator<char>()));
  }
  return out;
}

// Compiled once per test process; immutable, so every test and thread may share it.
inline const Engine& SharedEngine() {
  static const Engine* engine = [] {
    EngineOptions options;
    options.data_dir = CLAIMSCAN_TEST_DATA_DIR;
    auto created = Engine::Create(options);
    if (!created.ok()) {
      ADD_FAILURE() << "Engine::Create: " << created.status();
      std::abort();
    }
    return created->release();
  }();
  return *engine;
}

// CPU seconds this thread has used: unlike wall-clock time, other processes on a busy
// machine (a parallel build, CI neighbours) barely change it.
inline double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// CPU seconds `fn` takes on this thread, the best of `runs` runs (the minimum filters out
// cache and scheduler noise).
template <typename Fn>
double BestSeconds(Fn&& fn, int runs = 3) {
  double best = 1e300;
  for (int i = 0; i < runs; ++i) {
    const double start = ThreadCpuSeconds();
    fn();
    best = std::min(best, ThreadCpuSeconds() - start);
  }
  return best;
}

// `unit` written `times` times (whole copies, so UTF-8 stays well formed).
inline std::string Repeat(std::string_view unit, size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (size_t i = 0; i < times; ++i) out.append(unit);
  return out;
}

}  // namespace claimscan::robustness

#endif  // CLAIMSCAN_TESTS_ROBUSTNESS_ROBUSTNESS_UTIL_H_
