// The C ABI (capi/claimscan.h) over the C++ API. Every entry point is noexcept and catches
// everything: a C caller cannot handle a C++ exception, and unwinding through C frames is UB.
#include "capi_internal.h"
#include "claimscan.h"

#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "claimscan/article.h"
#include "claimscan/claim.h"
#include "claimscan/compare.h"
#include "claimscan/datetime.h"
#include "claimscan/engine.h"
#include "claimscan/report.h"
#include "claimscan/tag.h"
#include "claimscan/text.h"
#include "claimscan/version.h"
#include "claimscan_build_config.h"

namespace cs = claimscan;

// The header's numbers are the ABI: they must follow the C++ enums and versions exactly.
static_assert(CLAIMSCAN_VERSION_MAJOR == cs::kVersionMajor);
static_assert(CLAIMSCAN_VERSION_MINOR == cs::kVersionMinor);
static_assert(CLAIMSCAN_VERSION_PATCH == cs::kVersionPatch);
static_assert(CLAIMSCAN_ABI_VERSION == CLAIMSCAN_CMAKE_ABI_VERSION,
              "capi/claimscan.h and CMakeLists.txt disagree on the ABI (SONAME) version");
static_assert(static_cast<int>(cs::EntityType::kPerson) == CLAIMSCAN_ENTITY_PERSON);
static_assert(static_cast<int>(cs::EntityType::kGpe) == CLAIMSCAN_ENTITY_GPE);
static_assert(static_cast<int>(cs::EntityType::kDate) == CLAIMSCAN_ENTITY_DATE);
static_assert(static_cast<int>(cs::EntityType::kOrdinal) == CLAIMSCAN_ENTITY_ORDINAL);
static_assert(cs::kEntityTypeCount == CLAIMSCAN_ENTITY_ORDINAL + 1);
static_assert(static_cast<int>(cs::Recogniser::kAlias) == CLAIMSCAN_RECOGNISER_ALIAS);
static_assert(static_cast<int>(cs::AttributionKind::kOutlet) == CLAIMSCAN_ATTRIBUTION_OUTLET);
static_assert(static_cast<int>(cs::AttributionKind::kMedia) == CLAIMSCAN_ATTRIBUTION_MEDIA);
static_assert(static_cast<int>(cs::FindingKind::kCorroborated) == CLAIMSCAN_FINDING_CORROBORATED);
static_assert(static_cast<int>(cs::FindingKind::kSingleSource) == CLAIMSCAN_FINDING_SINGLE_SOURCE);
static_assert(static_cast<int>(cs::ConflictType::kNone) == CLAIMSCAN_CONFLICT_NONE);
static_assert(static_cast<int>(cs::ConflictType::kAttribution) == CLAIMSCAN_CONFLICT_ATTRIBUTION);

namespace {

constexpr uint32_t kKnownJsonFlags = CLAIMSCAN_JSON_PRETTY;

thread_local std::string tls_last_error;
// claimscan_engine_last_error hands out a per-thread copy, so another thread's failure on the
// same engine cannot change the string under the caller.
thread_local std::string tls_engine_error_copy;

}  // namespace

