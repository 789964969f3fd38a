// The ends of ranges read apart from the main merge of datetime_ranges.cc: numeric days the scan
// left half-read ("from 10/25 to 01/25", "10/1-11/2/2017") and ranges that run to now ("from
// 2015 to the present").
#include <algorithm>
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

// A numeric month and day at text[i] ("10/25", "5/7/2020", "11/2/17"): its month, day, year (0
// if none) and the index after it; npos when there is none, or a digit or slash runs on.
size_t NumericDayAt(std::string_view text, size_t i, size_t limit, int* month, int* day,
                    int* year) {
  auto number = [&](size_t at, size_t max_digits, int* out) {
    size_t k = at;
    while (k < limit && IsDigit(text[k]) && k - at < max_digits + 1) ++k;
    if (k == at || k - at > max_digits) return std::string_view::npos;
    *out = DigitsAt(text, at, k - at);
    return k;
  };
  size_t k = number(i, 2, month);
  if (k == std::string_view::npos || k >= limit || text[k] != '/') return std::string_view::npos;
  k = number(k + 1, 2, day);
  if (k == std::string_view::npos) return std::string_view::npos;
  *year = 0;
  if (k + 1 < limit && text[k] == '/' && IsDigit(text[k + 1])) {
    const size_t y = number(k + 1, 4, year);
    if (y == std::string_view::npos || (y - k - 1 != 2 && y - k - 1 != 4)) {
      return std::string_view::npos;
    }
    if (y - k - 1 == 2) *year += *year < 50 ? 2000 : 1900;
    k = y;
  }
  if (k < limit && (IsDigit(text[k]) || text[k] == '/' || IsAsciiAlpha(text[k]))) {
    return std::string_view::npos;
  }
  if (*month < 1 || *month > 12 || *day < 1 || *day > 31) return std::string_view::npos;
  return k;
}

bool HasSlash(std::string_view text, const TemporalMention& m) {
  return text.substr(m.span.begin, m.span.end - m.span.begin).find('/') != std::string_view::npos;
}

}  // namespace

// After a numeric day mention ("10/25", "5/1"): a joiner and a numeric day the scan left alone
// ("from 10/25 to 01/25", "5/1-5/7"). Returns the end of that day and sets *value to it (in the
// start's year, or the next one so that the range runs forwards; its own year when written,
// which the start then takes too when the scan had to guess its year).
size_t NumericEndAfter(std::string_view text, size_t limit, bool between, bool lead_cue,
                       TemporalMention* m, std::string* value) {
  if (m->kind != TemporalKind::kDate || m->grain != TimeGrain::kDay || m->value.size() != 10 ||
      !m->end_value.empty() || !HasSlash(text, *m) || m->value[0] == 'X') {
    return std::string_view::npos;
  }
  size_t k = SkipBlank(text, m->span.end, limit);
  size_t w = k;
  while (w < limit && IsAsciiAlpha(text[w])) ++w;
  if (w == k && w < limit) ++w;
  const Joiner joiner = JoinerOf(text.substr(k, w - k));
  if (joiner != Joiner::kTo && !(between && joiner == Joiner::kAnd)) return std::string_view::npos;
  int month = 0, day = 0, year = 0;
  const size_t stop = NumericDayAt(text, SkipBlank(text, w, limit), limit, &month, &day, &year);
  if (stop == std::string_view::npos) return std::string_view::npos;
  // "1/2-3/4 cup": without "from" / "between" and a year, two fractions before a word.
  const size_t next = SkipBlank(text, stop, limit);
  if (!lead_cue && year == 0 && next < limit && text[next] >= 'a' && text[next] <= 'z') {
    return std::string_view::npos;
  }
  const int start_year = DigitsAt(m->value, 0, 4);
  if (year > 0 && m->relative && year != start_year) {
    m->value.replace(0, 4, absl::StrFormat("%04d", year));
  }
  const int y = year > 0 ? year : start_year;
  *value = absl::StrFormat("%04d-%02d-%02d", y, month, day);
  if (year == 0 && *value <= m->value)
    *value = absl::StrFormat("%04d-%02d-%02d", y + 1, month, day);
  CivilDate check;
  if (*value <= m->value || !ParseIsoDate(*value, &check)) return std::string_view::npos;
  return stop;
}

