// ClaimExtractor: splits each body sentence into claims, one per event clause, and works out
// who asserts each one (attribution), how firmly (hedges) and whether it is denied (negation).
//
// Everything is driven by two data files (data/claims/events.tsv, data/claims/cues.tsv) and
// the tagger's mentions; the rules are positional and deliberately simple: the speaker is the
// noun phrase next to an attribution verb, actors come before the trigger and targets after
// it (swapped in the passive), and coordinated clauses without a subject inherit the first
// clause's actors.
#include <algorithm>
#include <array>
#include <bit>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "claim/lexicon.h"
#include "claim/words.h"
#include "claimscan/claim.h"
#include "common/file.h"
#include "common/status_macros.h"
#include "common/strings.h"

namespace claimscan {
namespace {

using claim_internal::AppendWordKey;
using claim_internal::EndsWithNegativeClitic;
using claim_internal::FindQuotes;
using claim_internal::PhraseLexicon;
using claim_internal::ScanWords;

// The cue categories of data/claims/cues.tsv.
enum CueKind : int {
  kHedge,
  kNegation,
  kSay,
  kAccording,
  kAnonymous,
  kMedia,
  kOutlet,
  kPronoun,
  kPassive,
  kBoundary,
  kConjunction,
  kPlace,
  kSkip,
  kCueKindCount,
};
constexpr std::array<std::string_view, kCueKindCount> kCueNames = {
    "hedge",   "negation", "say",      "according",   "anonymous", "media", "outlet",
    "pronoun", "passive",  "boundary", "conjunction", "place",     "skip",
};

// A statement with no event of its own ("Reuters reported this news") is a claim only when
// its content says something: at least this many words.
constexpr size_t kMinStatementWords = 4;

// A lexicon match over words [word, word + count).
struct Hit {
  uint32_t word = 0;
  uint32_t count = 0;
  uint64_t classes = 0;  // bit set over the lexicon's classes (mapped to CueKind for cues)
};

bool IsPlace(EntityType t) {
  return t == EntityType::kGpe || t == EntityType::kLoc || t == EntityType::kFac;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsSpaceOrComma(char c) { return c == ' ' || c == '\t' || c == ',' || c == '\n'; }

// Bytes between a and b hold only spaces and at most a comma or colon.
bool OnlySeparatorsBetween(std::string_view text, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b && i < text.size(); ++i) {
    const char c = text[i];
    if (c != ' ' && c != ',' && c != ':' && c != '\t') return false;
  }
  return true;
}

// Trims white space, commas and colons from both ends of `s`.
Span Trim(std::string_view text, Span s) {
  while (s.begin < s.end && (IsSpaceOrComma(text[s.begin]) || text[s.begin] == ':')) ++s.begin;
  while (s.end > s.begin && (IsSpaceOrComma(text[s.end - 1]) || text[s.end - 1] == ':')) --s.end;
  return s;
}

// Per-call working memory, reused across the sentences of one article.
struct SentenceWork {
  std::vector<Span> words;
  std::vector<Hit> events;
  std::vector<uint64_t> cue_at;    // per word: bit set of CueKind whose match covers it
  std::vector<uint8_t> cue_start;  // per word: 1 when a cue match starts here
  std::vector<uint32_t> cue_len;   // per word: length of the cue match starting here
  std::vector<uint32_t> mentions;  // indices into TagResult::mentions inside the sentence
  std::vector<Span> quotes;
  std::string key;
  // Per document: TagResult::quantities and ::dates indices sorted by span start, so each
  // claim finds its own in log time instead of scanning the document's (quadratic on long
  // documents).
  std::vector<uint32_t> quantity_order;
  std::vector<uint32_t> date_order;
};

// Indices (from `order`, sorted by start) of the items of `items` whose span lies inside
// `range`, appended to `out` in index order.
template <typename T>
void AppendContained(const std::vector<T>& items, const std::vector<uint32_t>& order, Span range,
                     std::vector<uint32_t>* out) {
  auto it = std::lower_bound(order.begin(), order.end(), range.begin,
                             [&](uint32_t i, uint32_t pos) { return items[i].span.begin < pos; });
  const size_t first = out->size();
  for (; it != order.end() && items[*it].span.begin < range.end; ++it) {
    if (range.Contains(items[*it].span)) out->push_back(*it);
  }
  std::sort(out->begin() + static_cast<std::ptrdiff_t>(first), out->end());
}

template <typename T>
void SortByStart(const std::vector<T>& items, std::vector<uint32_t>* order) {
  order->resize(items.size());
  for (uint32_t i = 0; i < order->size(); ++i) (*order)[i] = i;
  std::stable_sort(order->begin(), order->end(), [&](uint32_t a, uint32_t b) {
    return items[a].span.begin < items[b].span.begin;
  });
}

// What the previous sentences said about speakers, to resolve "he said" and "the source".
struct SpeakerMemory {
  bool has_named = false;
  Attribution named;
  bool has_anonymous = false;
  Attribution anonymous;
  bool has_previous = false;  // the previous sentence's attribution (quote continuations)
  Attribution previous;
};

class ClaimExtractorImpl final : public ClaimExtractor {
 public:
  absl::Status Init(std::string_view data_dir) {
    CLAIMSCAN_RETURN_IF_ERROR(events_.Load(JoinPath(data_dir, "claims/events.tsv"), true));
    events_.AddThirdPersonForms();
    CLAIMSCAN_RETURN_IF_ERROR(cues_.Load(JoinPath(data_dir, "claims/cues.tsv"), false));
    const std::string stance_path = JoinPath(data_dir, "claims/stance_classes.txt");
    CLAIMSCAN_RETURN_IF_ERROR(ForEachDataLine(stance_path, [this](int, std::string_view name) {
      const int id = events_.ClassId(name);
      if (id < 0) {
        return absl::InvalidArgumentError(
            absl::StrCat("'", AsAbsl(name), "' is not a class of events.tsv"));
      }
      stance_classes_ |= uint64_t{1} << id;
      return absl::OkStatus();
    }));
    state_class_ = events_.ClassId("state");
    if (state_class_ < 0) {
      return absl::InvalidArgumentError("claims/events.tsv has no 'state' class");
    }
    for (int k = 0; k < kCueKindCount; ++k) {
      const int id = cues_.ClassId(kCueNames[k]);
      if (id < 0) {
        return absl::InvalidArgumentError(
            absl::StrCat("claims/cues.tsv has no '", AsAbsl(kCueNames[k]), "' category"));
      }
      cue_bit_[k] = uint64_t{1} << id;
    }
    return absl::OkStatus();
  }

