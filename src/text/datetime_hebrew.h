// The Hebrew (Jewish) calendar, exact arithmetic: the molad of Tishrei and the four postponement
// rules fix each year's first day, and the year's length fixes its months. The Jewish holidays
// the temporal recogniser knows are days of this calendar (datetime_holidays.cc).
//
// Months are numbered from Nisan as in the Torah: 1 Nisan, 2 Iyar, 3 Sivan, 4 Tammuz, 5 Av,
// 6 Elul, 7 Tishrei, 8 Heshvan, 9 Kislev, 10 Tevet, 11 Shevat, 12 Adar (Adar I in a leap year),
// 13 Adar II (leap years only). A year starts on 1 Tishrei; year 5779 began on 2018-09-10.
#ifndef CLAIMSCAN_TEXT_DATETIME_HEBREW_H_
#define CLAIMSCAN_TEXT_DATETIME_HEBREW_H_

#include <cstdint>

#include "text/datetime_calendar.h"

namespace claimscan {
namespace calendar {
namespace hebrew {

inline constexpr int kNisan = 1, kIyar = 2, kSivan = 3, kTammuz = 4, kAv = 5, kElul = 6,
                     kTishrei = 7, kHeshvan = 8, kKislev = 9, kTevet = 10, kShevat = 11, kAdar = 12,
                     kAdarII = 13;

// Seven leap years (13 months) in each 19-year cycle: years 3, 6, 8, 11, 14, 17 and 19.
constexpr bool IsLeapYear(int year) { return (7 * static_cast<int64_t>(year) + 1) % 19 < 7; }

// Days from the calendar's epoch to the molad-based start of `year`, after the rule that Rosh
// Hashanah never falls on a Sunday, Wednesday or Friday.
constexpr int64_t ElapsedDays(int year) {
  const int64_t months = (235 * static_cast<int64_t>(year) - 234) / 19;
  const int64_t parts = 12084 + 13753 * months;  // 1 day = 25920 parts
  const int64_t days = 29 * months + parts / 25920;
  return (3 * (days + 1)) % 7 < 3 ? days + 1 : days;
}

// The two remaining postponements, which keep every year 353-355 or 383-385 days long.
constexpr int YearLengthCorrection(int year) {
  const int64_t ny0 = ElapsedDays(year - 1), ny1 = ElapsedDays(year), ny2 = ElapsedDays(year + 1);
  if (ny2 - ny1 == 356) return 2;
  if (ny1 - ny0 == 382) return 1;
  return 0;
}

// 1 Tishrei of `year` as days since 1970-01-01. The epoch (1 Tishrei AM 1) is Julian 3761 BCE
// October 7, which is day -2092590 counted from 1970-01-01.
constexpr int64_t NewYear(int year) {
  return -2092590 + ElapsedDays(year) + YearLengthCorrection(year);
}

constexpr int DaysInYear(int year) { return static_cast<int>(NewYear(year + 1) - NewYear(year)); }

constexpr int DaysInMonth(int year, int month) {
  switch (month) {
    case kIyar:
    case kTammuz:
    case kElul:
    case kTevet:
    case kAdarII:
      return 29;
    case kAdar:
      return IsLeapYear(year) ? 30 : 29;
    case kHeshvan:
      return DaysInYear(year) % 10 == 5 ? 30 : 29;  // a "complete" year: long Heshvan
    case kKislev:
      return DaysInYear(year) % 10 == 3 ? 29 : 30;  // a "deficient" year: short Kislev
    default:
      return 30;
  }
}

constexpr int LastMonth(int year) { return IsLeapYear(year) ? kAdarII : kAdar; }

// Days since 1970-01-01 of day `day` of `month` in `year`. Months Tishrei..Adar(II) come first in
// the year, then Nisan..Elul.
constexpr int64_t ToDays(int year, int month, int day) {
  int64_t days = NewYear(year) + day - 1;
  if (month < kTishrei) {
    for (int m = kTishrei; m <= LastMonth(year); ++m) days += DaysInMonth(year, m);
    for (int m = kNisan; m < month; ++m) days += DaysInMonth(year, m);
  } else {
    for (int m = kTishrei; m < month; ++m) days += DaysInMonth(year, m);
  }
  return days;
}

// The Hebrew year whose `month` falls in (or, for Tevet, starts in) Gregorian `gregorian_year`:
// Tishrei to Tevet open a Hebrew year in the autumn, Shevat to Elul close one.
constexpr int YearOfMonthIn(int gregorian_year, int month) {
  return gregorian_year + (month >= kTishrei && month <= kTevet ? 3761 : 3760);
}

}  // namespace hebrew
}  // namespace calendar
}  // namespace claimscan

#endif  // CLAIMSCAN_TEXT_DATETIME_HEBREW_H_
