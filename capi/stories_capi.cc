// The C ABI's story functions (capi/claimscan.h, "Stories"): story sets over the C++
// StoryClusterer / ClusterStories, story features that cross process boundaries, and
// comparison story by story.
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "capi_internal.h"
#include "claimscan.h"
#include "claimscan/compare.h"
#include "claimscan/report.h"
#include "claimscan/story.h"
#include "story/features.h"

namespace cs = claimscan;
using namespace claimscan_capi;  // NOLINT(build/namespaces): the C ABI's shared helpers

struct claimscan_stories {
  uint32_t magic = kStoriesMagic;
  std::unique_ptr<cs::StoryClusterer> clusterer;  // incremental sets only
  std::vector<std::string> ids;                   // article ids by number
  // StoryClusterer::Stories() builds a copy: refreshed when read after additions, not per add,
  // so a stream of N additions does not cost N copies.
  mutable std::mutex mu;
  mutable bool stale = false;
  mutable std::vector<cs::Story> stories;
};

namespace {

constexpr size_t kStoryV1 = offsetof(claimscan_story, last_published) + sizeof(const char*);

// Story features on the wire: "CSF1", then little-endian fields (see EncodeFeatures). Fixed
// widths and byte order, so any machine running this library version reads them.
constexpr char kFeaturesMagic[4] = {'C', 'S', 'F', '1'};

void PutU32(uint32_t v, std::string* out) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void PutU64(uint64_t v, std::string* out) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void PutString(std::string_view s, std::string* out) {
  PutU32(static_cast<uint32_t>(s.size()), out);
  out->append(s);
}

std::string EncodeFeatures(const std::string& id, const cs::StoryInput& in) {
  std::string out(kFeaturesMagic, sizeof kFeaturesMagic);
  out.reserve(64 + id.size() + in.title.size() + 12 * in.features.size());
  PutString(id, &out);
  PutU32(static_cast<uint32_t>(in.day), &out);
  PutU32(static_cast<uint32_t>(in.year), &out);
  out.push_back(in.has_title ? 1 : 0);
  PutString(in.title, &out);
  PutString(in.published, &out);
  PutU32(static_cast<uint32_t>(in.features.size()), &out);
  for (const cs::FeatureCount& f : in.features) {
    uint32_t bits;
    static_assert(sizeof bits == sizeof f.weight);
    std::memcpy(&bits, &f.weight, sizeof bits);
    PutU64(f.feature, &out);
    PutU32(bits, &out);
  }
  return out;
}

// Reads what EncodeFeatures wrote; false on anything else (truncated, wrong magic, trailing
// bytes, features out of order).
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  bool U32(uint32_t* v) {
    if (data_.size() - pos_ < 4) return false;
    *v = 0;
    for (int i = 0; i < 4; ++i)
      *v |= uint32_t{static_cast<unsigned char>(data_[pos_ + i])} << (8 * i);
    pos_ += 4;
    return true;
  }
  bool U64(uint64_t* v) {
    if (data_.size() - pos_ < 8) return false;
    *v = 0;
    for (int i = 0; i < 8; ++i)
      *v |= uint64_t{static_cast<unsigned char>(data_[pos_ + i])} << (8 * i);
    pos_ += 8;
    return true;
  }
  bool Byte(uint8_t* v) {
    if (pos_ >= data_.size()) return false;
    *v = static_cast<uint8_t>(data_[pos_++]);
    return true;
  }
  bool String(std::string* s) {
    uint32_t n;
    if (!U32(&n) || data_.size() - pos_ < n) return false;
    s->assign(data_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  bool Magic() {
    if (data_.size() < sizeof kFeaturesMagic ||
        std::memcmp(data_.data(), kFeaturesMagic, sizeof kFeaturesMagic) != 0) {
      return false;
    }
    pos_ = sizeof kFeaturesMagic;
    return true;
  }
  size_t remaining() const { return data_.size() - pos_; }

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

bool DecodeFeatures(std::string_view data, std::string* id, cs::StoryInput* in) {
  Reader r(data);
  uint32_t day, year, n;
  uint8_t has_title;
  if (!r.Magic() || !r.String(id) || !r.U32(&day) || !r.U32(&year) || !r.Byte(&has_title) ||
      has_title > 1 || !r.String(&in->title) || !r.String(&in->published) || !r.U32(&n) ||
      r.remaining() != size_t{n} * 12) {
    return false;
  }
  in->day = static_cast<int32_t>(day);
  in->year = static_cast<int>(static_cast<int32_t>(year));
  in->has_title = has_title == 1;
  in->features.resize(n);
  for (cs::FeatureCount& f : in->features) {
    uint32_t bits;
    if (!r.U64(&f.feature) || !r.U32(&bits)) return false;
    std::memcpy(&f.weight, &bits, sizeof bits);
  }
  // The clusterer relies on one sorted entry per feature (FeatureBag).
  for (size_t i = 1; i < in->features.size(); ++i) {
    if (in->features[i - 1].feature >= in->features[i].feature) return false;
  }
  return true;
}

const std::vector<cs::Story>& Current(const claimscan_stories* s) {
  std::lock_guard<std::mutex> lock(s->mu);
  if (s->stale) {
    s->stories = s->clusterer->Stories();
    s->stale = false;
  }
  return s->stories;
}

std::string StoriesJson(const claimscan_stories* s, uint32_t flags) {
  // The story JSON names articles by id only, so documents holding just their id stand in for
  // the articles, which a story set does not keep.
  std::vector<cs::Document> named(s->ids.size());
  for (size_t i = 0; i < s->ids.size(); ++i) named[i].article.id = s->ids[i];
  cs::ReportOptions options;
  options.pretty = (flags & CLAIMSCAN_JSON_PRETTY) != 0;
  std::string json;
  cs::AppendStoriesJson(named, Current(s), options, &json);
  return json;
}

claimscan_status CheckEngine(const claimscan_engine* engine, const char* what) {
  return CheckHandle(engine, kEngineMagic, what);
}

// The checks every corpus-to-new-handle call starts with: a place for the result (cleared, so
// a failed call never leaves a stale pointer), a live corpus, and its live engine.
template <typename Handle>
claimscan_status CheckCorpusCall(const claimscan_corpus* corpus, Handle** out) {
  if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
  *out = nullptr;
  if (claimscan_status s = CheckHandle(corpus, kCorpusMagic, "corpus"); s != CLAIMSCAN_OK) {
    return s;
  }
  return CheckEngine(corpus->engine, "the corpus's engine");
}

}  // namespace

extern "C" {

claimscan_status claimscan_corpus_stories(const claimscan_corpus* corpus, claimscan_stories** out) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckCorpusCall(corpus, out); s != CLAIMSCAN_OK) return s;
    // The same path as ClusterStories(docs), without copying the documents into a vector.
    const cs::StoryOptions& options = corpus->engine->story;
    std::vector<cs::StoryInput> inputs;
    inputs.reserve(corpus->docs.size());
    auto set = std::make_unique<claimscan_stories>();
    for (const auto& doc : corpus->docs) {
      inputs.push_back(cs::MakeStoryInput(*doc, options));
      set->ids.push_back(doc->article.id);
    }
    set->stories = cs::ClusterStoryInputs(inputs, options);
    *out = set.release();
    return CLAIMSCAN_OK;
  });
}

