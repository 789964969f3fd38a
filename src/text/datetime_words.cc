// The calendar vocabulary of the token interpreter (datetime.cc): month, weekday, unit, zone,
// season and part-of-day words, counted and ordinal days, holiday names. Each lookup takes one
// word (or the tokens of a match) and returns what it names, or a "none" value.
#include <array>
#include <string_view>

#include "text/datetime_internal.h"

namespace claimscan {
namespace datetime_internal {

int LookupMonth(std::string_view w, bool* abbreviated) {
  for (int m = 0; m < 12; ++m) {
    if (EqualsNoCase(w, kMonthNames[m])) {
      *abbreviated = false;
      return m + 1;
    }
  }
  for (const auto& [name, m] : kMonthAbbrevs) {
    if (EqualsNoCase(w, name)) {
      *abbreviated = true;
      return m;
    }
  }
  return 0;
}

int LookupWeekday(std::string_view w) {
  for (int d = 0; d < 7; ++d) {
    if (EqualsNoCase(w, kWeekdayNames[d])) return d;
  }
  for (const auto& [name, d] : kWeekdayAbbrevs) {
    if (EqualsNoCase(w, name)) return d;
  }
  return -1;
}

int LookupCountWord(std::string_view w) {
  for (size_t i = 0; i < std::size(kCountWords); ++i) {
    if (EqualsNoCase(w, kCountWords[i])) return static_cast<int>(i);
  }
  for (const auto& [name, v] : kTensWords) {
    if (EqualsNoCase(w, name)) return v;
  }
  if (EqualsNoCase(w, "a") || EqualsNoCase(w, "an")) return 1;
  return -1;
}

// Ordinal day words, possibly split over "twenty - first" tokens: returns how many tokens
// were used, 0 if none.
int MatchOrdinalDay(const std::array<Tok, kMaxToks>& toks, int i, int n, int* day) {
  for (int d = 30; d >= 0; --d) {
    const std::string_view word = kOrdinalDays[d];
    const size_t dash = word.find('-');
    if (dash == std::string_view::npos) {
      if (EqualsNoCase(toks[i].text, word)) {
        *day = d + 1;
        return 1;
      }
      continue;
    }
    if (i + 1 < n && EqualsNoCase(toks[i].text, word.substr(0, dash))) {
      int j = i + 1;
      if (toks[j].text == "-" && j + 1 < n) ++j;
      if (EqualsNoCase(toks[j].text, word.substr(dash + 1))) {
        *day = d + 1;
        return j - i + 1;
      }
    }
  }
  return 0;
}

Unit LookupUnit(std::string_view w) {
  struct Entry {
    std::string_view singular;
    Unit unit;
  };
  static constexpr Entry kUnits[] = {
      {"second", Unit::kSecond},   {"minute", Unit::kMinute},  {"hour", Unit::kHour},
      {"day", Unit::kDay},         {"week", Unit::kWeek},      {"month", Unit::kMonth},
      {"year", Unit::kYear},       {"decade", Unit::kDecade},  {"fortnight", Unit::kFortnight},
      {"weekend", Unit::kWeekend}, {"quarter", Unit::kQuarter}};
  if (EqualsNoCase(w, "century") || EqualsNoCase(w, "centuries")) return Unit::kCentury;
  static constexpr Entry kAbbreviations[] = {
      {"sec", Unit::kSecond},  {"secs", Unit::kSecond}, {"min", Unit::kMinute},
      {"mins", Unit::kMinute}, {"h", Unit::kHour},      {"hr", Unit::kHour},
      {"hrs", Unit::kHour},    {"wk", Unit::kWeek},     {"wks", Unit::kWeek},
      {"yr", Unit::kYear},     {"yrs", Unit::kYear},    {"qtr", Unit::kQuarter},
      {"qtrs", Unit::kQuarter}};
  for (const Entry& e : kAbbreviations) {
    if (EqualsNoCase(w, e.singular)) return e.unit;
  }
  for (const Entry& e : kUnits) {
    if (EqualsNoCase(w, e.singular)) return e.unit;
    if (w.size() == e.singular.size() + 1 && Lower(w.back()) == 's' &&
        EqualsNoCase(w.substr(0, e.singular.size()), e.singular)) {
      return e.unit;
    }
  }
  return Unit::kNone;
}

// A time zone's offset from UTC in minutes (standard or daylight time as named).
bool LookupZone(std::string_view w, int* minutes) {
  static constexpr std::pair<std::string_view, int> kZones[] = {
      {"utc", 0},    {"gmt", 0},    {"bst", 60},   {"cet", 60},   {"cest", 120},
      {"msk", 180},  {"ist", 330},  {"jst", 540},  {"est", -300}, {"edt", -240},
      {"et", -300},  {"cst", -360}, {"cdt", -300}, {"ct", -360},  {"mst", -420},
      {"mdt", -360}, {"mt", -420},  {"pst", -480}, {"pdt", -420}, {"pt", -480}};
  for (const auto& [name, offset] : kZones) {
    if (EqualsNoCase(w, name)) {
      *minutes = offset;
      return true;
    }
  }
  return false;
}

// "morning(s)", "afternoon(s)", "evening(s)", "night": a part of the day, and its TIMEX code.
const char* PartOfDayCode(std::string_view w) {
  static constexpr std::pair<std::string_view, const char*> kParts[] = {
      {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"}};
  for (const auto& [name, code] : kParts) {
    if (EqualsNoCase(w, name) ||
        (w.size() == name.size() + 1 && Lower(w.back()) == 's' &&
         EqualsNoCase(w.substr(0, name.size()), name) && name != "night")) {
      return code;
    }
  }
  return nullptr;
}

bool IsPartOfDayWord(std::string_view w) { return PartOfDayCode(w) != nullptr; }

// "weekend", "week-end", "week end" at toks[i]: tokens used, 0 if none.
int WeekendAt(const std::array<Tok, kMaxToks>& toks, int i, int n) {
  if (EqualsNoCase(toks[i].text, "weekend")) return 1;
  if (!EqualsNoCase(toks[i].text, "week")) return 0;
  int j = i + 1;
  if (j < n && toks[j].text == "-") ++j;
  return j < n && EqualsNoCase(toks[j].text, "end") ? j - i + 1 : 0;
}

bool IsZoneWord(std::string_view w) {
  int minutes = 0;
  return LookupZone(w, &minutes);
}

// "mon", "Thu", "tues": a weekday's abbreviation, not its name.
bool IsWeekdayAbbreviation(std::string_view w) {
  for (const auto& [name, d] : kWeekdayAbbrevs) {
    if (EqualsNoCase(w, name)) return true;
  }
  return false;
}

// "AD" or "A.D" (the tokenizer leaves a final dot out), upper case.
bool IsEraWord(std::string_view w) { return w == "AD" || w == "A.D"; }

// "spring" = 1, "summer" = 2, "autumn" / "fall" = 3, "winter" = 4; 0 if none.
int SeasonOf(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kSeasons[] = {
      {"spring", 1}, {"summer", 2}, {"autumn", 3}, {"fall", 3}, {"winter", 4}};
  for (const auto& [name, season] : kSeasons) {
    if (EqualsNoCase(w, name)) return season;
  }
  return 0;
}

// "daily", "weekly", ...: the unit each recurs by; kWeekend stands for "nightly".
Unit RecurringAdverb(std::string_view w) {
  static constexpr std::pair<std::string_view, Unit> kAdverbs[] = {
      {"daily", Unit::kDay},     {"everyday", Unit::kDay},      {"weekly", Unit::kWeek},
      {"monthly", Unit::kMonth}, {"quarterly", Unit::kQuarter}, {"annually", Unit::kYear},
      {"yearly", Unit::kYear},   {"hourly", Unit::kHour},       {"nightly", Unit::kWeekend},
      {"annual", Unit::kYear}};
  for (const auto& [word, unit] : kAdverbs) {
    if (EqualsNoCase(w, word)) return unit;
  }
  return Unit::kNone;
}

// A holiday name starting at toks[i] ("New Year's Day": words, apostrophes and hyphens
// between them): the longest one in the table. Returns tokens used, 0 if none.
int MatchHoliday(const std::array<Tok, kMaxToks>& toks, int i, int n, int* holiday, bool* capital) {
  std::array<char, 40> key;
  size_t len = 0;
  int best = 0;
  for (int j = i; j < n; ++j) {
    const Tok& t = toks[j];
    if (t.kind == TokKind::kPunct) {
      if (t.text == "'" || t.text == "-" || t.text == ".") continue;
      break;
    }
    if (t.kind != TokKind::kWord || len + t.text.size() > key.size()) break;
    for (char c : t.text) {
      if (IsAsciiAlpha(c)) key[len++] = Lower(c);
    }
    if (const int h = LookupHoliday(std::string_view(key.data(), len)); h >= 0) {
      *holiday = h;
      *capital = toks[i].text[0] >= 'A' && toks[i].text[0] <= 'Z';
      best = j - i + 1;
    }
  }
  return best;
}

bool IsCalendarWord(std::string_view w) {
  bool abbreviated = false;
  return LookupMonth(w, &abbreviated) > 0 || LookupWeekday(w) >= 0;
}

namespace {

// Words that introduce a date but are not part of its value ("on Monday", "in 2006").
constexpr std::string_view kLeadingCues[] = {"on",   "in",     "at", "since",  "until",
                                             "by",   "during", "of", "before", "after",
                                             "from", "till",   "to"};

}  // namespace

bool IsShiftWord(std::string_view w) {
  for (std::string_view c : {"next", "last", "past", "previous", "coming", "following"}) {
    if (EqualsNoCase(w, c)) return true;
  }
  return false;
}

bool IsLeadingCue(std::string_view w) {
  for (std::string_view c : kLeadingCues) {
    if (EqualsNoCase(w, c)) return true;
  }
  return false;
}

}  // namespace datetime_internal
}  // namespace claimscan