  absl::Status Extract(const Article& article, const TagResult& tags,
                       std::vector<Claim>* out) const override {
    out->clear();
    SentenceWork work;
    SortByStart(tags.quantities, &work.quantity_order);
    SortByStart(tags.dates, &work.date_order);
    SpeakerMemory memory;
    for (size_t s = 0; s < article.sentences.size(); ++s) {
      const Span sentence = article.sentences[s];
      if (IsHeaderSentence(article, sentence)) continue;
      ExtractSentence(article, tags, static_cast<uint32_t>(s), &work, &memory, out);
    }
    return absl::OkStatus();
  }

 private:
  // Section headings are labels, not statements. The title and stand-first are kept: a
  // headline states the article's main fact ("Indian Navy captures 26 pirates"), often the
  // one every outlet reports, and is the outlet's own claim.
  static bool IsHeaderSentence(const Article& article, Span sentence) {
    for (const Span& h : article.headings) {
      if (h.Contains(sentence)) return true;
    }
    return false;
  }

  bool WordHasCue(const SentenceWork& w, size_t i, CueKind k) const {
    return i < w.cue_at.size() && (w.cue_at[i] & cue_bit_[k]) != 0;
  }

  // Scans words, event triggers and cues of one sentence into `w`.
  void Scan(std::string_view text, const TagResult& tags, Span sentence, SentenceWork* w) const {
    w->words.clear();
    w->events.clear();
    w->mentions.clear();
    w->quotes.clear();
    ScanWords(text, sentence, &w->words);
    const size_t n = w->words.size();
    w->cue_at.assign(n, 0);
    w->cue_start.assign(n, 0);
    w->cue_len.assign(n, 0);
    for (size_t i = 0; i < n;) {
      uint64_t classes = 0;
      const int len = events_.Match(text, w->words, i, &classes, &w->key);
      if (len > 0) {
        w->events.push_back(Hit{static_cast<uint32_t>(i), static_cast<uint32_t>(len), classes});
        i += len;
      } else {
        ++i;
      }
    }
    for (size_t i = 0; i < n;) {
      uint64_t classes = 0;
      int len = cues_.Match(text, w->words, i, &classes, &w->key);
      if (EndsWithNegativeClitic(w->words[i].In(text))) {
        classes |= cue_bit_[kNegation];
        len = std::max(len, 1);
      }
      if (len == 0) {
        ++i;
        continue;
      }
      w->cue_start[i] = 1;
      w->cue_len[i] = static_cast<uint32_t>(len);
      for (size_t k = i; k < i + len; ++k) w->cue_at[k] |= classes;
      i += len;
    }
    // Mentions are sorted by begin: binary search the first one in the sentence.
    auto it = std::lower_bound(tags.mentions.begin(), tags.mentions.end(), sentence.begin,
                               [](const Mention& m, uint32_t b) { return m.span.begin < b; });
    for (; it != tags.mentions.end() && it->span.begin < sentence.end; ++it) {
      w->mentions.push_back(static_cast<uint32_t>(it - tags.mentions.begin()));
    }
    FindQuotes(text, sentence, &w->quotes);
  }

