// The range pass of the temporal recogniser: two mentions joined by "to" / "-" / "through"
// (or "between A and B") become one mention with `end_value`, and a bare hour before a joiner
// borrows the end's am/pm ("5 to 6pm").
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_format.h"
#include "claimscan/datetime.h"
#include "text/datetime_calendar.h"
#include "text/datetime_internal.h"
#include "text/datetime_ranges_internal.h"

namespace claimscan {
namespace datetime_internal {
namespace {

// A four-digit year standing alone right before text[e] (after blanks): its start, or npos.
size_t BareYearBefore(std::string_view text, size_t e, size_t floor) {
  while (e > floor && IsBlank(text[e - 1])) --e;
  if (e < floor + 4) return std::string_view::npos;
  const size_t b = e - 4;
  for (size_t k = b; k < e; ++k) {
    if (!IsDigit(text[k])) return std::string_view::npos;
  }
  // Not a group of a longer number ("138-2010-2015", "1.2015").
  if (b > floor && (IsDigit(text[b - 1]) || IsAsciiAlpha(text[b - 1]) ||
                    std::string_view("-/.:+$").find(text[b - 1]) != std::string_view::npos)) {
    return std::string_view::npos;
  }
  if (text[b] != '1' && text[b] != '2') return std::string_view::npos;
  return b;
}

// A number standing alone right before text[e] (after blanks): 1-2 digits with an optional
// ordinal suffix ("23rd"), or H:MM when `clock`. Returns its start or npos; *a is the number,
// *b the minutes (or -1).
size_t BareNumberBefore(std::string_view text, size_t e, size_t floor, bool clock, int* a, int* b) {
  while (e > floor && IsBlank(text[e - 1])) --e;
  if (!clock && e >= floor + 2 && IsAsciiAlpha(text[e - 1]) && IsAsciiAlpha(text[e - 2])) {
    const char s0 = Lower(text[e - 2]), s1 = Lower(text[e - 1]);
    if ((s0 == 's' && s1 == 't') || (s0 == 'n' && s1 == 'd') || (s0 == 'r' && s1 == 'd') ||
        (s0 == 't' && s1 == 'h')) {
      e -= 2;
    }
  }
  auto digits_before = [&](size_t end, size_t* begin) {
    size_t k = end;
    while (k > floor && end - k < 3 && IsDigit(text[k - 1])) --k;
    *begin = k;
    return end - k;
  };
  size_t begin = e;
  const size_t n = digits_before(e, &begin);
  if (n == 0 || n > 2) return std::string_view::npos;
  *b = -1;
  *a = DigitsAt(text, begin, n);
  if (clock && n == 2 && begin > floor + 1 && text[begin - 1] == ':') {
    size_t hb = begin - 1;
    const size_t hn = digits_before(begin - 1, &hb);
    if (hn == 1 || hn == 2) {
      *b = *a;
      *a = DigitsAt(text, hb, hn);
      begin = hb;
    }
  }
  if (begin > floor &&
      (IsDigit(text[begin - 1]) || IsAsciiAlpha(text[begin - 1]) || text[begin - 1] == '/' ||
       text[begin - 1] == '.' || text[begin - 1] == ':' || text[begin - 1] == '$')) {
    return std::string_view::npos;
  }
  return begin;
}

int TwoDigits(std::string_view s, size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

// The start of a range whose first end the scan left as a bare number, from the second end m:
// "5 to 6pm" (the hour takes m's half of the day), "23rd to 26th Oct" (the day takes m's month
// and year). Returns false when the number cannot start such a range.
bool BareStart(const TemporalMention& m, int a, int b, std::string* value) {
  if (m.kind == TemporalKind::kDateTime && m.value.size() >= 16 && m.value[10] == 'T' &&
      m.end_value.empty()) {
    // "between 10 and 11:30 this morning": the start takes the end's day.
    TemporalMention time = m;
    time.kind = TemporalKind::kTime;
    time.value = m.value.substr(10);
    if (!BareStart(time, a, b, value)) return false;
    *value = m.value.substr(0, 10) + *value;
    return true;
  }
  if (m.kind == TemporalKind::kTime && m.value.size() >= 6 && m.value[0] == 'T') {
    const int end_hour = TwoDigits(m.value, 1), end_minute = TwoDigits(m.value, 4);
    if (a > 23 || b > 59) return false;
    int hour = a;
    if (hour <= 12 && end_hour >= 12 && hour + 12 <= end_hour) hour += 12;  // "5 to 6pm"
    if (hour * 60 + std::max(b, 0) >= end_hour * 60 + end_minute) return false;
    *value = std::string(m.value);
    (*value)[1] = static_cast<char>('0' + hour / 10);
    (*value)[2] = static_cast<char>('0' + hour % 10);
    const int minute = std::max(b, 0);
    (*value)[4] = static_cast<char>('0' + minute / 10);
    (*value)[5] = static_cast<char>('0' + minute % 10);
    return true;
  }
  if (m.kind == TemporalKind::kDate && m.grain == TimeGrain::kDay && m.value.size() == 10 &&
      b < 0 && a >= 1 && a < TwoDigits(m.value, 8)) {
    *value = m.value.substr(0, 8);
    value->push_back(static_cast<char>('0' + a / 10));
    value->push_back(static_cast<char>('0' + a % 10));
    return true;
  }
  return false;
}

// The joiner that ends text[floor, e) after blanks: its start, and what it is.
Joiner JoinerBefore(std::string_view text, size_t e, size_t floor, size_t* jb) {
  size_t b = e;
  while (b > floor && IsBlank(text[b - 1])) --b;
  const size_t je = b;
  if (b > floor && IsAsciiAlpha(text[b - 1])) {
    while (b > floor && IsAsciiAlpha(text[b - 1])) --b;
  } else if (b > floor) {
    --b;
    while (b > floor && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  }
  *jb = b;
  return JoinerOf(text.substr(b, je - b));
}

// After a day or a year mention ending at text[e]: a joiner and a bare day ("November 18-19",
// "april 9th through 17th") or year ("2014-2018"); "and" too when "between" led into the
// mention ("between March 3 and 5"). Returns the end of that number and sets *value to the
// range's last unit, or returns npos.
size_t BareEndAfter(std::string_view text, size_t e, size_t limit, const TemporalMention& m,
                    bool between, std::string* value) {
  const bool day = m.kind == TemporalKind::kDate && m.grain == TimeGrain::kDay &&
                   m.value.size() == 10 && m.end_value.empty();
  const bool year = m.kind == TemporalKind::kDate && m.grain == TimeGrain::kYear &&
                    m.value.size() == 4 && m.end_value.empty();
  if (!day && !year) return std::string_view::npos;
  size_t k = e;
  while (k < limit && IsBlank(text[k])) ++k;
  size_t w = k;
  if (w < limit && IsAsciiAlpha(text[w])) {
    while (w < limit && IsAsciiAlpha(text[w])) ++w;
  } else if (w < limit) {
    ++w;
    while (w < limit && (static_cast<unsigned char>(text[w]) & 0xC0) == 0x80) ++w;
  }
  const Joiner joiner = JoinerOf(text.substr(k, w - k));
  if (joiner != Joiner::kTo && !(between && joiner == Joiner::kAnd)) {
    return std::string_view::npos;
  }
  while (w < limit && IsBlank(text[w])) ++w;
  size_t d = w;
  while (d < limit && IsDigit(text[d]) && d - w < 5) ++d;
  const size_t n = d - w;
  // "the 2019-20 season", "1939-45": a year and a later one's last two digits, after a dash.
  const bool short_year = !day && n == 2 && (text[k] == '-' || text.substr(k, w - k) == "\u2013");
  if (day ? (n != 1 && n != 2) : (n != 4 && !short_year)) return std::string_view::npos;
  const int number = DigitsAt(text, w, n);
  if (short_year && d < limit && (text[d] == '-' || text[d] == '/' || text[d] == '.')) {
    return std::string_view::npos;  // "2010-11-05", "2010-11.5"
  }
  size_t stop = d;
  if (day && stop + 1 < limit && IsAsciiAlpha(text[stop]) && IsAsciiAlpha(text[stop + 1])) {
    stop += 2;  // "17th"
  }
  if (stop < limit &&
      (IsAsciiAlpha(text[stop]) || IsDigit(text[stop]) || text[stop] == '/' || text[stop] == ':' ||
       text[stop] == '%' || (text[stop] == '.' && stop + 1 < limit && IsDigit(text[stop + 1])))) {
    return std::string_view::npos;
  }
  // "between May 3 and 4 million": a number that counts something ends no range.
  const std::string_view next = WordAfter(text, SkipBlank(text, stop, limit), limit);
  for (std::string_view counts :
       {"million", "billion", "trillion", "thousand", "hundred", "percent", "per", "times"}) {
    if (EqualsNoCase(next, counts)) return std::string_view::npos;
  }
  if (day) {
    // The mention must end with its day ("November 18", "April 9th"), not a year ("May 3, 2024").
    size_t de = e;
    while (de > m.span.begin && IsAsciiAlpha(text[de - 1])) --de;
    if (de < m.span.begin + 1 || !IsDigit(text[de - 1]) ||
        (text[de - 1] - '0') +
                (de >= m.span.begin + 2 && IsDigit(text[de - 2]) ? (text[de - 2] - '0') * 10 : 0) !=
            TwoDigits(m.value, 8) ||
        (de >= m.span.begin + 3 && IsDigit(text[de - 3]))) {
      return std::string_view::npos;
    }
    if (number <= TwoDigits(m.value, 8) || number > 31) return std::string_view::npos;
    *value = m.value.substr(0, 8) + std::string(text.substr(w, n).size() == 1 ? "0" : "") +
             std::string(text.substr(w, n));
  } else {
    const int start_year = DigitsAt(m.value, 0, m.value.size());
    if (short_year) {
      // The next year ("2010-11"), or a later one that cannot be a month ("1939-45"), within
      // a span such short forms name (not "2012-58").
      if (start_year < 0 || number <= start_year % 100 || number - start_year % 100 > 20 ||
          (number != (start_year + 1) % 100 && number <= 12)) {
        return std::string_view::npos;
      }
      *value = absl::StrFormat("%04d", start_year - start_year % 100 + number);
      return stop;
    }
    if (start_year < 0 || number <= start_year || (text[w] != '1' && text[w] != '2')) {
      return std::string_view::npos;
    }
    *value = std::string(text.substr(w, n));
  }
  return stop;
}

// A time range next to a day ("Thursday from 9:30 to 11:00", "2:00 - 2:30 pm on Tuesday",
// "tomorrow 10am-12pm") becomes a date-time range on that day.
void AttachDayToTimeRanges(std::string_view text, size_t first, std::vector<TemporalMention>* out) {
  std::vector<TemporalMention>& v = *out;
  auto is_day = [](const TemporalMention& d) {
    return d.kind == TemporalKind::kDate && d.grain == TimeGrain::kDay && d.end_value.empty() &&
           (d.value.size() == 10 || (d.value.size() == 13 && d.value[10] == 'T'));
  };
  size_t w = first;
  for (size_t k = first; k < v.size(); ++k) {
    TemporalMention m = std::move(v[k]);
    // "6am everyday", "3pm each day": a time before a daily set is the set's time.
    if (m.kind == TemporalKind::kSet && m.value == "P1D" && w > first &&
        v[w - 1].kind == TemporalKind::kTime && v[w - 1].end_value.empty() &&
        Trimmed(text, v[w - 1].span.end, m.span.begin).empty()) {
      m.value = v[w - 1].value;
      m.grain = v[w - 1].grain;
      m.span.begin = v[w - 1].span.begin;
      --w;
    }
    if (m.kind == TemporalKind::kTime && !m.end_value.empty()) {
      const TemporalMention* day = nullptr;
      uint32_t begin = m.span.begin, end = m.span.end;
      if (w > first && is_day(v[w - 1])) {
        const std::string_view gap = Trimmed(text, v[w - 1].span.end, m.span.begin);
        if (gap.empty() || gap == "," || EqualsNoCase(gap, "at")) {
          day = &v[w - 1];
          begin = day->span.begin;
        }
      }
      if (day == nullptr && k + 1 < v.size() && is_day(v[k + 1])) {
        const std::string_view gap = Trimmed(text, m.span.end, v[k + 1].span.begin);
        if (gap.empty() || gap == "," || EqualsNoCase(gap, "on")) {
          day = &v[k + 1];
          end = day->span.end;
        }
      }
      if (day != nullptr) {
        // "tonight from 7 to 7:30": clock hours of the afternoon, evening or night are after
        // noon; the part of the day gives way to the times.
        if (day->value.size() == 13 && day->value[11] != 'M') {
          for (std::string* t : {&m.value, &m.end_value}) {
            const int hour = TwoDigits(*t, 1);
            if (hour < 12) {
              (*t)[1] = static_cast<char>('0' + (hour + 12) / 10);
              (*t)[2] = static_cast<char>('0' + (hour + 12) % 10);
            }
          }
        }
        const std::string date = day->value.substr(0, 10);
        m.value = date + m.value;
        m.end_value = date + m.end_value;
        m.kind = TemporalKind::kDateTime;
        m.relative = day->relative;
        m.partial = day->partial;
        m.span = Span{begin, end};
        if (begin == day->span.begin) {
          --w;  // the day before is now part of m
        } else {
          ++k;  // so is the day after
        }
      }
    }
    v[w++] = std::move(m);
  }
  v.resize(w);
}

// Two bare hours joined into a range at text[b, limit): "3-8", "3 and 8" (after "between"),
// "7 to 9", optionally led by "between" / "from". Sets the hours (and minutes, -1 if none)
// and the range's extent [*begin, *end). False when the text there is no such range.
struct BareHours {
  size_t begin = 0, end = 0;
  int h1 = -1, m1 = -1, h2 = -1, m2 = -1;
};

size_t SkipBlanks(std::string_view text, size_t i, size_t limit) {
  while (i < limit && IsBlank(text[i])) ++i;
  return i;
}

// An hour (0-23) with optional ":MM" at text[i]: returns the index after it, or npos.
size_t HourAt(std::string_view text, size_t i, size_t limit, int* h, int* m) {
  size_t k = i;
  while (k < limit && IsDigit(text[k]) && k - i < 3) ++k;
  if (k == i || k - i > 2) return std::string_view::npos;
  *h = DigitsAt(text, i, k - i);
  *m = -1;
  if (k + 2 < limit && text[k] == ':' && IsDigit(text[k + 1]) && IsDigit(text[k + 2])) {
    *m = (text[k + 1] - '0') * 10 + (text[k + 2] - '0');
    k += 3;
  }
  if (*h > 23 || *m > 59) return std::string_view::npos;
  if (k < limit && (IsAsciiAlpha(text[k]) || IsDigit(text[k]) || text[k] == ':' || text[k] == '%' ||
                    text[k] == '/' || (text[k] == '.' && k + 1 < limit && IsDigit(text[k + 1])))) {
    return std::string_view::npos;
  }
  return k;
}

bool ReadBareHours(std::string_view text, size_t i, size_t limit, BareHours* r) {
  i = SkipBlanks(text, i, limit);
  r->begin = i;
  bool between = false;
  size_t w = i;
  while (w < limit && IsAsciiAlpha(text[w])) ++w;
  const std::string_view lead = text.substr(i, w - i);
  if (EqualsNoCase(lead, "between") || EqualsNoCase(lead, "from")) {
    between = EqualsNoCase(lead, "between");
    i = SkipBlanks(text, w, limit);
  } else if (w > i) {
    return false;
  }
  if (i > 0 && (IsDigit(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '/')) return false;
  size_t k = HourAt(text, i, limit, &r->h1, &r->m1);
  if (k == std::string_view::npos) return false;
  k = SkipBlanks(text, k, limit);
  size_t j = k;
  if (j < limit && (text[j] == '-' || text[j] == '~')) {
    ++j;
  } else {
    while (j < limit && IsAsciiAlpha(text[j])) ++j;
    const std::string_view joiner = text.substr(k, j - k);
    if (!(EqualsNoCase(joiner, "to") || EqualsNoCase(joiner, "till") ||
          EqualsNoCase(joiner, "until") || (between && EqualsNoCase(joiner, "and")))) {
      return false;
    }
  }
  j = SkipBlanks(text, j, limit);
  const size_t e = HourAt(text, j, limit, &r->h2, &r->m2);
  if (e == std::string_view::npos) return false;
  r->end = e;
  return true;
}

// A day mention's date ("2018-10-29", "2018-10-31" of "2018-10-31TEV") and part of the day.
bool DayOf(const TemporalMention& d, std::string* date, char* part) {
  if (d.kind != TemporalKind::kDate || d.grain != TimeGrain::kDay || !d.end_value.empty() ||
      !(d.value.size() == 10 || (d.value.size() == 13 && d.value[10] == 'T'))) {
    return false;
  }
  *date = d.value.substr(0, 10);
  *part = d.value.size() == 13 ? d.value[11] : 0;
  return true;
}

// True when a verb that reports a game's result ("won", "beat", "lost to") stands within the
// two words before text[begin] (not before floor): "won Friday 7-6", "beat Leeds Saturday 2-1".
bool AfterResultVerb(std::string_view text, size_t floor, size_t begin) {
  size_t e = begin;
  for (int words = 0; words < 3; ++words) {
    while (e > floor && IsBlank(text[e - 1])) --e;
    size_t b = e;
    while (b > floor && IsAsciiAlpha(text[b - 1])) --b;
    if (b == e) return false;
    const std::string_view w = text.substr(b, e - b);
    for (std::string_view verb :
         {"won",   "win",      "wins",    "beat",  "beats", "lost",   "lose",
          "loses", "defeated", "defeats", "edged", "edges", "downed", "routed",
          "drew",  "tied",     "trailed", "led",   "leads", "blanked"}) {
      if (EqualsNoCase(w, verb)) return true;
    }
    e = b;
  }
  return false;
}

// "Monday 3-8", "between 3 and 8 yesterday", "between 3 and 5 on 1/1/2015", "between 7 and 9
// last night": two bare hours next to a day are a time range on it (after noon when the day
// names its afternoon, evening or night; "11-4" runs past noon).
void AttachBareHourRanges(std::string_view text, size_t floor, size_t first,
                          std::vector<TemporalMention>* out) {
  std::vector<TemporalMention>& v = *out;
  for (size_t k = first; k < v.size(); ++k) {
    std::string date;
    char part = 0;
    if (!DayOf(v[k], &date, &part)) continue;
    BareHours r;
    bool after = false;
    const size_t next = k + 1 < v.size() ? v[k + 1].span.begin : text.size();
    if (ReadBareHours(text, v[k].span.end, next, &r) &&
        Trimmed(text, v[k].span.end, r.begin).empty()) {
      // "The Yankees won Friday 7-6", "beat Leeds Saturday 2-1": after a result verb the
      // figures are the score.
      if (AfterResultVerb(text, k > first ? v[k - 1].span.end : floor, v[k].span.begin)) continue;
      after = true;
    } else {
      // Before the day: the range ends right before it, or before "on".
      const size_t prev = k > first ? v[k - 1].span.end : floor;
      size_t e = v[k].span.begin;
      while (e > prev && IsBlank(text[e - 1])) --e;
      if (e >= prev + 2 && EqualsNoCase(text.substr(e - 2, 2), "on") &&
          (e - 2 == prev || IsBlank(text[e - 3]))) {
        e -= 2;
      }
      // Find the range's start: "between" / "from" or the first digit, within 40 bytes.
      bool found = false;
      for (size_t b = e > prev + 40 ? e - 40 : prev; b < e && !found; ++b) {
        if (b > prev && IsAsciiAlpha(text[b - 1])) continue;
        // Before the day only with "between" / "from": "won 3-2 on Monday" is a score.
        if (ReadBareHours(text, b, e, &r) && Trimmed(text, r.end, e).empty() &&
            r.begin == SkipBlanks(text, b, e) && IsAsciiAlpha(text[r.begin])) {
          found = true;
        }
      }
      if (!found) continue;
    }
    int h1 = r.h1, h2 = r.h2;
    const bool later = part == 'A' || part == 'E' || part == 'N';
    if (later && h1 < 12) h1 += 12;
    if (later && h2 < 12) h2 += 12;
    if (!later && h1 == 12 && h2 < 12) h1 = 0;        // "12-4"
    if (!later && h2 < h1 && h2 + 12 > h1) h2 += 12;  // "11-4"
    if (h2 <= h1 && !(h2 == h1 && r.m2 > r.m1)) continue;
    TemporalMention& d = v[k];
    char buf[16];
    std::snprintf(buf, sizeof buf, "T%02d:%02d", h1, std::max(r.m1, 0));
    d.value = date + buf;
    std::snprintf(buf, sizeof buf, "T%02d:%02d", h2, std::max(r.m2, 0));
    d.end_value = date + buf;
    d.kind = TemporalKind::kDateTime;
    d.grain = r.m1 > 0 || r.m2 > 0 ? TimeGrain::kMinute : TimeGrain::kHour;
    if (after) {
      d.span.end = static_cast<uint32_t>(r.end);
    } else {
      d.span.begin = static_cast<uint32_t>(r.begin);
    }
  }
}

// True when a clock time's words say am or pm ("10 p.m.", "6am", "6 AM").
bool SaysHalfOfDay(std::string_view text, const TemporalMention& m) {
  const std::string_view words = text.substr(m.span.begin, m.span.end - m.span.begin);
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const char c = Lower(words[i]);
    if ((c == 'a' || c == 'p') && (i == 0 || !IsAsciiAlpha(words[i - 1]))) {
      size_t j = i + 1;
      if (words[j] == '.') ++j;
      if (j < words.size() && Lower(words[j]) == 'm' &&
          (j + 1 == words.size() || !IsAsciiAlpha(words[j + 1]))) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

bool YearRangeBefore(std::string_view text, size_t begin, size_t floor) {
  size_t jb = 0;
  if (JoinerBefore(text, begin, floor, &jb) == Joiner::kNone) return false;
  return BareYearBefore(text, jb, floor) != std::string_view::npos;
}

// Two mentions of the same kind and grain joined by "to" / "-" / "through" (or "between A and
// B") become one range mention: "2014 to 2018", "from May to September", "4pm - 5pm". A bare
// number the scan left alone opens a range before a time or a day ("5 to 6pm", "1-8
// September"), or closes one after a day or a year ("November 18-19", "2014-2018"). A leading
// "from" or "between" belongs to the range. Runs over the mentions Find appended, in place.
void MergeRanges(std::string_view text, size_t floor, size_t first, const CivilDate* ref,
                 std::vector<TemporalMention>* out) {
  JoinInYear(text, first, out);
  std::vector<TemporalMention>& v = *out;
  size_t w = first;
  for (size_t k = first; k < v.size(); ++k) {
    TemporalMention m = std::move(v[k]);
    const bool single =
        m.end_value.empty() && m.kind != TemporalKind::kDuration && m.kind != TemporalKind::kSet;
    bool merged = false;
    if (w > first && JoinPartRange(text, w > first + 1 ? v[w - 2].span.end : floor, v[w - 1], &m)) {
      v[w - 1] = std::move(m);
      continue;
    }
    if (single) {
      TemporalMention* prev = w > first ? &v[w - 1] : nullptr;
      const size_t gap_begin = prev != nullptr ? prev->span.end : floor;
      size_t jb = 0;
      const Joiner joiner = JoinerBefore(text, m.span.begin, gap_begin, &jb);
      if (joiner != Joiner::kNone) {
        size_t start = std::string_view::npos;
        std::string start_value;
        // Where a cue before the start may begin: after the mention before the start.
        size_t cue_floor = floor;
        // "from 10 p.m. to 6 a.m.": two clock times that each say their half of the day run
        // over midnight when the end comes first.
        bool overnight = false;
        // Times of different grains join ("4pm - 5:30pm"); dates need the same grain.
        if (prev != nullptr && prev->end_value.empty() && prev->kind == m.kind &&
            (prev->grain == m.grain || m.kind == TemporalKind::kTime) &&
            prev->value.size() == m.value.size() && Trimmed(text, prev->span.end, jb).empty()) {
          start = prev->span.begin;
          start_value = prev->value;
          m.grain = std::max(m.grain, prev->grain);
          overnight =
              m.kind == TemporalKind::kTime && SaysHalfOfDay(text, *prev) && SaysHalfOfDay(text, m);
          // "Oct 7 to Oct 11 2024": a start without its own year takes the end's (or the one
          // before, so that the range runs forwards).
          // Two year-less ends ("between August and October", "May to March") resolved
          // apart: the start moves into the end's year, or the one before.
          const bool both_yearless =
              prev->relative && m.relative && start_value > m.value && m.grain <= TimeGrain::kMonth;
          // "from next friday to Oct 1st 2020", "from this May to Oct 2020": a start the words
          // place against the reference keeps its year (not "this friday 5/12": the date does).
          const std::string_view lead = WordAfter(text, prev->span.begin, prev->span.end);
          const std::string_view prev_text =
              text.substr(prev->span.begin, prev->span.end - prev->span.begin);
          const bool placed = (EqualsNoCase(lead, "next") || EqualsNoCase(lead, "this") ||
                               EqualsNoCase(lead, "last") || EqualsNoCase(lead, "coming") ||
                               EqualsNoCase(lead, "previous")) &&
                              prev_text.find_first_of("0123456789") == std::string_view::npos;
          // "from Friday to Monday", "from 6 p.m. Friday to 6 a.m. Monday": an end named by
          // its weekday alone is the first such day from the start on.
          if (start_value > m.value && prev->relative && m.relative &&
              NamesWeekdayOnly(text.substr(m.span.begin, m.span.end - m.span.begin))) {
            CivilDate d;
            if (m.value.size() >= 10 && ParseIsoDate(m.value.substr(0, 10), &d)) {
              const std::string later = FormatIsoDate(calendar::AddDays(d, 7)) + m.value.substr(10);
              if (later >= start_value) m.value = later;
            }
          }
          // "from Jan. 1 to March 31", "Dec. 24-Jan. 2": a year-less end read more than a year
          // after a year-less start (each end's year is guessed on its own) comes back to the
          // first such day after the start.
          const std::string_view end_lead = WordAfter(text, m.span.begin, m.span.end);
          if (prev->relative && m.relative && !placed && m.kind == TemporalKind::kDate &&
              (m.grain == TimeGrain::kDay || m.grain == TimeGrain::kMonth) &&
              !EqualsNoCase(end_lead, "next") && !EqualsNoCase(end_lead, "last") &&
              !EqualsNoCase(end_lead, "this") && m.value.size() >= 7 && start_value.size() >= 7 &&
              m.value[4] == '-' && m.value[5] != 'W' &&
              m.value.compare(0, 4, start_value, 0, 4) > 0) {
            const int start_year = DigitsAt(start_value, 0, 4);
            std::string nearer = start_value.substr(0, 4) + m.value.substr(4);
            if (nearer < start_value && start_year >= 0) {
              nearer.replace(0, 4, absl::StrFormat("%04d", start_year + 1));
            }
            if (nearer >= start_value && nearer < m.value) m.value = std::move(nearer);
          }
          if (!placed && (both_yearless || (prev->relative && !m.relative)) &&
              m.value.size() >= 7 && m.value[4] == '-' && m.value[5] != 'W' &&
              start_value.size() >= 7) {
            start_value.replace(0, 4, m.value.substr(0, 4));
            if (start_value > m.value) {
              const int year = DigitsAt(m.value, 0, 4) - 1;  // -2 for "XXXX": left as it is
              if (year >= 0) start_value.replace(0, 4, absl::StrFormat("%04d", year));
            }
          }
          cue_floor = w > first + 1 ? v[w - 2].span.end : floor;
        } else if (prev != nullptr && prev->end_value.empty() &&
                   prev->kind == TemporalKind::kTime && m.kind == TemporalKind::kDateTime &&
                   m.value.size() == 10 + prev->value.size() &&
                   Trimmed(text, prev->span.end, jb).empty()) {
          // "9:30 - 11:00 on Thursday": the day read with the end holds for the start too.
          // Not a day the end names before its own time ("from 2pm till tomorrow 4:30pm"):
          // the start is on the reference's day then.
          start = prev->span.begin;
          start_value = m.value.substr(0, 10) + prev->value;
          if (m.relative && !IsDigit(text[m.span.begin]) && ref != nullptr && ref->known()) {
            start_value = FormatIsoDate(*ref) + prev->value;
          }
          cue_floor = w > first + 1 ? v[w - 2].span.end : floor;
        } else if (prev != nullptr && prev->end_value.empty() && prev->mod.empty() &&
                   prev->kind == TemporalKind::kDate && m.kind == TemporalKind::kDate &&
                   prev->grain < m.grain && m.grain == TimeGrain::kDay &&
                   (prev->grain == TimeGrain::kYear || prev->grain == TimeGrain::kMonth) &&
                   (prev->value.size() == 4 || prev->value.size() == 7) && prev->value[0] != 'X' &&
                   m.value.size() == 10 && m.value[0] != 'X' && !m.partial &&
                   Trimmed(text, prev->span.end, jb).empty()) {
          // "between Jan 2019 and today", "2014 through May 2nd 2018": from the first day of
          // the start's period, day by day.
          start = prev->span.begin;
          start_value = prev->value.size() == 4 ? prev->value + "-01-01" : prev->value + "-01";
          cue_floor = w > first + 1 ? v[w - 2].span.end : floor;
        } else if (m.kind == TemporalKind::kDate && m.grain == TimeGrain::kDay && m.relative &&
                   EqualsNoCase(text.substr(m.span.begin, m.span.end - m.span.begin), "today") &&
                   (start = BareYearBefore(text, jb, gap_begin)) != std::string_view::npos) {
          // "between 2019 and today": a bare year the scan left alone starts it.
          start_value = std::string(text.substr(start, 4)) + "-01-01";
          cue_floor = gap_begin;
        } else if (m.grain == TimeGrain::kYear && m.value.size() == 4) {
          start = BareYearBefore(text, jb, gap_begin);
          if (start != std::string_view::npos) start_value = std::string(text.substr(start, 4));
          cue_floor = gap_begin;
        } else if ((start = NumericStartBefore(text, jb, gap_begin, m, &start_value)) !=
                   std::string_view::npos) {
          cue_floor = gap_begin;  // "10/1-11/2/2017"
        } else {
          int a = 0, b = -1;
          start = BareNumberBefore(text, jb, gap_begin, m.kind == TemporalKind::kTime, &a, &b);
          if (start != std::string_view::npos && !BareStart(m, a, b, &start_value)) {
            start = std::string_view::npos;
          }
          cue_floor = gap_begin;
        }
        // A range runs forwards: "2014 to 2018", not "June 2 - 1".
        if (start != std::string_view::npos && (start_value < m.value || overnight)) {
          const std::string_view cue = WordBefore(text, start, cue_floor);
          const bool between = EqualsNoCase(cue, "between");
          if (joiner == Joiner::kTo || between) {
            if (between || EqualsNoCase(cue, "from")) {
              start = static_cast<size_t>(cue.data() - text.data());
            }
            m.end_value = std::move(m.value);
            m.value = std::move(start_value);
            m.span.begin = static_cast<uint32_t>(start);
            if (prev != nullptr && prev->span.begin >= start) {
              --w;  // the previous mention is the range's start
            }
            merged = true;
          }
        }
      }
    }
    if (single && !merged) {
      const size_t limit = k + 1 < v.size() ? v[k + 1].span.begin : text.size();
      std::string end_value;
      const std::string_view lead =
          WordBefore(text, m.span.begin, w > first ? v[w - 1].span.end : floor);
      size_t stop =
          BareEndAfter(text, m.span.end, limit, m, EqualsNoCase(lead, "between"), &end_value);
      if (stop == std::string_view::npos) {
        stop = NumericEndAfter(text, limit, EqualsNoCase(lead, "between"),
                               EqualsNoCase(lead, "between") || EqualsNoCase(lead, "from"), &m,
                               &end_value);
      }
      if (stop != std::string_view::npos) {
        m.end_value = std::move(end_value);
        m.span.end = static_cast<uint32_t>(stop);
        // "November 18-19, 2024": a year mention right after the range names its year.
        if (k + 1 < v.size() && m.grain == TimeGrain::kDay && v[k + 1].grain == TimeGrain::kYear &&
            v[k + 1].value.size() == 4 && v[k + 1].end_value.empty()) {
          const std::string_view gap = Trimmed(text, stop, v[k + 1].span.begin);
          if (gap.empty() || gap == ",") {
            m.value.replace(0, 4, v[k + 1].value);
            m.end_value.replace(0, 4, v[k + 1].value);
            m.span.end = v[k + 1].span.end;
            m.relative = false;
            m.partial = false;
            ++k;
          }
        }
        const size_t cue_floor = w > first ? v[w - 1].span.end : floor;
        const std::string_view cue = WordBefore(text, m.span.begin, cue_floor);
        if (EqualsNoCase(cue, "from") || EqualsNoCase(cue, "between")) {
          m.span.begin = static_cast<uint32_t>(cue.data() - text.data());
        }
      }
    }
    v[w++] = std::move(m);
  }
  v.resize(w);
  RangesToNow(text, floor, first, ref, out);
  FourDigitClockRanges(text, floor, text.size(), first, out);
  AttachDayToTimeRanges(text, first, out);
  AttachBareHourRanges(text, floor, first, out);
}

}  // namespace datetime_internal
}  // namespace claimscan
