// What the C ABI's source files share: the handle structs behind the opaque C types and the
// helpers every entry point uses (error recording, handle and argument checks, handing out
// strings). Internal: never installed.
#ifndef CLAIMSCAN_CAPI_INTERNAL_H_
#define CLAIMSCAN_CAPI_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "claimscan.h"
#include "claimscan/article.h"
#include "claimscan/claim.h"
#include "claimscan/compare.h"
#include "claimscan/engine.h"
#include "claimscan/story.h"

namespace claimscan_capi {

// One magic per handle kind; destroy overwrites it so a stale handle fails the check.
inline constexpr uint32_t kOptionsMagic = 0x43534f50;     // "CSOP"
inline constexpr uint32_t kEngineMagic = 0x4353454e;      // "CSEN"
inline constexpr uint32_t kDocumentMagic = 0x4353444f;    // "CSDO"
inline constexpr uint32_t kCorpusMagic = 0x4353434f;      // "CSCO"
inline constexpr uint32_t kComparisonMagic = 0x43534350;  // "CSCP"
inline constexpr uint32_t kStoriesMagic = 0x43535354;     // "CSST"
inline constexpr uint32_t kDestroyedMagic = 0xdeadc5c5;

// With CLAIMSCAN_DEBUG_HANDLES set (tests, debugging), destroy releases what a handle owns but
// keeps its few bytes, magic poisoned, so a use after destroy is reported as BAD_HANDLE instead
// of reading freed memory. Off by default: it leaks one small block per handle.
bool KeepDestroyedHandles();
// Records a kept shell so it stays reachable: a deliberate keep, not a leak for LeakSanitizer.
void RememberDestroyedShell(const void* shell) noexcept;

struct ComparisonData {
  std::vector<claimscan::Document> docs;  // CompareDocuments and the report take documents
  claimscan::CompareResult result;
};

}  // namespace claimscan_capi

struct claimscan_options {
  uint32_t magic = claimscan_capi::kOptionsMagic;
  claimscan::EngineOptions engine;
  claimscan::ParseOptions parse;
  claimscan::StoryOptions story;
};

struct claimscan_engine {
  uint32_t magic = claimscan_capi::kEngineMagic;
  std::unique_ptr<const claimscan::Engine> engine;
  claimscan::ParseOptions parse;
  claimscan::StoryOptions story;

  // The engine is shared as `const` across threads; only these two slots change, each under
  // its own mutex.
  // Scratch memory lent to one call at a time and given back, so steady-state analysis
  // allocates no new scratch.
  mutable std::mutex scratch_mu;
  mutable std::vector<std::unique_ptr<claimscan::Engine::Scratch>> scratch_pool;

  mutable std::mutex error_mu;
  mutable std::string last_error;
};

struct claimscan_document {
  uint32_t magic = claimscan_capi::kDocumentMagic;
  // Shared so a corpus or comparison can hold the document without copying it.
  std::shared_ptr<const claimscan::Document> doc;
};

struct claimscan_corpus {
  uint32_t magic = claimscan_capi::kCorpusMagic;
  const claimscan_engine* engine = nullptr;
  std::vector<std::shared_ptr<const claimscan::Document>> docs;
};

struct claimscan_comparison {
  uint32_t magic = claimscan_capi::kComparisonMagic;
  std::shared_ptr<const claimscan_capi::ComparisonData> data;
};

namespace claimscan_capi {

// Records a failure for claimscan_last_error() (and the engine's, when one is involved).
// Never throws: the message is best effort when memory is short.
claimscan_status Fail(claimscan_status code, std::string_view message,
                      const claimscan_engine* engine = nullptr) noexcept;
claimscan_status FromStatus(const absl::Status& status, const claimscan_engine* engine = nullptr);

// Runs an entry point's body with the catch-all that keeps exceptions inside the library.
template <typename Body>
claimscan_status Guard(Body&& body) noexcept {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return Fail(CLAIMSCAN_ERR_RESOURCE_EXHAUSTED, "out of memory");
  } catch (const std::exception& e) {
    return Fail(CLAIMSCAN_ERR_INTERNAL, e.what());
  } catch (...) {
    return Fail(CLAIMSCAN_ERR_INTERNAL, "unknown internal error");
  }
}