  // The participant mention covering byte `pos`, or -1.
  static int MentionAt(const TagResult& tags, const SentenceWork& w, uint32_t pos) {
    for (uint32_t m : w.mentions) {
      const Mention& mention = tags.mentions[m];
      if (mention.span.begin <= pos && pos < mention.span.end && IsParticipantType(mention.type)) {
        return static_cast<int>(m);
      }
    }
    return -1;
  }

  static bool InAnyMention(const TagResult& tags, const SentenceWork& w, Span word) {
    for (uint32_t m : w.mentions) {
      if (tags.mentions[m].span.Contains(word)) return true;
    }
    return false;
  }

  // Extends a speaker noun phrase leftwards from word `head` over the words of the same
  // phrase: no punctuation between words, no verb trigger, at most six words.
  Span NounPhraseEndingAt(std::string_view text, const SentenceWork& w, size_t head,
                          Span sentence) const {
    size_t first = head;
    while (first > 0 && head - first < 5) {
      const Span prev = w.words[first - 1];
      bool only_space = true;
      for (uint32_t i = prev.end; i < w.words[first].begin; ++i) {
        if (text[i] != ' ') only_space = false;
      }
      if (!only_space || WordHasCue(w, first - 1, kSay) || WordHasCue(w, first - 1, kBoundary) ||
          WordHasCue(w, first - 1, kAccording)) {
        break;
      }
      bool is_event = false;
      for (const Hit& e : w.events) {
        if (e.word <= first - 1 && first - 1 < e.word + e.count) is_event = true;
      }
      if (is_event) break;
      --first;
    }
    (void)sentence;
    return Span{w.words[first].begin, w.words[head].end};
  }

  // Extends a phrase rightwards from byte `begin` to the next comma, semicolon, sentence end
  // or closing quote ("according to a source familiar with the discussions, ...").
  static Span PhraseFrom(std::string_view text, uint32_t begin, Span sentence) {
    uint32_t end = begin;
    while (end < sentence.end && text[end] != ',' && text[end] != ';' &&
           !(text[end] == '.' && (end + 1 == sentence.end || text[end + 1] == ' '))) {
      ++end;
    }
    return Trim(text, Span{begin, end});
  }

