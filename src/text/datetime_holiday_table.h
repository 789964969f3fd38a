// The dates of holidays that no arithmetic gives exactly (Islamic, Chinese and Indian calendars),
// read from data/dates/holidays.tsv and holidays_indian.tsv once, when a TemporalRecognizer is
// created with a data folder, and shared read-only by every scan. Format and source:
// data/dates/README.md.
#ifndef CLAIMSCAN_TEXT_DATETIME_HOLIDAY_TABLE_H_
#define CLAIMSCAN_TEXT_DATETIME_HOLIDAY_TABLE_H_

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace claimscan {
namespace datetime_internal {

// One occurrence of a holiday: its first and last day (inclusive), as days since 1970-01-01.
struct HolidaySpan {
  int64_t first = 0;
  int64_t last = 0;
};

class HolidayTable {
 public:
  // Reads `path`. NotFound when it is missing; InvalidArgument naming "path:line" when a line is
  // not `id <TAB> year <TAB> YYYY-MM-DD [<TAB> YYYY-MM-DD]` with the year the start's, an end not
  // before the start, and each holiday's rows in date order.
  static absl::StatusOr<std::shared_ptr<const HolidayTable>> Load(const std::string& path);
  // As Load, the rows of several files in one table; an id may not appear in two of them.
  static absl::StatusOr<std::shared_ptr<const HolidayTable>> LoadAll(
      const std::vector<std::string>& paths);
  // As Load, from the file's text; `name` stands for the file in messages.
  static absl::StatusOr<std::shared_ptr<const HolidayTable>> Parse(std::string_view text,
                                                                   std::string_view name);

  // The occurrences of holiday `id` in date order; empty when the table has none.
  std::span<const HolidaySpan> Find(std::string_view id) const;
  size_t size() const { return rows_; }

 private:
  // Adds the rows of one file's text; `name` stands for the file in messages.
  absl::Status ParseInto(std::string_view text, std::string_view name);

  std::vector<std::pair<std::string, std::vector<HolidaySpan>>> by_id_;
  size_t rows_ = 0;
};

}  // namespace datetime_internal
}  // namespace claimscan

#endif  // CLAIMSCAN_TEXT_DATETIME_HOLIDAY_TABLE_H_
