// Tags and compares news articles with the C++ API (libclaimscan.a), and prints what the
// outlets agree on, where they conflict, and what only one of them says.
//
//   compare_articles_cpp ARTICLE.txt...
//
// The data folder is found by claimscan::DefaultDataDir(): $CLAIMSCAN_DATA_DIR, else the
// installed share/claimscan.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "claimscan/claimscan.h"

namespace {

bool ReadFile(const char* path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s ARTICLE.txt...\n", argv[0]);
    return 2;
  }
  // Compile once: data files loaded, patterns compiled. Shareable across threads.
  auto engine = claimscan::Engine::Create({});
  if (!engine.ok()) {
    std::fprintf(stderr, "engine: %s\n", engine.status().ToString().c_str());
    return 1;
  }
  auto scratch = (*engine)->NewScratch();  // reused for every article on this thread

  int exit_code = 0;
  std::vector<claimscan::Document> docs;
  for (int a = 1; a < argc; ++a) {
    std::string bytes;
    if (!ReadFile(argv[a], &bytes)) {
      std::fprintf(stderr, "%s: cannot read\n", argv[a]);
      exit_code = 1;
      continue;
    }
    auto doc = (*engine)->Analyze(argv[a], std::move(bytes), {}, scratch.get());
    if (!doc.ok()) {
      std::fprintf(stderr, "%s: %s\n", argv[a], doc.status().ToString().c_str());
      exit_code = 1;
      continue;
    }
    const claimscan::Article& article = doc->article;
    const std::string_view title = article.View(article.title);
    std::printf("article %zu: %.*s\n  published %s, %zu entity mentions, %zu claims\n", docs.size(),
                static_cast<int>(title.size()), title.data(),
                article.published_iso.empty() ? "(unknown)" : article.published_iso.c_str(),
                doc->tags.mentions.size(), doc->claims.size());
    docs.push_back(*std::move(doc));
  }

  const claimscan::CompareResult result = (*engine)->Compare(docs);
  std::printf("\n%zu findings\n", result.findings.size());
  for (const claimscan::Finding& finding : result.findings) {
    const std::string_view kind = claimscan::FindingKindName(finding.kind);
    std::printf("  %-13.*s", static_cast<int>(kind.size()), kind.data());
    if (finding.kind == claimscan::FindingKind::kConflict) {
      const std::string_view type = claimscan::ConflictTypeName(finding.conflict_type);
      std::printf(" (%.*s)", static_cast<int>(type.size()), type.data());
    }
    std::printf(" %zu article(s)%s: %s\n", finding.docs.size(),
                finding.syndicated ? ", shared copy" : "", finding.summary.c_str());
    for (const claimscan::ClaimRef& ref : finding.claims) {
      const claimscan::Document& doc = docs[ref.doc];
      const std::string_view words = doc.article.View(doc.claims[ref.claim].span);
      std::printf("      [%s] %.*s\n", doc.article.id.c_str(), static_cast<int>(words.size()),
                  words.data());
    }
  }
  return exit_code;
}