  // Classifies the speaker phrase `speaker` (with its head word `head`, when known) into an
  // attribution, resolving pronouns and "the source" against earlier sentences.
  void ClassifySpeaker(std::string_view text, const TagResult& tags, const SentenceWork& w,
                       Span speaker, const SpeakerMemory& memory, Attribution* a) const {
    a->speaker = speaker;
    // Words of the phrase, for cue checks.
    bool anonymous = false, media = false, outlet = false, pronoun = false;
    size_t words_in_phrase = 0;
    for (size_t i = 0; i < w.words.size(); ++i) {
      if (!speaker.Contains(w.words[i])) continue;
      ++words_in_phrase;
      anonymous |= WordHasCue(w, i, kAnonymous);
      media |= WordHasCue(w, i, kMedia);
      outlet |= WordHasCue(w, i, kOutlet);
      pronoun |= WordHasCue(w, i, kPronoun);
    }
    int person = -1, organisation = -1;
    for (uint32_t m : w.mentions) {
      const Mention& mention = tags.mentions[m];
      if (!speaker.Overlaps(mention.span) || !IsParticipantType(mention.type)) continue;
      if (mention.type == EntityType::kPerson && person < 0) person = static_cast<int>(m);
      if (mention.type == EntityType::kOrg && organisation < 0) {
        organisation = static_cast<int>(m);
      }
    }
    if (pronoun && words_in_phrase == 1 && person < 0) {
      if (memory.has_named) {
        const Span cue = a->cue;
        *a = memory.named;
        a->cue = cue;
        a->direct_quote = false;
      } else {
        a->kind = AttributionKind::kNamed;
      }
      return;
    }
    if (person >= 0) {
      a->kind = AttributionKind::kNamed;
      a->entity = tags.mentions[person].entity;
      return;
    }
    if (outlet || media) {
      a->kind = AttributionKind::kMedia;
      if (organisation >= 0) a->entity = tags.mentions[organisation].entity;
      return;
    }
    if (anonymous) {
      a->kind = AttributionKind::kAnonymous;
      // "The source noted ..." after "a source familiar with ...": the same anonymous source.
      const std::string_view first = text.substr(speaker.begin, 4);
      if (words_in_phrase <= 3 && memory.has_anonymous && (first == "The " || first == "the ")) {
        a->speaker = memory.anonymous.speaker;
      }
      return;
    }
    if (organisation >= 0) {
      a->kind = AttributionKind::kOrganisation;
      a->entity = tags.mentions[organisation].entity;
      return;
    }
    for (uint32_t m : w.mentions) {
      const Mention& mention = tags.mentions[m];
      if (speaker.Overlaps(mention.span) && IsParticipantType(mention.type)) {
        a->kind = AttributionKind::kOrganisation;
        a->entity = mention.entity;
        return;
      }
    }
    a->kind = AttributionKind::kOrganisation;
  }

