// JSON and JSONL output. Field names are a public contract (docs/json.md): add, never rename.
#include <string>
#include <vector>

#include "claimscan/report.h"
#include "report/json_writer.h"

namespace claimscan {
namespace {

void WriteSpanOrNull(JsonWriter& w, std::string_view key, Span span, std::string_view text) {
  w.Key(key);
  if (span.empty()) {
    w.Null();
    return;
  }
  w.BeginObject().SpanMembers(span, text).EndObject();
}

void WriteSpanList(JsonWriter& w, std::string_view key, const std::vector<Span>& spans,
                   std::string_view text) {
  w.Key(key).BeginArray();
  for (Span s : spans) w.BeginObject().SpanMembers(s, text).EndObject();
  w.EndArray();
}

void WriteDates(JsonWriter& w, const std::vector<TemporalMention>& dates, std::string_view text) {
  w.Key("dates").BeginArray();
  for (const TemporalMention& d : dates) {
    w.BeginObject().SpanMembers(d.span, text);
    w.Key("value").String(d.value);
    w.Key("grain").String(TimeGrainName(d.grain));
    w.Key("partial").Bool(d.partial);
    w.Key("relative").Bool(d.relative);
    w.EndObject();
  }
  w.EndArray();
}

// The members every article object carries (parse, tag and compare share them).
void WriteArticleHeader(JsonWriter& w, const Article& a) {
  const std::string_view text = a.text;
  w.Key("id").String(a.id);
  w.Key("title").StringOrNull(a.View(a.title));
  w.Key("published").StringOrNull(a.published_iso);
  w.Key("published_confidence").Double(a.published_confidence);
  w.Key("authors").BeginArray();
  for (Span s : a.authors) w.String(s.In(text));
  w.EndArray();
  w.Key("outlet").StringOrNull(a.View(a.outlet));
  w.Key("dateline").StringOrNull(a.View(a.dateline));
}

void WriteArticleMembers(JsonWriter& w, const Article& a) {
  const std::string_view text = a.text;
  WriteArticleHeader(w, a);
  w.Key("bytes").Int(static_cast<int64_t>(a.original.size()));
  WriteSpanOrNull(w, "title_span", a.title, text);
  w.Key("subtitle").StringOrNull(a.View(a.subtitle));
  WriteSpanOrNull(w, "byline", a.byline, text);
  WriteSpanList(w, "author_spans", a.authors, text);
  WriteSpanList(w, "headings", a.headings, text);
  WriteSpanList(w, "paragraphs", a.paragraphs, text);
  w.Key("removed").BeginArray();
  for (const RemovedBlock& r : a.removed) {
    w.BeginObject().SpanMembers(r.span, text);
    w.Key("reason").String(RemovalReasonName(r.reason));
    w.EndObject();
  }
  w.EndArray();
  w.Key("sentences").BeginArray();
  for (Span s : a.sentences) {
    w.BeginObject().Key("start").Int(s.begin).Key("end").Int(s.end).EndObject();
  }
  w.EndArray();
  WriteDates(w, a.dates, text);
}

void WriteQuantity(JsonWriter& w, const Quantity& q, std::string_view text) {
  w.BeginObject().SpanMembers(q.span, text);
  if (q.is_range) {
    w.Key("from").Double(q.value);
    w.Key("to").Double(q.to);
  } else {
    w.Key("value").Double(q.value);
  }
  w.Key("unit").StringOrNull(q.unit);
  w.Key("qualifier").String(QualifierName(q.qualifier));
  w.Key("vague").Bool(q.vague);
  w.Key("type").String(EntityTypeName(q.type));
  w.EndObject();
}

void WriteTagMembers(JsonWriter& w, const Document& doc) {
  const std::string_view text = doc.article.text;
  const TagResult& tags = doc.tags;
  w.Key("entities").BeginArray();
  for (const Mention& m : tags.mentions) {
    w.BeginObject().SpanMembers(m.span, text);
    w.Key("type").String(EntityTypeName(m.type));
    const Entity* e = m.entity >= 0 && static_cast<size_t>(m.entity) < tags.entities.size()
                          ? &tags.entities[m.entity]
                          : nullptr;
    w.Key("entity_id");
    e ? w.String(e->key) : w.Null();
    w.Key("canonical");
    e ? w.String(e->canonical) : w.Null();
    w.Key("recogniser").String(RecogniserName(m.recogniser));
    w.Key("score").Double(m.score);
    w.EndObject();
  }
  w.EndArray();
  w.Key("quantities").BeginArray();
  for (const Quantity& q : tags.quantities) WriteQuantity(w, q, text);
  w.EndArray();
  // Article::dates already covers the whole article; the tagger's list is the same set seen
  // through the tag stage, so `dates` is written once, from the tagger when it has any.
}

// Opens a story object and writes its members; the caller may add more and closes it.
void WriteStory(JsonWriter& w, const std::vector<Document>& docs, const Story& s) {
  w.BeginObject();
  w.Key("id").Int(s.id);
  w.Key("label").String(s.label);
  w.Key("articles").BeginArray();
  for (uint32_t d : s.docs) {
    if (d < docs.size()) w.String(docs[d].article.id);
  }
  w.EndArray();
  w.Key("first_published").StringOrNull(s.first_published);
  w.Key("last_published").StringOrNull(s.last_published);
}

std::string ClaimId(const Document& doc, size_t index) {
  return doc.article.id + "#" + std::to_string(index);
}

}  // namespace

void AppendArticleJson(const Article& article, const ReportOptions& options, std::string* out) {
  JsonWriter w(out, options.pretty);
  w.BeginObject();
  WriteArticleMembers(w, article);
  w.EndObject();
}

void AppendTaggedJson(const Document& doc, const ReportOptions& options, std::string* out) {
  JsonWriter w(out, options.pretty);
  w.BeginObject();
  WriteArticleHeader(w, doc.article);
  const std::string_view text = doc.article.text;
  w.Key("bytes").Int(static_cast<int64_t>(doc.article.original.size()));
  WriteSpanList(w, "paragraphs", doc.article.paragraphs, text);
  w.Key("sentences").BeginArray();
  for (Span s : doc.article.sentences) {
    w.BeginObject().Key("start").Int(s.begin).Key("end").Int(s.end).EndObject();
  }
  w.EndArray();
  WriteTagMembers(w, doc);
  WriteDates(w, doc.tags.dates.empty() ? doc.article.dates : doc.tags.dates, text);
  w.EndObject();
}

void AppendCompareJson(const std::vector<Document>& docs, const CompareResult& result,
                       const ReportOptions& options, std::string* out) {
  JsonWriter w(out, options.pretty);
  const CorpusEntities& ents = result.entities;
  auto corpus_id = [&](size_t doc, int32_t entity) -> const CorpusEntity* {
    if (entity < 0 || doc >= ents.doc_to_corpus.size()) return nullptr;
    const auto& map = ents.doc_to_corpus[doc];
    if (static_cast<size_t>(entity) >= map.size() || map[entity] < 0) return nullptr;
    return &ents.entities[map[entity]];
  };
  auto write_entity_ids = [&](std::string_view key, size_t doc, const std::vector<int32_t>& ids) {
    w.Key(key).BeginArray();
    for (int32_t e : ids) {
      if (const CorpusEntity* ce = corpus_id(doc, e)) w.String(ce->id);
    }
    w.EndArray();
  };

  w.BeginObject();
  w.Key("articles").BeginArray();
  for (const Document& d : docs) {
    w.BeginObject();
    WriteArticleHeader(w, d.article);
    w.Key("claims").Int(static_cast<int64_t>(d.claims.size()));
    w.EndObject();
  }
  w.EndArray();

  w.Key("entities").BeginArray();
  for (const CorpusEntity& e : ents.entities) {
    w.BeginObject();
    w.Key("id").String(e.id);
    w.Key("name").String(e.name);
    w.Key("type").String(EntityTypeName(e.type));
    w.Key("variants").BeginArray();
    for (const std::string& v : e.variants) w.String(v);
    w.EndArray();
    w.Key("mentions").BeginArray();
    for (const MentionRef& m : e.mentions) {
      if (m.doc >= docs.size() || m.mention >= docs[m.doc].tags.mentions.size()) continue;
      const Document& d = docs[m.doc];
      w.BeginObject().Key("article").String(d.article.id);
      w.SpanMembers(d.tags.mentions[m.mention].span, d.article.text);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();

  w.Key("claims").BeginArray();
  for (size_t di = 0; di < docs.size(); ++di) {
    const Document& d = docs[di];
    const std::string_view text = d.article.text;
    for (size_t ci = 0; ci < d.claims.size(); ++ci) {
      const Claim& c = d.claims[ci];
      w.BeginObject();
      w.Key("id").String(ClaimId(d, ci));
      w.Key("article").String(d.article.id);
      w.SpanMembers(c.span, text);
      w.Key("sentence").Int(c.sentence);
      w.Key("event").StringOrNull(c.event);
      WriteSpanOrNull(w, "trigger", c.trigger, text);
      w.Key("speaker").StringOrNull(c.attribution.speaker.In(text));
      w.Key("attribution").BeginObject();
      w.Key("kind").String(AttributionKindName(c.attribution.kind));
      WriteSpanOrNull(w, "speaker", c.attribution.speaker, text);
      WriteSpanOrNull(w, "cue", c.attribution.cue, text);
      w.Key("entity");
      if (const CorpusEntity* ce = corpus_id(di, c.attribution.entity)) {
        w.String(ce->id);
      } else {
        w.Null();
      }
      w.Key("direct_quote").Bool(c.attribution.direct_quote);
      w.EndObject();
      w.Key("hedged").Bool(c.hedged);
      w.Key("hedges").BeginArray();
      for (Span h : c.hedges) w.String(h.In(text));
      w.EndArray();
      w.Key("negated").Bool(c.negated);
      w.Key("negation").StringOrNull(c.negation.In(text));
      std::vector<int32_t> mention_entities;
      for (uint32_t mi : c.mentions) {
        if (mi < d.tags.mentions.size() && d.tags.mentions[mi].entity >= 0) {
          int32_t e = d.tags.mentions[mi].entity;
          bool seen = false;
          for (int32_t x : mention_entities) seen |= x == e;
          if (!seen) mention_entities.push_back(e);
        }
      }
      write_entity_ids("entities", di, mention_entities);
      write_entity_ids("actors", di, c.actors);
      write_entity_ids("targets", di, c.targets);
      w.Key("place");
      if (const CorpusEntity* ce = corpus_id(di, c.place)) {
        w.String(ce->id);
      } else {
        w.Null();
      }
      w.Key("quantities").BeginArray();
      for (uint32_t qi : c.quantities) {
        if (qi < d.tags.quantities.size()) WriteQuantity(w, d.tags.quantities[qi], text);
      }
      w.EndArray();
      w.Key("times").BeginArray();
      const auto& dates = d.tags.dates.empty() ? d.article.dates : d.tags.dates;
      for (uint32_t ti : c.times) {
        if (ti >= dates.size()) continue;
        w.BeginObject().SpanMembers(dates[ti].span, text);
        w.Key("value").String(dates[ti].value);
        w.Key("partial").Bool(dates[ti].partial);
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
  }
  w.EndArray();

  w.Key("findings").BeginArray();
  for (const Finding& f : result.findings) {
    w.BeginObject();
    w.Key("kind").String(FindingKindName(f.kind));
    w.Key("conflict_type");
    f.conflict_type == ConflictType::kNone ? w.Null() : w.String(ConflictTypeName(f.conflict_type));
    w.Key("summary").String(f.summary);
    w.Key("reason").String(f.reason);
    w.Key("score").Double(f.score);
    w.Key("syndicated").Bool(f.syndicated);
    if (f.story >= 0) w.Key("story").Int(f.story);
    w.Key("articles").BeginArray();
    for (uint32_t di : f.docs) {
      if (di < docs.size()) w.String(docs[di].article.id);
    }
    w.EndArray();
    w.Key("claims").BeginArray();
    for (const ClaimRef& r : f.claims) {
      if (r.doc < docs.size() && r.claim < docs[r.doc].claims.size()) {
        w.String(ClaimId(docs[r.doc], r.claim));
      }
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();

  w.Key("syndicated").BeginArray();
  for (const Syndication& s : result.syndicated) {
    if (s.doc_a >= docs.size() || s.doc_b >= docs.size()) continue;
    w.BeginObject();
    w.Key("articles")
        .BeginArray()
        .String(docs[s.doc_a].article.id)
        .String(docs[s.doc_b].article.id);
    w.EndArray();
    w.Key("overlap").Double(s.overlap);
    w.EndObject();
  }
  w.EndArray();
  if (!result.stories.empty()) {
    std::vector<std::vector<size_t>> story_findings(result.stories.size());
    for (size_t i = 0; i < result.findings.size(); ++i) {
      int32_t s = result.findings[i].story;
      if (s >= 0 && static_cast<size_t>(s) < story_findings.size()) story_findings[s].push_back(i);
    }
    w.Key("stories").BeginArray();
    for (size_t si = 0; si < result.stories.size(); ++si) {
      WriteStory(w, docs, result.stories[si]);
      w.Key("findings").BeginArray();
      for (size_t fi : story_findings[si]) w.Int(static_cast<int64_t>(fi));
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
}

void AppendStoriesJson(const std::vector<Document>& docs, const std::vector<Story>& stories,
                       const ReportOptions& options, std::string* out) {
  JsonWriter w(out, options.pretty);
  w.BeginObject().Key("stories").BeginArray();
  for (const Story& s : stories) {
    WriteStory(w, docs, s);
    w.EndObject();
  }
  w.EndArray().EndObject();
}

}  // namespace claimscan
