/* Tags and compares news articles through the C ABI, and prints what the outlets agree on,
 * where they conflict, and what only one of them says.
 *
 *   compare_articles ARTICLE.txt...
 *
 * The data folder is found as documented in docs/capi.md ($CLAIMSCAN_DATA_DIR, else the
 * installed share/claimscan). Builds with: gcc -std=c99 -Wall -Werror $(pkg-config --cflags
 * --libs claimscan) compare_articles.c */
#include <stdio.h>
#include <stdlib.h>

#include <claimscan/claimscan_c.h>

/* Reads a whole file; the buffer is not NUL-terminated (the library takes lengths). */
static char* read_file(const char* path, size_t* len) {
  FILE* in = fopen(path, "rb");
  char* bytes;
  long size;
  if (in == NULL) return NULL;
  if (fseek(in, 0, SEEK_END) != 0 || (size = ftell(in)) < 0 || fseek(in, 0, SEEK_SET) != 0) {
    fclose(in);
    return NULL;
  }
  bytes = (char*)malloc(size > 0 ? (size_t)size : 1);
  if (bytes != NULL) *len = fread(bytes, 1, (size_t)size, in);
  fclose(in);
  return bytes;
}

static int fail(const char* what, claimscan_status status) {
  fprintf(stderr, "%s: %s: %s\n", what, claimscan_status_str(status), claimscan_last_error());
  return 1;
}

/* Prints the claim a finding cites: the article's id and the claim's words. */
static void print_evidence(const claimscan_comparison* comparison, uint32_t doc_index,
                           uint32_t claim_index) {
  claimscan_document* doc = NULL;
  claimscan_article_info info;
  claimscan_claim claim;
  if (claimscan_comparison_document(comparison, doc_index, &doc) != CLAIMSCAN_OK) return;
  info.struct_size = sizeof info;
  claim.struct_size = sizeof claim;
  if (claimscan_document_article(doc, &info) == CLAIMSCAN_OK &&
      claimscan_document_claim_at(doc, claim_index, &claim) == CLAIMSCAN_OK) {
    printf("      [%s] %.*s\n", info.id, (int)(claim.end - claim.begin), info.text + claim.begin);
  }
  claimscan_document_destroy(doc);
}

int main(int argc, char** argv) {
  claimscan_engine* engine = NULL;
  claimscan_corpus* corpus = NULL;
  claimscan_comparison* comparison = NULL;
  claimscan_status status;
  size_t findings = 0, i, j;
  int a, exit_code = 0;

  if (argc < 2) {
    fprintf(stderr, "usage: %s ARTICLE.txt...\n", argv[0]);
    return 2;
  }
  /* Refuse a library older than this header before calling anything else. */
  status = claimscan_check_version(CLAIMSCAN_VERSION_MAJOR, CLAIMSCAN_VERSION_MINOR);
  if (status != CLAIMSCAN_OK) return fail("claimscan", status);

  status = claimscan_engine_create(NULL, &engine);
  if (status != CLAIMSCAN_OK) return fail("engine", status);
  status = claimscan_corpus_create(engine, &corpus);
  if (status != CLAIMSCAN_OK) return fail("corpus", status);

  for (a = 1; a < argc; ++a) {
    size_t len = 0, mentions = 0, claims = 0;
    char* bytes = read_file(argv[a], &len);
    claimscan_document* doc = NULL;
    claimscan_article_info info;
    if (bytes == NULL) {
      fprintf(stderr, "%s: cannot read\n", argv[a]);
      exit_code = 1;
      continue;
    }
    status = claimscan_document_create(engine, argv[a], bytes, len, &doc);
    free(bytes); /* the document keeps its own copy */
    if (status != CLAIMSCAN_OK) {
      exit_code = fail(argv[a], status);
      continue;
    }
    info.struct_size = sizeof info;
    claimscan_document_article(doc, &info);
    claimscan_document_mention_count(doc, &mentions);
    claimscan_document_claim_count(doc, &claims);
    printf("article %d: %.*s\n  published %s, %lu entity mentions, %lu claims\n", a - 1,
           (int)(info.title_end - info.title_begin), info.text + info.title_begin,
           info.published[0] != '\0' ? info.published : "(unknown)", (unsigned long)mentions,
           (unsigned long)claims);
    status = claimscan_corpus_add_document(corpus, doc);
    claimscan_document_destroy(doc); /* the corpus shares it */
    if (status != CLAIMSCAN_OK) return fail("corpus", status);
  }

  status = claimscan_corpus_compare(corpus, &comparison);
  if (status != CLAIMSCAN_OK) return fail("compare", status);
  claimscan_comparison_finding_count(comparison, &findings);
  printf("\n%lu findings\n", (unsigned long)findings);
  for (i = 0; i < findings; ++i) {
    claimscan_finding finding;
    finding.struct_size = sizeof finding;
    if (claimscan_comparison_finding_at(comparison, i, &finding) != CLAIMSCAN_OK) continue;
    printf("  %-13s", claimscan_finding_kind_name(finding.kind));
    if (finding.kind == CLAIMSCAN_FINDING_CONFLICT) {
      printf(" (%s)", claimscan_conflict_type_name(finding.conflict_type));
    }
    printf(" %u article(s)%s: %s\n", (unsigned)finding.article_count,
           finding.syndicated ? ", shared copy" : "", finding.summary);
    for (j = 0; j < finding.claim_count; ++j) {
      uint32_t doc_index = 0, claim_index = 0;
      if (claimscan_comparison_finding_claim(comparison, i, j, &doc_index, &claim_index) ==
          CLAIMSCAN_OK) {
        print_evidence(comparison, doc_index, claim_index);
      }
    }
  }

  claimscan_comparison_destroy(comparison);
  claimscan_corpus_destroy(corpus);
  claimscan_engine_destroy(engine);
  return exit_code;
}
