/* claimscan.h — the stable C ABI of claimscan (libclaimscan.so.1).
 *
 * Installed as <claimscan/claimscan_c.h>. Plain C99; usable from C++, and from any language
 * with a C FFI (Python ctypes, Rust, Go cgo). The contract, versioning and ownership rules are
 * in docs/capi.md. In short:
 *
 *   - Every fallible call returns a claimscan_status: CLAIMSCAN_OK (0) or a negative code from
 *     an append-only list. claimscan_status_str() names a code; claimscan_last_error() gives
 *     the detail of the last failure on the calling thread, and claimscan_engine_last_error()
 *     the last failure of any call that used that engine.
 *   - Handles are opaque. Each *_create has a *_destroy; destroying NULL is a no-op. A handle
 *     that is not (or no longer) what the call expects is reported as CLAIMSCAN_ERR_BAD_HANDLE
 *     where that can be detected (see "Handle checks" in docs/capi.md).
 *   - Inputs are (pointer, length) pairs: never assumed NUL-terminated, never read past the
 *     length. Offsets in results are bytes into the article exactly as given.
 *   - Structs the library fills start with `struct_size`: set it to sizeof(the struct) before
 *     the call. Fields are only ever appended, so a caller built against an older header keeps
 *     working with a newer library.
 *   - Strings the library returns as `const char*` are NUL-terminated and owned by the handle
 *     they came from (valid until it is destroyed), unless the function says the caller frees
 *     them with claimscan_string_free().
 *   - No C++ exception ever leaves the library.
 */
#ifndef CLAIMSCAN_C_H_
#define CLAIMSCAN_C_H_

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define CLAIMSCAN_API
#else
#define CLAIMSCAN_API __attribute__((visibility("default")))
#endif

/* ---- Versions ------------------------------------------------------------------------------
 * Three separate numbers (docs/capi.md, "Versioning"):
 *   - the API version (these macros / claimscan_version()): semantic versioning of this header;
 *   - the ABI version (CLAIMSCAN_ABI_VERSION / claimscan_abi_version()): the SONAME number,
 *     bumped only when an existing caller could break;
 *   - the data format, checked by the engine when it loads its data folder. */
#define CLAIMSCAN_VERSION_MAJOR 1
#define CLAIMSCAN_VERSION_MINOR 0
#define CLAIMSCAN_VERSION_PATCH 0
#define CLAIMSCAN_ABI_VERSION 1

/* "1.0.0": the version of the library actually loaded. Thread-safe; static storage. */
CLAIMSCAN_API const char* claimscan_version(void);
/* The ABI (SONAME) version of the loaded library. Thread-safe. */
CLAIMSCAN_API int claimscan_abi_version(void);

/* ---- Status --------------------------------------------------------------------------------
 * Append-only: codes are never renumbered or reused. */
typedef int32_t claimscan_status;
#define CLAIMSCAN_OK 0
#define CLAIMSCAN_ERR_INVALID_ARGUMENT (-1)   /* a value out of its domain */
#define CLAIMSCAN_ERR_NULL_POINTER (-2)       /* a required pointer argument was NULL */
#define CLAIMSCAN_ERR_INVALID_UTF8 (-3)       /* ill-formed UTF-8 under the "reject" policy */
#define CLAIMSCAN_ERR_RESOURCE_EXHAUSTED (-4) /* out of memory, or over a configured limit */
#define CLAIMSCAN_ERR_NOT_FOUND (-5)          /* a data folder or file does not exist */
#define CLAIMSCAN_ERR_IO (-6)                 /* a file exists but could not be read */
#define CLAIMSCAN_ERR_INTERNAL (-7)           /* a bug in claimscan: please report it */
#define CLAIMSCAN_ERR_BAD_HANDLE (-8)         /* not a live handle of the expected kind */
#define CLAIMSCAN_ERR_BUFFER_TOO_SMALL (-9)   /* the caller's buffer is too small (size given) */
#define CLAIMSCAN_ERR_OUT_OF_RANGE (-10)      /* an index past the end of a list */
#define CLAIMSCAN_ERR_VERSION_MISMATCH (-11)  /* the loaded library is older than the header */