// Before a numeric day mention ending a range ("10/1-11/2/2017"): the numeric day the scan left
// alone ending at text[e] (after blanks). Returns its start and sets *value (in the end's year,
// or the one before so that the range runs forwards), or npos.
size_t NumericStartBefore(std::string_view text, size_t e, size_t floor, const TemporalMention& m,
                          std::string* value) {
  if (m.kind != TemporalKind::kDate || m.grain != TimeGrain::kDay || m.value.size() != 10 ||
      !m.end_value.empty() || !HasSlash(text, m) || m.value[0] == 'X') {
    return std::string_view::npos;
  }
  while (e > floor && IsBlank(text[e - 1])) --e;
  size_t b = e;
  while (b > floor && e - b < 10 && (IsDigit(text[b - 1]) || text[b - 1] == '/')) --b;
  if (b > floor && (IsDigit(text[b - 1]) || text[b - 1] == '/' || IsAsciiAlpha(text[b - 1]))) {
    return std::string_view::npos;
  }
  int month = 0, day = 0, year = 0;
  if (NumericDayAt(text, b, e, &month, &day, &year) != e) return std::string_view::npos;
  const int end_year = DigitsAt(m.value, 0, 4);
  const int y = year > 0 ? year : end_year;
  *value = absl::StrFormat("%04d-%02d-%02d", y, month, day);
  if (year == 0 && *value >= m.value) *value = absl::StrFormat("%04d-%02d-%02d", y - 1, month, day);
  CivilDate check;  // no impossible day ("2/29-3/1/2019")
  return ParseIsoDate(*value, &check) ? b : std::string_view::npos;
}