claimscan_status claimscan_document_story_features(const claimscan_engine* engine,
                                                   const claimscan_document* doc, char** out,
                                                   size_t* out_len) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
    *out = nullptr;
    if (claimscan_status s = CheckEngine(engine, "engine"); s != CLAIMSCAN_OK) return s;
    if (claimscan_status s = CheckHandle(doc, kDocumentMagic, "document"); s != CLAIMSCAN_OK) {
      return s;
    }
    const cs::Document& d = *doc->doc;
    return HandOut(EncodeFeatures(d.article.id, cs::MakeStoryInput(d, engine->story)), out,
                   out_len);
  });
}

claimscan_status claimscan_stories_from_features(const claimscan_engine* engine,
                                                 const char* const* features, const size_t* lens,
                                                 size_t count, claimscan_stories** out) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
    *out = nullptr;
    if (claimscan_status s = CheckEngine(engine, "engine"); s != CLAIMSCAN_OK) return s;
    if (count > 0 && (features == nullptr || lens == nullptr)) {
      return Fail(CLAIMSCAN_ERR_NULL_POINTER, "features or lens is NULL but count is not 0");
    }
    std::vector<cs::StoryInput> inputs(count);
    auto set = std::make_unique<claimscan_stories>();
    set->ids.resize(count);
    for (size_t i = 0; i < count; ++i) {
      if (features[i] == nullptr && lens[i] > 0) {
        return Fail(CLAIMSCAN_ERR_NULL_POINTER, "features[" + std::to_string(i) + "] is NULL");
      }
      const std::string_view data(features[i] == nullptr ? "" : features[i], lens[i]);
      if (!DecodeFeatures(data, &set->ids[i], &inputs[i])) {
        return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT,
                    "features[" + std::to_string(i) +
                        "] are not story features of this library version "
                        "(claimscan_document_story_features)");
      }
    }
    set->stories = cs::ClusterStoryInputs(inputs, engine->story);
    *out = set.release();
    return CLAIMSCAN_OK;
  });
}