/* "ok", "invalid_argument", ...; "unknown" for a code this library does not know.
 * Thread-safe; static storage. */
CLAIMSCAN_API const char* claimscan_status_str(claimscan_status status);

/* The message of the last failed call on the calling thread ("" if none). The pointer is
 * valid until the next claimscan_* call on this thread. Thread-safe (thread-local). */
CLAIMSCAN_API const char* claimscan_last_error(void);

/* Checks that the loaded library implements the API this header describes: same major
 * version, minor version at least the header's. Call as
 * claimscan_check_version(CLAIMSCAN_VERSION_MAJOR, CLAIMSCAN_VERSION_MINOR).
 * Returns CLAIMSCAN_OK or CLAIMSCAN_ERR_VERSION_MISMATCH. Thread-safe. */
CLAIMSCAN_API claimscan_status claimscan_check_version(int major, int minor);

/* Frees a string the library allocated for the caller (the JSON functions). NULL is a no-op.
 * Thread-safe. */
CLAIMSCAN_API void claimscan_string_free(char* s);

/* ---- Enumerations (append-only; names match the JSON output) ------------------------------ */
#define CLAIMSCAN_ENTITY_PERSON 0
#define CLAIMSCAN_ENTITY_ORG 1
#define CLAIMSCAN_ENTITY_GPE 2
#define CLAIMSCAN_ENTITY_LOC 3
#define CLAIMSCAN_ENTITY_FAC 4
#define CLAIMSCAN_ENTITY_NORP 5
#define CLAIMSCAN_ENTITY_LAW 6
#define CLAIMSCAN_ENTITY_EVENT 7
#define CLAIMSCAN_ENTITY_DATE 8
#define CLAIMSCAN_ENTITY_TIME 9
#define CLAIMSCAN_ENTITY_QUANTITY 10
#define CLAIMSCAN_ENTITY_MONEY 11
#define CLAIMSCAN_ENTITY_PERCENT 12
#define CLAIMSCAN_ENTITY_CARDINAL 13
#define CLAIMSCAN_ENTITY_ORDINAL 14

#define CLAIMSCAN_RECOGNISER_GAZETTEER 0
#define CLAIMSCAN_RECOGNISER_PATTERN 1
#define CLAIMSCAN_RECOGNISER_NAMES 2
#define CLAIMSCAN_RECOGNISER_ALIAS 3

#define CLAIMSCAN_ATTRIBUTION_OUTLET 0
#define CLAIMSCAN_ATTRIBUTION_NAMED 1
#define CLAIMSCAN_ATTRIBUTION_ORGANISATION 2
#define CLAIMSCAN_ATTRIBUTION_ANONYMOUS 3
#define CLAIMSCAN_ATTRIBUTION_MEDIA 4

#define CLAIMSCAN_FINDING_CORROBORATED 0
#define CLAIMSCAN_FINDING_CONFLICT 1
#define CLAIMSCAN_FINDING_COMPLEMENTARY 2
#define CLAIMSCAN_FINDING_SINGLE_SOURCE 3

#define CLAIMSCAN_CONFLICT_NONE 0
#define CLAIMSCAN_CONFLICT_NUMERIC 1
#define CLAIMSCAN_CONFLICT_TEMPORAL 2
#define CLAIMSCAN_CONFLICT_POLARITY 3
#define CLAIMSCAN_CONFLICT_ATTRIBUTION 4

/* Names as in the JSON output ("PERSON", "ORG", ...; "named", ...; "corroborated", ...;
 * "numeric", ...), or NULL for a value this library does not know. Thread-safe; static
 * storage. */
CLAIMSCAN_API const char* claimscan_entity_type_name(int32_t type);
CLAIMSCAN_API const char* claimscan_attribution_kind_name(int32_t kind);
CLAIMSCAN_API const char* claimscan_finding_kind_name(int32_t kind);
CLAIMSCAN_API const char* claimscan_conflict_type_name(int32_t type);

