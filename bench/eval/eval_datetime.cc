// Scores TemporalRecognizer on two suites (development halves in /work/shared/data):
//
//   eval_datetime [--verbose] [--data=DIR] DATA_DIR
//
// DATA_DIR holds recognizers-text-en-datetime/dev.jsonl and duckling-en/dev.jsonl; --data is
// claimscan's data folder (default: the source tree's data/), for the holiday table.
//
// recognizers-text-en-datetime: each expected entity is exactly right when a mention has the
//   same span (character offsets, converted to bytes) and a value equal to one of the gold
//   readings' timex, value or start (times compared as HH:MM, so "T15" = "T15:00"). A case is
//   exactly right when every expected entity is and nothing else was found. Each case's
//   reference_date is passed as the reference, its time of day too (FindAt). A range mention
//   (end_value set) is right when its start and the start of its last unit equal the gold interval
//   timex's first two fields (Recognizers' end is exclusive and names the start of the last unit:
//   "2014 to 2018" =
//   "(2014-01-01,2018-01-01,P4Y)"); 'X' in the gold matches any digit. A counted range ("next
//   5 days", `counted`) names no end: its gold end is the start of the unit after its last one.
//   A quarter ("2019-Q2") is compared as the interval Recognizers writes for it.
// duckling-en, dimensions time and duration: a positive case is right when exactly one mention
//   spans the whole text (or all of it but a leading "at", "on" or "in", which claimscan keeps
//   out of a span when the value does not depend on it) and its value, converted to Duckling's
//   convention (the start instant of the period in the reference's wall clock, plus the grain; a
//   time alone is the next such time after the reference), equals the gold value and grain (a
//   fractional duration is first stated in the next smaller unit, as Duckling does: "1.5 hours" =
//   90 minute). A time in a named zone ("4pm CET", `zoned`) is first restated in the
//   reference's zone (UTC-2), as Duckling states it. A range mention (end_value set) is right
//   against a gold interval when its start instant equals `from` and the instant one grain past the
//   start of its last unit equals `to` (Duckling's closed intervals end one grain past the end:
//   "1960 - 1961" runs to 1962-01-01, "9:30 - 11:00" to 11:01), grains equal. A TIMEX part of day
//   ("2013-02-12TEV") stands for Duckling's interval of that part (morning 0-12, afternoon 12-19,
//   evening and night 18-24, hour grain). An open interval is right when the mention has a modifier
//   (`mod`: since and after give `from`, before gives `to`) and its start instant and grain equal
//   the one bound; a deadline ("by 2:00pm", mod "by") is Duckling's interval from the reference
//   instant (second grain) to the named time's start, or to the end of a named period ("by EOM").
//   A TIMEX season ("2013-SU") stands for Duckling's interval of days for that season, a TIMEX
//   weekend ("2013-W06-WE") for Duckling's weekend of that week (Friday 18:00 to Monday 00:00).
//   Other intervals count as wrong. A negative case is right when nothing is found.
// A mention with a modifier ("before 2010") is compared by the extent from its modifier's first
// word (`mod_begin`) to its end, in both suites.
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/datetime.h"
#include "common/file.h"
#include "common/json.h"
#include "text/datetime_calendar.h"
#include "text/datetime_internal.h"

namespace {

using claimscan::CivilDate;
using claimscan::JsonValue;
using claimscan::TemporalMention;

// Byte offset of code point `cp` in UTF-8 `s`.
size_t ByteOffset(std::string_view s, size_t cp) {
  size_t i = 0;
  while (i < s.size() && cp > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --cp;
  }
  return i;
}

// "2016-11-07 15:00:00" / "2016-11-07T15" / "T15:00:00" → "2016-11-07T15:00" / "T15:00".
std::string Canon(std::string s) {
  for (char& c : s) {
    if (c == ' ') c = 'T';
  }
  const size_t t = s.find('T');
  if (t == std::string::npos) return s;
  std::string time = s.substr(t + 1);
  // Only clock times: "T15", "T15:30", "T15:30:00".
  for (char c : time) {
    if (!(c == ':' || (c >= '0' && c <= '9'))) return s;
  }
  if (time.size() == 2) time += ":00";
  if (time.size() == 8 && time.substr(5) == ":00") time.resize(5);
  return s.substr(0, t + 1) + time;
}

// The first instant a value names, in Recognizers' timex style: "2014" → "2014-01-01",
// "2018-05" → "2018-05-01", "2019-Q2" → "2019-04-01", "2019-W36" → its Monday, "T16:00" stays
// (after Canon).
std::string StartOf(const std::string& value) {
  if (value.size() == 4) return value + "-01-01";
  if (value.size() == 7 && value[4] == '-' && value[5] == 'Q' && value[6] >= '1' &&
      value[6] <= '4') {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s-%02d-01", value.substr(0, 4).c_str(),
                  (value[6] - '1') * 3 + 1);
    return buf;
  }
  if (value.size() == 8 && value[4] == '-' && value[5] == 'W' && value[0] != 'X') {
    const int y = std::stoi(value.substr(0, 4)), w = std::stoi(value.substr(6, 2));
    namespace cal = claimscan::calendar;
    const int64_t jan4 = cal::ToDays(y, 1, 4);
    return claimscan::FormatIsoDate(cal::FromDays(jan4 - cal::WeekdayOfDays(jan4) + 7 * (w - 1)));
  }
  if (value.size() == 7 && value[4] == '-' && value[5] != 'W' && value[5] != 'Q') {
    return value + "-01";
  }
  return Canon(value);
}