  // Finds the sentence's attribution and the part of it that is the asserted content.
  // Returns false when the outlet itself asserts the sentence.
  bool FindAttribution(std::string_view text, const TagResult& tags, const SentenceWork& w,
                       Span sentence, const SpeakerMemory& memory, Attribution* a,
                       Span* content) const {
    const size_t n = w.words.size();
    // "according to X" / "as stated by X".
    for (size_t i = 0; i < n; ++i) {
      if (!w.cue_start[i] || !WordHasCue(w, i, kAccording)) continue;
      const size_t after = i + w.cue_len[i];
      if (after >= n) break;
      a->cue = Span{w.words[i].begin, w.words[after - 1].end};
      const Span speaker = PhraseFrom(text, w.words[after].begin, sentence);
      ClassifySpeaker(text, tags, w, speaker, memory, a);
      if (i == 0) {
        *content = Trim(text, Span{speaker.end, sentence.end});
      } else {
        *content = Trim(text, Span{sentence.begin, a->cue.begin});
      }
      if (content->empty()) *content = sentence;
      return true;
    }
    for (size_t i = 0; i < n; ++i) {
      if (!w.cue_start[i] || !WordHasCue(w, i, kSay)) continue;
      // Not a verb inside a quotation or a name ("United States").
      if (InQuote(w, w.words[i]) || InAnyMention(tags, w, w.words[i])) continue;
      const Span verb{w.words[i].begin, w.words[i + w.cue_len[i] - 1].end};
      // Speaker before the verb: "Herzog said", "Michael Herzog, said", "he also said".
      size_t j = i;
      while (j > 0 && WordHasCue(w, j - 1, kSkip) && !WordHasCue(w, j - 1, kPronoun)) --j;
      if (j > 0 && OnlySeparatorsBetween(text, w.words[j - 1].end, w.words[j].begin)) {
        const size_t head = j - 1;
        const int mention = MentionAt(tags, w, w.words[head].begin);
        const bool cue_noun = WordHasCue(w, head, kAnonymous) || WordHasCue(w, head, kMedia) ||
                              WordHasCue(w, head, kOutlet) || WordHasCue(w, head, kPronoun);
        if (mention >= 0 || cue_noun) {
          Span speaker = mention >= 0 ? tags.mentions[mention].span
                                      : NounPhraseEndingAt(text, w, head, sentence);
          if (mention >= 0 && WordHasCue(w, head, kAnonymous)) {
            speaker = NounPhraseEndingAt(text, w, head, sentence);
          }
          a->cue = verb;
          ClassifySpeaker(text, tags, w, speaker, memory, a);
          // A quotation before the speaker ("“...,” Herzog said") is the content.
          const Span before = Trim(text, Span{sentence.begin, speaker.begin});
          const Span after = Trim(text, Span{verb.end, sentence.end});
          const bool quote_before =
              !before.empty() &&
              (text[before.end - 1] == '"' ||
               (before.end >= 3 && text.substr(before.end - 3, 3) == "\xE2\x80\x9D"));
          // A trailing ", officials said on Wednesday, ..." attributes what comes before the
          // comma: the verb is followed by a time or place, not by the content.
          const bool trailing = !before.empty() && before.end < speaker.begin &&
                                text.substr(before.end, speaker.begin - before.end).find(',') !=
                                    std::string_view::npos &&
                                i + w.cue_len[i] < n && WordHasCue(w, i + w.cue_len[i], kPlace);
          // "X died ..., her agent Mark Roesler said in a statement": when only the words
          // before the speaker report an event, they are the content.
          const bool event_before_only =
              !before.empty() && HasEventTrigger(w, before) && !HasEventTrigger(w, after);
          *content = (quote_before || trailing || event_before_only || CountWords(w, after) < 3) &&
                             !before.empty()
                         ? before
                         : SkipThat(text, w, after);
          if (content->empty()) *content = sentence;
          return true;
        }
      }
      // Speaker after the verb: "said David Mencer", "“...,” said the minister".
      const size_t next = i + w.cue_len[i];
      if (next < n && OnlySeparatorsBetween(text, verb.end, w.words[next].begin)) {
        const int mention = MentionAt(tags, w, w.words[next].begin);
        if (mention >= 0 || WordHasCue(w, next, kAnonymous) || WordHasCue(w, next, kPronoun)) {
          a->cue = verb;
          const Span speaker = mention >= 0 && tags.mentions[mention].type == EntityType::kPerson
                                   ? tags.mentions[mention].span
                                   : PhraseFrom(text, w.words[next].begin, sentence);
          ClassifySpeaker(text, tags, w, speaker, memory, a);
          const Span before = Trim(text, Span{sentence.begin, verb.begin});
          const Span rest = Trim(text, Span{speaker.end, sentence.end});
          *content = before.size() >= rest.size() ? before : rest;
          if (content->empty()) *content = sentence;
          return true;
        }
      }
    }
    return false;
  }

  static size_t CountWords(const SentenceWork& w, Span s) {
    size_t n = 0;
    for (const Span& word : w.words) n += s.Contains(word) ? 1 : 0;
    return n;
  }

  // Whether `span` holds an event trigger other than a bare statement verb.
  bool HasEventTrigger(const SentenceWork& w, Span span) const {
    for (const Hit& e : w.events) {
      if (std::countr_zero(e.classes) == state_class_) continue;
      if (span.Contains(Span{w.words[e.word].begin, w.words[e.word + e.count - 1].end})) {
        return true;
      }
    }
    return false;
  }

  // Drops a leading "that" from reported content ("said that ...").
  static Span SkipThat(std::string_view text, const SentenceWork& w, Span content) {
    for (const Span& word : w.words) {
      if (word.begin < content.begin) continue;
      if (word.begin == content.begin && word.In(text) == "that") {
        return Trim(text, Span{word.end, content.end});
      }
      break;
    }
    return content;
  }

  static bool InQuote(const SentenceWork& w, Span s) {
    for (const Span& q : w.quotes) {
      if (q.Contains(s)) return true;
    }
    return false;
  }

  // Most of `s` lies between quotation marks (the marks themselves sit outside the quote).
  static bool MostlyQuoted(const SentenceWork& w, Span s) {
    uint32_t quoted = 0;
    for (const Span& q : w.quotes) {
      const uint32_t b = std::max(q.begin, s.begin), e = std::min(q.end, s.end);
      if (e > b) quoted += e - b;
    }
    return quoted * 2 >= s.size() && quoted > 0;
  }

