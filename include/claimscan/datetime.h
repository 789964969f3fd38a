// claimscan/datetime.h — dates and times in text, normalised to ISO 8601.
//
// Part of the text stage because the article parser needs dates to find the publication date,
// and the tagger reports them as DATE/TIME entities. Relative and partial expressions
// ("Monday (November 25)", "Sept. 27", "last week") resolve against a reference date when one
// is known, and stay marked partial when not.
#ifndef CLAIMSCAN_DATETIME_H_
#define CLAIMSCAN_DATETIME_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "claimscan/span.h"

namespace claimscan {

// A calendar day; 0 in a field means unknown.
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool known() const { return year > 0 && month > 0 && day > 0; }
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

// Parses "YYYY-MM-DD". Returns false on anything else (including impossible days).
bool ParseIsoDate(std::string_view s, CivilDate* out);
std::string FormatIsoDate(const CivilDate& d);  // "2024-11-02", "2024-11", "XXXX-11-25"
int DayOfWeek(const CivilDate& d);              // 0 = Monday ... 6 = Sunday; d must be known

enum class TimeGrain : uint8_t { kYear, kQuarter, kMonth, kWeek, kDay, kHour, kMinute, kSecond };
std::string_view TimeGrainName(TimeGrain g);  // "year", "month", "day", ...

enum class TemporalKind : uint8_t {
  kDate,      // "2024-11-02", "Thursday, November 21, 2024", "Sept. 27", "on Monday"
  kTime,      // "13:54", "3 p.m."
  kDateTime,  // "2024-11-02 | 13:54"
  kDuration,  // "a month-long", "two weeks"  (value is ISO 8601 duration: "P1M")
  kSet,       // "every day"
};

struct TemporalMention {
  Span span;
  TemporalKind kind = TemporalKind::kDate;
  TimeGrain grain = TimeGrain::kDay;
  // ISO 8601: "2024-11-02", "2024-11-02T13:54", "2024-11", "P3D"; unknown parts are 'X'
  // ("XXXX-11-25") when nothing resolves them. A part of a day keeps the day's kind and grain
  // and adds TIMEX3's code: "this morning" = "2024-11-25TMO" (MO, AF, EV, NI).
  std::string value;
  // Ranges ("2014 to 2018", "from May to September", "between 4pm and 5pm"): `value` is the
  // first named unit and `end_value` the last one, inclusive, in the same format and grain.
  // Empty for a single date, time or duration.
  std::string end_value;
  // A range counted from the reference ("next 3 days", "the past two quarters") or from the edge
  // of a period ("the first six months of 2021"): whole units, rather than two named ends.
  bool counted = false;
  // An open range's modifier, as Recognizers-Text's Mod: "before" ("before 2010", "no later
  // than May"), "after" ("after 2018", "later than 2020"), "since" ("since August", "as early
  // as 7:00 am", "starting January 7th"), "by" (a deadline: "by 2:00pm", "by the end of the
  // month"), and for a duration "more" / "less" ("more than 4 days"); empty when none. The span
  // leaves its words out (the date is still "2010"); they start at `mod_begin`.
  std::string_view mod;
  uint32_t mod_begin = 0;
  // A time given in a named zone ("4pm CET", "8:00 PST"): the value is that zone's wall clock,
  // `utc_offset_minutes` from UTC (CET = 60, PST = -480). False: the text's own clock.
  bool zoned = false;
  int16_t utc_offset_minutes = 0;
  bool partial = false;   // some part (usually the year) is unknown
  bool relative = false;  // resolved against the reference date
};

// Compiled once (RE2 patterns and lexicons), immutable, safe to share across threads.
class TemporalRecognizer {
 public:
  // Without a data folder, holidays of the Islamic, Chinese, Indian and Parsi calendars
  // ("Eid al-Fitr", "Chinese New Year", "Diwali") are not recognised; every other holiday is
  // computed.
  static absl::StatusOr<std::unique_ptr<const TemporalRecognizer>> Create();
  // Also reads `data_dir`/dates/holidays.tsv and holidays_indian.tsv, the dates of those
  // holidays (NotFound when a file is missing, InvalidArgument naming file and line when a line
  // is malformed).
  static absl::StatusOr<std::unique_ptr<const TemporalRecognizer>> Create(
      std::string_view data_dir);
  virtual ~TemporalRecognizer() = default;

  // Appends the temporal expressions in text[range] to *out, in order, non-overlapping.
  // `reference` (may be null or unknown) anchors relative and year-less expressions; without
  // it they come back partial. Weekday/date agreement infers a missing year where it can.
  virtual void Find(std::string_view text, Span range, const CivilDate* reference,
                    std::vector<TemporalMention>* out) const = 0;

  // As Find, knowing also the reference's time of day (`reference_seconds` after midnight; -1 =
  // unknown, which is Find): clock offsets and periods ("in 2 minutes", "30 minutes later",
  // "the last 2 hours") then resolve to instants ("2024-11-25T14:32:00").
  virtual void FindAt(std::string_view text, Span range, const CivilDate* reference,
                      int reference_seconds, std::vector<TemporalMention>* out) const {
    (void)reference_seconds;
    Find(text, range, reference, out);
  }

 protected:
  TemporalRecognizer() = default;
};

}  // namespace claimscan

#endif  // CLAIMSCAN_DATETIME_H_