// The start of the unit after the one `value` names, at its grain ("2019-Q2" → "2019-07-01").
std::string StartOfNext(const std::string& value, claimscan::TimeGrain grain) {
  const std::string start = StartOf(value);
  claimscan::CivilDate d;
  if (start.size() != 10 || !claimscan::ParseIsoDate(start, &d)) return "";
  namespace cal = claimscan::calendar;
  using claimscan::TimeGrain;
  switch (grain) {
    case TimeGrain::kDay:
      return claimscan::FormatIsoDate(cal::AddDays(d, 1));
    case TimeGrain::kWeek:
      return claimscan::FormatIsoDate(cal::AddDays(d, 7));
    case TimeGrain::kMonth:
      return claimscan::FormatIsoDate(cal::AddMonths(d, 1));
    case TimeGrain::kQuarter:
      return claimscan::FormatIsoDate(cal::AddMonths(d, 3));
    case TimeGrain::kYear:
      return claimscan::FormatIsoDate(cal::AddMonths(d, 12));
    default:
      return "";
  }
}

// Gold "(XXXX-05-01,XXXX-09-01,P4M)" against mine "2018-05-01,2018-09-01": the first two
// fields, each canonicalised, with an 'X' in the gold matching any character of mine.
bool IntervalMatches(const std::string& timex, const std::string& mine) {
  if (timex.size() < 2 || timex.front() != '(') return false;
  const size_t c1 = timex.find(',');
  const size_t c2 = c1 == std::string::npos ? c1 : timex.find(',', c1 + 1);
  if (c2 == std::string::npos) return false;
  const std::string gold =
      Canon(timex.substr(1, c1 - 1)) + "," + Canon(timex.substr(c1 + 1, c2 - c1 - 1));
  if (gold.size() != mine.size()) return false;
  for (size_t p = 0; p < gold.size(); ++p) {
    if (gold[p] != 'X' && gold[p] != mine[p]) return false;
  }
  return true;
}

struct Tally {
  int entities = 0, entities_right = 0, cases = 0, cases_right = 0;
};

// The reference's zone offset in minutes from its "+HH:MM" / "-HH:MM" suffix (0 if none).
int ReferenceOffset(const std::string& iso) {
  if (iso.size() < 25) return 0;
  const std::string z = iso.substr(iso.size() - 6);
  if ((z[0] != '+' && z[0] != '-') || z[3] != ':') return 0;
  const int minutes = std::stoi(z.substr(1, 2)) * 60 + std::stoi(z.substr(4, 2));
  return z[0] == '-' ? -minutes : minutes;
}

// A zoned mention's clock restated in the reference's zone ("T16:00" CET → "T13:00" at -02:00;
// "2013-02-14T08:00" PST → "2013-02-14T14:00").
void ToReferenceZone(TemporalMention* m, int ref_offset) {
  if (!m->zoned) return;
  const int shift = ref_offset - m->utc_offset_minutes;
  std::string& v = m->value;
  const size_t t = v.find('T');
  if (t == std::string::npos || v.size() < t + 6 || v[t + 3] != ':') return;
  int minutes = std::stoi(v.substr(t + 1, 2)) * 60 + std::stoi(v.substr(t + 4, 2)) + shift;
  int days = 0;
  while (minutes < 0) minutes += 1440, --days;
  while (minutes >= 1440) minutes -= 1440, ++days;
  char hm[8];
  std::snprintf(hm, sizeof hm, "%02d:%02d", minutes / 60, minutes % 60);
  v.replace(t + 1, 5, hm);
  CivilDate d;
  if (t == 10 && days != 0 && claimscan::ParseIsoDate(v.substr(0, 10), &d)) {
    v.replace(0, 10, claimscan::FormatIsoDate(claimscan::calendar::AddDays(d, days)));
  }
}