claimscan_status claimscan_stories_create(const claimscan_engine* engine, claimscan_stories** out) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
    *out = nullptr;
    if (claimscan_status s = CheckEngine(engine, "engine"); s != CLAIMSCAN_OK) return s;
    auto set = std::make_unique<claimscan_stories>();
    set->clusterer = std::make_unique<cs::StoryClusterer>(engine->story);
    *out = set.release();
    return CLAIMSCAN_OK;
  });
}

claimscan_status claimscan_stories_add_document(claimscan_stories* stories,
                                                const claimscan_document* doc,
                                                uint32_t* out_story) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckHandle(stories, kStoriesMagic, "stories"); s != CLAIMSCAN_OK) {
      return s;
    }
    if (claimscan_status s = CheckHandle(doc, kDocumentMagic, "document"); s != CLAIMSCAN_OK) {
      return s;
    }
    if (stories->clusterer == nullptr) {
      return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT,
                  "this story set was clustered in batch; make one with claimscan_stories_create "
                  "to add articles");
    }
    stories->ids.push_back(doc->doc->article.id);
    uint32_t story;
    try {
      story = stories->clusterer->Add(*doc->doc);
    } catch (...) {
      stories->ids.pop_back();  // keep ids and clusterer in step
      throw;
    }
    {
      std::lock_guard<std::mutex> lock(stories->mu);
      stories->stale = true;
    }
    if (out_story != nullptr) *out_story = story;
    return CLAIMSCAN_OK;
  });
}

void claimscan_stories_destroy(claimscan_stories* stories) { Destroy(stories, kStoriesMagic); }

claimscan_status claimscan_stories_count(const claimscan_stories* stories, size_t* out) {
  return CountOf(stories, kStoriesMagic, "stories", out,
                 [](const claimscan_stories& d) { return Current(&d).size(); });
}

claimscan_status claimscan_stories_article_count(const claimscan_stories* stories, size_t* out) {
  return CountOf(stories, kStoriesMagic, "stories", out,
                 [](const claimscan_stories& d) { return d.ids.size(); });
}

claimscan_status claimscan_stories_story_at(const claimscan_stories* stories, size_t index,
                                            claimscan_story* out) {
  return ItemAt(
      stories, kStoriesMagic, "stories", index, out, kStoryV1, "claimscan_story", "story",
      [](const claimscan_stories& d) -> const std::vector<cs::Story>& { return Current(&d); },
      [](const cs::Story& st, claimscan_story* c) {
        c->id = st.id;
        c->article_count = static_cast<uint32_t>(st.docs.size());
        c->label = st.label.c_str();
        c->first_published = st.first_published.c_str();
        c->last_published = st.last_published.c_str();
      });
}