/* ---- Options -------------------------------------------------------------------------------
 * A bag of settings an engine is compiled from. Not thread-safe: configure it on one thread,
 * then it may be read (by claimscan_engine_create) from any thread while nobody modifies it.
 * Setters report errors through the return value and claimscan_last_error(). */
typedef struct claimscan_options claimscan_options;

/* Option keys: append-only. Each key has one value type; using a setter of another type is
 * CLAIMSCAN_ERR_INVALID_ARGUMENT. */
typedef enum claimscan_option {
  /* string: the data folder. Default: $CLAIMSCAN_DATA_DIR, else the installed
   * share/claimscan, else the source tree's data/. */
  CLAIMSCAN_OPTION_DATA_DIR = 1,
  /* string: one more gazetteer file (TSV, see data/gazetteer/README.md); each call appends. */
  CLAIMSCAN_OPTION_GAZETTEER_FILE = 2,
  /* int: 1 (default) to load the default gazetteers from the data folder. */
  CLAIMSCAN_OPTION_LOAD_DEFAULT_GAZETTEERS = 3,
  /* int: 1 (default) to recognise proper names that no gazetteer lists. */
  CLAIMSCAN_OPTION_RECOGNISE_UNSEEN_NAMES = 4,
  /* int: 1 (default) to remove boilerplate; 0 keeps every non-empty line as body. */
  CLAIMSCAN_OPTION_REMOVE_BOILERPLATE = 5,
  /* string: "YYYY-MM-DD" anchoring relative dates when an article has none; "" clears. */
  CLAIMSCAN_OPTION_REFERENCE_DATE = 6,
  /* int: a CLAIMSCAN_INVALID_UTF8_* policy. */
  CLAIMSCAN_OPTION_INVALID_UTF8 = 7,
  /* int: inputs larger than this many bytes fail with RESOURCE_EXHAUSTED (default 256 MiB,
   * at most 4 GiB - 1). */
  CLAIMSCAN_OPTION_MAX_INPUT_BYTES = 8,
  /* double in [0, 1]: how similar two names must be to join one entity (default 0.85). */
  CLAIMSCAN_OPTION_ALIAS_SIMILARITY = 9,
  /* double in [0, 1]: how similar an article must be to a story to join it (default 0.18;
   * the CLI's --story-threshold). */
  CLAIMSCAN_OPTION_STORY_THRESHOLD = 10,
  /* Not an option: makes the enum as wide as int, so that any int a caller passes (a key
   * from a newer header, a bad value) is a valid claimscan_option the library can reject
   * with INVALID_ARGUMENT, not undefined behaviour in C++. */
  CLAIMSCAN_OPTION_FORCE_INT_ = 0x7fffffff
} claimscan_option;

#define CLAIMSCAN_INVALID_UTF8_REJECT 0  /* default: CLAIMSCAN_ERR_INVALID_UTF8 */
#define CLAIMSCAN_INVALID_UTF8_REPLACE 1 /* each bad byte reads as '?'; offsets unchanged */

/* Creates options holding the defaults. Thread-safe. */
CLAIMSCAN_API claimscan_status claimscan_options_create(claimscan_options** out);
/* NULL is a no-op. Not thread-safe with other calls on the same options. */
CLAIMSCAN_API void claimscan_options_destroy(claimscan_options* options);
/* Typed setters. `value` of set_string is (pointer, length), not NUL-terminated. */
CLAIMSCAN_API claimscan_status claimscan_options_set_int(claimscan_options* options,
                                                         claimscan_option key, int64_t value);
CLAIMSCAN_API claimscan_status claimscan_options_set_double(claimscan_options* options,
                                                            claimscan_option key, double value);
CLAIMSCAN_API claimscan_status claimscan_options_set_string(claimscan_options* options,
                                                            claimscan_option key, const char* value,
                                                            size_t len);

