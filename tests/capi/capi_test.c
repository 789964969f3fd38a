/* The C ABI from plain C: every entry point with NULL pointers, zero lengths, ill-formed UTF-8,
 * wrong and destroyed handles, and the happy path on the example articles, also from several
 * threads sharing one engine.
 *
 *   capi_test DATA_DIR ARTICLE...
 *
 * Run with CLAIMSCAN_DEBUG_HANDLES=1 (CTest does) so that using a destroyed handle is a
 * defined, detected error rather than a read of freed memory. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claimscan/claimscan_c.h"

static int g_failures = 0;

#define EXPECT_STATUS(expr, expected)                                                              \
  do {                                                                                             \
    claimscan_status got_ = (expr);                                                                \
    if (got_ != (expected)) {                                                                      \
      fprintf(stderr, "%s:%d: %s returned %s, expected %s (last error: %s)\n", __FILE__, __LINE__, \
              #expr, claimscan_status_str(got_), claimscan_status_str(expected),                   \
              claimscan_last_error());                                                             \
      ++g_failures;                                                                                \
    }                                                                                              \
  } while (0)

#define EXPECT_TRUE(cond)                                                 \
  do {                                                                    \
    if (!(cond)) {                                                        \
      fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #cond); \
      ++g_failures;                                                       \
    }                                                                     \
  } while (0)

#define EXPECT_STREQ(a, b)                                                              \
  do {                                                                                  \
    const char* a_ = (a);                                                               \
    const char* b_ = (b);                                                               \
    if (a_ == NULL || b_ == NULL || strcmp(a_, b_) != 0) {                              \
      fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #a, \
              a_ ? a_ : "(null)", b_ ? b_ : "(null)");                                  \
      ++g_failures;                                                                     \
    }                                                                                   \
  } while (0)

/* Fails the whole run: later checks depend on this one. */
#define REQUIRE_OK(expr)                                                        \
  do {                                                                          \
    claimscan_status got_ = (expr);                                             \
    if (got_ != CLAIMSCAN_OK) {                                                 \
      fprintf(stderr, "%s:%d: %s returned %s: %s\n", __FILE__, __LINE__, #expr, \
              claimscan_status_str(got_), claimscan_last_error());              \
      exit(1);                                                                  \
    }                                                                           \
  } while (0)

typedef struct {
  char* bytes;
  size_t len;
  const char* path;
} input_file;

static input_file read_file(const char* path) {
  input_file f = {NULL, 0, path};
  FILE* in = fopen(path, "rb");
  long size;
  if (in == NULL || fseek(in, 0, SEEK_END) != 0 || (size = ftell(in)) < 0 ||
      fseek(in, 0, SEEK_SET) != 0) {
    fprintf(stderr, "cannot read %s\n", path);
    exit(1);
  }
  /* Exactly `size` bytes, no NUL after them: the library must never read past the length. */
  f.bytes = (char*)malloc(size > 0 ? (size_t)size : 1);
  f.len = fread(f.bytes, 1, (size_t)size, in);
  fclose(in);
  return f;
}

static void test_versions_and_names(void) {
  char expected[64];
  snprintf(expected, sizeof expected, "%d.%d.%d", CLAIMSCAN_VERSION_MAJOR, CLAIMSCAN_VERSION_MINOR,
           CLAIMSCAN_VERSION_PATCH);
  EXPECT_STREQ(claimscan_version(), expected);
  EXPECT_TRUE(claimscan_abi_version() == CLAIMSCAN_ABI_VERSION);
  EXPECT_STATUS(claimscan_check_version(CLAIMSCAN_VERSION_MAJOR, CLAIMSCAN_VERSION_MINOR),
                CLAIMSCAN_OK);
  EXPECT_STATUS(claimscan_check_version(CLAIMSCAN_VERSION_MAJOR + 1, 0),
                CLAIMSCAN_ERR_VERSION_MISMATCH);
  EXPECT_STATUS(claimscan_check_version(CLAIMSCAN_VERSION_MAJOR, CLAIMSCAN_VERSION_MINOR + 1),
                CLAIMSCAN_ERR_VERSION_MISMATCH);
  EXPECT_TRUE(strstr(claimscan_last_error(), claimscan_version()) != NULL);

  EXPECT_STREQ(claimscan_status_str(CLAIMSCAN_OK), "ok");
  EXPECT_STREQ(claimscan_status_str(CLAIMSCAN_ERR_NULL_POINTER), "null_pointer");
  EXPECT_STREQ(claimscan_status_str(CLAIMSCAN_ERR_BAD_HANDLE), "bad_handle");
  EXPECT_STREQ(claimscan_status_str(CLAIMSCAN_ERR_BUFFER_TOO_SMALL), "buffer_too_small");
  EXPECT_STREQ(claimscan_status_str(-1000), "unknown");
  EXPECT_STREQ(claimscan_status_str(5), "unknown");
  {
    /* Every code has its own name. */
    claimscan_status code, other;
    for (code = CLAIMSCAN_ERR_VERSION_MISMATCH; code <= CLAIMSCAN_OK; ++code) {
      EXPECT_TRUE(strcmp(claimscan_status_str(code), "unknown") != 0);
      for (other = code + 1; other <= CLAIMSCAN_OK; ++other) {
        EXPECT_TRUE(strcmp(claimscan_status_str(code), claimscan_status_str(other)) != 0);
      }
    }
  }

  EXPECT_STREQ(claimscan_entity_type_name(CLAIMSCAN_ENTITY_PERSON), "PERSON");
  EXPECT_STREQ(claimscan_entity_type_name(CLAIMSCAN_ENTITY_GPE), "GPE");
  EXPECT_STREQ(claimscan_entity_type_name(CLAIMSCAN_ENTITY_ORDINAL), "ORDINAL");
  EXPECT_TRUE(claimscan_entity_type_name(-1) == NULL);
  EXPECT_TRUE(claimscan_entity_type_name(CLAIMSCAN_ENTITY_ORDINAL + 1) == NULL);
  EXPECT_STREQ(claimscan_attribution_kind_name(CLAIMSCAN_ATTRIBUTION_NAMED), "named");
  EXPECT_TRUE(claimscan_attribution_kind_name(99) == NULL);
  EXPECT_STREQ(claimscan_finding_kind_name(CLAIMSCAN_FINDING_CORROBORATED), "corroborated");
  EXPECT_STREQ(claimscan_finding_kind_name(CLAIMSCAN_FINDING_CONFLICT), "conflict");
  EXPECT_TRUE(claimscan_finding_kind_name(-5) == NULL);
  EXPECT_STREQ(claimscan_conflict_type_name(CLAIMSCAN_CONFLICT_NONE), "none");
  EXPECT_STREQ(claimscan_conflict_type_name(CLAIMSCAN_CONFLICT_NUMERIC), "numeric");
  EXPECT_TRUE(claimscan_conflict_type_name(CLAIMSCAN_CONFLICT_ATTRIBUTION + 1) == NULL);
}

