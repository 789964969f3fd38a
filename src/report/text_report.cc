// Readable text for people, and CoNLL BIO for scoring tools.
#include <algorithm>
#include <string>
#include <vector>

#include "claimscan/report.h"
#include "claimscan/text.h"

namespace claimscan {
namespace {

// One line of the text, white space folded, cut to `max` bytes at a character boundary.
std::string Excerpt(std::string_view s, size_t max = 240) {
  std::string n = NormalizeText(s);
  if (n.size() <= max) return n;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(n[cut]) & 0xC0) == 0x80) --cut;
  n.resize(cut);
  n.append("...");
  return n;
}

void Line(std::string* out, std::string_view label, std::string_view value) {
  out->append(label);
  out->append(value.empty() ? "-" : value);
  out->push_back('\n');
}

std::string SpanNote(Span s) {
  return "[" + std::to_string(s.begin) + "-" + std::to_string(s.end) + "]";
}

}  // namespace

void AppendArticleText(const Article& a, const ReportOptions& options, std::string* out) {
  out->append("== ").append(a.id).append(" ==\n");
  Line(out, "title:      ", Excerpt(a.View(a.title)));
  if (!a.subtitle.empty()) Line(out, "subtitle:   ", Excerpt(a.View(a.subtitle)));
  Line(out, "published:  ", a.published_iso);
  std::string authors;
  for (Span s : a.authors) {
    if (!authors.empty()) authors.append("; ");
    authors.append(a.View(s));
  }
  Line(out, "authors:    ", authors);
  Line(out, "outlet:     ", a.View(a.outlet));
  Line(out, "dateline:   ", a.View(a.dateline));
  out->append("body:       ")
      .append(std::to_string(a.paragraphs.size()))
      .append(" paragraphs, ")
      .append(std::to_string(a.sentences.size()))
      .append(" sentences, ")
      .append(std::to_string(a.removed.size()))
      .append(" blocks removed\n\n");
  for (Span p : a.paragraphs) {
    bool heading = std::find(a.headings.begin(), a.headings.end(), p) != a.headings.end();
    out->append(heading ? "  ## " : "  ").append(Excerpt(a.View(p), 100000)).append("\n");
  }
  if (options.show_removed && !a.removed.empty()) {
    out->append("\nremoved:\n");
    for (const RemovedBlock& r : a.removed) {
      out->append("  - ")
          .append(RemovalReasonName(r.reason))
          .append(" ")
          .append(SpanNote(r.span))
          .append(": ")
          .append(Excerpt(a.View(r.span), 120))
          .append("\n");
    }
  }
  out->push_back('\n');
}

void AppendTaggedText(const Document& doc, const ReportOptions& options, std::string* out) {
  const Article& a = doc.article;
  AppendArticleText(a, options, out);
  // The body again, each mention marked in place: [Hezbollah]ORG.
  out->append("tagged:\n");
  const auto& mentions = doc.tags.mentions;
  size_t mi = 0;
  for (Span p : a.paragraphs) {
    std::string line = "  ";
    uint32_t pos = p.begin;
    while (mi < mentions.size() && mentions[mi].span.end <= p.begin) ++mi;
    for (size_t k = mi; k < mentions.size() && mentions[k].span.begin < p.end; ++k) {
      const Mention& m = mentions[k];
      if (m.span.begin < pos || m.span.end > p.end) continue;
      line.append(a.text, pos, m.span.begin - pos);
      line.append("[").append(a.View(m.span)).append("]").append(EntityTypeName(m.type));
      pos = m.span.end;
    }
    line.append(a.text, pos, p.end - pos);
    out->append(NormalizeText(line)).append("\n");
  }
  out->append("\nentities:\n");
  for (const Entity& e : doc.tags.entities) {
    out->append("  ")
        .append(EntityTypeName(e.type))
        .append("  ")
        .append(e.canonical)
        .append("  (")
        .append(e.key)
        .append(", ")
        .append(std::to_string(e.mentions.size()))
        .append(e.mentions.size() == 1 ? " mention)\n" : " mentions)\n");
  }
  if (!doc.tags.quantities.empty()) {
    out->append("\nquantities:\n");
    for (const Quantity& q : doc.tags.quantities) {
      out->append("  ").append(Excerpt(a.View(q.span), 80)).append("  =  ");
      out->append(QualifierName(q.qualifier)).append(" ");
      char buf[64];
      if (q.is_range) {
        std::snprintf(buf, sizeof buf, "%g..%g", q.value, q.to);
      } else {
        std::snprintf(buf, sizeof buf, "%g", q.value);
      }
      out->append(buf);
      if (!q.unit.empty()) out->append(" ").append(q.unit);
      if (q.vague) out->append(" (vague)");
      out->append("\n");
    }
  }
  out->push_back('\n');
}

void AppendConll(const Document& doc, std::string* out) {
  const Article& a = doc.article;
  const auto& mentions = doc.tags.mentions;
  std::vector<Token> tokens;
  size_t mi = 0;
  out->append("-DOCSTART- O\n\n");
  for (Span s : a.sentences) {
    tokens.clear();
    Tokenize(a.text, s, &tokens);
    if (tokens.empty()) continue;
    for (const Token& t : tokens) {
      while (mi < mentions.size() && mentions[mi].span.end <= t.span.begin) ++mi;
      std::string tag = "O";
      if (mi < mentions.size() && mentions[mi].span.begin <= t.span.begin &&
          t.span.end <= mentions[mi].span.end) {
        tag = (t.span.begin == mentions[mi].span.begin ? "B-" : "I-") +
              std::string(EntityTypeName(mentions[mi].type));
      }
      out->append(a.View(t.span)).append(" ").append(tag).append("\n");
    }
    out->push_back('\n');
  }
}