bool ParseReference(const std::string& iso, CivilDate* d, int* hour, int* minute) {
  if (iso.size() < 10 || !claimscan::ParseIsoDate(std::string_view(iso).substr(0, 10), d)) {
    return false;
  }
  *hour = iso.size() >= 16 ? std::stoi(iso.substr(11, 2)) : 0;
  *minute = iso.size() >= 16 ? std::stoi(iso.substr(14, 2)) : 0;
  return true;
}

void Print(const char* name, const Tally& t) {
  std::printf("%-44s cases %4d/%4d = %5.1f %%   entities %4d/%4d = %5.1f %%\n", name, t.cases_right,
              t.cases, t.cases ? 100.0 * t.cases_right / t.cases : 0, t.entities_right, t.entities,
              t.entities ? 100.0 * t.entities_right / t.entities : 0);
}

int RunRecognizers(const claimscan::TemporalRecognizer& rec, const std::string& path, bool verbose,
                   Tally* total) {
  std::map<std::string, Tally> by_type;
  auto status = claimscan::ForEachDataLine(path, [&](int, std::string_view line) -> absl::Status {
    auto parsed = claimscan::ParseJson(line);
    if (!parsed.ok()) return parsed.status();
    const JsonValue& c = *parsed;
    const std::string text = c.GetString("text");
    CivilDate ref;
    int hour = 0, minute = 0;
    const bool has_ref = ParseReference(c.GetString("reference_date"), &ref, &hour, &minute);
    std::vector<TemporalMention> found;
    rec.FindAt(text, claimscan::Span{0, static_cast<uint32_t>(text.size())},
               has_ref ? &ref : nullptr, has_ref ? hour * 3600 + minute * 60 : -1, &found);
    std::vector<bool> used(found.size(), false);
    bool case_right = true;
    std::string why;
    for (const JsonValue& e : c["expected"].array()) {
      const std::string type = e.GetString("type");
      Tally& t = by_type[type];
      ++t.entities;
      ++total->entities;
      const size_t b = ByteOffset(text, static_cast<size_t>(e.GetNumber("start")));
      const size_t en = ByteOffset(text, static_cast<size_t>(e.GetNumber("end")));
      bool right = false;
      for (size_t k = 0; k < found.size() && !right; ++k) {
        // A modified mention ("before 2010") stands for the words from its modifier on.
        const uint32_t begin = found[k].mod.empty() ? found[k].span.begin : found[k].mod_begin;
        if (begin != b || found[k].span.end != en) continue;
        used[k] = true;
        const std::string mine = Canon(found[k].value);
        if (!found[k].end_value.empty()) {
          // A range: its start and the start of its last unit against the gold interval timex
          // "(start,end,duration)" (Recognizers' end is exclusive: the start of the last unit).
          // A counted range ("next 5 days") has no named end: Recognizers' end is then the
          // start of the unit after the last one.
          const std::string range =
              StartOf(found[k].value) + "," +
              (found[k].counted ? StartOfNext(found[k].end_value, found[k].grain)
                                : StartOf(found[k].end_value));
          for (const JsonValue& v : e["resolution"]["values"].array()) {
            if (IntervalMatches(v.GetString("timex"), range)) right = true;
            // A weekday range's timex has no date ("XXXX-WXX-2T14:00"); its concrete reading
            // has, with the same convention (end = start of the last named unit).
            if (v["start"].is_string() && v["end"].is_string() &&
                Canon(v.GetString("start")) + "," + Canon(v.GetString("end")) == range) {
              right = true;
            }
          }
          continue;
        }
        // A week is a daterange from its Monday to the next in Recognizers' resolution ("the
        // last week of july": XXXX-07-W05, start 2017-07-24, end 2017-07-31).
        if (found[k].grain == claimscan::TimeGrain::kWeek && found[k].value.size() == 8 &&
            found[k].value[5] == 'W') {
          const std::string range =
              StartOf(found[k].value) + "," + StartOfNext(found[k].value, found[k].grain);
          for (const JsonValue& v : e["resolution"]["values"].array()) {
            if (v["start"].is_string() && v["end"].is_string() &&
                Canon(v.GetString("start")) + "," + Canon(v.GetString("end")) == range) {
              right = true;
            }
          }
        }
        // A quarter is an interval in Recognizers' timex: "2019-Q2" = (2019-04-01,2019-07-01).
        if (found[k].grain == claimscan::TimeGrain::kQuarter) {
          const std::string range =
              StartOf(found[k].value) + "," + StartOfNext(found[k].value, found[k].grain);
          for (const JsonValue& v : e["resolution"]["values"].array()) {
            if (IntervalMatches(v.GetString("timex"), range)) right = true;
          }
        }
        for (const JsonValue& v : e["resolution"]["values"].array()) {
          for (const char* key : {"timex", "value", "start"}) {
            if (v[key].is_string() && Canon(v.GetString(key)) == mine) right = true;
          }
          // An open range up to an instant (Mod "before", "before-end", ...) states that instant
          // as its "end" alone ("tomorrow before 5pm": end 2016-11-08 17:00:00).
          const bool up_to = v["Mod"].is_string() && v.GetString("Mod").rfind("before", 0) == 0 &&
                             v["end"].is_string() && !v["start"].is_string();
          if (up_to && Canon(v.GetString("end")) == mine) right = true;
          // A resolved value for a gold timex with unknown parts ("XXXX-11" read as "2016-11")
          // is right when it agrees with the timex where the timex is known and with one
          // reading's concrete start or value.
          const std::string timex = Canon(v.GetString("timex"));
          if (!right && timex.size() == mine.size() && timex.find('X') != std::string::npos) {
            bool agrees = true;
            for (size_t p = 0; p < timex.size(); ++p) {
              if (timex[p] != 'X' && timex[p] != mine[p]) agrees = false;
            }
            const std::string concrete = Canon(v.GetString(v["start"].is_string() ? "start"
                                                           : up_to                ? "end"
                                                                                  : "value"));
            if (agrees && concrete.compare(0, mine.size(), mine) == 0) right = true;
          }
        }
      }
      if (right) {
        ++t.entities_right;
        ++total->entities_right;
      } else {
        case_right = false;
        why += " missed[" + e.GetString("text") + " " + type.substr(11) + " " +
               e["resolution"]["values"].array().front().GetString("timex") + "]";
      }
    }
    for (size_t k = 0; k < found.size(); ++k) {
      if (!used[k]) {
        case_right = false;
        why += " extra[" + std::string(found[k].span.In(text)) + "=" + found[k].value + "]";
      }
    }
    ++total->cases;
    total->cases_right += case_right;
    if (verbose && !case_right) {
      std::printf("FAIL %s | %s |%s\n", c.GetString("id").c_str(), text.c_str(), why.c_str());
    }
    return absl::OkStatus();
  });
  if (!status.ok()) {
    std::fprintf(stderr, "%s\n", std::string(status.message()).c_str());
    return 1;
  }
  for (const auto& [type, t] : by_type) {
    std::printf("  %-42s entities %4d/%4d = %5.1f %%\n", type.c_str(), t.entities_right, t.entities,
                t.entities ? 100.0 * t.entities_right / t.entities : 0);
  }
  return 0;
}

