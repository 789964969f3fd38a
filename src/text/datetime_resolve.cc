// Resolution for the temporal recogniser: turns what the tokens of one match say (a Reading)
// into an ISO 8601 value against the reference date.
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "claimscan/datetime.h"
#include "text/datetime_calendar.h"
#include "text/datetime_internal.h"

namespace claimscan {
namespace datetime_internal {
namespace {

// Year for a month/day without one: the closest to the reference (ties go to the past, as
// news reports mostly look back), among years whose weekday agrees when a weekday was given.
int ResolveYear(int month, int day, int weekday, const CivilDate& ref) {
  int best = 0;
  int64_t best_distance = 0;
  const int64_t ref_days = calendar::ToDays(ref);
  for (int y = ref.year - 1; y <= ref.year + 1; ++y) {
    if (!calendar::IsValid(y, month, day)) continue;
    const int64_t days = calendar::ToDays(y, month, day);
    if (weekday >= 0 && calendar::WeekdayOfDays(days) != weekday) continue;
    const int64_t distance = std::abs(days - ref_days) * 2 + (days > ref_days ? 1 : 0);
    if (best == 0 || distance < best_distance) {
      best = y;
      best_distance = distance;
    }
  }
  return best;
}

std::string FormatIsoWeek(const CivilDate& d) {
  int iso_year = 0, week = 0;
  calendar::IsoWeek(d, &iso_year, &week);
  return absl::StrFormat("%04d-W%02d", iso_year, week);
}

std::string FormatNumber(double v) {
  if (v == std::floor(v) && std::abs(v) < 1e15) return absl::StrCat(static_cast<int64_t>(v));
  return absl::StrFormat("%g", v);
}

std::string FormatTime(const Reading& r) {
  std::string out = absl::StrFormat("T%02d:%02d", r.hour, r.minute < 0 ? 0 : r.minute);
  if (r.second >= 0) absl::StrAppendFormat(&out, ":%02d", r.second);
  return out;
}

TimeGrain TimeGrainOf(const Reading& r) {
  if (r.second >= 0) return TimeGrain::kSecond;
  return r.minute > 0 || r.minute_written ? TimeGrain::kMinute : TimeGrain::kHour;
}

// The instant `seconds` after the start of day `d` (seconds may run past the day or before it),
// at second or minute grain: "2024-11-25T14:32:00", "2024-11-25T14:32".
std::string FormatInstant(const CivilDate& d, int64_t seconds, TimeGrain grain) {
  int64_t day_shift = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  seconds -= day_shift * 86400;
  std::string out = FormatIsoDate(calendar::AddDays(d, day_shift));
  const int h = static_cast<int>(seconds / 3600), mi = static_cast<int>(seconds / 60 % 60);
  if (grain == TimeGrain::kSecond) {
    absl::StrAppendFormat(&out, "T%02d:%02d:%02d", h, mi, static_cast<int>(seconds % 60));
  } else {
    absl::StrAppendFormat(&out, "T%02d:%02d", h, mi);
  }
  return out;
}

int64_t ClockUnitSeconds(Unit u) {
  return u == Unit::kHour ? 3600 : u == Unit::kMinute ? 60 : u == Unit::kSecond ? 1 : 0;
}

// "next 3 days", "the past two quarters", "next decade": whole units next to the reference's
// (the reference's own unit excluded), as a range of the first and the last unit. Clock units
// need the time of day, which the reference does not carry.
bool ResolveCountedPeriod(const Reading& r, const CivilDate* ref, TemporalMention* m) {
  int n = r.count >= 1 ? static_cast<int>(r.count) : 1;
  if (n != r.count && r.count != -1) return false;  // "next 2.5 days"
  Unit unit = r.unit;
  if (unit == Unit::kFortnight) unit = Unit::kWeek, n *= 2;
  m->kind = TemporalKind::kDate;
  m->relative = true;
  m->counted = true;
  const int s = r.shift;  // +1 next, -1 last
  int lo = s > 0 ? 1 : -n, hi = s > 0 ? n : -1;
  // The current fortnight is the reference's week and the next one: "next fortnight" starts
  // the week after that ("the past fortnight" is the two weeks before the reference's).
  if (r.unit == Unit::kFortnight && s > 0) ++lo, ++hi;
  const bool has_ref = ref != nullptr && ref->known();
  if (const int64_t unit_seconds = ClockUnitSeconds(unit); unit_seconds > 0) {
    // "last 2 minutes", "next 3 hours": whole clock units next to the reference's own.
    if (!has_ref || r.ref_seconds < 0) return false;
    m->grain = unit == Unit::kHour     ? TimeGrain::kHour
               : unit == Unit::kMinute ? TimeGrain::kMinute
                                       : TimeGrain::kSecond;
    m->kind = TemporalKind::kDateTime;
    const int64_t own = r.ref_seconds / unit_seconds * unit_seconds;
    const TimeGrain format = unit == Unit::kSecond ? TimeGrain::kSecond : TimeGrain::kMinute;
    m->value = FormatInstant(*ref, own + lo * unit_seconds, format);
    m->end_value = FormatInstant(*ref, own + hi * unit_seconds, format);
    return true;
  }
  switch (unit) {
    case Unit::kDay:
      m->grain = TimeGrain::kDay;
      if (!has_ref) break;
      m->value = FormatIsoDate(calendar::AddDays(*ref, lo));
      m->end_value = FormatIsoDate(calendar::AddDays(*ref, hi));
      return true;
    case Unit::kWeek:
      m->grain = TimeGrain::kWeek;
      if (!has_ref) break;
      m->value = FormatIsoWeek(calendar::AddDays(*ref, 7 * lo));
      m->end_value = FormatIsoWeek(calendar::AddDays(*ref, 7 * hi));
      return true;
    case Unit::kMonth: {
      m->grain = TimeGrain::kMonth;
      if (!has_ref) break;
      const CivilDate a = calendar::AddMonths(*ref, lo), b = calendar::AddMonths(*ref, hi);
      m->value = FormatIsoDate(CivilDate{a.year, a.month, 0});
      m->end_value = FormatIsoDate(CivilDate{b.year, b.month, 0});
      return true;
    }
    case Unit::kQuarter: {
      m->grain = TimeGrain::kQuarter;
      if (!has_ref) break;
      const CivilDate a = calendar::AddMonths(*ref, 3 * lo), b = calendar::AddMonths(*ref, 3 * hi);
      m->value = absl::StrFormat("%04d-Q%d", a.year, (a.month - 1) / 3 + 1);
      m->end_value = absl::StrFormat("%04d-Q%d", b.year, (b.month - 1) / 3 + 1);
      return true;
    }
    case Unit::kYear:
      m->grain = TimeGrain::kYear;
      if (!has_ref) break;
      m->value = absl::StrFormat("%04d", ref->year + lo);
      m->end_value = absl::StrFormat("%04d", ref->year + hi);
      return true;
    case Unit::kDecade: {
      m->grain = TimeGrain::kYear;
      if (!has_ref) break;
      const int decade = ref->year / 10 * 10;
      m->value = absl::StrFormat("%04d", decade + 10 * lo);
      m->end_value = absl::StrFormat("%04d", decade + 10 * hi + 9);
      return true;
    }
    default:
      return false;
  }
  m->partial = true;
  m->value = "XXXX";
  return true;
}

// The beginning or end of the week, month or year `shift` units from the reference's, as a
// range (Duckling's reading): a month's first ten days or its days from the 21st, a week's
// Monday to Wednesday, a year's September to December. False for the parts it does not know.
bool PartOfPeriod(Unit unit, int part, const CivilDate& ref, int shift, TemporalMention* m) {
  if (unit == Unit::kMonth) {
    const CivilDate d = calendar::AddMonths(CivilDate{ref.year, ref.month, 1}, shift);
    return PartOfMonth(d.year, d.month, part, m);
  }
  if (unit == Unit::kWeek && part == 1) {
    const int64_t monday =
        calendar::ToDays(ref) - calendar::WeekdayOfDays(calendar::ToDays(ref)) + 7 * shift;
    m->grain = TimeGrain::kDay;
    m->value = FormatIsoDate(calendar::FromDays(monday));
    m->end_value = FormatIsoDate(calendar::FromDays(monday + 2));
    return true;
  }
  if (unit == Unit::kYear && part == 3) {
    m->grain = TimeGrain::kMonth;
    m->value = absl::StrFormat("%04d-09", ref.year + shift);
    m->end_value = absl::StrFormat("%04d-12", ref.year + shift);
    return true;
  }
  return false;
}

// The year of a named month without one: the coming one in a future reading, else the nearest
// (ties to the past).
int YearOfMonth(const Reading& r, const CivilDate& ref) {
  if (r.future) return r.month >= ref.month ? ref.year : ref.year + 1;
  const int diff = r.month - ref.month;
  return diff > 6 ? ref.year - 1 : diff < -5 ? ref.year + 1 : ref.year;
}

// Quarters ("third quarter", "q3 2019"), ISO weeks ("week 10", "3rd week of 2018"), the n-th
// weekday or day of a month ("the first Monday of this month", "last day of October 2015") and
// a day of a relative month ("the 15th day of next month").
bool ResolveOrdinalPart(const Reading& r, const CivilDate* ref, TemporalMention* m) {
  const bool has_ref = ref != nullptr && ref->known();
  const int year_shift = r.has_shift && r.unit == Unit::kYear ? r.shift : 0;
  m->kind = TemporalKind::kDate;
  m->relative = r.year == 0;
  if (r.quarter > 0 || r.week != 0) {
    if (r.month > 0 || r.weekday >= 0 || (r.quarter > 0 && r.quarter > 4)) return false;
    if (r.year == 0 && !has_ref) return false;
    const int year = r.year > 0 ? r.year : ref->year + year_shift;
    if (r.quarter > 0) {
      m->grain = TimeGrain::kQuarter;
      m->value = absl::StrFormat("%04d-Q%d", year, r.quarter);
      return true;
    }
    int iso_year = 0, weeks = 0;
    calendar::IsoWeek(CivilDate{year, 12, 28}, &iso_year, &weeks);  // Dec 28 is in the last week
    const int week = r.week > 0 ? r.week : weeks + 1 + r.week;      // "third last week": -3
    if (week > weeks || week < 1) return false;
    m->grain = TimeGrain::kWeek;
    m->value = absl::StrFormat("%04d-W%02d", year, week);
    return true;
  }
  int year = r.year, month = r.month;
  if (month > 0) {
    if (year == 0 && !has_ref) return false;
    if (year == 0) year = YearOfMonth(r, *ref);
  } else if (r.unit == Unit::kMonth && has_ref) {
    const CivilDate d =
        calendar::AddMonths(CivilDate{ref->year, ref->month, 1}, r.has_shift ? r.shift : 0);
    year = d.year, month = d.month;
  } else {
    return false;
  }
  int day = r.day;
  const int last = calendar::DaysInMonth(year, month);
  if (r.day_of && r.nth < 0) {
    day = last;
  } else if (r.nth != 0 && r.weekday >= 0) {
    const int first_wd = calendar::WeekdayOfDays(calendar::ToDays(year, month, 1));
    const int last_wd = calendar::WeekdayOfDays(calendar::ToDays(year, month, last));
    day = r.nth > 0 ? 1 + (r.weekday - first_wd + 7) % 7 + 7 * (r.nth - 1)
                    : last - (last_wd - r.weekday + 7) % 7;
  }
  if (!calendar::IsValid(year, month, day)) return false;
  if (r.unit == Unit::kWeekend) {  // the weekend of that Friday
    m->grain = TimeGrain::kWeek;
    m->value = FormatIsoWeek(CivilDate{year, month, day}) + "-WE";
    return true;
  }
  m->grain = TimeGrain::kDay;
  m->value = FormatIsoDate(CivilDate{year, month, day});
  return true;
}

}  // namespace

bool PartOfMonth(int year, int month, int part, TemporalMention* m) {
  if (part != 1 && part != 3) return false;
  m->grain = TimeGrain::kDay;
  m->value = FormatIsoDate(CivilDate{year, month, part == 1 ? 1 : 21});
  m->end_value =
      FormatIsoDate(CivilDate{year, month, part == 1 ? 10 : calendar::DaysInMonth(year, month)});
  return true;
}

namespace {
bool ResolveReading(const Reading& reading, const CivilDate* ref, TemporalMention* m);
}  // namespace

void SeasonBounds(int season, int year, CivilDate* first, CivilDate* last) {
  static constexpr int kBounds[4][4] = {
      {3, 20, 6, 21}, {6, 21, 9, 23}, {9, 23, 12, 21}, {12, 21, 3, 20}};
  const int* b = kBounds[season - 1];
  *first = CivilDate{year, b[0], b[1]};
  *last = CivilDate{season == 4 ? year + 1 : year, b[2], b[3]};
}

namespace {

// A season: "summer 2013"; "this summer" is the one the reference is in, else the one of the
// reference's year (Duckling and Recognizers-Text agree on both: "this summer" said in November
// is the one just past for Recognizers, "this winter" said in February the one running for
// Duckling); "next" / "last" the one after or before that. The value is TIMEX's "2013-SU"; a
// winter is labelled with the year of its December ("2012-WI" = December 2012 to March 2013).
bool ResolveSeason(const Reading& r, const CivilDate* ref, TemporalMention* m) {
  static constexpr const char* kCodes[4] = {"SP", "SU", "FA", "WI"};
  m->kind = TemporalKind::kDate;
  m->grain = TimeGrain::kMonth;
  int year = r.year;
  if (year == 0) {
    if (ref == nullptr || !ref->known() || !r.has_shift) return false;
    m->relative = true;
    year = ref->year;
    CivilDate first, last;
    SeasonBounds(r.season, year - 1, &first, &last);
    if (calendar::ToDays(last) >= calendar::ToDays(*ref)) --year;  // January to March: winter
    year += r.shift;
  }
  m->value = absl::StrFormat("%04d-%s", year, kCodes[r.season - 1]);
  return true;
}

}  // namespace

bool Resolve(const Reading& reading, const CivilDate* ref, TemporalMention* m) {
  if (!ResolveExtraForms(reading, ref, m) && !ResolveReading(reading, ref, m)) return false;
  m->zoned = reading.has_zone && reading.hour >= 0 && m->kind != TemporalKind::kDuration;
  m->utc_offset_minutes = static_cast<int16_t>(m->zoned ? reading.zone_minutes : 0);
  // A zone may put the time off the hour elsewhere ("9:30pm IST"): minute grain.
  if (m->zoned && m->grain == TimeGrain::kHour) m->grain = TimeGrain::kMinute;
  return true;
}

namespace {

bool ResolveReading(const Reading& reading, const CivilDate* ref, TemporalMention* m) {
  m->zoned = false;
  Reading r = reading;
  if (r.half_of) r.count = r.count >= 0 ? r.count * 0.5 : 0.5;
  if (r.plus_half) r.count = (r.count >= 0 ? r.count : 1) + 0.5;
  if (r.plus_quarters > 0) r.count = (r.count >= 0 ? r.count : 1) + 0.25 * r.plus_quarters;
  if (r.quarters_of > 0) r.count = 0.25 * r.quarters_of;
  const bool has_ref = ref != nullptr && ref->known();
  const bool has_time = r.hour >= 0;
  m->partial = false;
  m->relative = false;
  m->counted = false;

  // Recurring sets: "every Tuesday" = XXXX-WXX-2, "every day at 7pm" = T19:00, "weekly" =
  // P1W, "every night" = TNI (Recognizers' timex forms).
  if (r.recurring > 0) {
    m->kind = TemporalKind::kSet;
    m->grain = has_time ? TimeGrainOf(r) : TimeGrain::kDay;
    if (r.weekday >= 0) {
      m->value = absl::StrFormat("XXXX-WXX-%d", r.weekday + 1);
      if (has_time) m->value += FormatTime(r);
      return true;
    }
    if (has_time && (r.unit == Unit::kDay || r.unit == Unit::kNone)) {
      m->value = FormatTime(r);
      return true;
    }
    if (r.part_of_day != nullptr) {
      m->value = absl::StrCat("T", r.part_of_day);
      return true;
    }
    const int n = r.recurring;
    switch (r.unit) {
      case Unit::kHour:
        m->grain = TimeGrain::kHour;
        m->value = absl::StrCat("PT", n, "H");
        return true;
      case Unit::kDay:
        m->value = absl::StrCat("P", n, "D");
        return true;
      case Unit::kWeek:
        m->grain = TimeGrain::kWeek;
        m->value = absl::StrCat("P", n, "W");
        return true;
      case Unit::kWeekend:
        m->grain = TimeGrain::kWeek;
        m->value = absl::StrCat("P", n, "WE");
        return true;
      case Unit::kMonth:
        m->grain = TimeGrain::kMonth;
        m->value = absl::StrCat("P", n, "M");
        return true;
      case Unit::kQuarter:
        m->grain = TimeGrain::kQuarter;
        m->value = absl::StrCat("P", 3 * n, "M");
        return true;
      case Unit::kYear:
        m->grain = TimeGrain::kYear;
        m->value = r.half_of ? "P0.5Y" : absl::StrCat("P", n, "Y");  // "semi-annually"
        return true;
      default:
        return false;
    }
  }

  // Holidays: the year given, or the one "next" / "last" / "this" picks, or the nearest.
  if (r.holiday >= 0 && r.month == 0 && r.weekday < 0 && r.count == -1 && !has_time) {
    // "lent" alone is the verb; "Lent", "lent 2018" and "next lent" are the season.
    // "rakhi" alone is a thread or a name; "rakhi 2030" and "next rakhi" are the festival.
    if ((HolidayNeedsQualifier(r.holiday) ||
         (HolidayNeedsCapital(r.holiday) && !r.holiday_capital)) &&
        r.year == 0 && !r.has_shift) {
      return false;
    }
    m->kind = TemporalKind::kDate;
    m->grain = TimeGrain::kDay;
    HolidaySpan pick;
    bool found = false;
    HolidaySpan in_year[2];
    if (r.year > 0) {
      found = HolidaysIn(r.holiday, r.year, r.holidays, in_year) > 0;
      pick = in_year[0];
    } else if (has_ref) {
      m->relative = true;
      const int64_t ref_days = calendar::ToDays(*ref);
      if (r.has_shift && (r.unit == Unit::kYear || (r.shift == 0 && !r.future))) {
        // "Christmas of next year", "this Easter": the one in that calendar year.
        found = HolidaysIn(r.holiday, ref->year + (r.unit == Unit::kYear ? r.shift : 0), r.holidays,
                           in_year) > 0;
        pick = in_year[0];
      } else {
        // The occurrences around the reference, in date order.
        HolidaySpan around[6];
        int count = 0;
        for (int y = ref->year - 1; y <= ref->year + 1; ++y) {
          count += HolidaysIn(r.holiday, y, r.holidays, around + count);
        }
        int64_t best_cost = INT64_MAX;
        for (int i = 0; i < count; ++i) {
          const HolidaySpan& s = around[i];
          bool take = false;
          if (r.has_shift && r.shift > 0) {  // "next Passover": the first to start after today
            take = !found && s.first > ref_days;
          } else if (r.has_shift && r.shift < 0) {  // "last Ramadan": the latest begun before
            take = s.first < ref_days;
          } else if (r.future) {  // the coming one, or the one under way
            take = !found && s.last >= ref_days;
          } else {  // the nearest; a tie goes to the past one
            const int64_t gap = s.last < ref_days    ? ref_days - s.last
                                : s.first > ref_days ? s.first - ref_days
                                                     : 0;
            const int64_t cost = gap * 2 + (s.first > ref_days);
            take = cost < best_cost;
            if (take) best_cost = cost;
          }
          if (take) pick = s, found = true;
        }
      }
    } else {
      m->partial = true;
      m->value = "XXXX-XX-XX";
      return true;
    }
    if (!found) return false;
    m->value = FormatIsoDate(calendar::FromDays(pick.first));
    if (pick.last > pick.first) m->end_value = FormatIsoDate(calendar::FromDays(pick.last));
    return true;
  }

  if (r.season > 0 && r.month == 0 && r.day == 0 && r.weekday < 0 && !has_time && r.count == -1 &&
      r.unit == Unit::kNone) {
    return ResolveSeason(r, ref, m);
  }

  if (r.quarter > 0 || r.week != 0 || r.nth != 0 ||
      (r.day > 0 && r.month == 0 && r.unit == Unit::kMonth && r.weekday < 0 && r.count == -1)) {
    return ResolveOrdinalPart(r, ref, m);
  }

  // "3 fridays from now": the third such weekday after the reference.
  if (r.weekday >= 0 && r.count >= 1 && r.direction > 0 && r.unit == Unit::kNone &&
      r.count == std::floor(r.count) && r.month == 0) {
    if (!has_ref) return false;
    const int64_t ref_days = calendar::ToDays(*ref);
    const int64_t days = ref_days + ((r.weekday - calendar::WeekdayOfDays(ref_days) + 6) % 7 + 1) +
                         7 * (static_cast<int64_t>(r.count) - 1);
    m->kind = TemporalKind::kDate;
    m->grain = TimeGrain::kDay;
    m->relative = true;
    m->value = FormatIsoDate(calendar::FromDays(days));
    return true;
  }

  // "upcoming two months", "2 upcoming quarters": the unit that many after the reference's.
  if (r.upcoming && r.count >= 1 && r.count == std::floor(r.count) && has_ref) {
    Reading shifted = r;
    shifted.upcoming = false;
    shifted.has_shift = true;
    shifted.shift = static_cast<int>(r.count);
    shifted.count = -1;
    return Resolve(shifted, ref, m);
  }

  // The end of a day: "end of tomorrow", "the end of the day", "end of this sunday": its last
  // second, as Recognizers-Text has it.
  if (r.part == 3 && !has_time && r.month == 0 && r.count == -1 &&
      (r.has_relative_day || r.weekday >= 0 || r.unit == Unit::kDay)) {
    Reading day = r;
    day.part = 0;
    if (day.unit == Unit::kDay) day.unit = Unit::kNone, day.has_relative_day = true;
    if (!ResolveReading(day, ref, m) || m->kind != TemporalKind::kDate || m->value.size() != 10) {
      return false;
    }
    m->kind = TemporalKind::kDateTime;
    m->grain = TimeGrain::kSecond;
    m->value += "T23:59:59";
    return true;
  }

  // Counted periods next to the reference: "next 3 days", "the past two quarters".
  if (r.has_shift && r.shift != 0 && r.unit != Unit::kNone && r.month == 0 && r.weekday < 0 &&
      (r.count >= 1 ||
       (r.count == -1 && (r.unit == Unit::kFortnight || r.unit == Unit::kDecade)))) {
    return ResolveCountedPeriod(r, ref, m);
  }

  // Offsets and durations: "two weeks", "a year ago", "three days later".
  if (r.count != -1 && r.unit != Unit::kNone && r.month == 0 && r.weekday < 0) {
    static constexpr std::pair<Unit, const char*> kDesignators[] = {
        {Unit::kSecond, "S"}, {Unit::kMinute, "M"},   {Unit::kHour, "H"},
        {Unit::kDay, "D"},    {Unit::kWeek, "W"},     {Unit::kMonth, "M"},
        {Unit::kYear, "Y"},   {Unit::kWeekend, "WE"}, {Unit::kQuarter, "Q"}};
    double count = r.count;
    Unit unit = r.unit;
    if (unit == Unit::kDecade) unit = Unit::kYear, count = count >= 0 ? count * 10 : count;
    if (unit == Unit::kCentury) unit = Unit::kYear, count = count >= 0 ? count * 100 : count;
    if (unit == Unit::kFortnight) unit = Unit::kWeek, count = count >= 0 ? count * 2 : count;
    if (unit == Unit::kWeekend || unit == Unit::kQuarter) {
      if (unit == Unit::kQuarter)
        unit = Unit::kMonth, count = count >= 0 ? count * 3 : count;
      else
        return false;
    }
    const char* designator = "D";
    for (const auto& [u, d] : kDesignators) {
      if (u == unit) designator = d;
    }
    const bool clock = unit == Unit::kSecond || unit == Unit::kMinute || unit == Unit::kHour;
    if (r.direction != 0 && clock && has_ref && r.ref_seconds >= 0 && count >= 0) {
      // "in 2 minutes", "30 minutes later", "in 2.5 hours": an instant, at the grain below the
      // unit (whole hours to the minute, anything else to the second), as Duckling has it.
      const double seconds = count * static_cast<double>(ClockUnitSeconds(unit));
      const bool whole_hours = unit == Unit::kHour && count == std::floor(count);
      m->kind = TemporalKind::kDateTime;
      m->grain = whole_hours ? TimeGrain::kMinute : TimeGrain::kSecond;
      m->relative = true;
      m->value = FormatInstant(
          *ref, r.ref_seconds + r.direction * static_cast<int64_t>(std::llround(seconds)),
          m->grain);
      return true;
    }
    if (r.direction != 0 && !clock) {
      m->kind = TemporalKind::kDate;
      m->grain = TimeGrain::kDay;
      m->relative = true;
      if (!has_ref || count < 0) {
        m->partial = true;
        m->value = "XXXX-XX-XX";
        return true;
      }
      const int n = static_cast<int>(count) * r.direction;
      CivilDate d = *ref;
      switch (unit) {
        case Unit::kDay:
          d = calendar::AddDays(d, n);
          break;
        case Unit::kWeek:
          d = calendar::AddDays(d, 7 * n);
          break;
        case Unit::kMonth:
          d = calendar::AddMonths(d, n);
          break;
        case Unit::kYear:
          d = calendar::AddMonths(d, 12 * n);
          break;
        default:
          return false;
      }
      m->value = FormatIsoDate(d);
      return true;
    }
    m->kind = TemporalKind::kDuration;
    m->grain = clock ? (unit == Unit::kHour     ? TimeGrain::kHour
                        : unit == Unit::kMinute ? TimeGrain::kMinute
                                                : TimeGrain::kSecond)
                     : (unit == Unit::kDay     ? TimeGrain::kDay
                        : unit == Unit::kWeek  ? TimeGrain::kWeek
                        : unit == Unit::kMonth ? TimeGrain::kMonth
                                               : TimeGrain::kYear);
    m->value =
        absl::StrCat("P", clock ? "T" : "", count < 0 ? "X" : FormatNumber(count), designator);
    return true;
  }

  // Days relative to the reference: "yesterday", "tomorrow", "today".
  if (r.has_relative_day && r.month == 0 && r.weekday < 0) {
    m->relative = true;
    if (!has_ref) {
      m->partial = true;
      m->kind = TemporalKind::kDate;
      m->grain = TimeGrain::kDay;
      m->value = "XXXX-XX-XX";
      return true;
    }
    CivilDate d = calendar::AddDays(*ref, r.relative_days);
    // "this evening at 12", "tonight at 12": a bare 12 in the evening or night is the midnight
    // that ends it.
    const bool midnight = has_time && r.part_of_day != nullptr &&
                          (r.part_of_day[0] == 'E' || r.part_of_day[0] == 'N') && r.hour == 12 &&
                          r.minute <= 0 && !r.minute_written;
    if (midnight) d = calendar::AddDays(d, 1);
    m->value = FormatIsoDate(d);
    m->kind = has_time ? TemporalKind::kDateTime : TemporalKind::kDate;
    m->grain = has_time ? TimeGrainOf(r) : TimeGrain::kDay;
    if (has_time) {
      Reading timed = r;
      // "this evening at 7:30": a clock hour of the afternoon, evening or night is after noon.
      if (r.part_of_day != nullptr && r.part_of_day[0] != 'M' && timed.hour < 12) {
        timed.hour += 12;
      }
      if (midnight) timed.hour = 0;
      m->value += FormatTime(timed);
    } else if (r.part_of_day != nullptr) {
      absl::StrAppend(&m->value, "T", r.part_of_day);  // TIMEX: "2024-11-25TMO"
    }
    return true;
  }

  // Periods relative to the reference: "last week", "this month", "next year", and their
  // beginning or end ("end of the month", "beginning of next week", "EOY").
  if ((r.has_shift || r.part > 0) && r.unit != Unit::kNone && r.count == -1 && r.month == 0 &&
      r.weekday < 0 && r.year == 0) {
    m->kind = TemporalKind::kDate;
    m->relative = true;
    const int s = r.has_shift ? r.shift : 0;
    if (r.part > 0 && has_ref && PartOfPeriod(r.unit, r.part, *ref, s, m)) return true;
    switch (r.unit) {
      case Unit::kWeek:
      case Unit::kWeekend:
        m->grain = TimeGrain::kWeek;
        if (!has_ref) break;
        m->value = FormatIsoWeek(calendar::AddDays(*ref, 7 * s));
        if (r.unit == Unit::kWeekend) m->value += "-WE";
        return true;
      case Unit::kMonth:
        m->grain = TimeGrain::kMonth;
        if (!has_ref) break;
        m->value = FormatIsoDate(
            CivilDate{calendar::AddMonths(*ref, s).year, calendar::AddMonths(*ref, s).month, 0});
        return true;
      case Unit::kQuarter: {
        m->grain = TimeGrain::kQuarter;
        if (!has_ref) break;
        const CivilDate d = calendar::AddMonths(*ref, 3 * s);
        m->value = absl::StrFormat("%04d-Q%d", d.year, (d.month - 1) / 3 + 1);
        return true;
      }
      case Unit::kYear:
        m->grain = TimeGrain::kYear;
        if (!has_ref) break;
        m->value = absl::StrFormat("%04d", ref->year + s);
        return true;
      default:
        return false;
    }
    m->partial = true;
    m->value = m->grain == TimeGrain::kWeek      ? "XXXX-WXX"
               : m->grain == TimeGrain::kMonth   ? "XXXX-XX"
               : m->grain == TimeGrain::kQuarter ? "XXXX-QX"
                                                 : "XXXX";
    return true;
  }
  if (r.count != -1 || r.unit != Unit::kNone) return false;

  // Calendar dates.
  if (r.month > 0) {
    if (r.month_is_lower_may && r.day == 0 && r.year == 0) return false;
    if (r.month_abbreviated && r.day == 0 && r.year == 0 && !r.has_cue && !r.has_shift) {
      return false;
    }
    if (r.day > 0) {
      if (r.day > calendar::DaysInMonth(r.year > 0 ? r.year : 2000, r.month)) return false;
      CivilDate d{r.year, r.month, r.day};
      if (d.year == 0) {
        if (has_ref && r.future && r.weekday < 0) {
          // The coming such day (February 29 waits for a leap year).
          d.year = ref->year;
          while (d.year < ref->year + 8 &&
                 (!calendar::IsValid(d.year, r.month, r.day) ||
                  calendar::ToDays(d.year, r.month, r.day) < calendar::ToDays(*ref))) {
            ++d.year;
          }
          m->relative = true;
        } else if (has_ref) {
          d.year = ResolveYear(r.month, r.day, r.weekday, *ref);
          if (d.year == 0) d.year = ResolveYear(r.month, r.day, -1, *ref);
          m->relative = true;
        }
      }
      if (d.year == 0) m->partial = true;
      m->value = FormatIsoDate(d);
      m->kind = TemporalKind::kDate;
      m->grain = TimeGrain::kDay;
      if (has_time) {
        m->kind = TemporalKind::kDateTime;
        m->grain = TimeGrainOf(r);
        m->value += FormatTime(r);
      }
      return true;
    }
    // A month, maybe with a year.
    m->kind = TemporalKind::kDate;
    m->grain = TimeGrain::kMonth;
    CivilDate d{r.year, r.month, 0};
    if (d.year == 0 && has_ref) {
      m->relative = true;
      if (r.has_shift && r.shift == 0) {
        d.year = ref->year;
      } else if (r.has_shift && r.shift < 0) {
        d.year = r.month < ref->month ? ref->year : ref->year - 1;
      } else if (r.has_shift && r.shift > 0) {
        d.year = r.month > ref->month ? ref->year : ref->year + 1;
      } else if (r.future) {
        d.year = r.month >= ref->month ? ref->year : ref->year + 1;
      } else {
        // Nearest such month, ties to the past.
        const int diff = r.month - ref->month;  // -11..11
        d.year = diff > 6 ? ref->year - 1 : diff < -5 ? ref->year + 1 : ref->year;
      }
    }
    if (d.year == 0) m->partial = true;
    m->value = FormatIsoDate(d);
    // "end of April", "the beginning of January": the month's last or first days.
    if (r.part > 0 && d.year > 0) PartOfMonth(d.year, d.month, r.part, m);
    return true;
  }
  if (r.weekday >= 0) {
    m->kind = has_time ? TemporalKind::kDateTime : TemporalKind::kDate;
    m->grain = has_time ? TimeGrainOf(r) : TimeGrain::kDay;
    m->relative = true;
    if (!has_ref) {
      m->partial = true;
      m->value = absl::StrFormat("XXXX-WXX-%d", r.weekday + 1);
    } else {
      const int64_t ref_days = calendar::ToDays(*ref);
      const int ref_wd = calendar::WeekdayOfDays(ref_days);
      int64_t days;
      if (r.has_shift && r.shift > 0) {
        days = ref_days - ref_wd + 7 + r.weekday;  // in the week after the reference's
      } else if (r.has_shift && r.shift == 0 && r.future) {
        days = ref_days + (r.weekday - ref_wd + 7) % 7;  // the coming one, today included
      } else if (r.has_shift && r.shift == 0) {
        days = ref_days - ref_wd + r.weekday;  // in the reference's week
      } else if (r.has_shift && r.shift < 0) {
        days = ref_days - ref_wd - 7 + r.weekday;  // in the week before the reference's
      } else if (r.future) {
        days = ref_days + ((r.weekday - ref_wd + 6) % 7 + 1);  // the coming one
      } else {
        days = ref_days - (ref_wd - r.weekday + 7) % 7;  // on or before, as news uses it
      }
      m->value = FormatIsoDate(calendar::FromDays(days));
    }
    if (has_time) m->value += FormatTime(r);
    return true;
  }
  if (r.year > 0 && r.day == 0) {
    if (!r.has_cue && !has_time && !r.year_alone_ok) return false;
    m->kind = TemporalKind::kDate;
    m->grain = TimeGrain::kYear;
    m->value = absl::StrFormat("%04d", r.year);
    return true;
  }
  // A day of the month alone ("on the 18th"): in the nearest month (ties to the past).
  if (r.day > 0 && r.year == 0 && r.has_cue && !has_time) {
    m->kind = TemporalKind::kDate;
    m->grain = TimeGrain::kDay;
    m->relative = true;
    if (!has_ref) {
      m->partial = true;
      m->value = absl::StrFormat("XXXX-XX-%02d", r.day);
      return true;
    }
    const int64_t ref_days = calendar::ToDays(*ref);
    int64_t best = 0, best_distance = -1;
    for (int k = -1; k <= 1; ++k) {
      const CivilDate month = calendar::AddMonths(CivilDate{ref->year, ref->month, 1}, k);
      if (!calendar::IsValid(month.year, month.month, r.day)) continue;
      const int64_t days = calendar::ToDays(month.year, month.month, r.day);
      int64_t distance = std::abs(days - ref_days) * 2 + (days > ref_days ? 1 : 0);
      if (r.future) distance = days >= ref_days ? days - ref_days : 1000;  // the coming one
      if (best_distance < 0 || distance < best_distance) best = days, best_distance = distance;
    }
    if (best_distance < 0) return false;
    m->value = FormatIsoDate(calendar::FromDays(best));
    return true;
  }
  // A part of the day alone: "in the morning" = TMO.
  if (!has_time && r.part_of_day != nullptr && !r.has_relative_day && r.year == 0 && r.day == 0 &&
      r.count == -1 && r.unit == Unit::kNone) {
    m->kind = TemporalKind::kTime;
    m->grain = TimeGrain::kHour;
    m->value = absl::StrCat("T", r.part_of_day);
    return true;
  }
  if (has_time && r.year == 0 && r.day == 0) {
    m->kind = TemporalKind::kTime;
    m->grain = TimeGrainOf(r);
    Reading timed = r;
    // "at 8 in the evening": a clock hour of the afternoon or evening is after noon.
    if (r.part_of_day != nullptr && r.part_of_day[0] != 'M' && timed.hour < 12) timed.hour += 12;
    m->value = FormatTime(timed);
    return true;
  }
  return false;
}

}  // namespace

}  // namespace datetime_internal
}  // namespace claimscan