namespace claimscan_capi {

bool KeepDestroyedHandles() {
  static const bool keep = [] {
    const char* v = std::getenv("CLAIMSCAN_DEBUG_HANDLES");
    return v != nullptr && *v != '\0' && std::strcmp(v, "0") != 0;
  }();
  return keep;
}

void RememberDestroyedShell(const void* shell) noexcept {
  static std::mutex mu;
  static auto* shells = new std::vector<const void*>();  // never freed: the shells live on
  try {
    std::lock_guard<std::mutex> lock(mu);
    shells->push_back(shell);
  } catch (...) {
    // Out of memory while debugging handles: the shell is merely reported as a leak.
  }
}

claimscan_status Fail(claimscan_status code, std::string_view message,
                      const claimscan_engine* engine) noexcept {
  try {
    tls_last_error.assign(message);
  } catch (...) {
    tls_last_error.clear();
  }
  if (engine != nullptr) {
    try {
      std::lock_guard<std::mutex> lock(engine->error_mu);
      engine->last_error.assign(message);
    } catch (...) {
    }
  }
  return code;
}

claimscan_status FromStatus(const absl::Status& status, const claimscan_engine* engine) {
  claimscan_status code = CLAIMSCAN_ERR_INTERNAL;
  switch (status.code()) {
    case absl::StatusCode::kOk:
      return CLAIMSCAN_OK;
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kFailedPrecondition:
      code = CLAIMSCAN_ERR_INVALID_ARGUMENT;
      break;
    case absl::StatusCode::kNotFound:
      code = CLAIMSCAN_ERR_NOT_FOUND;
      break;
    case absl::StatusCode::kResourceExhausted:
      code = CLAIMSCAN_ERR_RESOURCE_EXHAUSTED;
      break;
    case absl::StatusCode::kOutOfRange:
      code = CLAIMSCAN_ERR_OUT_OF_RANGE;
      break;
    case absl::StatusCode::kPermissionDenied:
    case absl::StatusCode::kUnavailable:
    case absl::StatusCode::kDataLoss:
      code = CLAIMSCAN_ERR_IO;
      break;
    default:
      break;
  }
  const auto message = status.message();
  return Fail(code, std::string_view(message.data(), message.size()), engine);
}

claimscan_status CheckOut(const void* out) {
  if (out == nullptr) return Fail(CLAIMSCAN_ERR_NULL_POINTER, "output pointer is NULL");
  return CLAIMSCAN_OK;
}

claimscan_status CheckIndex(size_t index, size_t count, const char* what) {
  if (index >= count) {
    return Fail(CLAIMSCAN_ERR_OUT_OF_RANGE, std::string(what) + " index " + std::to_string(index) +
                                                " out of range (count " + std::to_string(count) +
                                                ")");
  }
  return CLAIMSCAN_OK;
}

claimscan_status CheckFlags(uint32_t flags) {
  if ((flags & ~kKnownJsonFlags) != 0) {
    return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT, "unknown JSON flags");
  }
  return CLAIMSCAN_OK;
}

// Copies `s` into a malloc'd NUL-terminated string the caller frees with claimscan_string_free.
claimscan_status HandOut(const std::string& s, char** out, size_t* out_len) {
  char* copy = static_cast<char*>(std::malloc(s.size() + 1));
  if (copy == nullptr) return Fail(CLAIMSCAN_ERR_RESOURCE_EXHAUSTED, "out of memory");
  std::memcpy(copy, s.data(), s.size());
  copy[s.size()] = '\0';
  *out = copy;
  if (out_len != nullptr) *out_len = s.size();
  return CLAIMSCAN_OK;
}

// Copies `s` NUL-terminated into the caller's buffer, or reports the size it needs.
claimscan_status WriteOut(const std::string& s, char* buffer, size_t capacity, size_t* needed) {
  if (buffer == nullptr && capacity > 0) {
    return Fail(CLAIMSCAN_ERR_NULL_POINTER, "buffer is NULL but capacity is not 0");
  }
  if (needed != nullptr) *needed = s.size() + 1;
  if (capacity < s.size() + 1) {
    return Fail(CLAIMSCAN_ERR_BUFFER_TOO_SMALL, "buffer of " + std::to_string(capacity) +
                                                    " bytes, " + std::to_string(s.size() + 1) +
                                                    " needed");
  }
  std::memcpy(buffer, s.data(), s.size());
  buffer[s.size()] = '\0';
  return CLAIMSCAN_OK;
}

}  // namespace claimscan_capi

using namespace claimscan_capi;  // NOLINT(build/namespaces): this file's own helpers

namespace {

// First-version sizes: the end of the last field each struct had in ABI 1.
constexpr size_t kArticleInfoV1 =
    offsetof(claimscan_article_info, removed_count) + sizeof(uint32_t);
constexpr size_t kMentionV1 = offsetof(claimscan_mention, entity_id) + sizeof(const char*);
constexpr size_t kEntityV1 = offsetof(claimscan_entity, mention_count) + sizeof(uint32_t);
constexpr size_t kClaimV1 = offsetof(claimscan_claim, direct_quote) + sizeof(int32_t);
constexpr size_t kFindingV1 = offsetof(claimscan_finding, reason) + sizeof(const char*);

// Names from the C++ stages, copied once into NUL-terminated strings with static storage.
template <typename Enum, size_t N>
const char* EnumName(int32_t value, std::string_view (*name)(Enum)) noexcept {
  if (value < 0 || value >= static_cast<int32_t>(N)) return nullptr;
  try {
    static const std::array<std::string, N> names = [name] {
      std::array<std::string, N> out;
      for (size_t i = 0; i < N; ++i) out[i] = std::string(name(static_cast<Enum>(i)));
      return out;
    }();
    return names[static_cast<size_t>(value)].c_str();
  } catch (...) {
    return nullptr;
  }
}

bool IsBoolean(int64_t v) { return v == 0 || v == 1; }

// Takes a scratch from the engine's pool for one call and returns it after.
class PooledScratch {
 public:
  explicit PooledScratch(const claimscan_engine* e) : engine_(e) {
    {
      std::lock_guard<std::mutex> lock(engine_->scratch_mu);
      if (!engine_->scratch_pool.empty()) {
        scratch_ = std::move(engine_->scratch_pool.back());
        engine_->scratch_pool.pop_back();
      }
    }
    if (scratch_ == nullptr) scratch_ = engine_->engine->NewScratch();
  }
  ~PooledScratch() {
    try {
      std::lock_guard<std::mutex> lock(engine_->scratch_mu);
      engine_->scratch_pool.push_back(std::move(scratch_));
    } catch (...) {
      // Could not return it to the pool: it is simply freed.
    }
  }
  PooledScratch(const PooledScratch&) = delete;
  PooledScratch& operator=(const PooledScratch&) = delete;
  cs::Engine::Scratch* get() { return scratch_.get(); }

