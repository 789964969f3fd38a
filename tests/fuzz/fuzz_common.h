// Shared by the fuzz targets: one Engine per process (compiling it is the expensive part) and
// invariant checks that abort, so libFuzzer records a broken contract as a crash.
#ifndef CLAIMSCAN_TESTS_FUZZ_FUZZ_COMMON_H_
#define CLAIMSCAN_TESTS_FUZZ_FUZZ_COMMON_H_

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "claimscan/engine.h"
#include "invariants.h"

namespace claimscan::fuzz {

// The data folder: $CLAIMSCAN_DATA_DIR when set, else the source tree's data/.
inline std::string FuzzDataDir() {
  if (const char* env = std::getenv("CLAIMSCAN_DATA_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
  return CLAIMSCAN_FUZZ_DATA_DIR;
}

[[noreturn]] inline void Fail(const char* what, const char* file, int line) {
  std::fprintf(stderr, "%s:%d: invariant violated: %s\n", file, line, what);
  std::abort();
}

// Not assert(): the check must also run in builds with NDEBUG.
#define FUZZ_CHECK(cond) \
  ((cond) ? static_cast<void>(0) : ::claimscan::fuzz::Fail(#cond, __FILE__, __LINE__))

inline const Engine& FuzzEngine() {
  static const Engine* engine = [] {
    EngineOptions options;
    options.data_dir = FuzzDataDir();
    auto created = Engine::Create(options);
    if (!created.ok()) {
      std::fprintf(stderr, "Engine::Create failed: %s\n", created.status().ToString().c_str());
      std::abort();
    }
    return created->release();  // lives for the whole process, like a real server's engine
  }();
  return *engine;
}

// Aborts with the broken rule when `problem` (from invariants.h) is not empty.
#define FUZZ_CHECK_INVARIANTS(problem)                                         \
  do {                                                                         \
    const std::string claimscan_problem_ = (problem);                          \
    if (!claimscan_problem_.empty()) {                                         \
      ::claimscan::fuzz::Fail(claimscan_problem_.c_str(), __FILE__, __LINE__); \
    }                                                                          \
  } while (0)

}  // namespace claimscan::fuzz

#endif  // CLAIMSCAN_TESTS_FUZZ_FUZZ_COMMON_H_
