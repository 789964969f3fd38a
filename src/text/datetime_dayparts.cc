// A named day and a part of it, joined after the scan: "February the 15th in the morning",
// "the morning of the 15th of February" = one day with TIMEX's part-of-day code
// ("2013-02-15TMO"), the form "this morning" already has; a day written with digits and a clock
// time next to it ("in 7 days at 5pm"); the late part of a night ("late tonight" = 21:00 to
// midnight, as Duckling bounds it); and ISO 8601's start/end interval of two instants
// ("2015-03-28 17:00:00/2015-03-29 21:00:00").
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/datetime.h"
#include "text/datetime_calendar.h"
#include "text/datetime_internal.h"

namespace claimscan {
namespace datetime_internal {
namespace {

bool IsNamedDay(const TemporalMention& m) {
  CivilDate d;
  return m.kind == TemporalKind::kDate && m.grain == TimeGrain::kDay && m.end_value.empty() &&
         m.mod.empty() && m.value.size() == 10 && ParseIsoDate(m.value, &d);
}

// "TMO", "TAF", "TEV", "TNI": a part of a day with no day ("in the morning").
bool IsPartAlone(const TemporalMention& m) {
  return m.value.size() == 3 && m.value[0] == 'T' && m.value[1] >= 'A' && m.value[1] <= 'Z' &&
         m.end_value.empty() && m.mod.empty();
}

const char* PartCode(std::string_view w) {
  static constexpr std::pair<std::string_view, const char*> kParts[] = {
      {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"}};
  for (const auto& [name, code] : kParts) {
    if (EqualsNoCase(w, name)) return code;
  }
  return nullptr;
}

// "T17:00", "T09:30:15": a clock time with no day.
bool IsTimeAlone(const TemporalMention& m) {
  return m.kind == TemporalKind::kTime && m.end_value.empty() && m.mod.empty() &&
         (m.value.size() == 6 || m.value.size() == 9) && m.value[0] == 'T' && IsDigit(m.value[1]);
}

// Only blanks and one joining word ("at", "on") or a comma between two mentions.
bool Joins(std::string_view between) {
  const std::string_view t = Trimmed(between, 0, between.size());
  return t.empty() || t == "," || EqualsNoCase(t, "at") || EqualsNoCase(t, "on") ||
         EqualsNoCase(t, ", at") || EqualsNoCase(t, ", on");
}

// A day written with digits ("in 7 days", "Sep 21"): holidays ("Christmas at 8:00") stay apart
// from the time, as Recognizers-Text has them; weekdays and relative days join in the pattern.
bool HasDigit(std::string_view s) {
  for (char c : s) {
    if (IsDigit(c)) return true;
  }
  return false;
}

// Puts a clock time on a day: "2013-02-19" + "T17:00" = "2013-02-19T17:00".
void PutTime(TemporalMention* day, const TemporalMention& time) {
  day->value += time.value;
  day->kind = TemporalKind::kDateTime;
  day->grain = time.grain;
  day->zoned = time.zoned;
  day->utc_offset_minutes = time.utc_offset_minutes;
}

bool OnlyBlanks(std::string_view s) {
  for (char c : s) {
    if (!IsBlank(c)) return false;
  }
  return true;
}

// "2013-02-12TNI": a day's night.
bool IsNight(const TemporalMention& m) {
  return m.value.size() == 13 && m.value.compare(10, 3, "TNI") == 0 && m.end_value.empty() &&
         m.mod.empty();
}

// "2015-03-28T17:00" / "2015-03-28T17:00:00": a day's instant.
bool IsInstant(const TemporalMention& m) {
  CivilDate d;
  return m.kind == TemporalKind::kDateTime && m.end_value.empty() && m.mod.empty() &&
         (m.value.size() == 16 || m.value.size() == 19) && m.value[10] == 'T' &&
         ParseIsoDate(std::string_view(m.value).substr(0, 10), &d);
}

// "2013-W08": a whole ISO week; sets *monday to its Monday.
bool IsWeek(const TemporalMention& m, CivilDate* monday) {
  if (m.grain != TimeGrain::kWeek || m.value.size() != 8 || m.value[5] != 'W' ||
      !m.end_value.empty() || !m.mod.empty() || !IsDigit(m.value[0]) || !IsDigit(m.value[6]) ||
      !IsDigit(m.value[7])) {
    return false;
  }
  const int year = (m.value[0] - '0') * 1000 + (m.value[1] - '0') * 100 + (m.value[2] - '0') * 10 +
                   (m.value[3] - '0');
  const int week = (m.value[6] - '0') * 10 + (m.value[7] - '0');
  const int64_t jan4 = calendar::ToDays(year, 1, 4);
  *monday = calendar::FromDays(jan4 - calendar::WeekdayOfDays(jan4) + 7 * (week - 1));
  return true;
}

// A named day given by its weekday's name alone ("Wednesday", "Wed."): its weekday 0-6, or -1.
int BareWeekday(const TemporalMention& m, std::string_view text) {
  CivilDate d;
  std::string_view own = m.span.In(text);
  if (!own.empty() && own.back() == '.') own.remove_suffix(1);
  for (char c : own) {
    if (!IsAsciiAlpha(c)) return -1;
  }
  if (!IsNamedDay(m) || !IsCalendarWord(own) || !ParseIsoDate(m.value, &d)) return -1;
  return DayOfWeek(d);
}

}  // namespace

void JoinDayParts(std::string_view text, size_t floor, size_t first,
                  std::vector<TemporalMention>* out) {
  std::vector<TemporalMention>& v = *out;
  size_t w = first;
  for (size_t i = first; i < v.size(); ++i) {
    TemporalMention m = std::move(v[i]);
    // "in 7 days at 5pm", "1:30 PM on Sat, Sep 21": a day and a clock time next to it, in
    // either order, are that time of that day.
    if (IsNamedDay(m) && HasDigit(m.span.In(text)) && i + 1 < v.size() && IsTimeAlone(v[i + 1]) &&
        Joins(text.substr(m.span.end, v[i + 1].span.begin - m.span.end))) {
      PutTime(&m, v[i + 1]);
      m.span.end = v[i + 1].span.end;
      ++i;
    } else if (IsTimeAlone(m) && i + 1 < v.size() && IsNamedDay(v[i + 1]) &&
               HasDigit(v[i + 1].span.In(text)) &&
               Joins(text.substr(m.span.end, v[i + 1].span.begin - m.span.end))) {
      TemporalMention day = std::move(v[i + 1]);
      PutTime(&day, m);
      day.span.begin = m.span.begin;
      m = std::move(day);
      ++i;
    } else if (IsNamedDay(m) && i + 1 < v.size() && IsPartAlone(v[i + 1]) &&
               OnlyBlanks(text.substr(m.span.end, v[i + 1].span.begin - m.span.end))) {
      m.value += v[i + 1].value;
      m.span.end = v[i + 1].span.end;
      ++i;
    } else if (IsNamedDay(m)) {
      // "the morning of <day>": the words right before the day.
      size_t e = m.span.begin;
      while (e > floor && IsBlank(text[e - 1])) --e;
      size_t b = e;
      while (b > floor && IsAsciiAlpha(text[b - 1])) --b;
      if (EqualsNoCase(text.substr(b, e - b), "of")) {
        size_t pe = b;
        while (pe > floor && IsBlank(text[pe - 1])) --pe;
        size_t pb = pe;
        while (pb > floor && IsAsciiAlpha(text[pb - 1])) --pb;
        const bool previous_ends_before = w == first || v[w - 1].span.end <= pb;
        if (const char* code = PartCode(text.substr(pb, pe - pb));
            code != nullptr && pb < pe && previous_ends_before) {
          m.value = m.value + "T" + code;
          m.span.begin = static_cast<uint32_t>(pb);
        }
      }
    }
    // "Wednesday of next week", "Sunday from last week", "last week's Sunday": that weekday of
    // that week.
    CivilDate monday;
    if (const int wd = BareWeekday(m, text);
        wd >= 0 && i + 1 < v.size() && IsWeek(v[i + 1], &monday)) {
      const std::string_view between = Trimmed(text, m.span.end, v[i + 1].span.begin);
      if (EqualsNoCase(between, "of") || EqualsNoCase(between, "from")) {
        m.value = FormatIsoDate(calendar::AddDays(monday, wd));
        m.span.end = v[i + 1].span.end;
        m.relative = true;
        ++i;
      }
    } else if (IsWeek(m, &monday) && i + 1 < v.size() && BareWeekday(v[i + 1], text) >= 0) {
      const std::string_view between = Trimmed(text, m.span.end, v[i + 1].span.begin);
      if (between == "'s" || between == "\u2019s") {
        const int wd = BareWeekday(v[i + 1], text);
        TemporalMention day = std::move(v[i + 1]);
        day.value = FormatIsoDate(calendar::AddDays(monday, wd));
        day.span.begin = m.span.begin;
        day.relative = true;
        m = std::move(day);
        ++i;
      }
    }
    // "1 hour thirty", "2 hours and 15": minutes after whole hours, no unit of their own.
    if (m.kind == TemporalKind::kDuration && m.value.size() >= 4 &&
        m.value.compare(0, 2, "PT") == 0 && m.value.back() == 'H' &&
        m.value.find('.') == std::string::npos) {
      size_t k = m.span.end;
      auto next_word = [&](size_t from, size_t* b, size_t* e) {
        *b = from;
        while (*b < text.size() && IsBlank(text[*b])) ++*b;
        *e = *b;
        while (*e < text.size() && (IsAsciiAlpha(text[*e]) || IsDigit(text[*e]))) ++*e;
        return text.substr(*b, *e - *b);
      };
      size_t b = 0, e = 0;
      std::string_view word = next_word(k, &b, &e);
      if (EqualsNoCase(word, "and")) word = next_word(e, &b, &e);
      int minutes = -1;
      if (!word.empty() && word.size() <= 2 && IsDigit(word[0]) &&
          (word.size() == 1 || IsDigit(word[1]))) {
        minutes = word.size() == 1 ? word[0] - '0' : (word[0] - '0') * 10 + (word[1] - '0');
      } else if (!word.empty() && IsAsciiAlpha(word[0])) {
        minutes = LookupCountWord(word);
        if (EqualsNoCase(word, "a") || EqualsNoCase(word, "an")) minutes = -1;
      }
      size_t after_b = 0, after_e = 0;
      const std::string_view after = next_word(e, &after_b, &after_e);
      const bool next_is_mention = i + 1 < v.size() && v[i + 1].span.begin < e;
      if (minutes >= 1 && minutes <= 59 && e > b && !next_is_mention &&
          (after.empty() || !IsAsciiAlpha(after[0])) && (e >= text.size() || text[e] != '.')) {
        m.value = m.value + std::to_string(minutes) + "M";
        m.span.end = static_cast<uint32_t>(e);
      }
    }
    // "late tonight", "late last night": from 21:00 to the end of the night, hour grain.
    if (IsNight(m)) {
      const std::string_view own = m.span.In(text);
      size_t b = m.span.begin;
      while (b > floor && IsBlank(text[b - 1])) --b;
      size_t wb = b;
      while (wb > floor && IsAsciiAlpha(text[wb - 1])) --wb;
      const bool late_inside = own.size() > 5 && EqualsNoCase(own.substr(0, 5), "late ");
      const bool late_before =
          EqualsNoCase(text.substr(wb, b - wb), "late") && (w == first || v[w - 1].span.end <= wb);
      if (late_inside || late_before) {
        const std::string day = m.value.substr(0, 10);
        m.value = day + "T21:00";
        m.end_value = day + "T23:00";
        m.kind = TemporalKind::kDateTime;
        m.grain = TimeGrain::kHour;
        if (late_before) m.span.begin = static_cast<uint32_t>(wb);
      }
    }
    // "2015-03-28 17:00:00/2015-03-29 21:00:00": ISO 8601's interval, a slash and no blanks.
    if (IsInstant(m) && i + 1 < v.size() && IsInstant(v[i + 1]) &&
        v[i + 1].span.begin == m.span.end + 1 && text[m.span.end] == '/' &&
        v[i + 1].grain == m.grain) {
      m.end_value = v[i + 1].value;
      m.span.end = v[i + 1].span.end;
      ++i;
    }
    v[w++] = std::move(m);
  }
  v.resize(w);
}

}  // namespace datetime_internal
}  // namespace claimscan