// Handle checks: NULL is NULL_POINTER, a wrong or poisoned magic is BAD_HANDLE.
template <typename Handle>
claimscan_status CheckHandle(const Handle* h, uint32_t magic, const char* what) {
  if (h == nullptr) return Fail(CLAIMSCAN_ERR_NULL_POINTER, std::string(what) + " is NULL");
  if (h->magic != magic) {
    return Fail(CLAIMSCAN_ERR_BAD_HANDLE,
                std::string(what) +
                    (h->magic == kDestroyedMagic ? " was destroyed" : " is not a live handle"));
  }
  return CLAIMSCAN_OK;
}

template <typename Handle>
void Destroy(Handle* h, uint32_t magic) noexcept {
  if (h == nullptr || h->magic != magic) return;  // NULL, already destroyed, or not ours
  h->magic = kDestroyedMagic;
  if (KeepDestroyedHandles()) {
    // Release the contents, keep the shell with its poisoned magic (see KeepDestroyedHandles).
    Handle* shell = h;
    std::destroy_at(shell);
    new (shell) Handle();
    shell->magic = kDestroyedMagic;
    RememberDestroyedShell(shell);
    return;
  }
  delete h;
}

claimscan_status CheckOut(const void* out);

// Fills a caller's size-prefixed struct: the caller's struct_size says how many bytes its
// (possibly older, shorter) version of the struct has; fields past that are not written.
// `min_size` is the size of the struct's first published version.
template <typename T>
claimscan_status CheckStructSize(const T* out, size_t min_size, const char* what) {
  if (out == nullptr) return Fail(CLAIMSCAN_ERR_NULL_POINTER, std::string(what) + " is NULL");
  if (out->struct_size < min_size) {
    return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT,
                std::string(what) + "->struct_size must be set to sizeof(" + what + ")");
  }
  return CLAIMSCAN_OK;
}

template <typename T>
void CopyOut(T full, T* out) {
  const size_t n = out->struct_size < sizeof(T) ? out->struct_size : sizeof(T);
  full.struct_size = out->struct_size;
  std::memcpy(out, &full, n);
}

claimscan_status CheckIndex(size_t index, size_t count, const char* what);
claimscan_status CheckFlags(uint32_t flags);  // JSON flags

// The whole body of a `*_count` accessor: *out = size_of(*h) once `out` and `h` check out.
template <typename Handle, typename SizeOf>
claimscan_status CountOf(const Handle* h, uint32_t magic, const char* what, size_t* out,
                         SizeOf size_of) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
    if (claimscan_status s = CheckHandle(h, magic, what); s != CLAIMSCAN_OK) return s;
    *out = size_of(*h);
    return CLAIMSCAN_OK;
  });
}

// The whole body of a `*_at` accessor: checks the handle, the caller's struct size and the
// index into list_of(*h), then fill(item, &c) and copies c out (as much as the caller's
// version of the struct holds).
template <typename Handle, typename Out, typename ListOf, typename Fill>
claimscan_status ItemAt(const Handle* h, uint32_t magic, const char* what, size_t index, Out* out,
                        size_t min_size, const char* struct_name, const char* item, ListOf list_of,
                        Fill fill) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckHandle(h, magic, what); s != CLAIMSCAN_OK) return s;
    if (claimscan_status s = CheckStructSize(out, min_size, struct_name); s != CLAIMSCAN_OK) {
      return s;
    }
    const auto& list = list_of(*h);
    if (claimscan_status s = CheckIndex(index, list.size(), item); s != CLAIMSCAN_OK) return s;
    Out c{};
    fill(list[index], &c);
    CopyOut(c, out);
    return CLAIMSCAN_OK;
  });
}
// Copies `s` into a malloc'd NUL-terminated string the caller frees with claimscan_string_free.
claimscan_status HandOut(const std::string& s, char** out, size_t* out_len);
// Copies `s` NUL-terminated into the caller's buffer, or reports the size it needs.
claimscan_status WriteOut(const std::string& s, char* buffer, size_t capacity, size_t* needed);

}  // namespace claimscan_capi

#endif  // CLAIMSCAN_CAPI_INTERNAL_H_
