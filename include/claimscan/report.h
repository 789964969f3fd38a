// claimscan/report.h — stage 6: JSON, JSONL, CoNLL and readable text.
//
// The JSON field names are a public contract (docs/json.md): fields are added, never renamed
// or dropped. Offsets are bytes into the article as given. All functions append to *out.
#ifndef CLAIMSCAN_REPORT_H_
#define CLAIMSCAN_REPORT_H_

#include <string>
#include <vector>

#include "claimscan/article.h"
#include "claimscan/claim.h"
#include "claimscan/compare.h"
#include "claimscan/story.h"

namespace claimscan {

struct ReportOptions {
  bool show_removed = false;  // text output: list removed blocks and why
  bool pretty = false;        // JSON: indent (JSONL is always one line per article)
};

// `claimscan parse`: one article object.
void AppendArticleJson(const Article& article, const ReportOptions& options, std::string* out);
void AppendArticleText(const Article& article, const ReportOptions& options, std::string* out);

// `claimscan tag`: the article fields plus entities, quantities and dates.
void AppendTaggedJson(const Document& doc, const ReportOptions& options, std::string* out);
void AppendTaggedText(const Document& doc, const ReportOptions& options, std::string* out);
// CoNLL BIO: one token per line ("token TAG"), blank line between sentences.
void AppendConll(const Document& doc, std::string* out);

// `claimscan compare`: articles, entities, claims and findings.
void AppendCompareJson(const std::vector<Document>& docs, const CompareResult& result,
                       const ReportOptions& options, std::string* out);
void AppendCompareText(const std::vector<Document>& docs, const CompareResult& result,
                       const ReportOptions& options, std::string* out);

// `claimscan stories`: the stories of a pile, {"stories":[{id,label,articles,first_published,
// last_published}]}; and as text.
void AppendStoriesJson(const std::vector<Document>& docs, const std::vector<Story>& stories,
                       const ReportOptions& options, std::string* out);
void AppendStoriesText(const std::vector<Document>& docs, const std::vector<Story>& stories,
                       const ReportOptions& options, std::string* out);

// Appends `s` as a JSON string literal (quotes included). Ill-formed UTF-8 becomes U+FFFD.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace claimscan

#endif  // CLAIMSCAN_REPORT_H_