namespace {

void AppendFindingsText(const std::vector<Document>& docs, const CompareResult& result,
                        int32_t story, std::string* out) {
  size_t counts[4] = {0, 0, 0, 0};
  for (const Finding& f : result.findings) {
    if (story < 0 || f.story == story) ++counts[static_cast<size_t>(f.kind)];
  }
  out->append("findings: ")
      .append(std::to_string(counts[0]))
      .append(" corroborated, ")
      .append(std::to_string(counts[1]))
      .append(" conflicting, ")
      .append(std::to_string(counts[2]))
      .append(" complementary, ")
      .append(std::to_string(counts[3]))
      .append(" single-source\n");
  // Most-supported first within each kind; conflicts right after corroborations because a
  // reader acts on them.
  const FindingKind order[] = {FindingKind::kCorroborated, FindingKind::kConflict,
                               FindingKind::kComplementary, FindingKind::kSingleSource};
  for (FindingKind kind : order) {
    bool header = false;
    for (const Finding& f : result.findings) {
      if (f.kind != kind || (story >= 0 && f.story != story)) continue;
      if (!header) {
        std::string name(FindingKindName(kind));
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return c == '_' ? ' ' : std::toupper(c); });
        out->append("\n== ").append(name).append(" ==\n");
        header = true;
      }
      out->append("\n* ").append(f.summary);
      if (f.conflict_type != ConflictType::kNone) {
        out->append("  [").append(ConflictTypeName(f.conflict_type)).append(" conflict]");
      }
      out->append("\n  sources: ");
      bool first = true;
      for (uint32_t d : f.docs) {
        if (d >= docs.size()) continue;
        if (!first) out->append(", ");
        first = false;
        out->append(docs[d].article.id);
      }
      if (f.syndicated) out->append("  (some share copy)");
      out->append("\n  why: ").append(f.reason).append("\n");
      for (const ClaimRef& r : f.claims) {
        if (r.doc >= docs.size() || r.claim >= docs[r.doc].claims.size()) continue;
        const Document& d = docs[r.doc];
        const Claim& c = d.claims[r.claim];
        out->append("    - ").append(d.article.id).append(" ").append(SpanNote(c.span));
        if (!c.attribution.speaker.empty()) {
          out->append(" (").append(Excerpt(d.article.View(c.attribution.speaker), 60)).append(")");
        }
        // A claim that is itself a quotation keeps its own quote marks, not doubled ones.
        const std::string text = Excerpt(d.article.View(c.span));
        const bool quoted = text.starts_with('"') || text.starts_with("\u201C");
        out->append(quoted ? ": " : ": \"").append(text).append(quoted ? "\n" : "\"\n");
      }
    }
  }
}

void AppendStoryHeader(const std::vector<Document>& docs, const Story& s, std::string* out) {
  out->append("story ").append(std::to_string(s.id)).append(": ").append(s.label);
  out->append("\n  ").append(std::to_string(s.docs.size())).append(" articles");
  if (!s.first_published.empty()) {
    out->append(", ").append(s.first_published);
    if (s.last_published != s.first_published) out->append(" to ").append(s.last_published);
  }
  out->append(":");
  for (uint32_t d : s.docs) {
    if (d < docs.size()) out->append(" ").append(docs[d].article.id);
  }
  out->append("\n");
}

}  // namespace

void AppendCompareText(const std::vector<Document>& docs, const CompareResult& result,
                       const ReportOptions& options, std::string* out) {
  (void)options;
  out->append("claimscan: ").append(std::to_string(docs.size())).append(" articles\n");
  for (const Document& d : docs) {
    out->append("  ")
        .append(d.article.id)
        .append("  ")
        .append(d.article.published_iso.empty() ? "(no date)" : d.article.published_iso)
        .append("  ")
        .append(Excerpt(d.article.View(d.article.title), 90))
        .append("\n");
  }
  for (const Syndication& s : result.syndicated) {
    if (s.doc_a >= docs.size() || s.doc_b >= docs.size()) continue;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f%%", 100 * s.overlap);
    out->append("  note: ")
        .append(docs[s.doc_a].article.id)
        .append(" and ")
        .append(docs[s.doc_b].article.id)
        .append(" share copy (")
        .append(buf)
        .append(" of the shorter body): not independent sources\n");
  }
  if (result.stories.size() <= 1) {
    out->append("\n");
    AppendFindingsText(docs, result, -1, out);
    return;
  }
  out->append("\n").append(std::to_string(result.stories.size())).append(" stories\n");
  for (size_t si = 0; si < result.stories.size(); ++si) {
    out->append("\n================================================================\n");
    AppendStoryHeader(docs, result.stories[si], out);
    AppendFindingsText(docs, result, static_cast<int32_t>(si), out);
  }
}

void AppendStoriesText(const std::vector<Document>& docs, const std::vector<Story>& stories,
                       const ReportOptions& options, std::string* out) {
  (void)options;
  out->append(std::to_string(docs.size()))
      .append(" articles in ")
      .append(std::to_string(stories.size()))
      .append(" stories\n\n");
  for (const Story& s : stories) AppendStoryHeader(docs, s, out);
}

}  // namespace claimscan
