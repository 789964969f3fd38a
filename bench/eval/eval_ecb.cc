// eval_ecb: cross-source grouping quality on ECB+ (see the dataset's README.md).
//
//   eval_ecb /work/shared/data/ecbplus-crossdoc [--conflicts] [--stories]
//
// Per topic, every article goes through the engine (parse with boilerplate removal off: one
// sentence a line, tag, claims), then two comparison paths are measured on the same documents:
//   [plain]    Engine::Compare (CompareDocuments) on the whole topic, both seminal events
//              mixed in one pile and compared as given;
//   [stories]  ClusterStories, then Engine::CompareStories story by story (what
//              `claimscan compare --stories` does with a mixed pile: the path a user with a
//              pile of several events runs).
// Reported for each:
//   purity   share of multi-article findings whose articles all report one seminal event;
//   linking  precision / recall / F1 of cross-article sentence pairs put in one finding,
//            against pairs of sentences holding mentions of one gold cross-document event
//            chain (validated sentences only, as the release README recommends);
//   conflicts found among the articles of one seminal event, with their evidence
//            (--conflicts lists them; --stories lists the stories found).
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "claimscan/engine.h"
#include "claimscan/story.h"
#include "common/file.h"
#include "common/json.h"

namespace claimscan {
namespace {

struct GoldDoc {
  std::string id;
  std::string seminal;
  // Byte ranges of the source sentences and whether each is validated.
  std::vector<Span> sentences;
  std::vector<uint32_t> sentence_index;
  std::vector<bool> validated;
};

// Character (code point) offset -> byte offset in UTF-8 `text`.
std::vector<uint32_t> CharToByte(std::string_view text) {
  std::vector<uint32_t> map;
  for (uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) map.push_back(i);
  }
  map.push_back(static_cast<uint32_t>(text.size()));
  return map;
}

// Position of the gold sentence holding byte `pos`, or -1.
int SentenceAt(const GoldDoc& doc, uint32_t pos) {
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    if (doc.sentences[s].begin <= pos && pos < doc.sentences[s].end) return static_cast<int>(s);
  }
  return -1;
}

uint64_t PairKey(uint32_t doc_a, uint32_t sent_a, uint32_t doc_b, uint32_t sent_b) {
  uint64_t a = (static_cast<uint64_t>(doc_a) << 16) | sent_a;
  uint64_t b = (static_cast<uint64_t>(doc_b) << 16) | sent_b;
  if (b < a) std::swap(a, b);
  return (a << 32) | b;
}

// Figures of one comparison path summed over topics.
struct Tally {
  size_t multi = 0, pure = 0, predicted_pairs = 0, hit_pairs = 0;
  size_t conflicts_within = 0, conflicts_across = 0;
  double seconds = 0;
};

// Scores one topic's findings against its gold pairs.
void Score(const std::vector<GoldDoc>& gdocs, const std::vector<Document>& docs,
           const absl::flat_hash_set<uint64_t>& gold_set, const CompareResult& result,
           bool show_conflicts, Tally* t) {
  absl::flat_hash_set<uint64_t> predicted;
  for (const Finding& f : result.findings) {
    if (f.docs.size() < 2) continue;
    ++t->multi;
    bool one_event = true;
    for (uint32_t d : f.docs) one_event &= gdocs[d].seminal == gdocs[f.docs[0]].seminal;
    t->pure += one_event ? 1 : 0;
    // Validated sentence (source numbering) of each claim.
    std::vector<std::pair<uint32_t, int>> where;
    for (const ClaimRef& ref : f.claims) {
      const Claim& c = docs[ref.doc].claims[ref.claim];
      const int s = SentenceAt(gdocs[ref.doc], c.span.begin);
      if (s < 0 || !gdocs[ref.doc].validated[s]) continue;
      where.emplace_back(ref.doc, gdocs[ref.doc].sentence_index[s]);
    }
    for (size_t x = 0; x < where.size(); ++x) {
      for (size_t y = x + 1; y < where.size(); ++y) {
        if (where[x].first == where[y].first) continue;
        predicted.insert(PairKey(where[x].first, static_cast<uint32_t>(where[x].second),
                                 where[y].first, static_cast<uint32_t>(where[y].second)));
      }
    }
    if (f.kind == FindingKind::kConflict) {
      (one_event ? t->conflicts_within : t->conflicts_across) += 1;
      if (show_conflicts && one_event) {
        std::printf("conflict (%s) in %s: %s\n  %s\n",
                    std::string(ConflictTypeName(f.conflict_type)).c_str(),
                    gdocs[f.docs[0]].seminal.c_str(), f.summary.c_str(), f.reason.c_str());
        for (const ClaimRef& ref : f.claims) {
          const Document& d = docs[ref.doc];
          std::printf("    [%s] %s\n", d.article.id.c_str(),
                      std::string(d.article.View(d.claims[ref.claim].span)).c_str());
        }
      }
    }
  }
  t->predicted_pairs += predicted.size();
  for (uint64_t p : predicted) t->hit_pairs += gold_set.count(p);
}