  void ExtractSentence(const Article& article, const TagResult& tags, uint32_t index,
                       SentenceWork* w, SpeakerMemory* memory, std::vector<Claim>* out) const {
    const std::string_view text = article.text;
    const Span sentence = article.sentences[index];
    Scan(text, tags, sentence, w);
    if (w->words.empty()) return;

    Attribution attribution;
    Span content = sentence;
    const bool attributed =
        FindAttribution(text, tags, *w, sentence, *memory, &attribution, &content);
    if (!attributed && !w->quotes.empty() && memory->has_previous) {
      // A quotation with no speaker of its own continues the previous sentence's speaker.
      attribution = memory->previous;
      attribution.cue = Span{};
    }

    // Triggers inside the content: events first; statements only when nothing else happens.
    std::vector<Hit> triggers;
    for (const Hit& e : w->events) {
      const Span s{w->words[e.word].begin, w->words[e.word + e.count - 1].end};
      if (!content.Contains(s) || attribution.cue.Overlaps(s)) continue;
      if (std::countr_zero(e.classes) == state_class_) continue;
      triggers.push_back(e);
    }
    if (triggers.empty() && attributed && CountWords(*w, content) >= kMinStatementWords) {
      for (const Hit& e : w->events) {
        const Span s{w->words[e.word].begin, w->words[e.word + e.count - 1].end};
        if (!content.Contains(s) && !attribution.cue.Overlaps(s)) continue;
        triggers.push_back(e);
        break;
      }
    }
    if (triggers.empty()) {
      UpdateMemory(attributed, attribution, memory);
      return;
    }

    // Clause edges: between two triggers, the last coordinating word or ';', or a comma right
    // before an -ing trigger ("..., killing at least 29 people").
    std::vector<Span> clauses;
    uint32_t clause_begin = content.begin;
    std::vector<size_t> clause_trigger;  // first trigger of each clause
    clause_trigger.push_back(0);
    for (size_t t = 0; t + 1 < triggers.size(); ++t) {
      const uint32_t from = w->words[triggers[t].word + triggers[t].count - 1].end;
      const uint32_t to = w->words[triggers[t + 1].word].begin;
      uint32_t cut = 0, resume = 0;
      for (size_t k = triggers[t].word + triggers[t].count; k < triggers[t + 1].word; ++k) {
        // "and" joins clauses only after a comma ("..., and wreaked havoc") or right before a
        // past-tense trigger ("killed two and wounded five"); else it joins nouns.
        const bool joins_clauses =
            WordHasCue(*w, k, kBoundary) ||
            (WordHasCue(*w, k, kConjunction) &&
             ((k > 0 && text.substr(w->words[k - 1].end, w->words[k].begin - w->words[k - 1].end)
                                .find(',') != std::string_view::npos) ||
              (k + 1 == triggers[t + 1].word && EndsWith(w->words[k + 1].In(text), "ed"))));
        if (joins_clauses) {
          cut = w->words[k].begin;
          resume = w->words[k].end;
        }
      }
      for (uint32_t b = from; b < to; ++b) {
        if (text[b] == ';') cut = b, resume = b + 1;
      }
      const std::string_view next_word = w->words[triggers[t + 1].word].In(text);
      if (cut == 0 && next_word.size() > 4 && next_word.substr(next_word.size() - 3) == "ing") {
        for (uint32_t b = from; b < to; ++b) {
          if (text[b] == ',' && OnlySeparatorsBetween(text, b, to)) cut = b, resume = b + 1;
        }
      }
      if (cut == 0) continue;
      clauses.push_back(Trim(text, Span{clause_begin, cut}));
      clause_begin = resume;
      clause_trigger.push_back(t + 1);
    }
    clauses.push_back(Trim(text, Span{clause_begin, content.end}));

    const size_t first_claim = out->size();
    for (size_t c = 0; c < clauses.size(); ++c) {
      const size_t last = c + 1 < clause_trigger.size() ? clause_trigger[c + 1] : triggers.size();
      const Hit& trigger = triggers[MainTrigger(triggers, clause_trigger[c], last)];
      Claim claim;
      claim.span = clauses[c];
      if (claim.span.empty()) continue;
      claim.sentence = index;
      claim.event = events_.ClassName(std::countr_zero(trigger.classes));
      claim.trigger =
          Span{w->words[trigger.word].begin, w->words[trigger.word + trigger.count - 1].end};
      claim.attribution = attribution;
      claim.attribution.direct_quote = InQuote(*w, claim.trigger) || MostlyQuoted(*w, claim.span);
      FillParticipants(text, tags, *w, sentence, trigger, &claim);
      if (c > 0 && claim.actors.empty() && out->size() > first_claim) {
        claim.actors = out->back().actors;  // a coordinated clause shares its subject
      }
      if (claim.actors.empty() && claim.attribution.direct_quote) {
        SpeakerAsActor(tags, *w, claim, &claim.actors);
      }
      FillModality(text, *w, sentence, content, &claim);
      out->push_back(std::move(claim));
    }
    UpdateMemory(attributed, attribution, memory);
  }