// True when the words name a weekday and no month or numeric date: "Monday", "6 a.m.
// Friday", "next Tuesday".
bool NamesWeekdayOnly(std::string_view words) {
  bool weekday = false;
  for (size_t i = 0; i < words.size();) {
    if (IsDigit(words[i])) {
      size_t j = i;
      while (j < words.size() && IsDigit(words[j])) ++j;
      if (j - i > 2 || (j < words.size() && (words[j] == '/' || words[j] == '-'))) return false;
      i = j;
      continue;
    }
    if (!IsAsciiAlpha(words[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < words.size() && IsAsciiAlpha(words[j])) ++j;
    const std::string_view w = words.substr(i, j - i);
    bool abbreviated = false;
    if (LookupMonth(w, &abbreviated) > 0 && !abbreviated) return false;
    if (LookupWeekday(w) >= 0) weekday = true;
    i = j;
  }
  return weekday;
}

// A date range that runs to the reference day: "from 2015 to the present", "between 2019 and
// now", "from March until now", "from 2010 to date". The start takes its first day.
void RangesToNow(std::string_view text, size_t floor, size_t first, const CivilDate* ref,
                 std::vector<TemporalMention>* out) {
  if (ref == nullptr || !ref->known()) return;
  std::vector<TemporalMention>& v = *out;
  for (size_t k = first; k < v.size(); ++k) {
    TemporalMention& m = v[k];
    if (m.kind != TemporalKind::kDate || !m.end_value.empty() || !m.mod.empty() || m.partial ||
        !(m.value.size() == 4 || m.value.size() == 7 || m.value.size() == 10) ||
        !(m.grain == TimeGrain::kYear || m.grain == TimeGrain::kMonth ||
          m.grain == TimeGrain::kDay) ||
        (m.value.size() == 7 && (m.value[5] == 'W' || m.value[5] == 'Q'))) {
      continue;
    }
    // The present read as a mention of its own ("to date", a clause-final "now") is read
    // again here as the range's end.
    const bool present_next = k + 1 < v.size() && v[k + 1].value == "PRESENT_REF";
    const size_t limit =
        k + 1 < v.size() ? (present_next ? v[k + 1].span.end : v[k + 1].span.begin) : text.size();
    const size_t jb = SkipBlank(text, m.span.end, limit);
    const std::string_view joiner = WordAfter(text, jb, limit);
    const std::string_view cue =
        WordBefore(text, m.span.begin, k > first ? v[k - 1].span.end : floor);
    const bool from = EqualsNoCase(cue, "from"), between = EqualsNoCase(cue, "between");
    const bool until = EqualsNoCase(joiner, "until") || EqualsNoCase(joiner, "till");
    const Joiner j = JoinerOf(joiner);
    if (!((j == Joiner::kTo && (from || until)) || (j == Joiner::kAnd && between))) continue;
    size_t e = SkipBlank(text, jb + joiner.size(), limit);
    std::string_view word = WordAfter(text, e, limit);
    if (EqualsNoCase(word, "the")) {
      e = SkipBlank(text, e + word.size(), limit);
      word = WordAfter(text, e, limit);
      if (!EqualsNoCase(word, "present")) continue;
    } else if (!(EqualsNoCase(word, "now") || EqualsNoCase(word, "present") ||
                 (EqualsNoCase(word, "date") && j == Joiner::kTo))) {
      continue;
    }
    if (word.empty()) continue;
    size_t stop = e + word.size();
    const size_t after = SkipBlank(text, stop, limit);
    if (EqualsNoCase(WordAfter(text, after, limit), "day") && EqualsNoCase(word, "present")) {
      stop = after + 3;  // "the present day"
    }
    const std::string start = m.value.size() == 4   ? m.value + "-01-01"
                              : m.value.size() == 7 ? m.value + "-01"
                                                    : m.value;
    if (start > FormatIsoDate(*ref)) continue;
    m.value = start;
    m.grain = TimeGrain::kDay;
    m.end_value = FormatIsoDate(*ref);
    if (from || between) m.span.begin = static_cast<uint32_t>(cue.data() - text.data());
    m.span.end = static_cast<uint32_t>(stop);
    m.relative = true;
    if (present_next && stop > v[k + 1].span.begin) v.erase(v.begin() + static_cast<long>(k) + 1);
  }
}

namespace {

// The first and last day of a single date mention of year, month or day grain ("2024",
// "2024-06", "2024-06-03"); false for anything else.
bool DaysOf(const TemporalMention& m, std::string* first, std::string* last) {
  if (m.kind != TemporalKind::kDate || !m.mod.empty() || m.partial || m.value.empty() ||
      m.value[0] == 'X') {
    return false;
  }
  if (!m.end_value.empty()) {
    // A part of a period ("the end of June" = June 21-30), not a counted range.
    if (m.counted || m.grain != TimeGrain::kDay || m.value.size() != 10 ||
        m.end_value.size() != 10) {
      return false;
    }
    *first = m.value;
    *last = m.end_value;
    return true;
  }
  CivilDate d;
  if (m.grain == TimeGrain::kDay && ParseIsoDate(m.value, &d)) {
    *first = *last = m.value;
    return true;
  }
  const int y = DigitsAt(m.value, 0, 4);
  if (y < 1) return false;
  if (m.grain == TimeGrain::kYear && m.value.size() == 4) {
    *first = m.value + "-01-01";
    *last = m.value + "-12-31";
    return true;
  }
  const int mo = m.value.size() == 7 && m.value[4] == '-' ? DigitsAt(m.value, 5, 2) : -1;
  if (m.grain == TimeGrain::kMonth && mo >= 1 && mo <= 12) {
    *first = m.value + "-01";
    *last = absl::StrFormat("%s-%02d", m.value, calendar::DaysInMonth(y, mo));
    return true;
  }
  return false;
}

}  // namespace

bool JoinPartRange(std::string_view text, size_t floor, const TemporalMention& prev,
                   TemporalMention* m) {
  const bool prev_part = !prev.end_value.empty(), m_part = !m->end_value.empty();
  if (prev_part == m_part) return false;  // one end is a part of a period, the other is not
  const std::string_view gap = Trimmed(text, prev.span.end, m->span.begin);
  const Joiner joiner = JoinerOf(gap);
  const std::string_view cue = WordBefore(text, prev.span.begin, floor);
  const bool between = EqualsNoCase(cue, "between");
  if (!(joiner == Joiner::kTo || (joiner == Joiner::kAnd && between))) return false;
  std::string first, unused, last;
  if (!DaysOf(prev, &first, &unused) || !DaysOf(*m, &unused, &last) || first >= last) {
    return false;
  }
  m->value = std::move(first);
  m->end_value = std::move(last);
  m->grain = TimeGrain::kDay;
  m->relative = m->relative || prev.relative;
  m->span.begin = between || EqualsNoCase(cue, "from")
                      ? static_cast<uint32_t>(cue.data() - text.data())
                      : prev.span.begin;
  return true;
}

namespace {

// A time in four digits ("0730", "1715") at text[i]: its minutes after midnight and the index
// after it, or npos (a fifth digit, a letter glued on, an hour past 23).
size_t FourDigitTimeAt(std::string_view text, size_t i, size_t limit, int* minutes) {
  if (i + 4 > limit || (i > 0 && (IsDigit(text[i - 1]) || IsAsciiAlpha(text[i - 1])))) {
    return std::string_view::npos;
  }
  const int hh = DigitsAt(text, i, 2), mm = DigitsAt(text, i + 2, 2);
  if (hh < 0 || mm < 0 || hh > 23 || mm > 59) return std::string_view::npos;
  const size_t e = i + 4;
  if (e < limit && (IsDigit(text[e]) || IsAsciiAlpha(text[e]) || text[e] == ':' || text[e] == '/' ||
                    (text[e] == '.' && e + 1 < limit && IsDigit(text[e + 1])))) {
    return std::string_view::npos;
  }
  *minutes = hh * 60 + mm;
  return e;
}

}  // namespace

void FourDigitClockRanges(std::string_view text, size_t floor, size_t ceiling, size_t first,
                          std::vector<TemporalMention>* out) {
  std::vector<TemporalMention>& v = *out;
  size_t next = first;  // the first mention at or after i
  // The cue words are found by substring search ("rom", "etween": either case of the first
  // letter), not by testing every byte: this pass reads every paragraph.
  constexpr size_t npos = std::string_view::npos;
  const std::string_view scanned = text.substr(0, std::min(ceiling, text.size()));
  size_t from_at = floor + 1 < scanned.size() ? scanned.find("rom", floor + 1) : npos;
  size_t between_at = floor + 1 < scanned.size() ? scanned.find("etween", floor + 1) : npos;
  size_t resume = floor;  // candidates before it lie inside a range already read
  while (from_at != npos || between_at != npos) {
    size_t i;
    if (between_at == npos || (from_at != npos && from_at < between_at)) {
      i = from_at - 1;
      from_at = scanned.find("rom", from_at + 1);
    } else {
      i = between_at - 1;
      between_at = scanned.find("etween", between_at + 1);
    }
    if (i + 12 > ceiling) break;
    if (i < resume) continue;
    while (next < v.size() && v[next].span.end <= i) ++next;
    if (next < v.size() && v[next].span.begin <= i) continue;
    const char c = Lower(text[i]);
    if ((c != 'b' && c != 'f') || (i > floor && IsAsciiAlpha(text[i - 1]))) continue;
    const std::string_view cue = WordAfter(text, i, ceiling);
    const bool between = EqualsNoCase(cue, "between");
    if (!between && !EqualsNoCase(cue, "from")) continue;
    // "1700 hours" may already be read as a duration: the range takes it over.
    const bool hours_next = next < v.size() && v[next].kind == TemporalKind::kDuration &&
                            v[next].value.size() >= 3 && v[next].value.compare(0, 2, "PT") == 0 &&
                            v[next].value.back() == 'H';
    const size_t limit =
        next < v.size()
            ? std::min<size_t>(hours_next ? v[next].span.end : v[next].span.begin, ceiling)
            : ceiling;
    int from = 0, to = 0;
    size_t k = FourDigitTimeAt(text, SkipBlank(text, i + cue.size(), limit), limit, &from);
    if (k == std::string_view::npos) continue;
    const size_t jb = SkipBlank(text, k, limit);
    size_t je = jb;
    while (je < limit && IsAsciiAlpha(text[je])) ++je;
    if (je == jb && je < limit) {
      ++je;
      while (je < limit && (static_cast<unsigned char>(text[je]) & 0xC0) == 0x80) ++je;
    }
    const Joiner joiner = JoinerOf(text.substr(jb, je - jb));
    if (!(joiner == Joiner::kTo || (between && joiner == Joiner::kAnd))) continue;
    const size_t second = SkipBlank(text, je, limit);
    k = FourDigitTimeAt(text, second, limit, &to);
    if (k == std::string_view::npos || to == from) continue;
    // "from 0800 to 1700 hours": the word that says so belongs to the range. Without it a
    // leading zero must show the clock ("0730"): "between 2000 and 2010" are years or counts,
    // and so are figures a word follows ("from 1200 to 1500 people").
    const size_t after = SkipBlank(text, k, limit);
    const std::string_view unit = WordAfter(text, after, limit);
    if (EqualsNoCase(unit, "hours") || EqualsNoCase(unit, "hrs") || EqualsNoCase(unit, "h")) {
      k = after + unit.size();
    } else if ((text[SkipBlank(text, i + cue.size(), limit)] != '0' && text[second] != '0') ||
               !unit.empty()) {
      continue;
    }
    TemporalMention m;
    m.kind = TemporalKind::kTime;
    m.grain = TimeGrain::kMinute;
    m.value = absl::StrFormat("T%02d:%02d", from / 60, from % 60);
    m.end_value = absl::StrFormat("T%02d:%02d", to / 60, to % 60);  // before it: overnight
    m.span = Span{static_cast<uint32_t>(i), static_cast<uint32_t>(k)};
    if (hours_next && k > v[next].span.begin) {
      if (k < v[next].span.end) continue;  // the duration runs on past the range
      v[next] = std::move(m);
    } else {
      v.insert(v.begin() + static_cast<long>(next), std::move(m));
    }
    resume = k + 1;
  }
}

// A year-less month or day followed by "in" and a year names its day in that year: "april in
// 2016", "May 5 in 2019". In place over out[first..].
void JoinInYear(std::string_view text, size_t first, std::vector<TemporalMention>* out) {
  std::vector<TemporalMention>& v = *out;
  size_t w = first;
  for (size_t k = first; k < v.size(); ++k) {
    if (w > first) {
      TemporalMention& prev = v[w - 1];
      const TemporalMention& m = v[k];
      const bool day_or_month = prev.kind == TemporalKind::kDate && prev.relative &&
                                prev.end_value.empty() && prev.mod.empty() &&
                                ((prev.grain == TimeGrain::kMonth && prev.value.size() == 7) ||
                                 (prev.grain == TimeGrain::kDay && prev.value.size() == 10)) &&
                                prev.value[4] == '-' && prev.value[5] != 'W' &&
                                prev.value[5] != 'Q';
      CivilDate check;
      if (day_or_month && m.kind == TemporalKind::kDate && m.grain == TimeGrain::kYear &&
          m.value.size() == 4 && m.end_value.empty() && m.mod.empty() &&
          EqualsNoCase(Trimmed(text, prev.span.end, m.span.begin), "in") &&
          (prev.value.size() == 7 || ParseIsoDate(m.value + prev.value.substr(4), &check))) {
        prev.value.replace(0, 4, m.value);
        prev.span.end = m.span.end;
        prev.relative = false;
        continue;
      }
    }
    if (w != k) v[w] = std::move(v[k]);
    ++w;
  }
  v.resize(w);
}

}  // namespace datetime_internal
}  // namespace claimscan
