#include "text/datetime_holiday_table.h"

#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "claimscan/datetime.h"
#include "text/datetime_calendar.h"

namespace claimscan {
namespace datetime_internal {
namespace {

// Splits `s` at each `sep` (empty pieces kept).
std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

bool ParseYear(std::string_view s, int* year) {
  if (s.empty() || s.size() > 4) return false;
  *year = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    *year = *year * 10 + (c - '0');
  }
  return true;
}

}  // namespace

absl::StatusOr<std::shared_ptr<const HolidayTable>> HolidayTable::Load(const std::string& path) {
  return LoadAll({path});
}

absl::StatusOr<std::shared_ptr<const HolidayTable>> HolidayTable::LoadAll(
    const std::vector<std::string>& paths) {
  auto table = std::make_shared<HolidayTable>();
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return absl::NotFoundError("holiday table not found: " + path);
    std::stringstream text;
    text << in.rdbuf();
    if (absl::Status s = table->ParseInto(text.str(), path); !s.ok()) return s;
  }
  return std::shared_ptr<const HolidayTable>(std::move(table));
}

absl::StatusOr<std::shared_ptr<const HolidayTable>> HolidayTable::Parse(std::string_view text,
                                                                        std::string_view name) {
  auto table = std::make_shared<HolidayTable>();
  if (absl::Status s = table->ParseInto(text, name); !s.ok()) return s;
  return std::shared_ptr<const HolidayTable>(std::move(table));
}

absl::Status HolidayTable::ParseInto(std::string_view text, std::string_view name) {
  int line_number = 0;
  bool first_row = true;  // of this file: it opens a group even after the same id elsewhere
  for (std::string_view line : Split(text, '\n')) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    auto error = [&](std::string_view what) {
      return absl::InvalidArgumentError(std::string(name) + ":" + std::to_string(line_number) +
                                        ": " + std::string(what));
    };
    const std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() < 3 || fields.size() > 4) {
      return error("expected id, year, start and optional end separated by tabs");
    }
    if (fields[0].empty()) return error("empty holiday id");
    int year = 0;
    CivilDate start, end;
    if (!ParseYear(fields[1], &year)) return error("year is not a number");
    if (!ParseIsoDate(fields[2], &start)) return error("start is not a YYYY-MM-DD date");
    if (start.year != year) return error("year differs from the start's year");
    end = start;
    if (fields.size() == 4 && !fields[3].empty() && !ParseIsoDate(fields[3], &end)) {
      return error("end is not a YYYY-MM-DD date");
    }
    const HolidaySpan span{calendar::ToDays(start), calendar::ToDays(end)};
    if (span.last < span.first) return error("end before start");
    // A new id opens a group; an id seen before, here or in an earlier file, may not again.
    if (by_id_.empty() || by_id_.back().first != fields[0] || first_row) {
      for (const auto& [id, spans] : by_id_) {
        if (id == fields[0]) return error("holiday rows are not grouped by id");
      }
      by_id_.emplace_back(std::string(fields[0]), std::vector<HolidaySpan>());
    }
    first_row = false;
    std::vector<HolidaySpan>& spans = by_id_.back().second;
    if (!spans.empty() && span.first <= spans.back().first) return error("rows not in date order");
    spans.push_back(span);
    ++rows_;
  }
  return absl::OkStatus();
}

std::span<const HolidaySpan> HolidayTable::Find(std::string_view id) const {
  for (const auto& [key, spans] : by_id_) {
    if (key == id) return spans;
  }
  return {};
}

}  // namespace datetime_internal
}  // namespace claimscan