  // The clause's first event trigger that is not a stance ("want", "urge") on another event;
  // the first trigger when all are stances.
  size_t MainTrigger(const std::vector<Hit>& triggers, size_t first, size_t last) const {
    for (size_t t = first; t < last; ++t) {
      if ((triggers[t].classes & stance_classes_) == 0) return t;
    }
    return first;
  }

  static void UpdateMemory(bool attributed, const Attribution& a, SpeakerMemory* memory) {
    memory->has_previous = attributed;
    if (!attributed) return;
    memory->previous = a;
    if (a.kind == AttributionKind::kNamed && !a.speaker.empty() && a.entity >= 0) {
      memory->has_named = true;
      memory->named = a;
    }
    if (a.kind == AttributionKind::kAnonymous) {
      memory->has_anonymous = true;
      memory->anonymous = a;
    }
  }

  // Actors before the trigger, targets after it (swapped after a passive auxiliary), the
  // first place after a place preposition; quantities and dates inside the claim.
  void FillParticipants(std::string_view text, const TagResult& tags, const SentenceWork& w,
                        Span sentence, const Hit& trigger, Claim* claim) const {
    const bool passive = trigger.word > 0 && WordHasCue(w, trigger.word - 1, kPassive);
    auto add = [](std::vector<int32_t>* v, int32_t e) {
      if (std::find(v->begin(), v->end(), e) == v->end()) v->push_back(e);
    };
    for (uint32_t m : w.mentions) {
      const Mention& mention = tags.mentions[m];
      if (!claim->span.Contains(mention.span)) continue;
      claim->mentions.push_back(m);
      if (mention.entity < 0 || !IsParticipantType(mention.type)) continue;
      if (claim->attribution.speaker.Overlaps(mention.span)) continue;
      const bool before = mention.span.end <= claim->trigger.begin;
      if (!before && IsPlace(mention.type) && claim->place < 0 &&
          PrecededByPlacePreposition(text, w, mention.span)) {
        claim->place = mention.entity;
        continue;
      }
      // After a passive verb only the "by" phrase names the doer ("was struck by Israel");
      // other names there are neither doer nor patient ("deployed to Israel", "was killed,
      // with Israeli officials saying").
      if (passive && !before) {
        if (AfterPreposition(text, w, mention.span, "by")) {
          add(&claim->actors, mention.entity);
        } else if (IsPlace(tags.entities[mention.entity].type) && claim->place < 0 &&
                   AfterPreposition(text, w, mention.span, "to")) {
          claim->place = mention.entity;  // "was deployed to Israel", "were sent to Gaza"
        }
        continue;
      }
      add(passive || !before ? &claim->targets : &claim->actors, mention.entity);
    }
    AppendContained(tags.quantities, w.quantity_order, claim->span, &claim->quantities);
    // Figures that are no figures of the fact: a number inside a name ("Resolution 1701",
    // "Second Lebanon War") and an ordinal counted from an unnamed list ("the last", "previous").
    std::erase_if(claim->quantities, [&](uint32_t q) {
      const Quantity& quantity = tags.quantities[q];
      if (quantity.type == EntityType::kOrdinal && !quantity.unit.empty()) return true;
      for (uint32_t m : claim->mentions) {
        const Mention& mention = tags.mentions[m];
        if (IsParticipantType(mention.type) && mention.span.Contains(quantity.span)) return true;
      }
      return false;
    });
    AppendContained(tags.dates, w.date_order, claim->span, &claim->times);
    if (claim->times.empty()) {
      // A date elsewhere in the sentence ("On Monday, ...") dates every clause of it.
      AppendContained(tags.dates, w.date_order, sentence, &claim->times);
      std::erase_if(claim->times,
                    [&](uint32_t d) { return tags.dates[d].kind == TemporalKind::kDuration; });
    }
  }

