// The C ABI (capi/claimscan.h) as a foreign caller uses it. First byte: bit 0 picks the
// engine compiled with the "replace" ill-formed UTF-8 policy (else "reject"), bit 1 the pretty
// JSON flag. The rest is split on 0x1E into up to 3 articles: each becomes a document whose
// every accessor is called (including one index past the end), then all go into a corpus
// that is compared and read back the same way.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/claimscan_c.h"
#include "fuzz_common.h"

namespace {

claimscan_engine* MakeEngine(int64_t invalid_utf8_policy) {
  claimscan_options* options = nullptr;
  FUZZ_CHECK(claimscan_options_create(&options) == CLAIMSCAN_OK);
  const std::string dir = claimscan::fuzz::FuzzDataDir();
  FUZZ_CHECK(claimscan_options_set_string(options, CLAIMSCAN_OPTION_DATA_DIR, dir.data(),
                                          dir.size()) == CLAIMSCAN_OK);
  FUZZ_CHECK(claimscan_options_set_int(options, CLAIMSCAN_OPTION_INVALID_UTF8,
                                       invalid_utf8_policy) == CLAIMSCAN_OK);
  claimscan_engine* engine = nullptr;
  if (claimscan_engine_create(options, &engine) != CLAIMSCAN_OK) {
    std::fprintf(stderr, "claimscan_engine_create: %s\n", claimscan_last_error());
    std::abort();
  }
  claimscan_options_destroy(options);
  return engine;
}

// The JSON through both entry points: allocated, and into the caller's buffer (asked for the
// size first, then one byte too small, then exact).
template <typename Handle>
void CheckJson(const Handle* handle, uint32_t flags,
               claimscan_status (*json)(const Handle*, uint32_t, char**, size_t*),
               claimscan_status (*write)(const Handle*, uint32_t, char*, size_t, size_t*)) {
  char* text = nullptr;
  size_t len = 0;
  FUZZ_CHECK(json(handle, flags, &text, &len) == CLAIMSCAN_OK);
  FUZZ_CHECK(text != nullptr && text[len] == '\0');
  size_t needed = 0;
  FUZZ_CHECK(write(handle, flags, nullptr, 0, &needed) == CLAIMSCAN_ERR_BUFFER_TOO_SMALL);
  FUZZ_CHECK(needed == len + 1);
  std::vector<char> buffer(needed);
  FUZZ_CHECK(write(handle, flags, buffer.data(), needed - 1, &needed) ==
             CLAIMSCAN_ERR_BUFFER_TOO_SMALL);
  FUZZ_CHECK(write(handle, flags, buffer.data(), needed, &needed) == CLAIMSCAN_OK);
  FUZZ_CHECK(std::string_view(buffer.data(), len) == std::string_view(text, len));
  claimscan_string_free(text);
}

void CheckDocument(const claimscan_document* doc, size_t input_len) {
  CheckJson(doc, 0, claimscan_document_json, claimscan_document_write_json);
  claimscan_article_info info{};
  info.struct_size = sizeof info;
  FUZZ_CHECK(claimscan_document_article(doc, &info) == CLAIMSCAN_OK);
  FUZZ_CHECK(info.text_len == input_len);
  FUZZ_CHECK(info.title_begin <= info.title_end && info.title_end <= input_len);

  size_t mentions = 0, entities = 0, claims = 0;
  FUZZ_CHECK(claimscan_document_mention_count(doc, &mentions) == CLAIMSCAN_OK);
  FUZZ_CHECK(claimscan_document_entity_count(doc, &entities) == CLAIMSCAN_OK);
  FUZZ_CHECK(claimscan_document_claim_count(doc, &claims) == CLAIMSCAN_OK);
  for (size_t i = 0; i <= mentions; ++i) {
    claimscan_mention m{};
    m.struct_size = sizeof m;
    claimscan_status s = claimscan_document_mention_at(doc, i, &m);
    if (i == mentions) {
      FUZZ_CHECK(s == CLAIMSCAN_ERR_OUT_OF_RANGE);
      break;
    }
    FUZZ_CHECK(s == CLAIMSCAN_OK);
    FUZZ_CHECK(m.begin <= m.end && m.end <= input_len);
    FUZZ_CHECK(m.entity >= -1 && m.entity < static_cast<int64_t>(entities));
    FUZZ_CHECK(claimscan_entity_type_name(m.type) != nullptr);
  }
  for (size_t i = 0; i <= entities; ++i) {
    claimscan_entity e{};
    e.struct_size = sizeof e;
    claimscan_status s = claimscan_document_entity_at(doc, i, &e);
    if (i == entities) {
      FUZZ_CHECK(s == CLAIMSCAN_ERR_OUT_OF_RANGE);
      break;
    }
    FUZZ_CHECK(s == CLAIMSCAN_OK && e.id != nullptr && e.canonical != nullptr);
  }
  for (size_t i = 0; i <= claims; ++i) {
    claimscan_claim c{};
    c.struct_size = sizeof c;
    claimscan_status s = claimscan_document_claim_at(doc, i, &c);
    if (i == claims) {
      FUZZ_CHECK(s == CLAIMSCAN_ERR_OUT_OF_RANGE);
      break;
    }
    FUZZ_CHECK(s == CLAIMSCAN_OK);
    FUZZ_CHECK(c.begin <= c.end && c.end <= input_len);
    FUZZ_CHECK(c.speaker_begin <= c.speaker_end && c.speaker_end <= input_len);
    FUZZ_CHECK(c.trigger_begin <= c.trigger_end && c.trigger_end <= input_len);
    FUZZ_CHECK(c.sentence < info.sentence_count);
    FUZZ_CHECK(claimscan_attribution_kind_name(c.attribution) != nullptr);
  }
}

void CheckComparison(const claimscan_comparison* comparison, size_t documents) {
  CheckJson(comparison, CLAIMSCAN_JSON_PRETTY, claimscan_comparison_json,
            claimscan_comparison_write_json);
  size_t count = 0;
  FUZZ_CHECK(claimscan_comparison_document_count(comparison, &count) == CLAIMSCAN_OK);
  FUZZ_CHECK(count == documents);
  std::vector<size_t> claims_per_document(count, 0);
  for (size_t d = 0; d < count; ++d) {
    claimscan_document* doc = nullptr;
    FUZZ_CHECK(claimscan_comparison_document(comparison, d, &doc) == CLAIMSCAN_OK);
    FUZZ_CHECK(claimscan_document_claim_count(doc, &claims_per_document[d]) == CLAIMSCAN_OK);
    claimscan_document_destroy(doc);
  }
  size_t findings = 0;
  FUZZ_CHECK(claimscan_comparison_finding_count(comparison, &findings) == CLAIMSCAN_OK);
  for (size_t i = 0; i < findings; ++i) {
    claimscan_finding f{};
    f.struct_size = sizeof f;
    FUZZ_CHECK(claimscan_comparison_finding_at(comparison, i, &f) == CLAIMSCAN_OK);
    FUZZ_CHECK(f.summary != nullptr && f.reason != nullptr);
    FUZZ_CHECK(claimscan_finding_kind_name(f.kind) != nullptr);
    for (size_t c = 0; c < f.claim_count; ++c) {
      uint32_t doc = 0, claim = 0;
      FUZZ_CHECK(claimscan_comparison_finding_claim(comparison, i, c, &doc, &claim) ==
                 CLAIMSCAN_OK);
      FUZZ_CHECK(doc < count && claim < claims_per_document[doc]);
    }
    uint32_t doc = 0, claim = 0;
    FUZZ_CHECK(claimscan_comparison_finding_claim(comparison, i, f.claim_count, &doc, &claim) ==
               CLAIMSCAN_ERR_OUT_OF_RANGE);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static claimscan_engine* const reject_engine = MakeEngine(CLAIMSCAN_INVALID_UTF8_REJECT);
  static claimscan_engine* const replace_engine = MakeEngine(CLAIMSCAN_INVALID_UTF8_REPLACE);
  if (size == 0) return 0;
  const uint8_t flags = data[0];
  const claimscan_engine* engine = (flags & 1) ? replace_engine : reject_engine;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);

  claimscan_corpus* corpus = nullptr;
  FUZZ_CHECK(claimscan_corpus_create(engine, &corpus) == CLAIMSCAN_OK);
  size_t added = 0;
  size_t start = 0;
  for (int piece = 0; piece < 3 && start <= input.size(); ++piece) {
    size_t end = input.find('\x1e', start);
    if (end == std::string_view::npos || piece == 2) end = input.size();
    const std::string_view bytes = input.substr(start, end - start);
    start = end + 1;
    claimscan_document* doc = nullptr;
    // A length-only view: the library must not read bytes[len] (ASan sees it if it does).
    std::vector<char> exact(bytes.begin(), bytes.end());
    claimscan_status s =
        claimscan_document_create(engine, "fuzz", exact.data(), exact.size(), &doc);
    if (s != CLAIMSCAN_OK) {
      FUZZ_CHECK(s < 0 && claimscan_status_str(s) != nullptr);
      FUZZ_CHECK(doc == nullptr);
      FUZZ_CHECK(*claimscan_last_error() != '\0');
      continue;
    }
    CheckDocument(doc, exact.size());
    FUZZ_CHECK(claimscan_corpus_add_document(corpus, doc) == CLAIMSCAN_OK);
    ++added;
    claimscan_document_destroy(doc);  // the corpus shares it
  }
  claimscan_comparison* comparison = nullptr;
  FUZZ_CHECK(claimscan_corpus_compare(corpus, &comparison) == CLAIMSCAN_OK);
  claimscan_corpus_destroy(corpus);  // the comparison outlives its corpus
  CheckComparison(comparison, added);
  claimscan_comparison_destroy(comparison);
  return 0;
}