 private:
  const claimscan_engine* engine_;
  std::unique_ptr<cs::Engine::Scratch> scratch_;
};

// Analyses one article on `engine` (shared across threads).
claimscan_status Analyze(const claimscan_engine* engine, const char* id, const char* bytes,
                         size_t len, std::shared_ptr<const cs::Document>* out) {
  if (bytes == nullptr && len > 0) {
    return Fail(CLAIMSCAN_ERR_NULL_POINTER, "bytes is NULL but len is not 0", engine);
  }
  const cs::ParseOptions& parse = engine->parse;
  // Refuse before copying: a caller's huge buffer must not cost a huge allocation first.
  if (len > parse.max_input_bytes) {
    return Fail(CLAIMSCAN_ERR_RESOURCE_EXHAUSTED,
                "input of " + std::to_string(len) + " bytes exceeds max_input_bytes (" +
                    std::to_string(parse.max_input_bytes) + ")",
                engine);
  }
  const std::string_view input(bytes == nullptr ? "" : bytes, len);
  absl::StatusOr<cs::Document> doc;
  // Caught here as well as in Guard so the failure is also recorded on the engine.
  try {
    PooledScratch scratch(engine);
    doc = engine->engine->Analyze(id == nullptr ? std::string() : std::string(id),
                                  std::string(input), parse, scratch.get());
  } catch (const std::bad_alloc&) {
    return Fail(CLAIMSCAN_ERR_RESOURCE_EXHAUSTED, "out of memory", engine);
  } catch (const std::exception& e) {
    return Fail(CLAIMSCAN_ERR_INTERNAL, e.what(), engine);
  }
  if (!doc.ok()) {
    // The parser says InvalidArgument for several reasons; name ill-formed UTF-8 precisely.
    // Checked only on the failure path, so valid input is scanned once.
    if (doc.status().code() == absl::StatusCode::kInvalidArgument &&
        parse.invalid_utf8 == cs::InvalidUtf8::kReject) {
      const size_t bad = cs::FindInvalidUtf8(input);
      if (bad != cs::kNoInvalidUtf8) {
        return Fail(CLAIMSCAN_ERR_INVALID_UTF8,
                    "ill-formed UTF-8 at byte " + std::to_string(bad) +
                        " (set CLAIMSCAN_OPTION_INVALID_UTF8 to REPLACE to accept it)",
                    engine);
      }
    }
    return FromStatus(doc.status(), engine);
  }
  *out = std::make_shared<const cs::Document>(*std::move(doc));
  return CLAIMSCAN_OK;
}

claimscan_status NewDocument(std::shared_ptr<const cs::Document> doc, claimscan_document** out) {
  auto handle = std::make_unique<claimscan_document>();
  handle->doc = std::move(doc);
  *out = handle.release();
  return CLAIMSCAN_OK;
}

std::string DocumentJson(const cs::Document& doc, uint32_t flags) {
  cs::ReportOptions options;
  options.pretty = (flags & CLAIMSCAN_JSON_PRETTY) != 0;
  std::string json;
  cs::AppendTaggedJson(doc, options, &json);
  return json;
}

std::string ComparisonJson(const ComparisonData& data, uint32_t flags) {
  cs::ReportOptions options;
  options.pretty = (flags & CLAIMSCAN_JSON_PRETTY) != 0;
  std::string json;
  cs::AppendCompareJson(data.docs, data.result, options, &json);
  return json;
}

}  // namespace

