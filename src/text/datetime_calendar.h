// Proleptic Gregorian calendar arithmetic for the temporal recogniser: day numbers, weekdays,
// month lengths and ISO weeks. Pure functions, no tables beyond month lengths.
#ifndef CLAIMSCAN_TEXT_DATETIME_CALENDAR_H_
#define CLAIMSCAN_TEXT_DATETIME_CALENDAR_H_

#include <cstdint>

#include "claimscan/datetime.h"

namespace claimscan {
namespace calendar {

constexpr bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

constexpr int DaysInMonth(int y, int m) {
  constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

// True when the date exists (year 1..9999; February 29 only in leap years).
constexpr bool IsValid(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
constexpr int64_t ToDays(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

constexpr CivilDate FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return CivilDate{y, m, d};
}

// 0 = Monday ... 6 = Sunday. 1970-01-01 was a Thursday.
constexpr int WeekdayOfDays(int64_t days) {
  const int64_t w = (days + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

constexpr int64_t ToDays(const CivilDate& d) { return ToDays(d.year, d.month, d.day); }

constexpr CivilDate AddDays(const CivilDate& d, int64_t n) { return FromDays(ToDays(d) + n); }

// Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 29).
constexpr CivilDate AddMonths(const CivilDate& d, int n) {
  int total = d.year * 12 + (d.month - 1) + n;
  CivilDate r{total / 12, total % 12 + 1, d.day};
  if (r.day > DaysInMonth(r.year, r.month)) r.day = DaysInMonth(r.year, r.month);
  return r;
}

// ISO 8601 week-numbering year and week (weeks start on Monday; week 1 holds January 4).
constexpr void IsoWeek(const CivilDate& d, int* iso_year, int* week) {
  const int64_t days = ToDays(d);
  const int64_t thursday = days - WeekdayOfDays(days) + 3;
  const CivilDate t = FromDays(thursday);
  *iso_year = t.year;
  *week = static_cast<int>((thursday - ToDays(t.year, 1, 1)) / 7 + 1);
}

}  // namespace calendar
}  // namespace claimscan

#endif  // CLAIMSCAN_TEXT_DATETIME_CALENDAR_H_
