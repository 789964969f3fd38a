// Named-entity evaluation on gum-news-ner (see its README): tags every document with
// Tagger::TagText and scores entity-level strict spans (the same entity boundaries and type,
// as conlleval does on BIO tags) per type and for PERSON+ORG+PLACE together.
//
// Usage: eval_ner <dataset dir with dev.jsonl> [--data <claimscan data dir>] [--verbose]
// --verbose prints every MISS (gold not predicted), every FP and every HIT with the recogniser
// and score that proposed it, so errors can be bucketed by their source.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "claimscan/datetime.h"
#include "claimscan/tag.h"
#include "common/file.h"
#include "common/json.h"

namespace claimscan {
namespace {

// The dataset's labels: PLACE is GPE + LOC + FAC; NORP, LAW and numbers are not annotated.
const char* DatasetLabel(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return "PERSON";
    case EntityType::kOrg:
      return "ORG";
    case EntityType::kGpe:
    case EntityType::kLoc:
    case EntityType::kFac:
      return "PLACE";
    case EntityType::kEvent:
      return "EVENT";
    case EntityType::kDate:
      return "DATE";
    case EntityType::kTime:
      return "TIME";
    default:
      return nullptr;
  }
}

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  void Print(const char* label) const {
    const double p = tp + fp ? double(tp) / (tp + fp) : 0;
    const double r = tp + fn ? double(tp) / (tp + fn) : 0;
    const double f = p + r ? 2 * p * r / (p + r) : 0;
    std::printf("%-22s %6d %6d %6d   %6.4f %6.4f %6.4f\n", label, tp + fn, tp + fp, tp, p, r, f);
  }
};

using Item = std::tuple<uint32_t, uint32_t, std::string>;  // byte begin, end, label

int Run(int argc, char** argv) {
  std::string dataset, data_dir = CLAIMSCAN_EVAL_DATA_DIR;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--verbose")) {
      verbose = true;
    } else if (!std::strcmp(argv[i], "--data") && i + 1 < argc) {
      data_dir = argv[++i];
    } else {
      dataset = argv[i];
    }
  }
  if (dataset.empty()) {
    std::fprintf(stderr, "usage: eval_ner <gum-news-ner dir> [--data DIR] [--verbose]\n");
    return 2;
  }
  TaggerOptions options;
  options.data_dir = data_dir;
  auto tagger = Tagger::Create(options);
  if (!tagger.ok()) {
    std::fprintf(stderr, "%s\n", tagger.status().ToString().c_str());
    return 1;
  }
  auto scratch = (*tagger)->NewScratch();
  std::map<std::string, Counts> counts;
  Counts core, core_untyped;
  TagResult result;
  int docs = 0;
  double tag_seconds = 0;
  size_t tagged_bytes = 0;
  absl::Status st = ForEachDataLine(
      JoinPath(dataset, "dev.jsonl"), [&](int, std::string_view line) -> absl::Status {
        auto doc = ParseJson(line);
        if (!doc.ok()) return doc.status();
        const std::string& text = (*doc)["text"].str();
        const std::string id = doc->GetString("doc_id");
        CivilDate reference;
        const CivilDate* ref = nullptr;
        if (ParseIsoDate(doc->GetString("date_created").substr(0, 10), &reference)) {
          ref = &reference;
        }
        const auto start = std::chrono::steady_clock::now();
        absl::Status tagged = (*tagger)->TagText(text, Span{0, static_cast<uint32_t>(text.size())},
                                                 ref, scratch.get(), &result);
        tag_seconds +=
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        tagged_bytes += text.size();
        if (!tagged.ok()) return tagged;
        ++docs;
        std::set<Item> gold, predicted;
        std::map<Item, const Mention*> source;  // for --verbose: who proposed each prediction
        for (const JsonValue& e : (*doc)["entities"].array()) {
          gold.emplace(static_cast<uint32_t>(e.GetNumber("byte_start")),
                       static_cast<uint32_t>(e.GetNumber("byte_end")), e.GetString("type"));
        }
        for (const Mention& m : result.mentions) {
          if (const char* label = DatasetLabel(m.type)) {
            Item item(m.span.begin, m.span.end, label);
            predicted.insert(item);
            source.emplace(item, &m);
          }
        }
        auto is_core = [](const std::string& l) {
          return l == "PERSON" || l == "ORG" || l == "PLACE";
        };
        std::set<std::pair<uint32_t, uint32_t>> gold_core_spans, predicted_core_spans;
        for (const Item& g : gold) {
          const bool hit = predicted.count(g) > 0;
          Counts& c = counts[std::get<2>(g)];
          (hit ? c.tp : c.fn)++;
          if (is_core(std::get<2>(g))) {
            (hit ? core.tp : core.fn)++;
            gold_core_spans.emplace(std::get<0>(g), std::get<1>(g));
          }
          if (!hit && verbose) {
            std::printf("MISS %s %-6s %s\n", id.c_str(), std::get<2>(g).c_str(),
                        text.substr(std::get<0>(g), std::get<1>(g) - std::get<0>(g)).c_str());
          }
        }
        for (const Item& p : predicted) {
          const bool hit = gold.count(p) > 0;
          if (verbose) {
            const Mention& m = *source[p];
            std::printf("%s %s %-6s %-9s %.2f %s\n", hit ? "HIT " : "FP  ", id.c_str(),
                        std::get<2>(p).c_str(), std::string(RecogniserName(m.recogniser)).c_str(),
                        m.score,
                        text.substr(std::get<0>(p), std::get<1>(p) - std::get<0>(p)).c_str());
          }
          if (hit) continue;
          counts[std::get<2>(p)].fp++;
          if (is_core(std::get<2>(p))) core.fp++;
        }
        for (const Item& p : predicted) {
          if (is_core(std::get<2>(p))) predicted_core_spans.emplace(std::get<0>(p), std::get<1>(p));
        }
        for (const auto& s : gold_core_spans) {
          (predicted_core_spans.count(s) ? core_untyped.tp : core_untyped.fn)++;
        }
        for (const auto& s : predicted_core_spans) {
          if (!gold_core_spans.count(s)) core_untyped.fp++;
        }
        return absl::OkStatus();
      });
  if (!st.ok()) {
    std::fprintf(stderr, "%s\n", st.ToString().c_str());
    return 1;
  }
  std::printf("documents: %d\n%-22s %6s %6s %6s   %6s %6s %6s\n", docs, "type", "gold", "pred",
              "match", "P", "R", "F1");
  for (const auto& [label, c] : counts) c.Print(label.c_str());
  core.Print("PERSON+ORG+PLACE");
  core_untyped.Print("(spans, any type)");
  std::printf("tagging: %zu bytes in %.3f s (%.2f MB/s, one thread, first pass includes warm-up)\n",
              tagged_bytes, tag_seconds, tag_seconds > 0 ? tagged_bytes / tag_seconds / 1e6 : 0.0);
  return 0;
}

}  // namespace
}  // namespace claimscan

int main(int argc, char** argv) { return claimscan::Run(argc, argv); }