// Converts a mention to Duckling's "YYYY-MM-DDTHH:MM:SS" start instant and grain name.
bool ToDuckling(const TemporalMention& m, const CivilDate& ref, int ref_hour, int ref_minute,
                std::string* instant, std::string* grain) {
  const std::string& v = m.value;
  *grain = std::string(claimscan::TimeGrainName(m.grain));
  if (v.find('X') != std::string::npos || m.kind == claimscan::TemporalKind::kDuration) {
    return false;
  }
  char buf[32];
  if ((v.size() == 6 || v.size() == 9) && v[0] == 'T') {  // "T15:00": the next such time
    const int h = std::stoi(v.substr(1, 2)), mi = std::stoi(v.substr(4, 2));
    const int sec = v.size() == 9 ? std::stoi(v.substr(7, 2)) : 0;
    CivilDate d = ref;
    if (h * 60 + mi <= ref_hour * 60 + ref_minute) {
      std::string next = claimscan::FormatIsoDate(ref);
      // add one day via ISO parse of the day after
      static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
      int dim = kDays[d.month - 1] + (d.month == 2 && d.year % 4 == 0 ? 1 : 0);
      if (++d.day > dim) d.day = 1, ++d.month;
      if (d.month > 12) d.month = 1, ++d.year;
    }
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d.year, d.month, d.day, h, mi,
                  sec);
    *instant = buf;
    return true;
  }
  if (v.size() >= 8 && v[4] == '-' && v[5] == 'W') {  // ISO week: its Monday
    const int y = std::stoi(v.substr(0, 4)), w = std::stoi(v.substr(6, 2));
    CivilDate jan4{y, 1, 4};
    const int wd = claimscan::DayOfWeek(jan4);
    // days from Jan 4 back to week 1's Monday, then forward
    int offset = -wd + (w - 1) * 7;
    CivilDate d = jan4;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    auto dim = [&](int yy, int mm) {
      return kDays[mm - 1] + (mm == 2 && yy % 4 == 0 && (yy % 100 != 0 || yy % 400 == 0));
    };
    while (offset > 0) {
      if (++d.day > dim(d.year, d.month)) d.day = 1, ++d.month;
      if (d.month > 12) d.month = 1, ++d.year;
      --offset;
    }
    while (offset < 0) {
      if (--d.day < 1) {
        if (--d.month < 1) d.month = 12, --d.year;
        d.day = dim(d.year, d.month);
      }
      ++offset;
    }
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT00:00:00", d.year, d.month, d.day);
    *instant = buf;
    return true;
  }
  if (v.size() == 7 && v[4] == '-' && v[5] == 'Q') {
    std::snprintf(buf, sizeof buf, "%s-%02d-01T00:00:00", v.substr(0, 4).c_str(),
                  (v[6] - '1') * 3 + 1);
    *instant = buf;
    return true;
  }
  if (v.size() == 4) {
    *instant = v + "-01-01T00:00:00";
    return true;
  }
  if (v.size() == 7) {
    *instant = v + "-01T00:00:00";
    return true;
  }
  if (v.size() == 10) {
    *instant = v + "T00:00:00";
    return true;
  }
  if (v.size() == 16) {
    *instant = v + ":00";
    return true;
  }
  if (v.size() == 19) {
    *instant = v;
    return true;
  }
  return false;
}