extern "C" {

// ---- Versions, status, strings -----------------------------------------------------------

const char* claimscan_version(void) { return CLAIMSCAN_VERSION_STRING; }

int claimscan_abi_version(void) { return CLAIMSCAN_ABI_VERSION; }

claimscan_status claimscan_check_version(int major, int minor) {
  if (major == CLAIMSCAN_VERSION_MAJOR && minor <= CLAIMSCAN_VERSION_MINOR) return CLAIMSCAN_OK;
  return Fail(CLAIMSCAN_ERR_VERSION_MISMATCH,
              "the caller was built for claimscan " + std::to_string(major) + "." +
                  std::to_string(minor) + " but the loaded library is " + CLAIMSCAN_VERSION_STRING);
}

const char* claimscan_status_str(claimscan_status status) {
  switch (status) {
    case CLAIMSCAN_OK:
      return "ok";
    case CLAIMSCAN_ERR_INVALID_ARGUMENT:
      return "invalid_argument";
    case CLAIMSCAN_ERR_NULL_POINTER:
      return "null_pointer";
    case CLAIMSCAN_ERR_INVALID_UTF8:
      return "invalid_utf8";
    case CLAIMSCAN_ERR_RESOURCE_EXHAUSTED:
      return "resource_exhausted";
    case CLAIMSCAN_ERR_NOT_FOUND:
      return "not_found";
    case CLAIMSCAN_ERR_IO:
      return "io";
    case CLAIMSCAN_ERR_INTERNAL:
      return "internal";
    case CLAIMSCAN_ERR_BAD_HANDLE:
      return "bad_handle";
    case CLAIMSCAN_ERR_BUFFER_TOO_SMALL:
      return "buffer_too_small";
    case CLAIMSCAN_ERR_OUT_OF_RANGE:
      return "out_of_range";
    case CLAIMSCAN_ERR_VERSION_MISMATCH:
      return "version_mismatch";
    default:
      return "unknown";
  }
}

const char* claimscan_last_error(void) { return tls_last_error.c_str(); }

void claimscan_string_free(char* s) { std::free(s); }

const char* claimscan_entity_type_name(int32_t type) {
  return EnumName<cs::EntityType, cs::kEntityTypeCount>(type, &cs::EntityTypeName);
}
const char* claimscan_attribution_kind_name(int32_t kind) {
  return EnumName<cs::AttributionKind, CLAIMSCAN_ATTRIBUTION_MEDIA + 1>(kind,
                                                                        &cs::AttributionKindName);
}
const char* claimscan_finding_kind_name(int32_t kind) {
  return EnumName<cs::FindingKind, CLAIMSCAN_FINDING_SINGLE_SOURCE + 1>(kind, &cs::FindingKindName);
}
const char* claimscan_conflict_type_name(int32_t type) {
  return EnumName<cs::ConflictType, CLAIMSCAN_CONFLICT_ATTRIBUTION + 1>(type,
                                                                        &cs::ConflictTypeName);
}

// ---- Options -------------------------------------------------------------------------------

claimscan_status claimscan_options_create(claimscan_options** out) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
    *out = nullptr;
    *out = new claimscan_options();
    return CLAIMSCAN_OK;
  });
}

void claimscan_options_destroy(claimscan_options* options) { Destroy(options, kOptionsMagic); }

claimscan_status claimscan_options_set_int(claimscan_options* options, claimscan_option key,
                                           int64_t value) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckHandle(options, kOptionsMagic, "options"); s != CLAIMSCAN_OK) {
      return s;
    }
    switch (key) {
      case CLAIMSCAN_OPTION_LOAD_DEFAULT_GAZETTEERS:
      case CLAIMSCAN_OPTION_RECOGNISE_UNSEEN_NAMES:
      case CLAIMSCAN_OPTION_REMOVE_BOILERPLATE:
        if (!IsBoolean(value)) return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT, "expected 0 or 1");
        if (key == CLAIMSCAN_OPTION_LOAD_DEFAULT_GAZETTEERS) {
          options->engine.load_default_gazetteers = value == 1;
        } else if (key == CLAIMSCAN_OPTION_RECOGNISE_UNSEEN_NAMES) {
          options->engine.recognise_unseen_names = value == 1;
        } else {
          options->parse.remove_boilerplate = value == 1;
        }
        return CLAIMSCAN_OK;
      case CLAIMSCAN_OPTION_INVALID_UTF8:
        if (value == CLAIMSCAN_INVALID_UTF8_REJECT) {
          options->parse.invalid_utf8 = cs::InvalidUtf8::kReject;
        } else if (value == CLAIMSCAN_INVALID_UTF8_REPLACE) {
          options->parse.invalid_utf8 = cs::InvalidUtf8::kReplace;
        } else {
          return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT, "unknown CLAIMSCAN_INVALID_UTF8_* policy");
        }
        return CLAIMSCAN_OK;
      case CLAIMSCAN_OPTION_MAX_INPUT_BYTES:
        // Spans are 32-bit offsets, so no article can reach 4 GiB.
        if (value < 0 || value > int64_t{std::numeric_limits<uint32_t>::max()}) {
          return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT, "max_input_bytes must be in [0, 2^32 - 1]");
        }
        options->parse.max_input_bytes = static_cast<size_t>(value);
        return CLAIMSCAN_OK;
      default:
        return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT,
                    "option " + std::to_string(static_cast<int>(key)) + " does not take an int");
    }
  });
}

