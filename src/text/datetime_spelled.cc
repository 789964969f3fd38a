// Years written in words after a month, a day or a holiday, joined after the scan (speech and
// transcripts write them so): "January first two thousand and thirty two" = 2032-01-01,
// "twenty five January nineteen eighty six" = 1986-01-25, "August two thousand and fifteen" =
// 2015-08, "Easter Sunday two thousand ten" = 2010-04-04. A round year in words is taken only
// where no lower-case word follows it ("in August two thousand troops" is a count of troops), and
// a day in words ("twenty five") only with a year in words after it.
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_format.h"
#include "claimscan/datetime.h"
#include "text/datetime_calendar.h"
#include "text/datetime_internal.h"

namespace claimscan {
namespace datetime_internal {
namespace {

// Words of text[from, ceiling) one by one: letters (a hyphen between two words splits them).
class Words {
 public:
  Words(std::string_view text, size_t from, size_t ceiling)
      : text_(text), pos_(from), ceiling_(ceiling) {}

  // The next word, or empty when something else (a digit, punctuation) comes first.
  std::string_view Peek() const {
    size_t s = pos_;
    while (s < ceiling_ &&
           (IsBlank(text_[s]) || (text_[s] == '-' && s > 0 && IsAsciiAlpha(text_[s - 1])))) {
      ++s;
    }
    size_t e = s;
    while (e < ceiling_ && IsAsciiAlpha(text_[e])) ++e;
    return text_.substr(s, e - s);
  }
  void Skip() {
    const std::string_view w = Peek();
    pos_ = static_cast<size_t>(w.data() - text_.data()) + w.size();
  }
  size_t pos() const { return pos_; }
  void Reset(size_t pos) { pos_ = pos; }