  // Whether one of the three words before the mention at `s` is one `is_cue` accepts, with
  // only lower-case words between ("in the Bekaa Valley", "by the Israeli army").
  template <typename IsCue>
  static bool CueBefore(std::string_view text, const SentenceWork& w, Span s, IsCue is_cue) {
    size_t k = 0;
    while (k < w.words.size() && w.words[k].begin < s.begin) ++k;
    for (int back = 0; back < 3 && k > 0; ++back) {
      --k;
      if (is_cue(k)) return true;
      const char first = text[w.words[k].begin];
      if (!(first >= 'a' && first <= 'z')) return false;
    }
    return false;
  }

  // "by Israel", "to Israel": `preposition` (lower case) before the mention.
  static bool AfterPreposition(std::string_view text, const SentenceWork& w, Span s,
                               std::string_view preposition) {
    return CueBefore(text, w, s, [&](size_t k) { return w.words[k].In(text) == preposition; });
  }

  // "in Beirut", "in central Beirut", "near the Bekaa Valley".
  bool PrecededByPlacePreposition(std::string_view text, const SentenceWork& w, Span s) const {
    return CueBefore(text, w, s, [&](size_t k) { return WordHasCue(w, k, kPlace); });
  }

  // A quotation in the first person speaks for the speaker's side: its actors are the
  // speaker and the organisations named beside the speaker ("Israeli government spokesman").
  static void SpeakerAsActor(const TagResult& tags, const SentenceWork& w, const Claim& claim,
                             std::vector<int32_t>* actors) {
    for (uint32_t m : w.mentions) {
      const Mention& mention = tags.mentions[m];
      if (mention.entity < 0 || claim.span.Overlaps(mention.span)) continue;
      const bool side = mention.type == EntityType::kOrg || mention.type == EntityType::kGpe ||
                        mention.type == EntityType::kNorp;
      if ((side || mention.span == claim.attribution.speaker) &&
          std::find(actors->begin(), actors->end(), mention.entity) == actors->end()) {
        actors->push_back(mention.entity);
      }
    }
    if (claim.attribution.entity >= 0 &&
        std::find(actors->begin(), actors->end(), claim.attribution.entity) == actors->end()) {
      actors->push_back(claim.attribution.entity);
    }
  }

  // Hedges in the claim or in the attribution around it; negation inside the claim.
  void FillModality(std::string_view text, const SentenceWork& w, Span sentence, Span content,
                    Claim* claim) const {
    (void)text;
    for (size_t i = 0; i < w.words.size(); ++i) {
      if (!w.cue_start[i]) continue;
      const Span cue{w.words[i].begin, w.words[i + w.cue_len[i] - 1].end};
      const bool in_claim = claim->span.Contains(cue);
      const bool in_frame = sentence.Contains(cue) && !content.Contains(cue);
      if (WordHasCue(w, i, kHedge) && (in_claim || in_frame) &&
          !claim->attribution.cue.Overlaps(cue)) {
        claim->hedged = true;
        claim->hedges.push_back(cue);
      }
      if (WordHasCue(w, i, kNegation) && in_claim && !claim->negated) {
        claim->negated = true;
        claim->negation = cue;
      }
    }
  }

  PhraseLexicon events_;
  PhraseLexicon cues_;
  int state_class_ = -1;
  uint64_t stance_classes_ = 0;  // bit set over events_ classes
  std::array<uint64_t, kCueKindCount> cue_bit_{};
};

}  // namespace

absl::StatusOr<std::unique_ptr<const ClaimExtractor>> ClaimExtractor::Create(
    std::string_view data_dir) {
  auto extractor = std::make_unique<ClaimExtractorImpl>();
  CLAIMSCAN_RETURN_IF_ERROR(extractor->Init(data_dir));
  return std::unique_ptr<const ClaimExtractor>(std::move(extractor));
}

}  // namespace claimscan