/* ---- Engine --------------------------------------------------------------------------------
 * Compiled once from options (data files loaded, patterns compiled), then immutable: one
 * engine may be shared by any number of threads, which may call claimscan_document_create
 * and claimscan_corpus_create on it concurrently. Destroy it after every corpus made from it;
 * documents and comparisons do not need it. */
typedef struct claimscan_engine claimscan_engine;

/* `options` may be NULL (all defaults); it is not retained. Thread-safe. */
CLAIMSCAN_API claimscan_status claimscan_engine_create(const claimscan_options* options,
                                                       claimscan_engine** out);
/* NULL is a no-op. Must not race with any other use of the engine. */
CLAIMSCAN_API void claimscan_engine_destroy(claimscan_engine* engine);
/* The message of the last failure of any call that used this engine, from any thread ("" if
 * none; "bad handle" for something that is not an engine). The pointer is to a per-thread
 * copy, valid until the next claimscan_* call on the calling thread. Thread-safe. */
CLAIMSCAN_API const char* claimscan_engine_last_error(const claimscan_engine* engine);

/* ---- Document: one analysed article (parsed, tagged, claims extracted) --------------------
 * Immutable once created: any number of threads may read one document concurrently. */
typedef struct claimscan_document claimscan_document;

/* Analyses `len` bytes at `bytes` (not NUL-terminated; NULL allowed when len is 0).
 * `id` is a NUL-terminated name for the article (NULL: ""). Thread-safe: many threads may
 * create documents from one engine at once. */
CLAIMSCAN_API claimscan_status claimscan_document_create(const claimscan_engine* engine,
                                                         const char* id, const char* bytes,
                                                         size_t len, claimscan_document** out);
/* NULL is a no-op. Must not race with any other use of the document. */
CLAIMSCAN_API void claimscan_document_destroy(claimscan_document* doc);

#define CLAIMSCAN_JSON_PRETTY 1 /* indent the JSON */

/* The document as the `claimscan tag` JSON (docs/json.md), NUL-terminated, into a string the
 * caller frees with claimscan_string_free(). `*out_len` (may be NULL) gets its length. */
CLAIMSCAN_API claimscan_status claimscan_document_json(const claimscan_document* doc,
                                                       uint32_t flags, char** out, size_t* out_len);
/* The same JSON into the caller's buffer, NUL-terminated. `*needed` gets the size the buffer
 * must have (length + 1). If `capacity` is smaller, returns CLAIMSCAN_ERR_BUFFER_TOO_SMALL
 * and writes nothing; `buffer` may be NULL when `capacity` is 0 to ask for the size. */
CLAIMSCAN_API claimscan_status claimscan_document_write_json(const claimscan_document* doc,
                                                             uint32_t flags, char* buffer,
                                                             size_t capacity, size_t* needed);

/* The article's fields. */
typedef struct claimscan_article_info {
  size_t struct_size;   /* set to sizeof(claimscan_article_info) */
  const char* id;       /* the id given at creation */
  const char* text;     /* the text spans index: the input, with ill-formed UTF-8 as '?' */
  size_t text_len;      /* == the input length */
  uint32_t title_begin; /* the title span; begin == end when there is none */
  uint32_t title_end;
  const char* published; /* ISO 8601 publication date/time, "" when unknown */
  double published_confidence;
  uint32_t paragraph_count; /* body paragraphs kept */
  uint32_t sentence_count;
  uint32_t removed_count; /* boilerplate blocks removed */
} claimscan_article_info;
CLAIMSCAN_API claimscan_status claimscan_document_article(const claimscan_document* doc,
                                                          claimscan_article_info* out);

/* One entity mention: a typed span, linked to an entity when it names one. */
typedef struct claimscan_mention {
  size_t struct_size; /* set to sizeof(claimscan_mention) */
  uint32_t begin;     /* bytes into the article */
  uint32_t end;
  int32_t type;          /* CLAIMSCAN_ENTITY_* */
  int32_t recogniser;    /* CLAIMSCAN_RECOGNISER_* */
  float score;           /* confidence in [0, 1] */
  int32_t entity;        /* index for claimscan_document_entity_at, or -1 (numbers, dates) */
  const char* entity_id; /* the entity's stable id ("gaz:hezbollah"), or NULL */
} claimscan_mention;
CLAIMSCAN_API claimscan_status claimscan_document_mention_count(const claimscan_document* doc,
                                                                size_t* out);