claimscan_status claimscan_stories_story_article(const claimscan_stories* stories,
                                                 size_t story_index, size_t k,
                                                 uint32_t* out_article, const char** out_id) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out_article); s != CLAIMSCAN_OK) return s;
    if (claimscan_status s = CheckHandle(stories, kStoriesMagic, "stories"); s != CLAIMSCAN_OK) {
      return s;
    }
    const std::vector<cs::Story>& all = Current(stories);
    if (claimscan_status s = CheckIndex(story_index, all.size(), "story"); s != CLAIMSCAN_OK) {
      return s;
    }
    const std::vector<uint32_t>& docs = all[story_index].docs;
    if (claimscan_status s = CheckIndex(k, docs.size(), "story article"); s != CLAIMSCAN_OK) {
      return s;
    }
    *out_article = docs[k];
    if (out_id != nullptr) *out_id = stories->ids[docs[k]].c_str();
    return CLAIMSCAN_OK;
  });
}

claimscan_status claimscan_stories_json(const claimscan_stories* stories, uint32_t flags,
                                        char** out, size_t* out_len) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckOut(out); s != CLAIMSCAN_OK) return s;
    *out = nullptr;
    if (claimscan_status s = CheckHandle(stories, kStoriesMagic, "stories"); s != CLAIMSCAN_OK) {
      return s;
    }
    if (claimscan_status s = CheckFlags(flags); s != CLAIMSCAN_OK) return s;
    return HandOut(StoriesJson(stories, flags), out, out_len);
  });
}

claimscan_status claimscan_stories_write_json(const claimscan_stories* stories, uint32_t flags,
                                              char* buffer, size_t capacity, size_t* needed) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckHandle(stories, kStoriesMagic, "stories"); s != CLAIMSCAN_OK) {
      return s;
    }
    if (claimscan_status s = CheckFlags(flags); s != CLAIMSCAN_OK) return s;
    return WriteOut(StoriesJson(stories, flags), buffer, capacity, needed);
  });
}

claimscan_status claimscan_corpus_compare_stories(const claimscan_corpus* corpus,
                                                  const claimscan_stories* stories,
                                                  claimscan_comparison** out) {
  return Guard([&]() -> claimscan_status {
    if (claimscan_status s = CheckCorpusCall(corpus, out); s != CLAIMSCAN_OK) return s;
    if (claimscan_status s = CheckHandle(stories, kStoriesMagic, "stories"); s != CLAIMSCAN_OK) {
      return s;
    }
    // Story article numbers index the corpus: a set made from other articles would silently
    // compare the wrong documents.
    if (stories->ids.size() != corpus->docs.size()) {
      return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT,
                  "the story set has " + std::to_string(stories->ids.size()) +
                      " articles, the corpus " + std::to_string(corpus->docs.size()));
    }
    for (size_t i = 0; i < corpus->docs.size(); ++i) {
      if (stories->ids[i] != corpus->docs[i]->article.id) {
        return Fail(CLAIMSCAN_ERR_INVALID_ARGUMENT,
                    "story set article " + std::to_string(i) + " is \"" + stories->ids[i] +
                        "\" but corpus document " + std::to_string(i) + " is \"" +
                        corpus->docs[i]->article.id + "\"");
      }
    }
    auto data = std::make_shared<ComparisonData>();
    data->docs.reserve(corpus->docs.size());
    for (const auto& doc : corpus->docs) data->docs.push_back(*doc);
    data->result = corpus->engine->engine->CompareStories(data->docs, Current(stories));
    auto comparison = std::make_unique<claimscan_comparison>();
    comparison->data = std::move(data);
    *out = comparison.release();
    return CLAIMSCAN_OK;
  });
}

}  // extern "C"