claimscan_status claimscan_options_set_double(claimscan_options* options, claimscan_option key,
                                              double value) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckHandle(options, kOptionsMagic, "options"); s != CLAIMSCAN_OK) {
      return s;
    }
    if (key != CLAIMSCAN_OPTION_ALIAS_SIMILARITY && key != CLAIMSCAN_OPTION_STORY_THRESHOLD) {
      return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT,
                  "option " + std::to_string(static_cast<int>(key)) + " does not take a double");
    }
    if (!(value >= 0.0 && value <= 1.0)) {  // also rejects NaN
      return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT, key == CLAIMSCAN_OPTION_ALIAS_SIMILARITY
                                                      ? "alias_similarity must be in [0, 1]"
                                                      : "story_threshold must be in [0, 1]");
    }
    if (key == CLAIMSCAN_OPTION_ALIAS_SIMILARITY) {
      options->engine.alias_similarity = value;
    } else {
      options->story.threshold = value;
    }
    return CLAIMSCAN_OK;
  });
}

claimscan_status claimscan_options_set_string(claimscan_options* options, claimscan_option key,
                                              const char* value, size_t len) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckHandle(options, kOptionsMagic, "options"); s != CLAIMSCAN_OK) {
      return s;
    }
    if (value == nullptr && len > 0) {
      return Fail(CLAIMSCAN_ERR_NULL_POINTER, "value is NULL but len is not 0");
    }
    const std::string_view v(value == nullptr ? "" : value, len);
    if (v.find('\0') != std::string_view::npos) {
      return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT, "value contains a NUL byte");
    }
    switch (key) {
      case CLAIMSCAN_OPTION_DATA_DIR:
        options->engine.data_dir = std::string(v);  // "" restores the default search
        return CLAIMSCAN_OK;
      case CLAIMSCAN_OPTION_GAZETTEER_FILE:
        if (v.empty()) return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT, "empty gazetteer path");
        options->engine.gazetteer_files.emplace_back(v);
        return CLAIMSCAN_OK;
      case CLAIMSCAN_OPTION_REFERENCE_DATE: {
        if (v.empty()) {
          options->parse.reference_date.reset();
          return CLAIMSCAN_OK;
        }
        cs::CivilDate date;
        if (!cs::ParseIsoDate(v, &date)) {
          return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT,
                      "reference date must be YYYY-MM-DD, got \"" + std::string(v) + "\"");
        }
        options->parse.reference_date = date;
        return CLAIMSCAN_OK;
      }
      default:
        return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT,
                    "option " + std::to_string(static_cast<int>(key)) + " does not take a string");
    }
  });
}

// ---- Engine --------------------------------------------------------------------------------

claimscan_status claimscan_engine_create(const claimscan_options* options, claimscan_engine** out) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
    *out = nullptr;
    const claimscan_options defaults;
    if (options != nullptr) {
      if (claimscan_status s = CheckHandle(options, kOptionsMagic, "options"); s != CLAIMSCAN_OK) {
        return s;
      }
    } else {
      options = &defaults;
    }
    auto engine = cs::Engine::Create(options->engine);
    if (!engine.ok()) return FromStatus(engine.status());
    auto handle = std::make_unique<claimscan_engine>();
    handle->engine = *std::move(engine);
    handle->parse = options->parse;
    handle->story = options->story;
    *out = handle.release();
    return CLAIMSCAN_OK;
  });
}

void claimscan_engine_destroy(claimscan_engine* engine) { Destroy(engine, kEngineMagic); }

const char* claimscan_engine_last_error(const claimscan_engine* engine) {
  try {
    if (engine == nullptr) return "engine is NULL";
    if (engine->magic != kEngineMagic) return "bad handle";
    std::lock_guard<std::mutex> lock(engine->error_mu);
    tls_engine_error_copy = engine->last_error;
    return tls_engine_error_copy.c_str();
  } catch (...) {
    return "out of memory";
  }
}