CLAIMSCAN_API claimscan_status claimscan_document_mention_at(const claimscan_document* doc,
                                                             size_t index, claimscan_mention* out);

/* One entity of the article (all its mentions joined). */
typedef struct claimscan_entity {
  size_t struct_size;    /* set to sizeof(claimscan_entity) */
  const char* id;        /* stable across articles and runs: "gaz:..." or "name:..." */
  const char* canonical; /* the fullest name seen */
  int32_t type;          /* CLAIMSCAN_ENTITY_* */
  uint32_t mention_count;
} claimscan_entity;
CLAIMSCAN_API claimscan_status claimscan_document_entity_count(const claimscan_document* doc,
                                                               size_t* out);
CLAIMSCAN_API claimscan_status claimscan_document_entity_at(const claimscan_document* doc,
                                                            size_t index, claimscan_entity* out);

/* One claim: who asserts what, in one body sentence. */
typedef struct claimscan_claim {
  size_t struct_size; /* set to sizeof(claimscan_claim) */
  uint32_t begin;     /* the claim's text */
  uint32_t end;
  uint32_t sentence;      /* index of its sentence */
  const char* event;      /* event class: "attack", "kill", ...; "" when none */
  uint32_t trigger_begin; /* the words that evoke the event */
  uint32_t trigger_end;
  int32_t negated;        /* 1 when negated ("did not") */
  int32_t hedged;         /* 1 when hedged ("reportedly") */
  int32_t attribution;    /* CLAIMSCAN_ATTRIBUTION_* */
  uint32_t speaker_begin; /* who says it; begin == end when the outlet itself asserts it */
  uint32_t speaker_end;
  int32_t speaker_entity; /* entity index of the speaker, or -1 */
  int32_t direct_quote;   /* 1 inside a direct quotation of the speaker */
} claimscan_claim;
CLAIMSCAN_API claimscan_status claimscan_document_claim_count(const claimscan_document* doc,
                                                              size_t* out);
CLAIMSCAN_API claimscan_status claimscan_document_claim_at(const claimscan_document* doc,
                                                           size_t index, claimscan_claim* out);

/* ---- Corpus and comparison -----------------------------------------------------------------
 * A corpus collects documents to compare; comparing it yields an immutable comparison.
 * A corpus is not thread-safe (one thread at a time) and must be destroyed before the engine
 * it was made from. A comparison is immutable: any number of threads may read it at once,
 * and it stays valid after the corpus, its documents and the engine are destroyed. */
typedef struct claimscan_corpus claimscan_corpus;
typedef struct claimscan_comparison claimscan_comparison;

/* Thread-safe on a shared engine. */
CLAIMSCAN_API claimscan_status claimscan_corpus_create(const claimscan_engine* engine,
                                                       claimscan_corpus** out);
/* NULL is a no-op. */
CLAIMSCAN_API void claimscan_corpus_destroy(claimscan_corpus* corpus);
/* Adds a document (shared, not copied: `doc` may be destroyed afterwards). Documents are
 * numbered 0, 1, ... in the order they are added; findings refer to them by that number. */
CLAIMSCAN_API claimscan_status claimscan_corpus_add_document(claimscan_corpus* corpus,
                                                             const claimscan_document* doc);
/* Analyses an article (as claimscan_document_create) and adds it. */
CLAIMSCAN_API claimscan_status claimscan_corpus_add(claimscan_corpus* corpus, const char* id,
                                                    const char* bytes, size_t len);
CLAIMSCAN_API claimscan_status claimscan_corpus_document_count(const claimscan_corpus* corpus,
                                                               size_t* out);
