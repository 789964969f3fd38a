// Story clustering quality on ECB+ (issue 10): all articles of the development half in one
// pile, clustered into stories, scored with B-cubed precision/recall/F1 against the gold
// seminal events.
//
//   eval_stories /path/to/ecbplus-crossdoc [--threshold X] [--sweep] [--verbose]
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "bcubed.h"
#include "claimscan/claimscan.h"
#include "common/file.h"
#include "common/json.h"

namespace cs = claimscan;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: eval_stories ECBPLUS_DIR [--threshold X] [--sweep] [--verbose]\n");
    return 2;
  }
  std::string dir = argv[1];
  cs::StoryOptions options;
  bool sweep = false, verbose = false;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    auto number = [&](double* out) {
      if (i + 1 < argc) *out = std::atof(argv[++i]);
    };
    if (a == "--threshold") {
      number(&options.threshold);
    } else if (a == "--year-penalty") {
      number(&options.year_mismatch_penalty);
    } else if (a == "--date-penalty") {
      number(&options.date_gap_penalty);
    } else if (a == "--background") {
      number(&options.background_documents);
    } else if (a == "--entity-weight") {
      number(&options.entity_weight);
    } else if (a == "--sweep") {
      sweep = true;
    } else if (a == "--verbose") {
      verbose = true;
    }
  }
  auto gold_text = cs::ReadFile(cs::JoinPath(dir, "gold.json"));
  if (!gold_text.ok()) {
    std::fprintf(stderr, "%s\n", std::string(gold_text.status().message()).c_str());
    return 1;
  }
  auto gold = cs::ParseJson(*gold_text);
  if (!gold.ok()) {
    std::fprintf(stderr, "gold.json: %s\n", std::string(gold.status().message()).c_str());
    return 1;
  }
  std::vector<std::string> files, ids;
  std::vector<int> gold_event;
  std::map<std::string, int> event_ids;
  for (const cs::JsonValue& topic : (*gold)["topics"].array()) {
    for (const cs::JsonValue& doc : topic["documents"].array()) {
      files.push_back(cs::JoinPath(dir, doc.GetString("file")));
      ids.push_back(doc.GetString("doc"));
      auto [it, _] = event_ids.emplace(doc.GetString("seminal_event"), event_ids.size());
      gold_event.push_back(it->second);
    }
  }
  auto engine = cs::Engine::Create({});
  if (!engine.ok()) {
    std::fprintf(stderr, "%s\n", std::string(engine.status().message()).c_str());
    return 1;
  }
  std::vector<cs::Document> docs(files.size());
  std::vector<bool> ok(files.size(), false);
  std::atomic<size_t> next{0};
  auto worker = [&] {
    auto scratch = (*engine)->NewScratch();
    for (size_t i = next++; i < files.size(); i = next++) {
      auto bytes = cs::ReadFile(files[i]);
      if (!bytes.ok()) continue;
      auto d = (*engine)->Analyze(ids[i], std::move(*bytes), {}, scratch.get());
      if (!d.ok()) continue;
      docs[i] = std::move(*d);
      ok[i] = true;
    }
  };
  std::thread t(worker);
  worker();
  t.join();
  size_t failed = std::count(ok.begin(), ok.end(), false);
  std::printf("ECB+ stories: %zu articles, %zu gold seminal events, %zu failed to analyse\n",
              files.size(), event_ids.size(), failed);

  auto run = [&](const cs::StoryOptions& o, bool show) {
    std::vector<cs::Story> stories = cs::ClusterStories(docs, o);
    std::vector<int> predicted(docs.size(), -1);
    for (const cs::Story& s : stories) {
      for (uint32_t d : s.docs) predicted[d] = static_cast<int>(s.id);
    }
    const claimscan::bench::BCubedScores s = claimscan::bench::BCubed(predicted, gold_event);
    std::printf("threshold %.3f: %zu stories  B3 precision %.3f  recall %.3f  F1 %.3f\n",
                o.threshold, stories.size(), s.precision, s.recall, s.f1);
    if (show) {
      std::vector<std::string> names(event_ids.size());
      for (const auto& [name, id] : event_ids) names[id] = name;
      for (const cs::Story& st : stories) {
        std::map<int, int> counts;
        for (uint32_t d : st.docs) ++counts[gold_event[d]];
        if (counts.size() <= 1 && st.docs.size() > 1) continue;
        std::printf("  story %u (%zu): ", st.id, st.docs.size());
        for (const auto& [g, c] : counts) std::printf("%s×%d ", names[g].c_str(), c);
        std::printf("| %s\n", st.label.c_str());
      }
    }
    return s;
  };
  if (sweep) {
    for (double th = 0.06; th <= 0.42; th += 0.02) {
      cs::StoryOptions o = options;
      o.threshold = th;
      run(o, false);
    }
  }
  run(options, verbose);
  return 0;
}
