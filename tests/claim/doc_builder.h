// Builds Documents by hand for claim and compare tests: one sentence per line, entities,
// quantities and dates marked by their words, so the tests do not depend on how well the
// parser and tagger do.
#ifndef CLAIMSCAN_TESTS_CLAIM_DOC_BUILDER_H_
#define CLAIMSCAN_TESTS_CLAIM_DOC_BUILDER_H_

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/claim.h"

namespace claimscan::testing {

class DocBuilder {
 public:
  // Each line is one sentence and one paragraph.
  DocBuilder(std::string id, const std::vector<std::string>& lines) {
    doc_.article.id = std::move(id);
    std::string& text = doc_.article.text;
    for (const std::string& line : lines) {
      const auto begin = static_cast<uint32_t>(text.size());
      text += line;
      const Span s{begin, static_cast<uint32_t>(text.size())};
      doc_.article.sentences.push_back(s);
      doc_.article.paragraphs.push_back(s);
      text += '\n';
    }
    doc_.article.original = text;
  }

  // Marks every occurrence of `surface` as a mention of entity `key` (created on first use).
  DocBuilder& Entity(std::string_view surface, EntityType type, std::string key = "") {
    if (key.empty()) key = "name:" + std::string(surface);
    int32_t entity = -1;
    for (size_t e = 0; e < doc_.tags.entities.size(); ++e) {
      if (doc_.tags.entities[e].key == key) entity = static_cast<int32_t>(e);
    }
    if (entity < 0) {
      entity = static_cast<int32_t>(doc_.tags.entities.size());
      doc_.tags.entities.push_back({key, std::string(surface), type, {}, {}});
    }
    const std::string& text = doc_.article.text;
    auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (size_t at = text.find(surface); at != std::string::npos;
         at = text.find(surface, at + surface.size())) {
      const size_t end = at + surface.size();
      if ((at > 0 && is_word(text[at - 1])) || (end < text.size() && is_word(text[end]))) continue;
      Mention m;
      m.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
      m.type = type;
      m.entity = entity;
      m.score = 1;
      doc_.tags.mentions.push_back(m);
    }
    return *this;
  }

  DocBuilder& Quantity(std::string_view surface, double value, std::string unit,
                       Qualifier qualifier = Qualifier::kExact, bool vague = false) {
    const size_t at = doc_.article.text.find(surface);
    if (at == std::string::npos) return *this;
    claimscan::Quantity q;
    q.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
    q.value = q.to = value;
    q.unit = std::move(unit);
    q.qualifier = qualifier;
    q.vague = vague;
    doc_.tags.quantities.push_back(q);
    return *this;
  }

  DocBuilder& Date(std::string_view surface, std::string iso) {
    const size_t at = doc_.article.text.find(surface);
    if (at == std::string::npos) return *this;
    TemporalMention t;
    t.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())};
    t.value = std::move(iso);
    doc_.tags.dates.push_back(t);
    return *this;
  }

  Document Build() {
    Document doc = doc_;
    std::sort(doc.tags.mentions.begin(), doc.tags.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
    for (size_t m = 0; m < doc.tags.mentions.size(); ++m) {
      doc.tags.entities[doc.tags.mentions[m].entity].mentions.push_back(static_cast<uint32_t>(m));
    }
    return doc;
  }

 private:
  Document doc_;
};

}  // namespace claimscan::testing

#endif  // CLAIMSCAN_TESTS_CLAIM_DOC_BUILDER_H_