/* Compares the documents added so far. */
CLAIMSCAN_API claimscan_status claimscan_corpus_compare(const claimscan_corpus* corpus,
                                                        claimscan_comparison** out);

/* NULL is a no-op. Must not race with any other use of the comparison. */
CLAIMSCAN_API void claimscan_comparison_destroy(claimscan_comparison* comparison);
/* The `claimscan compare` JSON (docs/json.md); same conventions as claimscan_document_json. */
CLAIMSCAN_API claimscan_status claimscan_comparison_json(const claimscan_comparison* comparison,
                                                         uint32_t flags, char** out,
                                                         size_t* out_len);
CLAIMSCAN_API claimscan_status
claimscan_comparison_write_json(const claimscan_comparison* comparison, uint32_t flags,
                                char* buffer, size_t capacity, size_t* needed);
CLAIMSCAN_API claimscan_status
claimscan_comparison_document_count(const claimscan_comparison* comparison, size_t* out);
/* A new handle on document `index` as it was compared (the caller destroys it); use it to
 * read the claims a finding refers to. */
CLAIMSCAN_API claimscan_status claimscan_comparison_document(const claimscan_comparison* comparison,
                                                             size_t index,
                                                             claimscan_document** out);

/* One finding: a fact the outlets agree on, contradict each other about, or only one says. */
typedef struct claimscan_finding {
  size_t struct_size;     /* set to sizeof(claimscan_finding) */
  int32_t kind;           /* CLAIMSCAN_FINDING_* */
  int32_t conflict_type;  /* CLAIMSCAN_CONFLICT_*; NONE unless kind is CONFLICT */
  uint32_t article_count; /* distinct documents */
  uint32_t claim_count;   /* evidence: see claimscan_comparison_finding_claim */
  double score;           /* support: higher means more independent sources agree */
  int32_t syndicated;     /* 1 when some of the sources share copy (not independent) */
  const char* summary;    /* one readable line: the fact */
  const char* reason;     /* why this judgement */
  int32_t story;          /* index of its story (claimscan_corpus_compare_stories), else -1 */
} claimscan_finding;
CLAIMSCAN_API claimscan_status
claimscan_comparison_finding_count(const claimscan_comparison* comparison, size_t* out);
CLAIMSCAN_API claimscan_status claimscan_comparison_finding_at(
    const claimscan_comparison* comparison, size_t index, claimscan_finding* out);
/* Claim `claim_index` of finding `finding_index`: the document number and the claim's index
 * in that document (claimscan_document_claim_at on claimscan_comparison_document). */
CLAIMSCAN_API claimscan_status
claimscan_comparison_finding_claim(const claimscan_comparison* comparison, size_t finding_index,
                                   size_t claim_index, uint32_t* out_document, uint32_t* out_claim);

/* ---- Stories -------------------------------------------------------------------------------
 * A story set groups articles into stories (the same event or development), as
 * `claimscan stories` does. Articles are numbered 0, 1, ... in the order they were given.
 * Three ways to make one:
 *   - claimscan_corpus_stories: batch, over a corpus's documents (the CLI's result);
 *   - claimscan_stories_from_features: the same batch clustering over story features
 *     (claimscan_document_story_features) computed elsewhere, e.g. on other machines;
 *   - claimscan_stories_create + claimscan_stories_add_document: incremental, one article at
 *     a time as they arrive (weights learnt as they come; no second pass, so the stories can
 *     differ from the batch result).
 * The story threshold comes from the engine's options (CLAIMSCAN_OPTION_STORY_THRESHOLD).
 * A story set keeps no reference to the engine or the documents. It is not thread-safe while
 * articles are added (one thread at a time); a set nobody adds to may be read by any number of
 * threads at once. Strings it returns are valid until the next add or its destruction. */
typedef struct claimscan_stories claimscan_stories;

/* Clusters the corpus's documents so far into stories. Not thread-safe with other calls on
 * the same corpus. */
CLAIMSCAN_API claimscan_status claimscan_corpus_stories(const claimscan_corpus* corpus,
                                                        claimscan_stories** out);

