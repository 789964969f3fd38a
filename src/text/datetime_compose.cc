// The composing pass of the temporal recogniser: neighbouring mentions that make one expression
// together. Two durations joined by "and" or a comma are one ("2 years and 3 months" = P2Y3M,
// "1 hour and 30 minutes" = PT1H30M), and a duration before "from" / "after" / "before" and a
// day counts from that day ("three weeks from tomorrow", "2 weeks before May 13 1999").
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "claimscan/datetime.h"
#include "text/datetime_calendar.h"
#include "text/datetime_internal.h"

namespace claimscan {
namespace datetime_internal {
namespace {

// A duration of one unit: "P3M" → (3, 'M', false), "PT30M" → (30, 'M', true). Whole counts
// only.
struct Simple {
  int64_t n = 0;
  char unit = 0;
  bool clock = false;
};

bool ParseSimple(std::string_view v, Simple* s) {
  if (v.size() < 3 || v[0] != 'P') return false;
  size_t i = 1;
  s->clock = v[1] == 'T';
  if (s->clock) ++i;
  const size_t digits = i;
  s->n = 0;
  while (i < v.size() && v[i] >= '0' && v[i] <= '9' && i - digits < 9)
    s->n = s->n * 10 + (v[i++] - '0');
  if (i == digits || i + 1 != v.size()) return false;
  s->unit = v[i];
  return true;
}

// Rank of a unit from the largest: Y M W D | H M S.
int Rank(const Simple& s) {
  if (s.clock) return s.unit == 'H' ? 4 : s.unit == 'M' ? 5 : s.unit == 'S' ? 6 : -1;
  return s.unit == 'Y' ? 0 : s.unit == 'M' ? 1 : s.unit == 'W' ? 2 : s.unit == 'D' ? 3 : -1;
}

TimeGrain GrainOf(int rank) {
  constexpr TimeGrain kGrains[] = {TimeGrain::kYear,  TimeGrain::kMonth, TimeGrain::kWeek,
                                   TimeGrain::kDay,   TimeGrain::kHour,  TimeGrain::kMinute,
                                   TimeGrain::kSecond};
  return kGrains[rank];
}

// Appends duration b (a single unit, smaller than every unit of a) to the ISO duration a.
bool AppendDuration(const std::string& a, const Simple& b, std::string* out) {
  if (a.size() < 3 || a[0] != 'P') return false;
  // The smallest unit of a: its last letter, and whether it sits after the T.
  const bool a_clock = a.find('T') != std::string::npos;
  Simple last;
  last.clock = a_clock;
  last.unit = a.back();
  if (Rank(last) < 0 || Rank(last) >= Rank(b)) return false;
  *out = a;
  if (b.clock && !a_clock) out->push_back('T');
  absl::StrAppend(out, b.n, std::string(1, b.unit));
  return true;
}

// Minutes in a clock duration: "PT30M" = 30, "PT2H" = 120, "PT3H30M" = 210; 0 if not one.
int ClockMinutes(std::string_view v) {
  if (v.size() < 4 || v.substr(0, 2) != "PT") return 0;
  int total = 0, n = 0;
  bool digits = false;
  for (size_t i = 2; i < v.size(); ++i) {
    if (v[i] >= '0' && v[i] <= '9') {
      n = n * 10 + (v[i] - '0');
      digits = true;
    } else if (digits && (v[i] == 'H' || v[i] == 'M')) {
      total += v[i] == 'H' ? 60 * n : n;
      n = 0;
      digits = false;
    } else {
      return 0;
    }
  }
  return digits ? 0 : total;
}

// The letters that start s ("next" of "next week").
std::string_view WordAfterStart(std::string_view s) {
  size_t k = 0;
  while (k < s.size() && IsAsciiAlpha(s[k])) ++k;
  return s.substr(0, k);
}

bool IsDay(const TemporalMention& m) {
  return m.kind == TemporalKind::kDate && m.grain == TimeGrain::kDay && m.value.size() == 10 &&
         m.end_value.empty() && !m.partial;
}

// The word that ends text[floor, e) after blanks: sets *b to its start; empty if none.
std::string_view WordEndingAt(std::string_view text, size_t floor, size_t e, size_t* b) {
  while (e > floor && IsBlank(text[e - 1])) --e;
  size_t k = e;
  while (k > floor && IsAsciiAlpha(text[k - 1])) --k;
  *b = k;
  return text.substr(k, e - k);
}

// The modifier before text[begin]: "before", "after", "since", "by", "later than", "no later
// than", "as early as", "starting (on)", "anytime after". Sets *mod_begin; empty if none.
std::string_view ModifierBefore(std::string_view text, size_t floor, size_t begin,
                                size_t* mod_begin) {
  size_t b1 = 0, b2 = 0, b3 = 0;
  std::string_view w1 = WordEndingAt(text, floor, begin, &b1);
  if (w1.empty()) return {};
  std::string_view w2 = WordEndingAt(text, floor, b1, &b2);
  std::string_view mod;
  size_t start = b1;
  if (EqualsNoCase(w1, "on") && (EqualsNoCase(w2, "starting") || EqualsNoCase(w2, "beginning"))) {
    w1 = w2, b1 = b2;  // "starting on January 7th"
    w2 = WordEndingAt(text, floor, b1, &b2);
    start = b1;
  }
  if (EqualsNoCase(w1, "before")) {
    mod = "before";
  } else if (EqualsNoCase(w1, "by")) {
    mod = "by";  // a deadline: from now until then
  } else if (EqualsNoCase(w1, "after")) {
    mod = "after";
  } else if (EqualsNoCase(w1, "since") || EqualsNoCase(w1, "starting") ||
             EqualsNoCase(w1, "beginning")) {
    mod = "since";
  } else if (EqualsNoCase(w1, "than") && (EqualsNoCase(w2, "more") || EqualsNoCase(w2, "less"))) {
    *mod_begin = b2;  // "more than 4 days", "less than 2 hours" (a duration's bound)
    return Lower(w2[0]) == 'm' ? "more" : "less";
  } else if (EqualsNoCase(w1, "than") &&
             (EqualsNoCase(w2, "later") || EqualsNoCase(w2, "earlier"))) {
    const std::string_view w3 = WordEndingAt(text, floor, b2, &b3);
    const bool no = EqualsNoCase(w3, "no") || EqualsNoCase(w3, "not");
    mod = (Lower(w2[0]) == 'l') != no ? "after" : "before";
    *mod_begin = no ? b3 : b2;
    return mod;
  } else if (EqualsNoCase(w1, "as") && (EqualsNoCase(w2, "early") || EqualsNoCase(w2, "late"))) {
    const std::string_view w3 = WordEndingAt(text, floor, b2, &b3);
    if (!EqualsNoCase(w3, "as")) return {};
    *mod_begin = b3;
    return Lower(w2[0]) == 'e' ? "since" : "before";
  } else {
    return {};
  }
  // "anytime after 2014", "sometimes before 2014".
  if (EqualsNoCase(w2, "anytime") || EqualsNoCase(w2, "sometime") ||
      EqualsNoCase(w2, "sometimes")) {
    start = b2;
  }
  *mod_begin = start;
  return mod;
}

}  // namespace

void AttachModifiers(std::string_view text, size_t floor, size_t first,
                     std::vector<TemporalMention>* out) {
  for (size_t k = first; k < out->size(); ++k) {
    TemporalMention& m = (*out)[k];
    if (m.kind == TemporalKind::kSet) continue;
    const size_t lower = k > first ? (*out)[k - 1].span.end : floor;
    size_t mod_begin = 0;
    const std::string_view mod = ModifierBefore(text, lower, m.span.begin, &mod_begin);
    // A range takes only "by" ("by the end of the month"); its own words bound it otherwise.
    // A duration takes only "more than" / "less than"; those bound nothing else here.
    const bool bound = mod == "more" || mod == "less";
    if (!mod.empty() && bound == (m.kind == TemporalKind::kDuration) &&
        (m.end_value.empty() || mod == "by")) {
      m.mod = mod;
      m.mod_begin = static_cast<uint32_t>(mod_begin);
    }
  }
}

namespace {
void ComposePass(std::string_view text, size_t first, bool durations,
                 std::vector<TemporalMention>* out);
void JoinWeekdays(std::string_view text, size_t first, std::vector<TemporalMention>* out);
void WeekOfDay(std::string_view text, size_t first, std::vector<TemporalMention>* out);
void WeekendOfDay(std::string_view text, size_t first, std::vector<TemporalMention>* out);
}  // namespace

void ComposeMentions(std::string_view text, size_t first, std::vector<TemporalMention>* out) {
  // Two passes: durations first, so that a composed one counts from a day or time in the next.
  for (const bool durations : {true, false}) {
    ComposePass(text, first, durations, out);
  }
  JoinWeekdays(text, first, out);
  WeekOfDay(text, first, out);
  WeekendOfDay(text, first, out);
}

namespace {

// text[b, ...) past its first word and the blanks after it.
size_t SkipWord(std::string_view text, size_t b) {
  while (b < text.size() && IsAsciiAlpha(text[b])) ++b;
  while (b < text.size() && IsBlank(text[b])) ++b;
  return b;
}

// "2019-10-11T17:00" plus a duration of one unit, as the same form; false when the value is
// not that form.
bool AddToDateTime(const std::string& value, const Simple& d, std::string* out) {
  CivilDate day;
  if (value.size() != 16 || value[10] != 'T' || !ParseIsoDate(value.substr(0, 10), &day)) {
    return false;
  }
  const int hour = DigitsAt(value, 11, 2), minute = DigitsAt(value, 14, 2);
  if (hour < 0 || minute < 0 || value[13] != ':') return false;
  int64_t minutes = hour * 60 + minute;
  if (d.clock) {
    minutes += d.unit == 'H' ? 60 * d.n : d.unit == 'M' ? d.n : 0;
  } else if (d.unit == 'D' || d.unit == 'W') {
    day = calendar::AddDays(day, (d.unit == 'W' ? 7 : 1) * d.n);
  } else if (d.unit == 'M' || d.unit == 'Y') {
    day = calendar::AddMonths(day, static_cast<int>((d.unit == 'Y' ? 12 : 1) * d.n));
  } else {
    return false;
  }
  day = calendar::AddDays(day, minutes / (24 * 60));
  minutes %= 24 * 60;
  *out = absl::StrFormat("%sT%02d:%02d", FormatIsoDate(day), minutes / 60, minutes % 60);
  return true;
}

// A duration and the day or time it starts at, as one range: "for 3 days, from today", "for 3
// hours from 10 am", "a day starting this Friday at 5 pm", "for two weeks beginning on May 2".
// After "from" the duration must follow "for" (which starts the range): without it "three weeks
// from tomorrow" is a day counted from another. A range of days runs over whole days (`counted`:
// the last one is the day before the one the duration reaches); a range of times ends at the
// instant it reaches. v[w - 1] is the duration; on success it becomes the range and m is used up.
bool SpanFromAnchor(std::string_view text, size_t first, size_t w, TemporalMention& m,
                    std::vector<TemporalMention>* out) {
  std::vector<TemporalMention>& v = *out;
  const TemporalMention& dur = v[w - 1];
  if (!m.end_value.empty() || !m.mod.empty()) return false;
  std::string_view gap = Trimmed(text, dur.span.end, m.span.begin);
  if (!gap.empty() && gap[0] == ',') gap = Trimmed(gap, 1, gap.size());
  bool needs_for = false;
  if (EqualsNoCase(gap, "from")) {
    needs_for = true;
  } else {
    const size_t sp = gap.find(' ');
    const std::string_view lead = gap.substr(0, sp);
    const std::string_view rest = sp == std::string_view::npos ? "" : Trimmed(gap, sp, gap.size());
    if (!(EqualsNoCase(lead, "starting") || EqualsNoCase(lead, "beginning")) ||
        !(rest.empty() || EqualsNoCase(rest, "from") || EqualsNoCase(rest, "on"))) {
      return false;
    }
  }
  size_t for_begin = 0;
  const size_t floor = w - 1 > first ? v[w - 2].span.end : 0;
  const bool has_for = EqualsNoCase(WordEndingAt(text, floor, dur.span.begin, &for_begin), "for");
  if (needs_for && !has_for) return false;
  Simple d;
  if (!ParseSimple(dur.value, &d) || d.n <= 0 || d.n > 10000) return false;
  CivilDate anchor;
  if (m.kind == TemporalKind::kDate && m.grain == TimeGrain::kDay && m.value.size() == 10 &&
      ParseIsoDate(m.value, &anchor)) {
    if (d.clock) return false;
    const int n = static_cast<int>(d.n);
    CivilDate last = d.unit == 'D'   ? calendar::AddDays(anchor, n)
                     : d.unit == 'W' ? calendar::AddDays(anchor, 7 * n)
                     : d.unit == 'M' ? calendar::AddMonths(anchor, n)
                     : d.unit == 'Y' ? calendar::AddMonths(anchor, 12 * n)
                                     : anchor;
    if (last == anchor) return false;
    m.end_value = FormatIsoDate(calendar::AddDays(last, -1));
    m.counted = true;
  } else if (m.kind == TemporalKind::kTime && m.value.size() == 6 && m.value[0] == 'T') {
    const int minutes = d.clock ? ClockMinutes(dur.value) : 0;
    const int from = DigitsAt(m.value, 1, 2) * 60 + DigitsAt(m.value, 4, 2);
    if (minutes <= 0 || from < 0 || from + minutes >= 24 * 60) return false;
    m.end_value = absl::StrFormat("T%02d:%02d", (from + minutes) / 60, (from + minutes) % 60);
    if (minutes % 60 != 0 && m.grain < TimeGrain::kMinute) m.grain = TimeGrain::kMinute;
  } else if (m.kind == TemporalKind::kDateTime) {
    if (!AddToDateTime(m.value, d, &m.end_value)) return false;
  } else {
    return false;
  }
  // "for" belongs to the range before "from" only: "for a day starting Friday" is "a day
  // starting Friday" that something lasts for.
  m.span.begin = static_cast<uint32_t>(needs_for ? for_begin : dur.span.begin);
  v[w - 1] = std::move(m);
  return true;
}

// "more than 2 days before yesterday": the offset day bounds an open range (mod "before" /
// "after", the modifier's words kept out of the span); "less than 3 days after tomorrow": the
// days between the anchor and the offset day, as a counted range that owns its words.
void BoundOffset(std::string_view text, size_t floor, const CivilDate& anchor, int sign,
                 TemporalMention* m) {
  size_t b1 = 0, b2 = 0;
  if (!EqualsNoCase(WordEndingAt(text, floor, m->span.begin, &b1), "than")) return;
  const std::string_view bound = WordEndingAt(text, floor, b1, &b2);
  CivilDate offset;
  if (!ParseIsoDate(m->value, &offset)) return;
  if (EqualsNoCase(bound, "more")) {
    m->mod = sign < 0 ? "before" : "after";
    m->mod_begin = static_cast<uint32_t>(b2);
  } else if (EqualsNoCase(bound, "less")) {
    const CivilDate lo = sign < 0 ? offset : anchor;
    const CivilDate hi = sign < 0 ? anchor : offset;
    if (lo == hi) return;
    m->value = FormatIsoDate(lo);
    m->end_value = FormatIsoDate(calendar::AddDays(hi, -1));
    m->counted = true;
    m->span.begin = static_cast<uint32_t>(b2);
  }
}

// "in two days" followed by "from today": the offset "in" read already counts from today.
bool InOffsetFromToday(std::string_view text, const TemporalMention& prev,
                       const TemporalMention& m) {
  if (!IsDay(prev) || !prev.relative || !IsDay(m) || !prev.mod.empty()) return false;
  if (!EqualsNoCase(text.substr(prev.span.begin, 3), "in ")) return false;
  return EqualsNoCase(Trimmed(text, prev.span.end, m.span.begin), "from") &&
         EqualsNoCase(text.substr(m.span.begin, m.span.end - m.span.begin), "today");
}

void ComposePass(std::string_view text, size_t first, bool durations,
                 std::vector<TemporalMention>* out) {
  std::vector<TemporalMention>& v = *out;
  size_t w = first;
  for (size_t k = first; k < v.size(); ++k) {
    TemporalMention m = std::move(v[k]);
    if (!durations) {
      // Only the pass after the durations joins days and times (below).
    } else if (w > first && m.kind == TemporalKind::kDuration &&
               v[w - 1].kind == TemporalKind::kDuration) {
      // "2 years and 3 months", "2 years, 3 months", "1 hour 30 minutes".
      TemporalMention& prev = v[w - 1];
      const std::string_view gap = Trimmed(text, prev.span.end, m.span.begin);
      Simple b;
      std::string joined;
      if ((gap.empty() || gap == "," || EqualsNoCase(gap, "and") || gap == ", and" ||
           gap == ",and") &&
          ParseSimple(m.value, &b) && AppendDuration(prev.value, b, &joined)) {
        prev.value = std::move(joined);
        prev.grain = GrainOf(Rank(b));
        prev.span.end = m.span.end;
        continue;
      }
    }
    if (durations) {
      v[w++] = std::move(m);
      continue;
    }
    if (w > first && m.kind == TemporalKind::kDuration && v[w - 1].kind == TemporalKind::kTime &&
        v[w - 1].end_value.empty() && v[w - 1].mod.empty() && !v[w - 1].zoned &&
        EqualsNoCase(Trimmed(text, v[w - 1].span.end, m.span.begin), "for")) {
      // "4pm for 30 mins", "from 2pm for 2 hours": a time range that long.
      TemporalMention& start = v[w - 1];
      const int minutes = ClockMinutes(m.value);
      size_t ab = 0;
      // "meet at 2pm for 1 hr" is a time and a duration; "from 2pm for 2 hours" one range.
      const bool at = EqualsNoCase(WordEndingAt(text, 0, start.span.begin, &ab), "at");
      const int start_hour =
          start.value.size() >= 6 && start.value[0] == 'T' ? DigitsAt(start.value, 1, 2) : -1;
      const int start_minute = start_hour >= 0 ? DigitsAt(start.value, 4, 2) : -1;
      if (minutes > 0 && !at && minutes < 24 * 60 && start_minute >= 0) {
        const int from = start_hour * 60 + start_minute;
        const int to = (from + minutes) % (24 * 60);
        start.end_value = absl::StrFormat("T%02d:%02d", to / 60, to % 60);
        if (minutes % 60 != 0 && start.grain < TimeGrain::kMinute) start.grain = TimeGrain::kMinute;
        start.span.end = m.span.end;
        size_t fb = 0;
        const std::string_view cue = WordEndingAt(text, 0, start.span.begin, &fb);
        if (EqualsNoCase(cue, "from") && (w - 1 == first || v[w - 2].span.end <= fb)) {
          start.span.begin = static_cast<uint32_t>(fb);
        }
        continue;
      }
    }
    if (w > first && v[w - 1].kind == TemporalKind::kDuration && v[w - 1].mod.empty() &&
        SpanFromAnchor(text, first, w, m, &v)) {
      continue;  // "for 3 days from Monday": v[w - 1] is now the range
    }
    if (w > first && InOffsetFromToday(text, v[w - 1], m)) {
      // "in two days from today": the offset already counts from today.
      v[w - 1].span.begin = static_cast<uint32_t>(SkipWord(text, v[w - 1].span.begin));
      v[w - 1].span.end = m.span.end;
      continue;
    }
    if (w > first && IsDay(m) && v[w - 1].kind == TemporalKind::kDuration) {
      // "three weeks from tomorrow", "3 days after January 12th", "2 weeks before May 13 1999".
      TemporalMention& prev = v[w - 1];
      const std::string_view gap = Trimmed(text, prev.span.end, m.span.begin);
      const int sign = EqualsNoCase(gap, "from") || EqualsNoCase(gap, "after") ? 1
                       : EqualsNoCase(gap, "before")                           ? -1
                                                                               : 0;
      Simple d;
      CivilDate anchor;
      if (sign != 0 && ParseSimple(prev.value, &d) && !d.clock && ParseIsoDate(m.value, &anchor)) {
        const int n = static_cast<int>(d.n) * sign;
        CivilDate day = anchor;
        switch (d.unit) {
          case 'D':
            day = calendar::AddDays(anchor, n);
            break;
          case 'W':
            day = calendar::AddDays(anchor, 7 * n);
            break;
          case 'M':
            day = calendar::AddMonths(anchor, n);
            break;
          case 'Y':
            day = calendar::AddMonths(anchor, 12 * n);
            break;
          default:
            break;
        }
        m.value = FormatIsoDate(day);
        m.span.begin = prev.span.begin;
        m.relative = true;
        BoundOffset(text, w - 1 > first ? v[w - 2].span.end : 0, anchor, sign, &m);
        --w;
      }
    }
    v[w++] = std::move(m);
  }
  v.resize(w);
}

// The day a weekday-only mention names (0 = Monday), or -1: "Friday", "on Tuesday".
int WeekdayAlone(std::string_view text, const TemporalMention& m) {
  if (!IsDay(m) || !m.mod.empty()) return -1;
  std::string_view words = Trimmed(text, m.span.begin, m.span.end);
  if (EqualsNoCase(words.substr(0, std::min<size_t>(3, words.size())), "on ")) {
    words = Trimmed(words, 3, words.size());
  }
  if (words.find(' ') != std::string_view::npos || LookupWeekday(words) < 0) return -1;
  return LookupWeekday(words);
}

// A day counted from another ("two weeks from now", "in 3 days", "3 weeks after Christmas"):
// a day whose words start with "in", a figure or a count word and hold an offset word.
bool IsOffsetDay(std::string_view text, const TemporalMention& m) {
  if (!IsDay(m) || !m.relative || !m.mod.empty()) return false;
  const std::string_view words = text.substr(m.span.begin, m.span.end - m.span.begin);
  const std::string_view lead = WordAfterStart(words);
  bool counted = !words.empty() && IsDigit(words[0]);
  if (!counted && EqualsNoCase(lead, "in")) return true;
  counted = counted || LookupCountWord(lead) > 0;
  if (!counted) return false;
  for (std::string_view w : {" from ", " after ", " before ", " ago", " later", " hence"}) {
    for (size_t i = 0; i + w.size() <= words.size(); ++i) {
      if (EqualsNoCase(words.substr(i, w.size()), w)) return true;
    }
  }
  return false;
}

// Monday of the ISO week "2017-W50"; false when the value is no such week.
bool WeekMonday(std::string_view value, CivilDate* monday) {
  if (value.size() != 8 || value[4] != '-' || value[5] != 'W') return false;
  const int y = DigitsAt(value, 0, 4), wk = DigitsAt(value, 6, 2);
  if (y < 1 || wk < 1 || wk > 53) return false;
  const int64_t jan4 = calendar::ToDays(y, 1, 4);
  *monday = calendar::FromDays(jan4 - calendar::WeekdayOfDays(jan4) + 7 * (wk - 1));
  return true;
}

// A weekday next to a day counted from another names that weekday in the counted day's week
// (Monday to Sunday): "Monday two weeks from now", "in 3 days on Friday", "Thursday, two years
// from now". A weekday right after a shifted week names its day in that week: "next week Mon
// 9 am", "last week Friday".
void JoinWeekdays(std::string_view text, size_t first, std::vector<TemporalMention>* out) {
  std::vector<TemporalMention>& v = *out;
  size_t w = first;
  for (size_t k = first; k < v.size(); ++k) {
    TemporalMention m = std::move(v[k]);
    if (w > first) {
      TemporalMention& prev = v[w - 1];
      const std::string_view gap = Trimmed(text, prev.span.end, m.span.begin);
      int weekday = -1;
      const TemporalMention* counted = nullptr;
      if ((gap.empty() || gap == ",") && (weekday = WeekdayAlone(text, prev)) >= 0 &&
          IsOffsetDay(text, m)) {
        counted = &m;
      } else if ((gap.empty() || gap == "," || EqualsNoCase(gap, "on")) &&
                 IsOffsetDay(text, prev) && (weekday = WeekdayAlone(text, m)) >= 0) {
        counted = &prev;
      }
      CivilDate day;
      if (counted != nullptr && ParseIsoDate(counted->value, &day)) {
        const CivilDate target =
            calendar::AddDays(day, weekday - calendar::WeekdayOfDays(calendar::ToDays(day)));
        prev.value = FormatIsoDate(target);
        prev.span.end = m.span.end;
        prev.relative = true;
        continue;
      }
      CivilDate monday;
      const std::string_view shift = WordAfterStart(text.substr(prev.span.begin));
      if (gap.empty() && prev.grain == TimeGrain::kWeek && prev.end_value.empty() &&
          prev.mod.empty() && WeekMonday(prev.value, &monday) &&
          (EqualsNoCase(shift, "next") || EqualsNoCase(shift, "last") ||
           EqualsNoCase(shift, "this") || EqualsNoCase(shift, "previous") ||
           EqualsNoCase(shift, "following") || EqualsNoCase(shift, "coming")) &&
          (m.kind == TemporalKind::kDate || m.kind == TemporalKind::kDateTime) &&
          m.grain >= TimeGrain::kDay && m.end_value.empty() && m.mod.empty() &&
          m.value.size() >= 10 && ParseIsoDate(m.value.substr(0, 10), &day) &&
          LookupWeekday(WordAfterStart(text.substr(m.span.begin))) >= 0) {
        const int wd = calendar::WeekdayOfDays(calendar::ToDays(day));
        m.value.replace(0, 10, FormatIsoDate(calendar::AddDays(monday, wd)));
        m.span.begin = prev.span.begin;
        m.relative = true;
        v[w - 1] = std::move(m);
        continue;
      }
    }
    v[w++] = std::move(m);
  }
  v.resize(w);
}

// A week named by one of its days: "the week of March 4" is the (ISO) week that holds it;
// "the week starting on February 4", "the week beginning Monday" the seven days from it.
void WeekOfDay(std::string_view text, size_t first, std::vector<TemporalMention>* out) {
  std::vector<TemporalMention>& v = *out;
  for (size_t k = first; k < v.size(); ++k) {
    TemporalMention& m = v[k];
    CivilDate day;
    if (!IsDay(m) || !m.mod.empty() || !ParseIsoDate(m.value, &day)) continue;
    const size_t floor = k > first ? v[k - 1].span.end : 0;
    size_t b1 = 0, b2 = 0, b3 = 0;
    std::string_view w1 = WordEndingAt(text, floor, m.span.begin, &b1);
    if (EqualsNoCase(w1, "on") || EqualsNoCase(w1, "from")) {
      w1 = WordEndingAt(text, floor, b1, &b1);
      if (!(EqualsNoCase(w1, "starting") || EqualsNoCase(w1, "beginning"))) continue;
    }
    const bool of = EqualsNoCase(w1, "of");
    if (!of && !EqualsNoCase(w1, "starting") && !EqualsNoCase(w1, "beginning") &&
        !EqualsNoCase(w1, "commencing")) {
      continue;
    }
    if (!EqualsNoCase(WordEndingAt(text, floor, b1, &b2), "week")) continue;
    size_t begin = b2;
    if (EqualsNoCase(WordEndingAt(text, floor, b2, &b3), "the")) begin = b3;
    if (of) {
      int iso_year = 0, week = 0;
      calendar::IsoWeek(day, &iso_year, &week);
      m.value = absl::StrFormat("%04d-W%02d", iso_year, week);
      m.grain = TimeGrain::kWeek;
    } else {
      m.end_value = FormatIsoDate(calendar::AddDays(day, 6));
      m.counted = true;
    }
    m.span.begin = static_cast<uint32_t>(begin);
  }
}

// The weekend a day names: "the Memorial Day weekend", "halloween weekend 2021", "the weekend
// of Thanksgiving 2023". The weekend of the day's week (TIMEX "2023-W47-WE"); for a Monday, the
// one just before it.
void WeekendOfDay(std::string_view text, size_t first, std::vector<TemporalMention>* out) {
  std::vector<TemporalMention>& v = *out;
  size_t w = first;
  for (size_t k = first; k < v.size(); ++k) {
    TemporalMention m = std::move(v[k]);
    CivilDate day;
    if (IsDay(m) && m.mod.empty() && ParseIsoDate(m.value, &day)) {
      size_t begin = m.span.begin, end = m.span.end;
      size_t b1 = 0, b2 = 0, b3 = 0;
      const size_t floor = w > first ? v[w - 1].span.end : 0;
      const size_t limit = k + 1 < v.size() ? v[k + 1].span.begin : text.size();
      size_t after = end;
      while (after < limit && IsBlank(text[after])) ++after;
      const std::string_view next = WordAfterStart(text.substr(after, limit - after));
      bool weekend = false;
      if (EqualsNoCase(WordEndingAt(text, floor, begin, &b1), "of") &&
          EqualsNoCase(WordEndingAt(text, floor, b1, &b2), "weekend")) {
        weekend = true;
        begin = EqualsNoCase(WordEndingAt(text, floor, b2, &b3), "the") ? b3 : b2;
      } else if ((EqualsNoCase(next, "weekend") &&
                  (after + 7 >= text.size() || !IsAsciiAlpha(text[after + 7]))) ||
                 (k + 1 < v.size() && v[k + 1].span.begin == after &&
                  EqualsNoCase(text.substr(after, v[k + 1].span.end - after), "weekend"))) {
        // "weekend" closing a clause is read as a mention of its own: this one takes it over.
        if (k + 1 < v.size() && v[k + 1].span.begin == after) ++k;
        weekend = true;
        end = after + 7;
        // "halloween weekend 2021": a year right after that the day is in.
        if (k + 1 < v.size() && v[k + 1].grain == TimeGrain::kYear &&
            v[k + 1].value == m.value.substr(0, 4) && v[k + 1].end_value.empty() &&
            Trimmed(text, end, v[k + 1].span.begin).empty()) {
          end = v[k + 1].span.end;
          ++k;
        }
      }
      if (weekend) {
        if (calendar::WeekdayOfDays(calendar::ToDays(day)) == 0) day = calendar::AddDays(day, -1);
        int iso_year = 0, week = 0;
        calendar::IsoWeek(day, &iso_year, &week);
        m.value = absl::StrFormat("%04d-W%02d-WE", iso_year, week);
        m.grain = TimeGrain::kWeek;
        m.span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
      }
    }
    v[w++] = std::move(m);
  }
  v.resize(w);
}

}  // namespace

}  // namespace datetime_internal
}  // namespace claimscan