// ---- Document ------------------------------------------------------------------------------

claimscan_status claimscan_document_create(const claimscan_engine* engine, const char* id,
                                           const char* bytes, size_t len,
                                           claimscan_document** out) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
    *out = nullptr;
    if (claimscan_status s = CheckHandle(engine, kEngineMagic, "engine"); s != CLAIMSCAN_OK) {
      return s;
    }
    std::shared_ptr<const cs::Document> doc;
    if (claimscan_status s = Analyze(engine, id, bytes, len, &doc); s != CLAIMSCAN_OK) return s;
    return NewDocument(std::move(doc), out);
  });
}

void claimscan_document_destroy(claimscan_document* doc) { Destroy(doc, kDocumentMagic); }

claimscan_status claimscan_document_json(const claimscan_document* doc, uint32_t flags, char** out,
                                         size_t* out_len) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
    *out = nullptr;
    if (claimscan_status s = CheckHandle(doc, kDocumentMagic, "document"); s != CLAIMSCAN_OK) {
      return s;
    }
    if (claimscan_status s = CheckFlags(flags); s != CLAIMSCAN_OK) return s;
    return HandOut(DocumentJson(*doc->doc, flags), out, out_len);
  });
}

claimscan_status claimscan_document_write_json(const claimscan_document* doc, uint32_t flags,
                                               char* buffer, size_t capacity, size_t* needed) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckHandle(doc, kDocumentMagic, "document"); s != CLAIMSCAN_OK) {
      return s;
    }
    if (claimscan_status s = CheckFlags(flags); s != CLAIMSCAN_OK) return s;
    return WriteOut(DocumentJson(*doc->doc, flags), buffer, capacity, needed);
  });
}

claimscan_status claimscan_document_article(const claimscan_document* doc,
                                            claimscan_article_info* out) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckHandle(doc, kDocumentMagic, "document"); s != CLAIMSCAN_OK) {
      return s;
    }
    if (claimscan_status s = CheckStructSize(out, kArticleInfoV1, "claimscan_article_info");
        s != CLAIMSCAN_OK) {
      return s;
    }
    const cs::Article& a = doc->doc->article;
    claimscan_article_info info{};
    info.id = a.id.c_str();
    info.text = a.text.c_str();
    info.text_len = a.text.size();
    info.title_begin = a.title.begin;
    info.title_end = a.title.end;
    info.published = a.published_iso.c_str();
    info.published_confidence = a.published_confidence;
    info.paragraph_count = static_cast<uint32_t>(a.paragraphs.size());
    info.sentence_count = static_cast<uint32_t>(a.sentences.size());
    info.removed_count = static_cast<uint32_t>(a.removed.size());
    CopyOut(info, out);
    return CLAIMSCAN_OK;
  });
}

claimscan_status claimscan_document_mention_count(const claimscan_document* doc, size_t* out) {
  return CountOf(doc, kDocumentMagic, "document", out,
                 [](const claimscan_document& d) { return d.doc->tags.mentions.size(); });
}

claimscan_status claimscan_document_mention_at(const claimscan_document* doc, size_t index,
                                               claimscan_mention* out) {
  return ItemAt(
      doc, kDocumentMagic, "document", index, out, kMentionV1, "claimscan_mention", "mention",
      [](const claimscan_document& d) -> const auto& { return d.doc->tags.mentions; },
      [&](const cs::Mention& m, claimscan_mention* c) {
        const cs::TagResult& tags = doc->doc->tags;
        c->begin = m.span.begin;
        c->end = m.span.end;
        c->type = static_cast<int32_t>(m.type);
        c->recogniser = static_cast<int32_t>(m.recogniser);
        c->score = m.score;
        const bool linked = m.entity >= 0 && static_cast<size_t>(m.entity) < tags.entities.size();
        c->entity = linked ? m.entity : -1;
        c->entity_id = linked ? tags.entities[m.entity].key.c_str() : nullptr;
      });
}

claimscan_status claimscan_document_entity_count(const claimscan_document* doc, size_t* out) {
  return CountOf(doc, kDocumentMagic, "document", out,
                 [](const claimscan_document& d) { return d.doc->tags.entities.size(); });
}

claimscan_status claimscan_document_entity_at(const claimscan_document* doc, size_t index,
                                              claimscan_entity* out) {
  return ItemAt(
      doc, kDocumentMagic, "document", index, out, kEntityV1, "claimscan_entity", "entity",
      [](const claimscan_document& d) -> const auto& { return d.doc->tags.entities; },
      [](const cs::Entity& e, claimscan_entity* c) {
        c->id = e.key.c_str();
        c->canonical = e.canonical.c_str();
        c->type = static_cast<int32_t>(e.type);
        c->mention_count = static_cast<uint32_t>(e.mentions.size());
      });
}