/* The document's story features: what clustering reads from it (hashed words, entity keys,
 * figures and dates, title, publication date, id), as an opaque byte string (not
 * NUL-terminated; binary) the caller frees with claimscan_string_free. Stable across
 * processes and machines for one library version: analyse where the text is, cluster where
 * the features meet. Thread-safe. */
CLAIMSCAN_API claimscan_status claimscan_document_story_features(const claimscan_engine* engine,
                                                                 const claimscan_document* doc,
                                                                 char** out, size_t* out_len);
/* Batch clustering of `count` articles given by their features (`features[i]`, `lens[i]`
 * bytes); equals claimscan_corpus_stories on the same documents in the same order.
 * Malformed features are CLAIMSCAN_ERR_INVALID_ARGUMENT. Thread-safe. */
CLAIMSCAN_API claimscan_status claimscan_stories_from_features(const claimscan_engine* engine,
                                                               const char* const* features,
                                                               const size_t* lens, size_t count,
                                                               claimscan_stories** out);

/* An empty story set for incremental clustering. Thread-safe on a shared engine. */
CLAIMSCAN_API claimscan_status claimscan_stories_create(const claimscan_engine* engine,
                                                        claimscan_stories** out);
/* Adds the next article; `*out_story` (may be NULL) gets the index of the story it joined or
 * started. Only for sets made by claimscan_stories_create (INVALID_ARGUMENT otherwise).
 * Not thread-safe with other calls on the same set. */
CLAIMSCAN_API claimscan_status claimscan_stories_add_document(claimscan_stories* stories,
                                                              const claimscan_document* doc,
                                                              uint32_t* out_story);
/* NULL is a no-op. Must not race with any other use of the set. */
CLAIMSCAN_API void claimscan_stories_destroy(claimscan_stories* stories);

/* Number of stories, and of articles clustered. */
CLAIMSCAN_API claimscan_status claimscan_stories_count(const claimscan_stories* stories,
                                                       size_t* out);
CLAIMSCAN_API claimscan_status claimscan_stories_article_count(const claimscan_stories* stories,
                                                               size_t* out);

/* One story. */
typedef struct claimscan_story {
  size_t struct_size;          /* set to sizeof(claimscan_story) */
  uint32_t id;                 /* == its index */
  uint32_t article_count;      /* see claimscan_stories_story_article */
  const char* label;           /* the title of the article closest to its centre ("" if none) */
  const char* first_published; /* "YYYY-MM-DD" of its earliest article, "" when none has one */
  const char* last_published;
} claimscan_story;
CLAIMSCAN_API claimscan_status claimscan_stories_story_at(const claimscan_stories* stories,
                                                          size_t index, claimscan_story* out);
/* Article `k` of story `story_index` (ascending): its number, and its id (may be NULL). */
CLAIMSCAN_API claimscan_status claimscan_stories_story_article(const claimscan_stories* stories,
                                                               size_t story_index, size_t k,
                                                               uint32_t* out_article,
                                                               const char** out_id);

/* The `claimscan stories --format json` output (docs/json.md); same conventions as
 * claimscan_document_json. */
CLAIMSCAN_API claimscan_status claimscan_stories_json(const claimscan_stories* stories,
                                                      uint32_t flags, char** out, size_t* out_len);
CLAIMSCAN_API claimscan_status claimscan_stories_write_json(const claimscan_stories* stories,
                                                            uint32_t flags, char* buffer,
                                                            size_t capacity, size_t* needed);

/* Compares the corpus story by story (claims of different stories are never grouped): the
 * result's JSON equals `claimscan compare --stories --format json`, and each finding carries
 * its story. `stories` must cluster exactly the corpus's documents (same count and ids, in
 * order), else INVALID_ARGUMENT. Not thread-safe with other calls on the same corpus. */
CLAIMSCAN_API claimscan_status claimscan_corpus_compare_stories(const claimscan_corpus* corpus,
                                                                const claimscan_stories* stories,
                                                                claimscan_comparison** out);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* CLAIMSCAN_C_H_ */