 private:
  std::string_view text_;
  size_t pos_;
  size_t ceiling_;
};

size_t SkipBlanks(std::string_view text, size_t i, size_t ceiling) {
  while (i < ceiling && IsBlank(text[i])) ++i;
  return i;
}

int UnitWord(std::string_view w) {  // 1-9
  const int v = LookupCountWord(w);
  return v >= 1 && v <= 9 && !EqualsNoCase(w, "a") && !EqualsNoCase(w, "an") ? v : 0;
}

int TeenOrTen(std::string_view w) {  // 10-19
  const int v = LookupCountWord(w);
  return v >= 10 && v <= 19 ? v : 0;
}

int TensWord(std::string_view w) {  // 20, 30, ... 90
  if (EqualsNoCase(w, "twenty")) return 20;
  if (EqualsNoCase(w, "seventy")) return 70;
  if (EqualsNoCase(w, "eighty")) return 80;
  const int v = LookupCountWord(w);
  return v >= 30 && v <= 90 && v % 10 == 0 ? v : 0;
}

// 1-99 in words ("seven", "fifteen", "thirty two", "thirty-two"); 0 if none.
int Below100(Words* w) {
  const size_t start = w->pos();
  const std::string_view a = w->Peek();
  if (int v = TeenOrTen(a); v > 0) {
    w->Skip();
    return v;
  }
  if (int v = UnitWord(a); v > 0) {
    w->Skip();
    return v;
  }
  if (int tens = TensWord(a); tens > 0) {
    w->Skip();
    if (int unit = UnitWord(w->Peek()); unit > 0) {
      w->Skip();
      return tens + unit;
    }
    return tens;
  }
  w->Reset(start);
  return 0;
}

// A year in words: "two thousand (and) fifteen", "two thousand", "nineteen eighty six",
// "nineteen hundred (and) ninety three", "twenty ten", "nineteen oh five". 0 if none.
int SpelledYear(Words* w) {
  const size_t start = w->pos();
  if (EqualsNoCase(w->Peek(), "two")) {
    w->Skip();
    if (EqualsNoCase(w->Peek(), "thousand")) {
      w->Skip();
      const size_t after = w->pos();
      if (EqualsNoCase(w->Peek(), "and")) w->Skip();
      if (int v = Below100(w); v > 0) return 2000 + v;
      w->Reset(after);
      return 2000;
    }
    w->Reset(start);
    return 0;
  }
  int century = TeenOrTen(w->Peek());
  if (century == 0 && EqualsNoCase(w->Peek(), "twenty")) century = 20;
  if (century < 10) return 0;
  w->Skip();
  if (EqualsNoCase(w->Peek(), "hundred")) {
    w->Skip();
    const size_t after = w->pos();
    if (EqualsNoCase(w->Peek(), "and")) w->Skip();
    if (int v = Below100(w); v > 0) return century * 100 + v;
    w->Reset(after);
    return century * 100;
  }
  if (EqualsNoCase(w->Peek(), "oh") || EqualsNoCase(w->Peek(), "o")) {
    w->Skip();
    if (int v = UnitWord(w->Peek()); v > 0) {
      w->Skip();
      return century * 100 + v;
    }
    w->Reset(start);
    return 0;
  }
  // The second pair is 10-99: "nineteen eighty six", "twenty ten" (not "twenty five", a day).
  const size_t pair = w->pos();
  if (int v = Below100(w); v >= 10) return century * 100 + v;
  w->Reset(pair);
  w->Reset(start);
  return 0;
}

// A year in words right at text[from): the year, with *end set past its last word; 0 if none.
int YearAt(std::string_view text, size_t from, size_t ceiling, size_t* end) {
  Words w(text, from, ceiling);
  if (const std::string_view first = w.Peek();
      first.empty() || first.data() != text.data() + SkipBlanks(text, from, ceiling)) {
    return 0;
  }
  const int year = SpelledYear(&w);
  if (year < 1000 || year > 2099) return 0;
  // A round number with a lower-case word after it is a count ("two thousand troops",
  // "nineteen hundred people").
  if (const std::string_view next = w.Peek();
      year % 100 == 0 && !next.empty() && next[0] >= 'a' && next[0] <= 'z') {
    return 0;
  }
  *end = w.pos();
  return year;
}

// The day of the month in words at text[from): a cardinal ("twenty five", "fifteen") or an
// ordinal ("fifteenth"), with *end past it; 0 if none.
int DayAt(std::string_view text, size_t from, size_t ceiling, size_t* end) {
  Words w(text, from, ceiling);
  const std::string_view first = w.Peek();
  if (first.empty() || first.data() != text.data() + SkipBlanks(text, from, ceiling)) return 0;
  for (int d = 0; d < 31; ++d) {
    if (EqualsNoCase(first, kOrdinalDays[d])) {
      w.Skip();
      *end = w.pos();
      return d + 1;
    }
  }
  const int v = Below100(&w);
  if (v < 1 || v > 31) return 0;
  *end = w.pos();
  return v;
}

size_t SkipBlanksBack(std::string_view text, size_t floor, size_t e) {
  while (e > floor && IsBlank(text[e - 1])) --e;
  return e;
}

// The day in words that ends right before text[e) ("twenty five January"): the day, with *begin
// at its first word; 0 if none.
int DayBefore(std::string_view text, size_t floor, size_t e, size_t* begin) {
  // Up to two words back; the longer reading that ends exactly at e wins.
  size_t starts[2] = {0, 0};
  size_t k = SkipBlanksBack(text, floor, e);
  for (int i = 0; i < 2; ++i) {
    size_t s = k;
    while (s > floor && IsAsciiAlpha(text[s - 1])) --s;
    if (s == k) break;
    starts[i] = s + 1;  // +1: 0 stands for none
    k = SkipBlanksBack(text, floor, s);
    if (k > floor && text[k - 1] == '-') k = SkipBlanksBack(text, floor, k - 1);
  }
  for (int i = 1; i >= 0; --i) {
    if (starts[i] == 0) continue;
    const size_t s = starts[i] - 1;
    if (s > floor && IsAsciiAlpha(text[s - 1])) continue;
    size_t end = 0;
    const int day = DayAt(text, s, e, &end);
    if (day > 0 && SkipBlanksBack(text, floor, e) == end) {
      *begin = s;
      return day;
    }
  }
  return 0;
}

// The month (1-12) a mention's last word names, 0 if none.
int MonthWordAtEnd(std::string_view text, const TemporalMention& m) {
  size_t s = m.span.end;
  if (s > m.span.begin && text[s - 1] == '.') --s;  // "Aug."
  size_t b = s;
  while (b > m.span.begin && IsAsciiAlpha(text[b - 1])) --b;
  bool abbreviated = false;
  return LookupMonth(text.substr(b, s - b), &abbreviated);
}

// The holiday a mention names (its letters, leading words like "on" dropped), -1 if none.
int HolidayOf(std::string_view text, const TemporalMention& m) {
  char key[48];
  size_t len = 0;
  for (size_t i = m.span.begin; i < m.span.end && len < sizeof key; ++i) {
    if (IsAsciiAlpha(text[i])) key[len++] = Lower(text[i]);
  }
  return LookupHoliday(std::string_view(key, len));
}

bool PlainDate(const TemporalMention& m) {
  return m.kind == TemporalKind::kDate && m.end_value.empty() && m.mod.empty() && !m.counted &&
         (m.grain == TimeGrain::kDay || m.grain == TimeGrain::kMonth) && m.value.size() >= 7 &&
         m.value[4] == '-';
}

}  // namespace

void JoinSpelledYears(std::string_view text, size_t floor, size_t first,
                      std::vector<TemporalMention>* out) {
  std::vector<TemporalMention>& v = *out;
  for (size_t k = first; k < v.size(); ++k) {
    TemporalMention& m = v[k];
    if (!PlainDate(m)) continue;
    const size_t ceiling = k + 1 < v.size() ? v[k + 1].span.begin : text.size();
    const size_t lower = k > first ? v[k - 1].span.end : floor;
    const int month = DigitsAt(m.value, 5, 2);
    if (month < 1) continue;
    const bool month_alone = m.grain == TimeGrain::kMonth && MonthWordAtEnd(text, m) == month;
    const bool day_named = m.grain == TimeGrain::kDay && m.value.size() == 10;
    size_t end = 0, begin = m.span.begin;
    if (month_alone) {
      // "January twenty five nineteen eighty six", "twenty five January nineteen eighty six",
      // "August two thousand and fifteen".
      int day = 0, year = 0;
      size_t day_end = 0;
      if (int d = DayAt(text, m.span.end, ceiling, &day_end); d > 0) {
        year = YearAt(text, day_end, ceiling, &end);
        if (year > 0) day = d;
      }
      if (year == 0) {
        year = YearAt(text, m.span.end, ceiling, &end);
        if (year == 0) continue;
        size_t b = 0;
        if (int d = DayBefore(text, lower, m.span.begin, &b); d > 0) day = d, begin = b;
      }
      if (day > 0 && !calendar::IsValid(year, month, day)) continue;
      m.value = day > 0 ? absl::StrFormat("%04d-%02d-%02d", year, month, day)
                        : absl::StrFormat("%04d-%02d", year, month);
      m.grain = day > 0 ? TimeGrain::kDay : TimeGrain::kMonth;
    } else if (day_named) {
      const int year = YearAt(text, m.span.end, ceiling, &end);
      if (year == 0) continue;
      const int day = DigitsAt(m.value, 8, 2);
      const int h = HolidayOf(text, m);
      if (h < 0 && !IsDigit(text[m.span.end - 1])) {
        // The mention must end in its day ("January first"), not in "yesterday" or a weekday.
        size_t b = m.span.end;
        while (b > m.span.begin && IsAsciiAlpha(text[b - 1])) --b;
        size_t e = 0;
        if (DayAt(text, b, m.span.end, &e) != day || e != m.span.end) continue;
      }
      if (h >= 0) {
        // "Easter Sunday two thousand ten": the holiday of that year.
        HolidaySpan spans[2];
        if (HolidaysIn(h, year, nullptr, spans) < 1) continue;
        m.value = FormatIsoDate(calendar::FromDays(spans[0].first));
      } else {
        // "January first two thousand and thirty two".
        if (!calendar::IsValid(year, month, day)) continue;
        m.value = absl::StrFormat("%04d-%02d-%02d", year, month, day);
      }
    } else {
      continue;
    }
    m.span.begin = static_cast<uint32_t>(begin);
    m.span.end = static_cast<uint32_t>(end);
    m.relative = false;
    m.partial = false;
  }
}

}  // namespace datetime_internal
}  // namespace claimscan