// "YYYY-MM-DDTHH:MM:SS" plus one unit of `grain`, in the same form (wall clock, no zone).
std::string PlusOneGrain(const std::string& instant, const std::string& grain) {
  CivilDate d;
  if (instant.size() != 19 || !claimscan::ParseIsoDate(instant.substr(0, 10), &d)) return "";
  int64_t seconds = std::stoi(instant.substr(11, 2)) * 3600 +
                    std::stoi(instant.substr(14, 2)) * 60 + std::stoi(instant.substr(17, 2));
  namespace cal = claimscan::calendar;
  if (grain == "second") seconds += 1;
  if (grain == "minute") seconds += 60;
  if (grain == "hour") seconds += 3600;
  if (grain == "day") d = cal::AddDays(d, 1);
  if (grain == "week") d = cal::AddDays(d, 7);
  if (grain == "month") d = cal::AddMonths(d, 1);
  if (grain == "quarter") d = cal::AddMonths(d, 3);
  if (grain == "year") d = cal::AddMonths(d, 12);
  d = cal::AddDays(d, seconds / 86400);
  seconds %= 86400;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", d.year, d.month, d.day,
                static_cast<int>(seconds / 3600), static_cast<int>(seconds / 60 % 60),
                static_cast<int>(seconds % 60));
  return buf;
}

// "P3D" → (3, "day"), "PT2H" → (2, "hour"). A compound duration is stated in its smallest unit,
// as Duckling states it ("P2Y3M" → (27, "month"), "PT1H15S" → (3615, "second")), where the
// units convert exactly (years to months; weeks, days, hours, minutes to seconds).
bool DurationOf(const std::string& v, double* n, std::string* unit) {
  if (v.size() < 3 || v[0] != 'P') return false;
  size_t letters = 0;
  for (size_t i = 1; i < v.size(); ++i) letters += (v[i] >= 'A' && v[i] <= 'Z' && v[i] != 'T');
  if (letters > 1) {
    static const std::pair<const char*, int> kChain[] = {{"year", 12}, {"month", 0}};
    static const std::pair<const char*, int> kClock[] = {
        {"week", 7}, {"day", 24}, {"hour", 60}, {"minute", 60}, {"second", 0}};
    double total = 0;
    std::string smallest;
    bool clock = false;
    size_t i = 1;
    while (i < v.size()) {
      if (v[i] == 'T') {
        clock = true;
        ++i;
        continue;
      }
      size_t used = 0;
      double part = 0;
      try {
        part = std::stod(v.substr(i), &used);
      } catch (...) {
        return false;
      }
      i += used;
      if (i >= v.size()) return false;
      const char u = v[i++];
      const std::string name = clock ? (u == 'H'   ? "hour"
                                        : u == 'M' ? "minute"
                                                   : "second")
                                     : (u == 'Y'   ? "year"
                                        : u == 'M' ? "month"
                                        : u == 'W' ? "week"
                                                   : "day");
      // Carry the total so far down to this unit.
      if (!smallest.empty()) {
        bool found = false;
        for (const auto* chain : {kChain, kClock}) {
          const size_t len = chain == kChain ? 2 : 5;
          for (size_t a = 0; a < len && !found; ++a) {
            if (smallest != chain[a].first) continue;
            for (size_t b = a; b + 1 < len && smallest != name; ++b) {
              total *= chain[b].second;
              smallest = chain[b + 1].first;
            }
            found = smallest == name;
          }
        }
        if (!found) return false;
      }
      smallest = name;
      total += part;
    }
    *n = total;
    *unit = smallest;
    return true;
  }
  const bool clock = v[1] == 'T';
  const std::string body = v.substr(clock ? 2 : 1);
  size_t used = 0;
  try {
    *n = std::stod(body, &used);
  } catch (...) {
    return false;
  }
  const std::string d = body.substr(used);
  if (clock) {
    *unit = d == "H" ? "hour" : d == "M" ? "minute" : d == "S" ? "second" : "";
  } else {
    *unit = d == "D" ? "day" : d == "W" ? "week" : d == "M" ? "month" : d == "Y" ? "year" : "";
  }
  return !unit->empty();
}