/* Every entry point taking a handle or an output pointer, given NULL. */
static void test_null_pointers(void) {
  size_t n = 7;
  uint32_t u = 0;
  char* s = NULL;
  char buf[8];
  claimscan_mention mention;
  claimscan_entity entity;
  claimscan_claim claim;
  claimscan_finding finding;
  claimscan_article_info info;
  mention.struct_size = sizeof mention;
  entity.struct_size = sizeof entity;
  claim.struct_size = sizeof claim;
  finding.struct_size = sizeof finding;
  info.struct_size = sizeof info;

  claimscan_options_destroy(NULL);
  claimscan_engine_destroy(NULL);
  claimscan_document_destroy(NULL);
  claimscan_corpus_destroy(NULL);
  claimscan_comparison_destroy(NULL);
  claimscan_string_free(NULL);

  EXPECT_STATUS(claimscan_options_create(NULL), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_options_set_int(NULL, CLAIMSCAN_OPTION_REMOVE_BOILERPLATE, 0),
                CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_options_set_double(NULL, CLAIMSCAN_OPTION_ALIAS_SIMILARITY, 0.5),
                CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_options_set_string(NULL, CLAIMSCAN_OPTION_DATA_DIR, "x", 1),
                CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_engine_create(NULL, NULL), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_TRUE(strlen(claimscan_engine_last_error(NULL)) > 0);

  EXPECT_STATUS(claimscan_document_create(NULL, "id", "x", 1, NULL), CLAIMSCAN_ERR_NULL_POINTER);
  {
    claimscan_document* doc = (claimscan_document*)&u; /* must be reset to NULL */
    EXPECT_STATUS(claimscan_document_create(NULL, "id", "x", 1, &doc), CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_TRUE(doc == NULL);
  }
  EXPECT_STATUS(claimscan_document_json(NULL, 0, &s, &n), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_TRUE(s == NULL);
  EXPECT_STATUS(claimscan_document_write_json(NULL, 0, buf, sizeof buf, &n),
                CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_document_article(NULL, &info), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_document_mention_count(NULL, &n), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_document_mention_at(NULL, 0, &mention), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_document_entity_count(NULL, &n), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_document_entity_at(NULL, 0, &entity), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_document_claim_count(NULL, &n), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_document_claim_at(NULL, 0, &claim), CLAIMSCAN_ERR_NULL_POINTER);

  EXPECT_STATUS(claimscan_corpus_create(NULL, NULL), CLAIMSCAN_ERR_NULL_POINTER);
  {
    claimscan_corpus* corpus = NULL;
    EXPECT_STATUS(claimscan_corpus_create(NULL, &corpus), CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_TRUE(corpus == NULL);
  }
  EXPECT_STATUS(claimscan_corpus_add_document(NULL, NULL), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_corpus_add(NULL, "id", "x", 1), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_corpus_document_count(NULL, &n), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_corpus_compare(NULL, NULL), CLAIMSCAN_ERR_NULL_POINTER);

  EXPECT_STATUS(claimscan_comparison_json(NULL, 0, &s, NULL), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_comparison_write_json(NULL, 0, buf, sizeof buf, &n),
                CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_comparison_document_count(NULL, &n), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_comparison_document(NULL, 0, NULL), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_comparison_finding_count(NULL, &n), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_comparison_finding_at(NULL, 0, &finding), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_comparison_finding_claim(NULL, 0, 0, &u, &u), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_TRUE(strlen(claimscan_last_error()) > 0);

  claimscan_stories_destroy(NULL);
  {
    claimscan_stories* stories = (claimscan_stories*)&u; /* must be reset to NULL */
    claimscan_comparison* comparison = (claimscan_comparison*)&u;
    claimscan_story story;
    story.struct_size = sizeof story;
    EXPECT_STATUS(claimscan_corpus_stories(NULL, &stories), CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_TRUE(stories == NULL);
    EXPECT_STATUS(claimscan_corpus_stories(NULL, NULL), CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_STATUS(claimscan_stories_create(NULL, &stories), CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_STATUS(claimscan_stories_from_features(NULL, NULL, NULL, 0, &stories),
                  CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_STATUS(claimscan_document_story_features(NULL, NULL, &s, &n),
                  CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_TRUE(s == NULL);
    EXPECT_STATUS(claimscan_stories_add_document(NULL, NULL, &u), CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_STATUS(claimscan_stories_count(NULL, &n), CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_STATUS(claimscan_stories_article_count(NULL, &n), CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_STATUS(claimscan_stories_story_at(NULL, 0, &story), CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_STATUS(claimscan_stories_story_article(NULL, 0, 0, &u, NULL),
                  CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_STATUS(claimscan_stories_json(NULL, 0, &s, &n), CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_STATUS(claimscan_stories_write_json(NULL, 0, buf, sizeof buf, &n),
                  CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_STATUS(claimscan_corpus_compare_stories(NULL, NULL, &comparison),
                  CLAIMSCAN_ERR_NULL_POINTER);
    EXPECT_TRUE(comparison == NULL);
  }
}

static void test_options(void) {
  claimscan_options* options = NULL;
  REQUIRE_OK(claimscan_options_create(&options));

  /* Each key takes one type. */
  EXPECT_STATUS(claimscan_options_set_int(options, CLAIMSCAN_OPTION_DATA_DIR, 1),
                CLAIMSCAN_ERR_INVALID_ARGUMENT);
  EXPECT_STATUS(claimscan_options_set_double(options, CLAIMSCAN_OPTION_REMOVE_BOILERPLATE, 1.0),
                CLAIMSCAN_ERR_INVALID_ARGUMENT);
  EXPECT_STATUS(claimscan_options_set_string(options, CLAIMSCAN_OPTION_MAX_INPUT_BYTES, "1", 1),
                CLAIMSCAN_ERR_INVALID_ARGUMENT);
  EXPECT_STATUS(claimscan_options_set_int(options, (claimscan_option)9999, 1),
                CLAIMSCAN_ERR_INVALID_ARGUMENT);

  /* Domains. */
  EXPECT_STATUS(claimscan_options_set_int(options, CLAIMSCAN_OPTION_REMOVE_BOILERPLATE, 0),
                CLAIMSCAN_OK);
  EXPECT_STATUS(claimscan_options_set_int(options, CLAIMSCAN_OPTION_REMOVE_BOILERPLATE, 2),
                CLAIMSCAN_ERR_INVALID_ARGUMENT);
  EXPECT_STATUS(claimscan_options_set_int(options, CLAIMSCAN_OPTION_INVALID_UTF8, 7),
                CLAIMSCAN_ERR_INVALID_ARGUMENT);
  EXPECT_STATUS(claimscan_options_set_int(options, CLAIMSCAN_OPTION_MAX_INPUT_BYTES, -1),
                CLAIMSCAN_ERR_INVALID_ARGUMENT);
  EXPECT_STATUS(
      claimscan_options_set_int(options, CLAIMSCAN_OPTION_MAX_INPUT_BYTES, (int64_t)1 << 33),
      CLAIMSCAN_ERR_INVALID_ARGUMENT);
  EXPECT_STATUS(claimscan_options_set_double(options, CLAIMSCAN_OPTION_ALIAS_SIMILARITY, 1.5),
                CLAIMSCAN_ERR_INVALID_ARGUMENT);
  EXPECT_STATUS(
      claimscan_options_set_double(options, CLAIMSCAN_OPTION_ALIAS_SIMILARITY, strtod("nan", NULL)),
      CLAIMSCAN_ERR_INVALID_ARGUMENT);
  EXPECT_STATUS(claimscan_options_set_double(options, CLAIMSCAN_OPTION_ALIAS_SIMILARITY, 0.9),
                CLAIMSCAN_OK);
  EXPECT_STATUS(claimscan_options_set_double(options, CLAIMSCAN_OPTION_STORY_THRESHOLD, -0.1),
                CLAIMSCAN_ERR_INVALID_ARGUMENT);
  EXPECT_STATUS(claimscan_options_set_int(options, CLAIMSCAN_OPTION_STORY_THRESHOLD, 1),
                CLAIMSCAN_ERR_INVALID_ARGUMENT);
  EXPECT_STATUS(claimscan_options_set_double(options, CLAIMSCAN_OPTION_STORY_THRESHOLD, 0.25),
                CLAIMSCAN_OK);

  /* Strings are (pointer, length): the bytes after the length are never looked at. */
  EXPECT_STATUS(
      claimscan_options_set_string(options, CLAIMSCAN_OPTION_REFERENCE_DATE, "2024-11-02XYZ", 10),
      CLAIMSCAN_OK);
  EXPECT_STATUS(
      claimscan_options_set_string(options, CLAIMSCAN_OPTION_REFERENCE_DATE, "2024-13-02", 10),
      CLAIMSCAN_ERR_INVALID_ARGUMENT);
  EXPECT_TRUE(strstr(claimscan_last_error(), "2024-13-02") != NULL);
  EXPECT_STATUS(claimscan_options_set_string(options, CLAIMSCAN_OPTION_REFERENCE_DATE, NULL, 0),
                CLAIMSCAN_OK);
  EXPECT_STATUS(claimscan_options_set_string(options, CLAIMSCAN_OPTION_DATA_DIR, NULL, 3),
                CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_STATUS(claimscan_options_set_string(options, CLAIMSCAN_OPTION_DATA_DIR, "a\0b", 3),
                CLAIMSCAN_ERR_INVALID_ARGUMENT);
  EXPECT_STATUS(claimscan_options_set_string(options, CLAIMSCAN_OPTION_GAZETTEER_FILE, "", 0),
                CLAIMSCAN_ERR_INVALID_ARGUMENT);

  /* A data folder that does not exist: NOT_FOUND, naming it, and no engine. */
  EXPECT_STATUS(claimscan_options_set_string(options, CLAIMSCAN_OPTION_DATA_DIR,
                                             "/nonexistent/claimscan-data", 27),
                CLAIMSCAN_OK);
  {
    claimscan_engine* engine = (claimscan_engine*)options; /* must be reset to NULL */
    EXPECT_STATUS(claimscan_engine_create(options, &engine), CLAIMSCAN_ERR_NOT_FOUND);
    EXPECT_TRUE(engine == NULL);
    EXPECT_TRUE(strstr(claimscan_last_error(), "/nonexistent/claimscan-data") != NULL);
  }
  claimscan_options_destroy(options);
}

/* Handles of the wrong kind, and plain garbage, are refused. */
static void test_wrong_handles(claimscan_engine* engine, claimscan_document* doc) {
  size_t n = 0;
  claimscan_document* out = NULL;
  uint32_t garbage[16];
  memset(garbage, 0xab, sizeof garbage);
  EXPECT_STATUS(claimscan_document_mention_count((const claimscan_document*)engine, &n),
                CLAIMSCAN_ERR_BAD_HANDLE);
  EXPECT_STATUS(claimscan_document_create((const claimscan_engine*)doc, "x", "x", 1, &out),
                CLAIMSCAN_ERR_BAD_HANDLE);
  EXPECT_TRUE(out == NULL);
  EXPECT_STATUS(claimscan_corpus_document_count((const claimscan_corpus*)garbage, &n),
                CLAIMSCAN_ERR_BAD_HANDLE);
  EXPECT_STATUS(claimscan_comparison_finding_count((const claimscan_comparison*)garbage, &n),
                CLAIMSCAN_ERR_BAD_HANDLE);
  EXPECT_STATUS(claimscan_options_set_int((claimscan_options*)garbage,
                                          CLAIMSCAN_OPTION_REMOVE_BOILERPLATE, 1),
                CLAIMSCAN_ERR_BAD_HANDLE);
  EXPECT_STREQ(claimscan_engine_last_error((const claimscan_engine*)garbage), "bad handle");
  /* Destroying something that is not a live handle of that kind does nothing. */
  claimscan_document_destroy((claimscan_document*)engine);
  EXPECT_STATUS(claimscan_document_mention_count(doc, &n), CLAIMSCAN_OK);
}

static claimscan_engine* make_engine(const char* data_dir, int64_t invalid_utf8,
                                     int64_t max_input_bytes) {
  claimscan_options* options = NULL;
  claimscan_engine* engine = NULL;
  REQUIRE_OK(claimscan_options_create(&options));
  REQUIRE_OK(
      claimscan_options_set_string(options, CLAIMSCAN_OPTION_DATA_DIR, data_dir, strlen(data_dir)));
  REQUIRE_OK(claimscan_options_set_int(options, CLAIMSCAN_OPTION_INVALID_UTF8, invalid_utf8));
  if (max_input_bytes >= 0) {
    REQUIRE_OK(
        claimscan_options_set_int(options, CLAIMSCAN_OPTION_MAX_INPUT_BYTES, max_input_bytes));
  }
  REQUIRE_OK(claimscan_engine_create(options, &engine));
  claimscan_options_destroy(options); /* the engine does not keep the options */
  return engine;
}

static void test_inputs(const char* data_dir) {
  static const char kBadUtf8[] = "Headline\n\nThe minister said \xff\xfe the talks failed.\n";
  static const char kText[] = "Talks resume in Cairo\n\nOfficials said the talks resumed.\nXXXX";
  const size_t text_len = sizeof kText - 1 - 5; /* stops before "\nXXXX" */
  claimscan_engine* strict = make_engine(data_dir, CLAIMSCAN_INVALID_UTF8_REJECT, -1);
  claimscan_engine* lenient = make_engine(data_dir, CLAIMSCAN_INVALID_UTF8_REPLACE, -1);
  claimscan_engine* small = make_engine(data_dir, CLAIMSCAN_INVALID_UTF8_REJECT, 16);
  claimscan_document* doc = NULL;
  claimscan_article_info info;
  size_t n = 99;

  /* Empty input, with and without a pointer, and a NULL id. */
  REQUIRE_OK(claimscan_document_create(strict, NULL, NULL, 0, &doc));
  EXPECT_STATUS(claimscan_document_mention_count(doc, &n), CLAIMSCAN_OK);
  EXPECT_TRUE(n == 0);
  info.struct_size = sizeof info;
  EXPECT_STATUS(claimscan_document_article(doc, &info), CLAIMSCAN_OK);
  EXPECT_STREQ(info.id, "");
  EXPECT_TRUE(info.text_len == 0);
  claimscan_document_destroy(doc);
  REQUIRE_OK(claimscan_document_create(strict, "empty", "", 0, &doc));
  claimscan_document_destroy(doc);

  /* A length shorter than the buffer: nothing past it is read. */
  REQUIRE_OK(claimscan_document_create(strict, "partial", kText, text_len, &doc));
  EXPECT_STATUS(claimscan_document_article(doc, &info), CLAIMSCAN_OK);
  EXPECT_STREQ(info.id, "partial");
  EXPECT_TRUE(info.text_len == text_len);
  EXPECT_TRUE(memcmp(info.text, kText, text_len) == 0);
  EXPECT_TRUE(info.title_end <= text_len);
  claimscan_document_destroy(doc);

  /* NULL bytes with a length. */
  doc = (claimscan_document*)&n;
  EXPECT_STATUS(claimscan_document_create(strict, "x", NULL, 4, &doc), CLAIMSCAN_ERR_NULL_POINTER);
  EXPECT_TRUE(doc == NULL);

  /* Ill-formed UTF-8: rejected with the offset, both per thread and on the engine... */
  EXPECT_STATUS(claimscan_document_create(strict, "bad", kBadUtf8, sizeof kBadUtf8 - 1, &doc),
                CLAIMSCAN_ERR_INVALID_UTF8);
  EXPECT_TRUE(doc == NULL);
  EXPECT_TRUE(strstr(claimscan_last_error(), "byte 28") != NULL);
  EXPECT_TRUE(strstr(claimscan_engine_last_error(strict), "byte 28") != NULL);
  /* ... or replaced byte for byte, offsets unchanged. */
  REQUIRE_OK(claimscan_document_create(lenient, "bad", kBadUtf8, sizeof kBadUtf8 - 1, &doc));
  EXPECT_STATUS(claimscan_document_article(doc, &info), CLAIMSCAN_OK);
  EXPECT_TRUE(info.text_len == sizeof kBadUtf8 - 1);
  EXPECT_TRUE(info.text[28] == '?' && info.text[29] == '?');
  claimscan_document_destroy(doc);

  /* Over max_input_bytes. */
  EXPECT_STATUS(claimscan_document_create(small, "big", kText, text_len, &doc),
                CLAIMSCAN_ERR_RESOURCE_EXHAUSTED);
  EXPECT_TRUE(strlen(claimscan_engine_last_error(small)) > 0);
  REQUIRE_OK(claimscan_document_create(small, "tiny", kText, 16, &doc));
  claimscan_document_destroy(doc);

  claimscan_engine_destroy(small);
  claimscan_engine_destroy(lenient);
  claimscan_engine_destroy(strict);
}

/* Accessors, JSON and the comparison on the example articles. */
static void test_examples(claimscan_engine* engine, const input_file* files, int count) {
  claimscan_document* docs[16];
  claimscan_corpus* corpus = NULL;
  claimscan_comparison* comparison = NULL;
  size_t total_mentions = 0, total_claims = 0, n = 0, i, j;
  int d, titled = 0;

  REQUIRE_OK(claimscan_corpus_create(engine, &corpus));
  for (d = 0; d < count; ++d) {
    claimscan_article_info info;
    size_t mentions = 0, entities = 0, claims = 0;
    REQUIRE_OK(
        claimscan_document_create(engine, files[d].path, files[d].bytes, files[d].len, &docs[d]));
    info.struct_size = sizeof info;
    REQUIRE_OK(claimscan_document_article(docs[d], &info));
    EXPECT_TRUE(info.text_len == files[d].len);
    EXPECT_TRUE(info.title_begin <= info.title_end && info.title_end <= info.text_len);
    if (info.title_begin < info.title_end) ++titled;
    EXPECT_TRUE(info.paragraph_count > 0 && info.sentence_count > 0);
    EXPECT_TRUE(info.published != NULL);

    REQUIRE_OK(claimscan_document_mention_count(docs[d], &mentions));
    REQUIRE_OK(claimscan_document_entity_count(docs[d], &entities));
    REQUIRE_OK(claimscan_document_claim_count(docs[d], &claims));
    total_mentions += mentions;
    total_claims += claims;
    for (i = 0; i < mentions; ++i) {
      claimscan_mention m;
      m.struct_size = sizeof m;
      REQUIRE_OK(claimscan_document_mention_at(docs[d], i, &m));
      EXPECT_TRUE(m.begin < m.end && m.end <= info.text_len);
      EXPECT_TRUE(claimscan_entity_type_name(m.type) != NULL);
      EXPECT_TRUE(m.score >= 0.0f && m.score <= 1.0f);
      EXPECT_TRUE(m.entity >= -1 && m.entity < (int32_t)entities);
      EXPECT_TRUE((m.entity >= 0) == (m.entity_id != NULL));
    }
    for (i = 0; i < entities; ++i) {
      claimscan_entity e;
      e.struct_size = sizeof e;
      REQUIRE_OK(claimscan_document_entity_at(docs[d], i, &e));
      EXPECT_TRUE(e.id != NULL && e.id[0] != '\0' && e.canonical != NULL);
      EXPECT_TRUE(claimscan_entity_type_name(e.type) != NULL);
    }
    for (i = 0; i < claims; ++i) {
      claimscan_claim c;
      c.struct_size = sizeof c;
      REQUIRE_OK(claimscan_document_claim_at(docs[d], i, &c));
      EXPECT_TRUE(c.begin < c.end && c.end <= info.text_len);
      EXPECT_TRUE(c.sentence < info.sentence_count);
      EXPECT_TRUE(c.event != NULL);
      EXPECT_TRUE(c.negated == 0 || c.negated == 1);
      EXPECT_TRUE(c.hedged == 0 || c.hedged == 1);
      EXPECT_TRUE(claimscan_attribution_kind_name(c.attribution) != NULL);
      EXPECT_TRUE(c.speaker_begin <= c.speaker_end && c.speaker_end <= info.text_len);
    }
    /* Past the end, and a caller that forgot struct_size. */
    {
      claimscan_mention m;
      m.struct_size = sizeof m;
      EXPECT_STATUS(claimscan_document_mention_at(docs[d], mentions, &m),
                    CLAIMSCAN_ERR_OUT_OF_RANGE);
      m.struct_size = 0;
      EXPECT_STATUS(claimscan_document_mention_at(docs[d], 0, &m), CLAIMSCAN_ERR_INVALID_ARGUMENT);
    }
    REQUIRE_OK(claimscan_corpus_add_document(corpus, docs[d]));
  }
  EXPECT_TRUE(titled > 0);
  EXPECT_TRUE(total_mentions > 0);
  EXPECT_TRUE(total_claims > 0);

  /* An older caller's shorter struct: only its fields are written. */
  {
    unsigned char raw[sizeof(claimscan_article_info) + 8];
    claimscan_article_info* info = (claimscan_article_info*)raw;
    const size_t old_size = offsetof(claimscan_article_info, removed_count) + sizeof(uint32_t);
    memset(raw, 0xee, sizeof raw);
    info->struct_size = old_size;
    EXPECT_STATUS(claimscan_document_article(docs[0], info), CLAIMSCAN_OK);
    EXPECT_TRUE(info->struct_size == old_size);
    EXPECT_TRUE(raw[sizeof raw - 1] == 0xee);
    info->struct_size = old_size - 1;
    EXPECT_STATUS(claimscan_document_article(docs[0], info), CLAIMSCAN_ERR_INVALID_ARGUMENT);
  }

  /* JSON: allocated, and into the caller's buffer. */
  {
    char* json = NULL;
    size_t len = 0, needed = 0;
    char* buffer;
    REQUIRE_OK(claimscan_document_json(docs[0], 0, &json, &len));
    EXPECT_TRUE(json != NULL && json[0] == '{' && strlen(json) == len);
    EXPECT_TRUE(strstr(json, "\"entities\"") != NULL);
    EXPECT_STATUS(claimscan_document_write_json(docs[0], 0, NULL, 0, &needed),
                  CLAIMSCAN_ERR_BUFFER_TOO_SMALL);
    EXPECT_TRUE(needed == len + 1);
    EXPECT_STATUS(claimscan_document_write_json(docs[0], 0, NULL, 4, &needed),
                  CLAIMSCAN_ERR_NULL_POINTER);
    buffer = (char*)malloc(needed);
    EXPECT_STATUS(claimscan_document_write_json(docs[0], 0, buffer, needed - 1, &needed),
                  CLAIMSCAN_ERR_BUFFER_TOO_SMALL);
    EXPECT_STATUS(claimscan_document_write_json(docs[0], 0, buffer, needed, &needed), CLAIMSCAN_OK);
    EXPECT_TRUE(strcmp(buffer, json) == 0);
    free(buffer);
    claimscan_string_free(json);
    EXPECT_STATUS(claimscan_document_json(docs[0], 0x80, &json, NULL),
                  CLAIMSCAN_ERR_INVALID_ARGUMENT);
    REQUIRE_OK(claimscan_document_json(docs[0], CLAIMSCAN_JSON_PRETTY, &json, NULL));
    EXPECT_TRUE(strchr(json, '\n') != NULL);
    claimscan_string_free(json);
  }

  /* Documents may go before the corpus and comparison that use them. */
  for (d = 0; d < count; ++d) claimscan_document_destroy(docs[d]);
  /* And a document analysed straight into the corpus. */
  REQUIRE_OK(claimscan_corpus_add(corpus, "again", files[0].bytes, files[0].len));
  REQUIRE_OK(claimscan_corpus_document_count(corpus, &n));
  EXPECT_TRUE(n == (size_t)count + 1);
  REQUIRE_OK(claimscan_corpus_compare(corpus, &comparison));
  claimscan_corpus_destroy(corpus);

  REQUIRE_OK(claimscan_comparison_document_count(comparison, &n));
  EXPECT_TRUE(n == (size_t)count + 1);
  REQUIRE_OK(claimscan_comparison_finding_count(comparison, &n));
  EXPECT_TRUE(n > 0);
  for (i = 0; i < n; ++i) {
    claimscan_finding f;
    f.struct_size = sizeof f;
    REQUIRE_OK(claimscan_comparison_finding_at(comparison, i, &f));
    EXPECT_TRUE(claimscan_finding_kind_name(f.kind) != NULL);
    EXPECT_TRUE(claimscan_conflict_type_name(f.conflict_type) != NULL);
    EXPECT_TRUE((f.kind == CLAIMSCAN_FINDING_CONFLICT) ||
                (f.conflict_type == CLAIMSCAN_CONFLICT_NONE));
    EXPECT_TRUE(f.article_count >= 1 && f.article_count <= (uint32_t)count + 1);
    EXPECT_TRUE(f.claim_count >= 1);
    EXPECT_TRUE(f.summary != NULL && f.reason != NULL);
    for (j = 0; j < f.claim_count; ++j) {
      uint32_t doc_index = 0, claim_index = 0;
      claimscan_document* compared = NULL;
      claimscan_claim c;
      size_t claims = 0;
      REQUIRE_OK(claimscan_comparison_finding_claim(comparison, i, j, &doc_index, &claim_index));
      REQUIRE_OK(claimscan_comparison_document(comparison, doc_index, &compared));
      REQUIRE_OK(claimscan_document_claim_count(compared, &claims));
      EXPECT_TRUE(claim_index < claims);
      c.struct_size = sizeof c;
      EXPECT_STATUS(claimscan_document_claim_at(compared, claim_index, &c), CLAIMSCAN_OK);
      claimscan_document_destroy(compared);
    }
    {
      uint32_t a, b;
      EXPECT_STATUS(claimscan_comparison_finding_claim(comparison, i, f.claim_count, &a, &b),
                    CLAIMSCAN_ERR_OUT_OF_RANGE);
    }
  }
  {
    claimscan_finding f;
    claimscan_document* compared = NULL;
    f.struct_size = sizeof f;
    EXPECT_STATUS(claimscan_comparison_finding_at(comparison, n, &f), CLAIMSCAN_ERR_OUT_OF_RANGE);
    EXPECT_STATUS(claimscan_comparison_document(comparison, (size_t)count + 1, &compared),
                  CLAIMSCAN_ERR_OUT_OF_RANGE);
    EXPECT_TRUE(compared == NULL);
  }
  {
    char* json = NULL;
    size_t needed = 0;
    REQUIRE_OK(claimscan_comparison_json(comparison, 0, &json, NULL));
    EXPECT_TRUE(json[0] == '{' && strstr(json, "\"findings\"") != NULL);
    EXPECT_STATUS(claimscan_comparison_write_json(comparison, 0, NULL, 0, &needed),
                  CLAIMSCAN_ERR_BUFFER_TOO_SMALL);
    EXPECT_TRUE(needed == strlen(json) + 1);
    claimscan_string_free(json);
  }
  claimscan_comparison_destroy(comparison);
}

/* Several threads analysing on one shared engine get what one thread gets. */
typedef struct {
  claimscan_engine* engine;
  const input_file* files;
  int count;
  size_t mentions;
  size_t claims;
  int failed;
} thread_job;

static void* analyse_all(void* arg) {
  thread_job* job = (thread_job*)arg;
  int round, d;
  job->mentions = job->claims = 0;
  for (round = 0; round < 3; ++round) {
    for (d = 0; d < job->count; ++d) {
      claimscan_document* doc = NULL;
      size_t n = 0;
      if (claimscan_document_create(job->engine, "t", job->files[d].bytes, job->files[d].len,
                                    &doc) != CLAIMSCAN_OK) {
        job->failed = 1;
        return NULL;
      }
      if (round == 0) {
        claimscan_document_mention_count(doc, &n);
        job->mentions += n;
        claimscan_document_claim_count(doc, &n);
        job->claims += n;
      }
      claimscan_document_destroy(doc);
    }
  }
  return NULL;
}

static void test_threads(claimscan_engine* engine, const input_file* files, int count) {
  enum { kThreads = 4 };
  pthread_t threads[kThreads];
  thread_job jobs[kThreads + 1];
  int t;
  memset(jobs, 0, sizeof jobs);
  for (t = 0; t <= kThreads; ++t) {
    jobs[t].engine = engine;
    jobs[t].files = files;
    jobs[t].count = count;
  }
  analyse_all(&jobs[kThreads]); /* the single-threaded reference */
  for (t = 0; t < kThreads; ++t) {
    EXPECT_TRUE(pthread_create(&threads[t], NULL, analyse_all, &jobs[t]) == 0);
  }
  for (t = 0; t < kThreads; ++t) {
    pthread_join(threads[t], NULL);
    EXPECT_TRUE(!jobs[t].failed);
    EXPECT_TRUE(jobs[t].mentions == jobs[kThreads].mentions);
    EXPECT_TRUE(jobs[t].claims == jobs[kThreads].claims);
  }
}

/* Article `k` of story `si`: its number, checked against its id. */
static uint32_t story_article(const claimscan_stories* stories, size_t si, size_t k) {
  uint32_t article = 0;
  const char* id = NULL;
  REQUIRE_OK(claimscan_stories_story_article(stories, si, k, &article, &id));
  EXPECT_TRUE(id != NULL && id[0] != '\0');
  return article;
}

/* Checks that `stories` partitions articles 0..n-1 and that its JSON names each story and
 * article. Returns the story count. */
static size_t check_partition(const claimscan_stories* stories, size_t n, const char* const* ids) {
  size_t count = 0, articles = 0, si, k, seen_total = 0;
  int seen[16] = {0};
  char* json = NULL;
  size_t len = 0;
  REQUIRE_OK(claimscan_stories_count(stories, &count));
  REQUIRE_OK(claimscan_stories_article_count(stories, &articles));
  EXPECT_TRUE(articles == n);
  EXPECT_TRUE(count >= 1 && count <= n);
  for (si = 0; si < count; ++si) {
    claimscan_story st;
    uint32_t last = 0;
    st.struct_size = sizeof st;
    REQUIRE_OK(claimscan_stories_story_at(stories, si, &st));
    EXPECT_TRUE(st.id == si);
    EXPECT_TRUE(st.article_count >= 1);
    EXPECT_TRUE(st.label != NULL && st.first_published != NULL && st.last_published != NULL);
    EXPECT_TRUE(strcmp(st.first_published, st.last_published) <= 0);
    for (k = 0; k < st.article_count; ++k) {
      uint32_t a = story_article(stories, si, k);
      EXPECT_TRUE(a < n);
      EXPECT_TRUE(k == 0 || a > last); /* ascending */
      last = a;
      if (a < n && a < 16) ++seen[a];
      ++seen_total;
    }
    {
      uint32_t a = 0;
      EXPECT_STATUS(claimscan_stories_story_article(stories, si, st.article_count, &a, NULL),
                    CLAIMSCAN_ERR_OUT_OF_RANGE);
    }
  }
  EXPECT_TRUE(seen_total == n);
  for (k = 0; k < n && k < 16; ++k) EXPECT_TRUE(seen[k] == 1);
  {
    claimscan_story st;
    st.struct_size = sizeof st;
    EXPECT_STATUS(claimscan_stories_story_at(stories, count, &st), CLAIMSCAN_ERR_OUT_OF_RANGE);
    st.struct_size = 4;
    EXPECT_STATUS(claimscan_stories_story_at(stories, 0, &st), CLAIMSCAN_ERR_INVALID_ARGUMENT);
  }
  REQUIRE_OK(claimscan_stories_json(stories, 0, &json, &len));
  EXPECT_TRUE(strlen(json) == len);
  EXPECT_TRUE(strncmp(json, "{\"stories\":[{\"id\":0,", 20) == 0);
  for (k = 0; k < n; ++k) EXPECT_TRUE(strstr(json, ids[k]) != NULL);
  claimscan_string_free(json);
  return count;
}

static claimscan_engine* make_story_engine(const char* data_dir, double threshold) {
  claimscan_options* options = NULL;
  claimscan_engine* engine = NULL;
  REQUIRE_OK(claimscan_options_create(&options));
  REQUIRE_OK(
      claimscan_options_set_string(options, CLAIMSCAN_OPTION_DATA_DIR, data_dir, strlen(data_dir)));
  REQUIRE_OK(claimscan_options_set_double(options, CLAIMSCAN_OPTION_STORY_THRESHOLD, threshold));
  REQUIRE_OK(claimscan_engine_create(options, &engine));
  claimscan_options_destroy(options);
  return engine;
}

/* Stories three ways (batch on a corpus, batch on features, incremental), compared by story. */
static void test_stories(const char* data_dir, claimscan_engine* engine, const input_file* files,
                         int count) {
  claimscan_document* docs[16];
  const char* ids[16];
  char* features[16];
  size_t feature_lens[16];
  claimscan_corpus* corpus = NULL;
  claimscan_stories* batch = NULL;
  claimscan_stories* from_features = NULL;
  claimscan_stories* incremental = NULL;
  claimscan_comparison* comparison = NULL;
  char *batch_json = NULL, *features_json = NULL, *compare_json = NULL;
  size_t n = (size_t)count, story_count, i, findings = 0;
  int d;

  REQUIRE_OK(claimscan_corpus_create(engine, &corpus));
  REQUIRE_OK(claimscan_stories_create(engine, &incremental));
  for (d = 0; d < count; ++d) {
    uint32_t story = 99;
    size_t so_far = 0;
    ids[d] = files[d].path;
    REQUIRE_OK(
        claimscan_document_create(engine, files[d].path, files[d].bytes, files[d].len, &docs[d]));
    REQUIRE_OK(claimscan_corpus_add_document(corpus, docs[d]));
    REQUIRE_OK(claimscan_document_story_features(engine, docs[d], &features[d], &feature_lens[d]));
    EXPECT_TRUE(feature_lens[d] > 16);
    REQUIRE_OK(claimscan_stories_add_document(incremental, docs[d], &story));
    REQUIRE_OK(claimscan_stories_count(incremental, &so_far));
    EXPECT_TRUE(story < so_far); /* the story it joined or started exists */
  }

  /* Batch on the corpus, and the same clustering from features: the same stories. */
  REQUIRE_OK(claimscan_corpus_stories(corpus, &batch));
  story_count = check_partition(batch, n, ids);
  REQUIRE_OK(claimscan_stories_from_features(engine, (const char* const*)features, feature_lens, n,
                                             &from_features));
  EXPECT_TRUE(check_partition(from_features, n, ids) == story_count);
  REQUIRE_OK(claimscan_stories_json(batch, CLAIMSCAN_JSON_PRETTY, &batch_json, NULL));
  REQUIRE_OK(claimscan_stories_json(from_features, CLAIMSCAN_JSON_PRETTY, &features_json, NULL));
  EXPECT_STREQ(features_json, batch_json);
  {
    /* write_json: size query, too small, exact. */
    size_t needed = 0;
    char* buf;
    EXPECT_STATUS(claimscan_stories_write_json(batch, CLAIMSCAN_JSON_PRETTY, NULL, 0, &needed),
                  CLAIMSCAN_ERR_BUFFER_TOO_SMALL);
    EXPECT_TRUE(needed == strlen(batch_json) + 1);
    buf = (char*)malloc(needed);
    EXPECT_STATUS(
        claimscan_stories_write_json(batch, CLAIMSCAN_JSON_PRETTY, buf, needed - 1, &needed),
        CLAIMSCAN_ERR_BUFFER_TOO_SMALL);
    EXPECT_STATUS(claimscan_stories_write_json(batch, CLAIMSCAN_JSON_PRETTY, buf, needed, &needed),
                  CLAIMSCAN_OK);
    EXPECT_STREQ(buf, batch_json);
    free(buf);
    EXPECT_STATUS(claimscan_stories_json(batch, 0x80, &buf, NULL), CLAIMSCAN_ERR_INVALID_ARGUMENT);
    EXPECT_TRUE(buf == NULL);
  }
  EXPECT_TRUE(check_partition(incremental, n, ids) >= 1);

  /* Batch sets take no more articles; malformed features are refused. */
  EXPECT_STATUS(claimscan_stories_add_document(batch, docs[0], NULL),
                CLAIMSCAN_ERR_INVALID_ARGUMENT);
  {
    claimscan_stories* bad = NULL;
    size_t short_len = feature_lens[0] - 1;
    const char* junk = "CSF1 not features";
    size_t junk_len = strlen(junk);
    EXPECT_STATUS(
        claimscan_stories_from_features(engine, (const char* const*)features, &short_len, 1, &bad),
        CLAIMSCAN_ERR_INVALID_ARGUMENT);
    EXPECT_TRUE(bad == NULL);
    EXPECT_STATUS(claimscan_stories_from_features(engine, &junk, &junk_len, 1, &bad),
                  CLAIMSCAN_ERR_INVALID_ARGUMENT);
    EXPECT_STATUS(claimscan_stories_from_features(engine, NULL, feature_lens, 1, &bad),
                  CLAIMSCAN_ERR_NULL_POINTER);
    /* No articles: no stories. */
    REQUIRE_OK(claimscan_stories_from_features(engine, NULL, NULL, 0, &bad));
    {
      size_t none = 1;
      char* json = NULL;
      REQUIRE_OK(claimscan_stories_count(bad, &none));
      EXPECT_TRUE(none == 0);
      REQUIRE_OK(claimscan_stories_json(bad, 0, &json, NULL));
      EXPECT_STREQ(json, "{\"stories\":[]}");
      claimscan_string_free(json);
    }
    claimscan_stories_destroy(bad);
  }

  /* Compare by story: each finding belongs to a story, and the JSON lists the stories. */
  REQUIRE_OK(claimscan_corpus_compare_stories(corpus, batch, &comparison));
  REQUIRE_OK(claimscan_comparison_finding_count(comparison, &findings));
  for (i = 0; i < findings; ++i) {
    claimscan_finding f;
    uint32_t doc = 0, claim = 0, k;
    claimscan_story st;
    int member = 0;
    f.struct_size = sizeof f;
    st.struct_size = sizeof st;
    REQUIRE_OK(claimscan_comparison_finding_at(comparison, i, &f));
    EXPECT_TRUE(f.story >= 0 && (size_t)f.story < story_count);
    if (f.story < 0 || (size_t)f.story >= story_count || f.claim_count == 0) continue;
    /* Its evidence comes from articles of its story. */
    REQUIRE_OK(claimscan_comparison_finding_claim(comparison, i, 0, &doc, &claim));
    REQUIRE_OK(claimscan_stories_story_at(batch, (size_t)f.story, &st));
    for (k = 0; k < st.article_count; ++k)
      member |= story_article(batch, (size_t)f.story, k) == doc;
    EXPECT_TRUE(member);
  }
  REQUIRE_OK(claimscan_comparison_json(comparison, 0, &compare_json, NULL));
  EXPECT_TRUE(strstr(compare_json, "\"stories\":[{\"id\":0,") != NULL);
  EXPECT_TRUE(findings == 0 || strstr(compare_json, "\"story\":0") != NULL);
  claimscan_string_free(compare_json);
  claimscan_comparison_destroy(comparison);
  comparison = NULL;
  {
    /* Plain comparison: findings carry no story. */
    claimscan_finding f;
    size_t plain = 0;
    f.struct_size = sizeof f;
    REQUIRE_OK(claimscan_corpus_compare(corpus, &comparison));
    REQUIRE_OK(claimscan_comparison_finding_count(comparison, &plain));
    if (plain > 0) {
      REQUIRE_OK(claimscan_comparison_finding_at(comparison, 0, &f));
      EXPECT_TRUE(f.story == -1);
    }
    claimscan_comparison_destroy(comparison);
    comparison = NULL;
  }

  /* A story set of other articles does not fit the corpus. */
  if (count >= 2) {
    claimscan_stories* other = NULL;
    REQUIRE_OK(claimscan_stories_from_features(engine, (const char* const*)features + 1,
                                               feature_lens + 1, n - 1, &other));
    EXPECT_STATUS(claimscan_corpus_compare_stories(corpus, other, &comparison),
                  CLAIMSCAN_ERR_INVALID_ARGUMENT);
    EXPECT_TRUE(comparison == NULL);
    claimscan_stories_destroy(other);
    /* Same count, other order: the ids differ. */
    {
      char* swapped[16];
      size_t swapped_lens[16];
      for (i = 0; i < n; ++i) {
        swapped[i] = features[n - 1 - i];
        swapped_lens[i] = feature_lens[n - 1 - i];
      }
      REQUIRE_OK(claimscan_stories_from_features(engine, (const char* const*)swapped, swapped_lens,
                                                 n, &other));
      EXPECT_STATUS(claimscan_corpus_compare_stories(corpus, other, &comparison),
                    CLAIMSCAN_ERR_INVALID_ARGUMENT);
      EXPECT_TRUE(strstr(claimscan_last_error(), "corpus document") != NULL);
      claimscan_stories_destroy(other);
    }
  }
  EXPECT_STATUS(
      claimscan_corpus_compare_stories(corpus, (const claimscan_stories*)docs[0], &comparison),
      CLAIMSCAN_ERR_BAD_HANDLE);

  /* The threshold comes from the engine: at 1.0 no article is similar enough to join another. */
  {
    claimscan_engine* strict = make_story_engine(data_dir, 1.0);
    claimscan_stories* apart = NULL;
    REQUIRE_OK(claimscan_stories_from_features(strict, (const char* const*)features, feature_lens,
                                               n, &apart));
    EXPECT_TRUE(check_partition(apart, n, ids) == n);
    claimscan_stories_destroy(apart);
    claimscan_engine_destroy(strict);
  }

  claimscan_string_free(batch_json);
  claimscan_string_free(features_json);
  claimscan_stories_destroy(incremental);
  claimscan_stories_destroy(from_features);
  claimscan_stories_destroy(batch);
  claimscan_corpus_destroy(corpus);
  for (d = 0; d < count; ++d) {
    claimscan_string_free(features[d]);
    claimscan_document_destroy(docs[d]);
  }
}

/* Use after destroy: detected only with CLAIMSCAN_DEBUG_HANDLES (otherwise it would be a read
 * of freed memory, which no library can make safe). */
static void test_destroyed_handles(const char* data_dir, const input_file* file) {
  claimscan_engine* engine;
  claimscan_document* doc = NULL;
  claimscan_options* options = NULL;
  claimscan_corpus* corpus = NULL;
  size_t n = 0;
  const char* debug = getenv("CLAIMSCAN_DEBUG_HANDLES");
  if (debug == NULL || strcmp(debug, "1") != 0) {
    printf("note: CLAIMSCAN_DEBUG_HANDLES is not 1; use-after-destroy checks skipped\n");
    return;
  }
  engine = make_engine(data_dir, CLAIMSCAN_INVALID_UTF8_REJECT, -1);
  REQUIRE_OK(claimscan_document_create(engine, "d", file->bytes, file->len, &doc));
  REQUIRE_OK(claimscan_corpus_create(engine, &corpus));
  REQUIRE_OK(claimscan_options_create(&options));

  claimscan_document_destroy(doc);
  EXPECT_STATUS(claimscan_document_mention_count(doc, &n), CLAIMSCAN_ERR_BAD_HANDLE);
  EXPECT_TRUE(strstr(claimscan_last_error(), "destroyed") != NULL);
  EXPECT_STATUS(claimscan_corpus_add_document(corpus, doc), CLAIMSCAN_ERR_BAD_HANDLE);
  claimscan_document_destroy(doc); /* a second destroy is a no-op */

  claimscan_options_destroy(options);
  EXPECT_STATUS(claimscan_options_set_int(options, CLAIMSCAN_OPTION_REMOVE_BOILERPLATE, 1),
                CLAIMSCAN_ERR_BAD_HANDLE);

  claimscan_engine_destroy(engine);
  EXPECT_STATUS(claimscan_document_create(engine, "d", "x", 1, &doc), CLAIMSCAN_ERR_BAD_HANDLE);
  EXPECT_STREQ(claimscan_engine_last_error(engine), "bad handle");
  /* A corpus that outlived its engine refuses to analyse or compare. */
  EXPECT_STATUS(claimscan_corpus_add(corpus, "d", "x", 1), CLAIMSCAN_ERR_BAD_HANDLE);
  claimscan_corpus_destroy(corpus);
  EXPECT_STATUS(claimscan_corpus_document_count(corpus, &n), CLAIMSCAN_ERR_BAD_HANDLE);
}

int main(int argc, char** argv) {
  input_file files[16];
  int count = argc - 2, d;
  claimscan_engine* engine;
  claimscan_document* doc = NULL;
  if (argc < 3 || count > 16) {
    fprintf(stderr, "usage: %s DATA_DIR ARTICLE... (at most 16)\n", argv[0]);
    return 2;
  }
  for (d = 0; d < count; ++d) files[d] = read_file(argv[d + 2]);

  test_versions_and_names();
  test_null_pointers();
  test_options();
  test_inputs(argv[1]);

  engine = make_engine(argv[1], CLAIMSCAN_INVALID_UTF8_REJECT, -1);
  REQUIRE_OK(claimscan_document_create(engine, "d", files[0].bytes, files[0].len, &doc));
  test_wrong_handles(engine, doc);
  claimscan_document_destroy(doc);
  test_examples(engine, files, count);
  test_threads(engine, files, count);
  test_stories(argv[1], engine, files, count);
  claimscan_engine_destroy(engine);
  test_destroyed_handles(argv[1], &files[0]);

  for (d = 0; d < count; ++d) free(files[d].bytes);
  if (g_failures > 0) {
    fprintf(stderr, "%d check(s) failed\n", g_failures);
    return 1;
  }
  printf("capi_test: all checks passed\n");
  return 0;
}