claimscan_status claimscan_document_claim_count(const claimscan_document* doc, size_t* out) {
  return CountOf(doc, kDocumentMagic, "document", out,
                 [](const claimscan_document& d) { return d.doc->claims.size(); });
}

claimscan_status claimscan_document_claim_at(const claimscan_document* doc, size_t index,
                                             claimscan_claim* out) {
  return ItemAt(
      doc, kDocumentMagic, "document", index, out, kClaimV1, "claimscan_claim", "claim",
      [](const claimscan_document& d) -> const auto& { return d.doc->claims; },
      [](const cs::Claim& k, claimscan_claim* c) {
        c->begin = k.span.begin;
        c->end = k.span.end;
        c->sentence = k.sentence;
        c->event = k.event.c_str();
        c->trigger_begin = k.trigger.begin;
        c->trigger_end = k.trigger.end;
        c->negated = k.negated ? 1 : 0;
        c->hedged = k.hedged ? 1 : 0;
        c->attribution = static_cast<int32_t>(k.attribution.kind);
        c->speaker_begin = k.attribution.speaker.begin;
        c->speaker_end = k.attribution.speaker.end;
        c->speaker_entity = k.attribution.entity;
        c->direct_quote = k.attribution.direct_quote ? 1 : 0;
      });
}

// ---- Corpus --------------------------------------------------------------------------------

claimscan_status claimscan_corpus_create(const claimscan_engine* engine, claimscan_corpus** out) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
    *out = nullptr;
    if (claimscan_status s = CheckHandle(engine, kEngineMagic, "engine"); s != CLAIMSCAN_OK) {
      return s;
    }
    auto corpus = std::make_unique<claimscan_corpus>();
    corpus->engine = engine;
    *out = corpus.release();
    return CLAIMSCAN_OK;
  });
}

void claimscan_corpus_destroy(claimscan_corpus* corpus) { Destroy(corpus, kCorpusMagic); }

claimscan_status claimscan_corpus_add_document(claimscan_corpus* corpus,
                                               const claimscan_document* doc) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckHandle(corpus, kCorpusMagic, "corpus"); s != CLAIMSCAN_OK) {
      return s;
    }
    if (claimscan_status s = CheckHandle(doc, kDocumentMagic, "document"); s != CLAIMSCAN_OK) {
      return s;
    }
    corpus->docs.push_back(doc->doc);
    return CLAIMSCAN_OK;
  });
}

claimscan_status claimscan_corpus_add(claimscan_corpus* corpus, const char* id, const char* bytes,
                                      size_t len) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckHandle(corpus, kCorpusMagic, "corpus"); s != CLAIMSCAN_OK) {
      return s;
    }
    if (claimscan_status s = CheckHandle(corpus->engine, kEngineMagic, "the corpus's engine");
        s != CLAIMSCAN_OK) {
      return s;
    }
    std::shared_ptr<const cs::Document> doc;
    if (claimscan_status s = Analyze(corpus->engine, id, bytes, len, &doc); s != CLAIMSCAN_OK) {
      return s;
    }
    corpus->docs.push_back(std::move(doc));
    return CLAIMSCAN_OK;
  });
}

claimscan_status claimscan_corpus_document_count(const claimscan_corpus* corpus, size_t* out) {
  return CountOf(corpus, kCorpusMagic, "corpus", out,
                 [](const claimscan_corpus& d) { return d.docs.size(); });
}

claimscan_status claimscan_corpus_compare(const claimscan_corpus* corpus,
                                          claimscan_comparison** out) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
    *out = nullptr;
    if (claimscan_status s = CheckHandle(corpus, kCorpusMagic, "corpus"); s != CLAIMSCAN_OK) {
      return s;
    }
    if (claimscan_status s = CheckHandle(corpus->engine, kEngineMagic, "the corpus's engine");
        s != CLAIMSCAN_OK) {
      return s;
    }
    // The comparison owns a snapshot: it outlives the corpus, its documents and the engine.
    auto data = std::make_shared<ComparisonData>();
    data->docs.reserve(corpus->docs.size());
    for (const auto& doc : corpus->docs) data->docs.push_back(*doc);
    data->result = corpus->engine->engine->Compare(data->docs);
    auto comparison = std::make_unique<claimscan_comparison>();
    comparison->data = std::move(data);
    *out = comparison.release();
    return CLAIMSCAN_OK;
  });
}