void Print(const char* name, const Tally& t, size_t gold_pairs, size_t topics) {
  const double purity = t.multi > 0 ? static_cast<double>(t.pure) / t.multi : 0;
  const double precision =
      t.predicted_pairs > 0 ? static_cast<double>(t.hit_pairs) / t.predicted_pairs : 0;
  const double recall = gold_pairs > 0 ? static_cast<double>(t.hit_pairs) / gold_pairs : 0;
  const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
  std::printf("[%s] multi-article findings %zu\n", name, t.multi);
  std::printf("[%s] purity %.3f (%zu/%zu)\n", name, purity, t.pure, t.multi);
  std::printf("[%s] linking pairs: predicted %zu  gold %zu  correct %zu\n", name, t.predicted_pairs,
              gold_pairs, t.hit_pairs);
  std::printf("[%s] linking P %.3f  R %.3f  F1 %.3f\n", name, precision, recall, f1);
  std::printf("[%s] conflicts within one seminal event %zu, across events %zu\n", name,
              t.conflicts_within, t.conflicts_across);
  std::printf("[%s] compare time %.3f s over %zu topics\n", name, t.seconds, topics);
}

int Run(const std::string& dir, bool show_conflicts, bool show_stories) {
  auto gold_text = ReadFile(JoinPath(dir, "gold.json"));
  if (!gold_text.ok()) {
    std::fprintf(stderr, "%s\n", gold_text.status().ToString().c_str());
    return 1;
  }
  auto gold = ParseJson(*gold_text);
  if (!gold.ok()) {
    std::fprintf(stderr, "gold.json: %s\n", gold.status().ToString().c_str());
    return 1;
  }
  EngineOptions engine_options;
  engine_options.data_dir = CLAIMSCAN_EVAL_DATA_DIR;
  auto engine = Engine::Create(engine_options);
  if (!engine.ok()) {
    std::fprintf(stderr, "%s\n", engine.status().ToString().c_str());
    return 1;
  }
  ParseOptions parse;
  parse.remove_boilerplate = false;

  size_t gold_pairs = 0, articles = 0, claims = 0, story_count = 0;
  Tally plain, storied;
  for (const JsonValue& topic : (*gold)["topics"].array()) {
    std::vector<GoldDoc> gdocs;
    absl::flat_hash_map<std::string, uint32_t> doc_index;
    std::vector<Document> docs;
    for (const JsonValue& d : topic["documents"].array()) {
      auto bytes = ReadFile(JoinPath(dir, d.GetString("file")));
      if (!bytes.ok()) {
        std::fprintf(stderr, "%s\n", bytes.status().ToString().c_str());
        return 1;
      }
      GoldDoc g;
      g.id = d.GetString("doc");
      g.seminal = d.GetString("seminal_event");
      const std::vector<uint32_t> to_byte = CharToByte(*bytes);
      for (const JsonValue& s : d["sentences"].array()) {
        const auto b = static_cast<size_t>(s.GetNumber("start"));
        const auto e = static_cast<size_t>(s.GetNumber("end"));
        g.sentences.push_back(Span{to_byte[std::min(b, to_byte.size() - 1)],
                                   to_byte[std::min(e, to_byte.size() - 1)]});
        g.sentence_index.push_back(static_cast<uint32_t>(s.GetNumber("index")));
        g.validated.push_back(s["validated"].boolean());
      }
      auto doc = (*engine)->Analyze(g.id, *std::move(bytes), parse, nullptr);
      if (!doc.ok()) {
        std::fprintf(stderr, "%s: %s\n", g.id.c_str(), doc.status().ToString().c_str());
        return 1;
      }
      claims += doc->claims.size();
      doc_index[g.id] = static_cast<uint32_t>(gdocs.size());
      gdocs.push_back(std::move(g));
      docs.push_back(*std::move(doc));
    }
    articles += docs.size();

    // Gold: pairs of validated sentences in different articles sharing a cross-doc event chain.
    absl::flat_hash_set<uint64_t> gold_set;
    for (const JsonValue& cluster : topic["clusters"].array()) {
      if (cluster.GetString("link") != "cross_doc" || cluster.GetString("kind") != "event")
        continue;
      std::vector<std::pair<uint32_t, uint32_t>> places;  // (doc, sentence number)
      for (const JsonValue& m : cluster["mentions"].array()) {
        if (!m["validated"].boolean()) continue;
        const auto it = doc_index.find(m.GetString("doc"));
        if (it == doc_index.end()) continue;
        places.emplace_back(it->second, static_cast<uint32_t>(m.GetNumber("sentence")));
      }
      for (size_t x = 0; x < places.size(); ++x) {
        for (size_t y = x + 1; y < places.size(); ++y) {
          if (places[x].first == places[y].first) continue;
          gold_set.insert(
              PairKey(places[x].first, places[x].second, places[y].first, places[y].second));
        }
      }
    }
    gold_pairs += gold_set.size();

    // Plain: the topic's articles compared as one pile (both seminal events mixed).
    auto start = std::chrono::steady_clock::now();
    const CompareResult result = (*engine)->Compare(docs);
    plain.seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (show_conflicts) std::printf("== plain, topic %s\n", topic.GetString("topic").c_str());
    Score(gdocs, docs, gold_set, result, show_conflicts, &plain);

    // Stories: the pile grouped into stories first (ClusterStories), compared story by story,
    // as `claimscan compare --stories` does with a mixed pile.
    start = std::chrono::steady_clock::now();
    const std::vector<Story> stories = ClusterStories(docs);
    const CompareResult by_story = (*engine)->CompareStories(docs, stories);
    storied.seconds +=
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    story_count += stories.size();
    if (show_stories) {
      for (const Story& st : stories) {
        std::printf("story in topic %s:", topic.GetString("topic").c_str());
        for (uint32_t d : st.docs) std::printf(" %s", gdocs[d].id.c_str());
        std::printf("\n");
      }
    }
    if (show_conflicts) std::printf("== stories, topic %s\n", topic.GetString("topic").c_str());
    Score(gdocs, docs, gold_set, by_story, show_conflicts, &storied);
  }

  const size_t topics = (*gold)["topics"].array().size();
  std::printf("articles %zu  claims %zu  stories %zu\n", articles, claims, story_count);
  Print("plain", plain, gold_pairs, topics);
  Print("stories", storied, gold_pairs, topics);
  return 0;
}

}  // namespace
}  // namespace claimscan

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s <ecbplus-crossdoc folder> [--conflicts] [--stories]\n",
                 argv[0]);
    return 2;
  }
  bool conflicts = false, stories = false;
  for (int i = 2; i < argc; ++i) {
    conflicts |= std::strcmp(argv[i], "--conflicts") == 0;
    stories |= std::strcmp(argv[i], "--stories") == 0;
  }
  return claimscan::Run(argv[1], conflicts, stories);
}
