// Holidays for the temporal recogniser: fixed days ("Christmas"), the n-th weekday of a month
// ("Thanksgiving", "Labor Day") and days counted from Easter ("Good Friday"), the ones English
// news names most. Names are compared by their letters only, so "New Year's Day", "new years
// day" and "New-Year's day" are one key.
#include <string>
#include <string_view>

#include "claimscan/datetime.h"
#include "text/datetime_calendar.h"
#include "text/datetime_internal.h"

namespace claimscan {
namespace datetime_internal {
namespace {

enum class Rule : uint8_t { kFixed, kNthWeekday, kEaster };

struct Holiday {
  std::string_view key;  // lower-case letters only
  Rule rule;
  int month;     // kFixed, kNthWeekday
  int day;       // kFixed: day of month; kNthWeekday: 0 = Monday ... 6 = Sunday
  int n;         // kNthWeekday: 1..4, or -1 = last; kEaster: days after Easter Sunday
  int plus = 0;  // days added after the rule (Black Friday = Thanksgiving + 1)
};

constexpr Holiday kHolidays[] = {
    {"christmas", Rule::kFixed, 12, 25, 0},
    {"christmasday", Rule::kFixed, 12, 25, 0},
    {"xmas", Rule::kFixed, 12, 25, 0},
    {"christmaseve", Rule::kFixed, 12, 24, 0},
    {"boxingday", Rule::kFixed, 12, 26, 0},
    {"newyears", Rule::kFixed, 1, 1, 0},
    {"newyearsday", Rule::kFixed, 1, 1, 0},
    {"newyearday", Rule::kFixed, 1, 1, 0},
    {"newyearseve", Rule::kFixed, 12, 31, 0},
    {"newyeareve", Rule::kFixed, 12, 31, 0},
    {"halloween", Rule::kFixed, 10, 31, 0},
    {"valentinesday", Rule::kFixed, 2, 14, 0},
    {"valentineday", Rule::kFixed, 2, 14, 0},
    {"independenceday", Rule::kFixed, 7, 4, 0},
    {"veteransday", Rule::kFixed, 11, 11, 0},
    {"internationalworkersday", Rule::kFixed, 5, 1, 0},
    {"mlkday", Rule::kNthWeekday, 1, 0, 3},
    {"mlkjrday", Rule::kNthWeekday, 1, 0, 3},
    {"martinlutherkingday", Rule::kNthWeekday, 1, 0, 3},
    {"martinlutherkingsday", Rule::kNthWeekday, 1, 0, 3},
    {"martinlutherkingjrday", Rule::kNthWeekday, 1, 0, 3},
    {"presidentsday", Rule::kNthWeekday, 2, 0, 3},
    {"memorialday", Rule::kNthWeekday, 5, 0, -1},
    {"laborday", Rule::kNthWeekday, 9, 0, 1},
    {"labourday", Rule::kNthWeekday, 9, 0, 1},
    {"columbusday", Rule::kNthWeekday, 10, 0, 2},
    {"thanksgiving", Rule::kNthWeekday, 11, 3, 4},
    {"thanksgivingday", Rule::kNthWeekday, 11, 3, 4},
    {"blackfriday", Rule::kNthWeekday, 11, 3, 4, 1},
    {"mothersday", Rule::kNthWeekday, 5, 6, 2},
    {"fathersday", Rule::kNthWeekday, 6, 6, 3},
    {"easter", Rule::kEaster, 0, 0, 0},
    {"eastersunday", Rule::kEaster, 0, 0, 0},
    {"eastermonday", Rule::kEaster, 0, 0, 1},
    {"goodfriday", Rule::kEaster, 0, 0, -2},
    {"palmsunday", Rule::kEaster, 0, 0, -7},
    {"ashwednesday", Rule::kEaster, 0, 0, -46},
    {"shrovetuesday", Rule::kEaster, 0, 0, -47},
    {"mardigras", Rule::kEaster, 0, 0, -47},
    {"pancakeday", Rule::kEaster, 0, 0, -47},
    {"eastermon", Rule::kEaster, 0, 0, 1},
    {"maundythursday", Rule::kEaster, 0, 0, -3},
    {"holysaturday", Rule::kEaster, 0, 0, -1},
    {"ascensionday", Rule::kEaster, 0, 0, 39},
    {"pentecost", Rule::kEaster, 0, 0, 49},
    {"whitsunday", Rule::kEaster, 0, 0, 49},
    {"whitmonday", Rule::kEaster, 0, 0, 50},
    {"stpatricksday", Rule::kFixed, 3, 17, 0},
    {"stpatrickday", Rule::kFixed, 3, 17, 0},
    {"stpatricks", Rule::kFixed, 3, 17, 0},
    {"saintpatricksday", Rule::kFixed, 3, 17, 0},
    {"saintpatrickday", Rule::kFixed, 3, 17, 0},
    {"saintpatricks", Rule::kFixed, 3, 17, 0},
    {"saintpatrick", Rule::kFixed, 3, 17, 0},
    {"groundhogday", Rule::kFixed, 2, 2, 0},
    {"earthday", Rule::kFixed, 4, 22, 0},
    {"mayday", Rule::kFixed, 5, 1, 0},
    {"cincodemayo", Rule::kFixed, 5, 5, 0},
    {"juneteenth", Rule::kFixed, 6, 19, 0},
    {"canadaday", Rule::kFixed, 7, 1, 0},
    {"bastilleday", Rule::kFixed, 7, 14, 0},
    {"allsaintsday", Rule::kFixed, 11, 1, 0},
    {"worldveganday", Rule::kFixed, 11, 1, 0},
    {"remembranceday", Rule::kFixed, 11, 11, 0},
    {"armisticeday", Rule::kFixed, 11, 11, 0},
    {"bossday", Rule::kFixed, 10, 16, 0},
    {"bossesday", Rule::kFixed, 10, 16, 0},
    {"bosssday", Rule::kFixed, 10, 16, 0},
};

// Easter Sunday of the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm).
CivilDate EasterSunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return CivilDate{y, month, day};
}

}  // namespace

std::string HolidayPattern() {
  // Letters of each key may be split by blanks, hyphens or an apostrophe ("New Year's Day");
  // the interpreter checks the letters against the table.
  return "(?:christmas(?:[\\s-]+(?:day|eve))?|x-?mas|boxing\\s+day|new[\\s-]+year(?:'?s)?"
         "(?:[\\s-]+(?:day|eve))?|halloween|valentine'?s?\\s+day|independence\\s+day|"
         "veterans'?\\s+day|international\\s+workers'?\\s+day|"
         "(?:mlk(?:\\s+jr\\.?)?|martin\\s+luther\\s+king(?:'?s)?(?:\\s+jr\\.?)?)\\s+day|"
         "presidents'?\\s+day|memorial\\s+day|labou?r\\s+day|columbus\\s+day|"
         "thanksgiving(?:\\s+day)?|black\\s+friday|mother'?s\\s+day|father'?s\\s+day|"
         "easter(?:\\s+(?:sunday|monday))?|good\\s+friday|palm\\s+sunday|ash\\s+wednesday|"
         "shrove\\s+tuesday|mardi\\s+gras|pancake\\s+day|easter\\s+mon\\b\\.?|"
         "maundy\\s+thursday|holy\\s+saturday|ascension\\s+day|pentecost|whit\\s+(?:sunday|monday)|"
         "(?:st\\.?|saint)\\s+patrick(?:'?s)?(?:\\s+day)?|groundhog\\s+day|earth\\s+day|may\\s+day|"
         "cinco\\s+de\\s+mayo|juneteenth|canada\\s+day|bastille\\s+day|all\\s+saints'?\\s+day|"
         "world\\s+vegan\\s+day|remembrance\\s+day|armistice\\s+day|boss(?:'s|es|'|)\\s+day)\\b";
}

int LookupHoliday(std::string_view letters) {
  for (size_t i = 0; i < std::size(kHolidays); ++i) {
    if (kHolidays[i].key == letters) return static_cast<int>(i);
  }
  return -1;
}

CivilDate HolidayDate(int holiday, int year) {
  const Holiday& h = kHolidays[holiday];
  switch (h.rule) {
    case Rule::kFixed:
      return CivilDate{year, h.month, h.day};
    case Rule::kEaster:
      return calendar::AddDays(EasterSunday(year), h.n);
    case Rule::kNthWeekday: {
      CivilDate d;
      if (h.n > 0) {
        const int64_t first = calendar::ToDays(year, h.month, 1);
        const int shift = (h.day - calendar::WeekdayOfDays(first) + 7) % 7;
        d = calendar::FromDays(first + shift + 7 * (h.n - 1));
      } else {
        const int64_t last = calendar::ToDays(year, h.month, calendar::DaysInMonth(year, h.month));
        d = calendar::FromDays(last - (calendar::WeekdayOfDays(last) - h.day + 7) % 7);
      }
      return calendar::AddDays(d, h.plus);
    }
  }
  return CivilDate{};
}

}  // namespace datetime_internal
}  // namespace claimscan