// Duckling's entity spans the whole text; claimscan leaves a leading "at" / "on" / "in" out of
// the span when it does not change the value ("at 2pm", "on Thursday", "in 2014"), so a span that
// starts right after one of those words (at the start of the text) also counts as whole.
bool SpanStartsRight(std::string_view text, size_t begin) {
  if (begin == 0) return true;
  for (std::string_view cue : {"at ", "on ", "in "}) {
    if (begin == cue.size() && text.size() > cue.size() &&
        (text.substr(0, cue.size()) == cue || (text[0] == static_cast<char>(cue[0] - 32) &&
                                               text.substr(1, cue.size() - 1) == cue.substr(1)))) {
      return true;
    }
  }
  return false;
}

int RunDuckling(const claimscan::TemporalRecognizer& rec, const std::string& path, bool verbose,
                Tally* time_tally, Tally* duration_tally) {
  auto status = claimscan::ForEachDataLine(path, [&](int, std::string_view line) -> absl::Status {
    auto parsed = claimscan::ParseJson(line);
    if (!parsed.ok()) return parsed.status();
    const JsonValue& c = *parsed;
    const std::string dim = c.GetString("dimension");
    if (dim != "time" && dim != "duration") return absl::OkStatus();
    Tally* t = dim == "time" ? time_tally : duration_tally;
    const std::string text = c.GetString("text");
    CivilDate ref;
    int hour = 0, minute = 0;
    ParseReference(c.GetString("reference_date"), &ref, &hour, &minute);
    std::vector<TemporalMention> found;
    rec.FindAt(text, claimscan::Span{0, static_cast<uint32_t>(text.size())}, &ref,
               hour * 3600 + minute * 60, &found);
    for (TemporalMention& m : found)
      ToReferenceZone(&m, ReferenceOffset(c.GetString("reference_date")));
    const auto& expected = c["expected"].array();
    bool right = false;
    std::string mine = "(none)";
    if (found.size() == 1) {
      mine = std::string(found[0].span.In(text)) + "=" + found[0].value;
    } else if (found.size() > 1) {
      mine = std::to_string(found.size()) + " mentions";
    }
    if (expected.empty()) {
      right = found.empty();
    } else if (found.size() == 1 && found[0].span.end == text.size() &&
               SpanStartsRight(text,
                               found[0].mod.empty() ? found[0].span.begin : found[0].mod_begin)) {
      const JsonValue& value = expected[0]["value"];
      if (dim == "duration") {
        double n = 0;
        std::string unit;
        right = DurationOf(found[0].value, &n, &unit);
        // Duckling states a fractional duration in the next smaller exact unit ("1.5 hours" =
        // 90 minute); the same length, so convert mine the same way before comparing.
        static const std::pair<const char*, std::pair<const char*, int>> kSmaller[] = {
            {"year", {"month", 12}},
            {"week", {"day", 7}},
            {"day", {"hour", 24}},
            {"hour", {"minute", 60}},
            {"minute", {"second", 60}}};
        for (bool changed = true; right && changed && n != static_cast<int64_t>(n);) {
          changed = false;
          for (const auto& [from, to] : kSmaller) {
            if (unit == from) {
              unit = to.first;
              n *= to.second;
              changed = true;
              break;
            }
          }
        }
        right = right && n == value.GetNumber("value") && unit == value.GetString("unit");
      } else if (value.GetString("type") == "interval" && found[0].mod == "by") {
        // A deadline runs from the reference instant (second grain) to the named time's start,
        // or to the end of a named period ("by EOM" = until the next month begins).
        TemporalMention last = found[0];
        if (!found[0].end_value.empty()) last.value = found[0].end_value;
        std::string to, grain;
        char now[32];
        std::snprintf(now, sizeof now, "%04d-%02d-%02dT%02d:%02d:00", ref.year, ref.month, ref.day,
                      hour, minute);
        right = value["from"].is_object() && value["to"].is_object() &&
                ToDuckling(last, ref, hour, minute, &to, &grain);
        if (right && !found[0].end_value.empty()) to = PlusOneGrain(to, grain);
        right = right && value["from"].GetString("value").substr(0, 19) == now &&
                value["to"].GetString("value").substr(0, 19) == to &&
                value["from"].GetString("grain") == "second";
        mine += " (by " + to + ")";
      } else if (value.GetString("type") == "interval" && !found[0].mod.empty()) {
        // An open interval: "since 2014" / "after 2014" has only `from`, "before 11 am" /
        // "through 2014" only `to`, each the start instant of the named unit.
        std::string instant, grain;
        const bool from = found[0].mod == "since" || found[0].mod == "after";
        const JsonValue& end = value[from ? "from" : "to"];
        right = !value[from ? "to" : "from"].is_object() && end.is_object() &&
                ToDuckling(found[0], ref, hour, minute, &instant, &grain) &&
                end.GetString("value").substr(0, 19) == instant && end.GetString("grain") == grain;
        mine += " (" + std::string(found[0].mod) + " " + instant + " " + grain + ")";
      } else if (value.GetString("type") == "interval" && found[0].value.size() == 11 &&
                 found[0].value.substr(8) == "-WE" && found[0].end_value.empty()) {
        // A TIMEX weekend ("2013-W06-WE") is Duckling's weekend of that week: Friday 18:00 to
        // the Monday after, hour grain.
        TemporalMention week = found[0];
        week.value = found[0].value.substr(0, 8);
        std::string monday, grain;
        CivilDate d;
        right = ToDuckling(week, ref, hour, minute, &monday, &grain) &&
                claimscan::ParseIsoDate(monday.substr(0, 10), &d);
        namespace cal = claimscan::calendar;
        const std::string from = claimscan::FormatIsoDate(cal::AddDays(d, 4)) + "T18:00:00";
        const std::string to = claimscan::FormatIsoDate(cal::AddDays(d, 7)) + "T00:00:00";
        right = right && value["from"].is_object() && value["to"].is_object() &&
                value["from"].GetString("value").substr(0, 19) == from &&
                value["to"].GetString("value").substr(0, 19) == to &&
                value["from"].GetString("grain") == "hour";
        mine += " (" + from + "/" + to + " hour)";
      } else if (value.GetString("type") == "interval" && found[0].value.size() == 7 &&
                 found[0].value[4] == '-' && found[0].value[5] >= 'A') {
        // A TIMEX season ("2013-SU", a winter labelled with the year of its December) is
        // Duckling's closed interval of days for it (Duckling's Time/EN rules: spring March 20 -
        // June 21, summer June 21 - September 23, fall September 23 - December 21, winter
        // December 21 - March 20), `to` one day past the last.
        static constexpr std::pair<const char*, int> kCodes[] = {
            {"SP", 1}, {"SU", 2}, {"FA", 3}, {"WI", 4}};
        int season = 0;
        for (const auto& [code, n] : kCodes) {
          if (found[0].value.substr(5) == code) season = n;
        }
        const int year = std::stoi(found[0].value.substr(0, 4));
        CivilDate first, last;
        if (season > 0) claimscan::datetime_internal::SeasonBounds(season, year, &first, &last);
        const std::string from = claimscan::FormatIsoDate(first) + "T00:00:00";
        const std::string to =
            claimscan::FormatIsoDate(claimscan::calendar::AddDays(last, 1)) + "T00:00:00";
        right = season > 0 && value["from"].is_object() && value["to"].is_object() &&
                value["from"].GetString("value").substr(0, 19) == from &&
                value["to"].GetString("value").substr(0, 19) == to &&
                value["from"].GetString("grain") == "day";
        mine += " (" + from + "/" + to + " day)";
      } else if (value.GetString("type") == "interval" && found[0].value.size() == 13 &&
                 found[0].value[10] == 'T' && found[0].value[11] >= 'A') {
        // A TIMEX part of day ("2013-02-12TEV") is Duckling's interval for it: morning 0-12,
        // afternoon 12-19, evening and night 18-24, hour grain.
        const std::string part = found[0].value.substr(11);
        const int from_h = part == "MO" ? 0 : part == "AF" ? 12 : 18;
        const int to_h = part == "MO" ? 12 : part == "AF" ? 19 : 24;
        const std::string day = found[0].value.substr(0, 10);
        char from[32], to[32];
        std::snprintf(from, sizeof from, "%sT%02d:00:00", day.c_str(), from_h);
        std::snprintf(to, sizeof to, "%sT%02d:00:00", day.c_str(), to_h - 1);
        const std::string to_s = PlusOneGrain(to, "hour");
        right = value["from"].is_object() && value["to"].is_object() &&
                value["from"].GetString("value").substr(0, 19) == from &&
                value["to"].GetString("value").substr(0, 19) == to_s &&
                value["from"].GetString("grain") == "hour";
        mine += " (" + std::string(from) + "/" + to_s + " hour)";
      } else if (value.GetString("type") == "interval" && !found[0].end_value.empty()) {
        TemporalMention first = found[0], last = found[0];
        last.value = found[0].end_value;
        std::string from, to, grain, last_grain;
        right = value["from"].is_object() && value["to"].is_object() &&
                ToDuckling(first, ref, hour, minute, &from, &grain) &&
                ToDuckling(last, ref, hour, minute, &to, &last_grain);
        if (right) {
          to = PlusOneGrain(to, grain);
          right = value["from"].GetString("value").substr(0, 19) == from &&
                  value["to"].GetString("value").substr(0, 19) == to &&
                  value["from"].GetString("grain") == grain;
        }
        mine += " (" + from + "/" + to + " " + grain + ")";
      } else if (value.GetString("type") == "value") {
        std::string instant, grain;
        right = ToDuckling(found[0], ref, hour, minute, &instant, &grain) &&
                value.GetString("value").substr(0, 19) == instant &&
                value.GetString("grain") == grain;
        mine += " (" + instant + " " + grain + ")";
      }
    }
    ++t->cases;
    ++t->entities;
    t->cases_right += right;
    t->entities_right += right;
    if (verbose && !right) {
      std::string gold = expected.empty() ? "(none)" : expected[0]["value"].GetString("value");
      if (!expected.empty() && gold.empty()) gold = expected[0]["value"].GetString("type");
      std::printf("FAIL %s | %s | gold %s %s | mine %s\n", c.GetString("id").c_str(), text.c_str(),
                  gold.c_str(),
                  expected.empty() ? "" : expected[0]["value"].GetString("grain").c_str(),
                  mine.c_str());
    }
    return absl::OkStatus();
  });
  if (!status.ok()) {
    std::fprintf(stderr, "%s\n", std::string(status.message()).c_str());
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::string dir;
  std::string data = CLAIMSCAN_EVAL_DATA_DIR;  // claimscan's data/ (the holiday table)
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--verbose") == 0) {
      verbose = true;
    } else if (std::strncmp(argv[i], "--data=", 7) == 0) {
      data = argv[i] + 7;
    } else {
      dir = argv[i];
    }
  }
  if (dir.empty()) {
    std::fprintf(stderr, "usage: eval_datetime [--verbose] [--data=DIR] DATA_DIR\n");
    return 2;
  }
  auto rec = claimscan::TemporalRecognizer::Create(data);
  if (!rec.ok()) {
    std::fprintf(stderr, "%s\n", std::string(rec.status().message()).c_str());
    return 1;
  }
  Tally recognizers, duck_time, duck_duration;
  std::printf("recognizers-text-en-datetime (DateTimeModel)\n");
  if (RunRecognizers(**rec, claimscan::JoinPath(dir, "recognizers-text-en-datetime/dev.jsonl"),
                     verbose, &recognizers) != 0) {
    return 1;
  }
  if (RunDuckling(**rec, claimscan::JoinPath(dir, "duckling-en/dev.jsonl"), verbose, &duck_time,
                  &duck_duration) != 0) {
    return 1;
  }
  Print("recognizers-text-en-datetime", recognizers);
  Print("duckling-en time", duck_time);
  Print("duckling-en duration", duck_duration);
  Tally all;
  for (const Tally* t : {&recognizers, &duck_time, &duck_duration}) {
    all.cases += t->cases;
    all.cases_right += t->cases_right;
    all.entities += t->entities;
    all.entities_right += t->entities_right;
  }
  Print("overall", all);
  return 0;
}