// ---- Comparison ----------------------------------------------------------------------------

void claimscan_comparison_destroy(claimscan_comparison* comparison) {
  Destroy(comparison, kComparisonMagic);
}

claimscan_status claimscan_comparison_json(const claimscan_comparison* comparison, uint32_t flags,
                                           char** out, size_t* out_len) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
    *out = nullptr;
    if (claimscan_status s = CheckHandle(comparison, kComparisonMagic, "comparison");
        s != CLAIMSCAN_OK) {
      return s;
    }
    if (claimscan_status s = CheckFlags(flags); s != CLAIMSCAN_OK) return s;
    return HandOut(ComparisonJson(*comparison->data, flags), out, out_len);
  });
}

claimscan_status claimscan_comparison_write_json(const claimscan_comparison* comparison,
                                                 uint32_t flags, char* buffer, size_t capacity,
                                                 size_t* needed) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckHandle(comparison, kComparisonMagic, "comparison");
        s != CLAIMSCAN_OK) {
      return s;
    }
    if (claimscan_status s = CheckFlags(flags); s != CLAIMSCAN_OK) return s;
    return WriteOut(ComparisonJson(*comparison->data, flags), buffer, capacity, needed);
  });
}

claimscan_status claimscan_comparison_document_count(const claimscan_comparison* comparison,
                                                     size_t* out) {
  return CountOf(comparison, kComparisonMagic, "comparison", out,
                 [](const claimscan_comparison& d) { return d.data->docs.size(); });
}

claimscan_status claimscan_comparison_document(const claimscan_comparison* comparison, size_t index,
                                               claimscan_document** out) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
    *out = nullptr;
    if (claimscan_status s = CheckHandle(comparison, kComparisonMagic, "comparison");
        s != CLAIMSCAN_OK) {
      return s;
    }
    const auto& data = comparison->data;
    if (claimscan_status s = CheckIndex(index, data->docs.size(), "document"); s != CLAIMSCAN_OK) {
      return s;
    }
    // Aliasing shared_ptr: the new handle keeps the whole comparison snapshot alive.
    return NewDocument(std::shared_ptr<const cs::Document>(data, &data->docs[index]), out);
  });
}

claimscan_status claimscan_comparison_finding_count(const claimscan_comparison* comparison,
                                                    size_t* out) {
  return CountOf(comparison, kComparisonMagic, "comparison", out,
                 [](const claimscan_comparison& d) { return d.data->result.findings.size(); });
}

claimscan_status claimscan_comparison_finding_at(const claimscan_comparison* comparison,
                                                 size_t index, claimscan_finding* out) {
  return ItemAt(
      comparison, kComparisonMagic, "comparison", index, out, kFindingV1, "claimscan_finding",
      "finding",
      [](const claimscan_comparison& d) -> const auto& { return d.data->result.findings; },
      [](const cs::Finding& f, claimscan_finding* c) {
        c->kind = static_cast<int32_t>(f.kind);
        c->conflict_type = static_cast<int32_t>(f.conflict_type);
        c->article_count = static_cast<uint32_t>(f.docs.size());
        c->claim_count = static_cast<uint32_t>(f.claims.size());
        c->score = f.score;
        c->syndicated = f.syndicated ? 1 : 0;
        c->summary = f.summary.c_str();
        c->reason = f.reason.c_str();
        c->story = f.story;
      });
}

claimscan_status claimscan_comparison_finding_claim(const claimscan_comparison* comparison,
                                                    size_t finding_index, size_t claim_index,
                                                    uint32_t* out_document, uint32_t* out_claim) {
  return Guard([&]() -> claimscan_status {
    if (out_document == nullptr || out_claim == nullptr) {
      return Fail(CLAIMSCAN_ERR_NULL_POINTER, "output pointer is NULL");
    }
    if (claimscan_status s = CheckHandle(comparison, kComparisonMagic, "comparison");
        s != CLAIMSCAN_OK) {
      return s;
    }
    const auto& findings = comparison->data->result.findings;
    if (claimscan_status s = CheckIndex(finding_index, findings.size(), "finding");
        s != CLAIMSCAN_OK) {
      return s;
    }
    const auto& claims = findings[finding_index].claims;
    if (claimscan_status s = CheckIndex(claim_index, claims.size(), "finding claim");
        s != CLAIMSCAN_OK) {
      return s;
    }
    *out_document = claims[claim_index].doc;
    *out_claim = claims[claim_index].claim;
    return CLAIMSCAN_OK;
  });
}

}  // extern "C"
