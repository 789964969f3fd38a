// Holidays for the temporal recogniser: fixed days ("Christmas"), the n-th weekday of a month
// ("Thanksgiving", "Labor Day"), days counted from Western or Orthodox Easter ("Good Friday",
// "Clean Monday"), days of the Hebrew calendar ("Passover", "Hanukkah"), computed here, and the
// Islamic and Chinese holidays ("Eid al-Fitr", "Chinese New Year"), read from the holiday table
// (data/dates/holidays.tsv) when the recogniser has one. Names are compared by their letters
// only, so "New Year's Day", "new years day" and "New-Year's day" are one key.
//
// Conventions follow Duckling's: a Jewish holiday starts on its eve, the day at whose sunset it
// begins ("Passover 2018" = 2018-03-30 to 2018-04-07); a holiday that lasts ("Ramadan", "Lent",
// "Passover") is a range of days.
#include <string>
#include <string_view>

#include "claimscan/datetime.h"
#include "text/datetime_calendar.h"
#include "text/datetime_hebrew.h"
#include "text/datetime_holiday_table.h"
#include "text/datetime_internal.h"

namespace claimscan {
namespace datetime_internal {
namespace {

enum class Rule : uint8_t { kFixed, kNthWeekday, kEaster, kOrthodoxEaster, kHebrew, kTable };

// Flags.
constexpr uint8_t kObserved = 1;   // on a Saturday it is kept the Friday before, on a Sunday the
                                   // Monday after ("Boss's Day")
constexpr uint8_t kCapital = 2;    // alone, only when capitalised: "Lent", not "lent" (lend)
constexpr uint8_t kQualified = 4;  // never alone, only with a year or "next" / "last": "rakhi
                                   // 2030" (alone it is a wrist thread or a given name)

struct Holiday {
  std::string_view key;  // lower-case letters only
  Rule rule;
  int month;       // kFixed, kNthWeekday, kHebrew (calendar::hebrew::kNisan ...)
  int day;         // kFixed, kHebrew: day of month; kNthWeekday: 0 = Monday ... 6 = Sunday
  int n;           // kNthWeekday: 1..4, or -1 = last; k*Easter: days after Easter Sunday
  int plus = 0;    // days added after the rule (Black Friday = Thanksgiving + 1)
  int length = 1;  // days it lasts ("Lent", "Passover")
  uint8_t flags = 0;
  std::string_view table_id = {};  // kTable: the id in holidays.tsv
};

namespace heb = calendar::hebrew;

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
    {"branchsunday", Rule::kEaster, 0, 0, -7},
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
    {"bossday", Rule::kFixed, 10, 16, 0, 0, 1, kObserved},
    {"bossesday", Rule::kFixed, 10, 16, 0, 0, 1, kObserved},
    {"bosssday", Rule::kFixed, 10, 16, 0, 0, 1, kObserved},
    // Western Easter cycle, more.
    {"lent", Rule::kEaster, 0, 0, -46, 0, 46, kCapital},  // Ash Wednesday to Holy Saturday
    {"trinitysunday", Rule::kEaster, 0, 0, 56},
    {"corpuschristi", Rule::kEaster, 0, 0, 60},
    // Orthodox Easter cycle (Julian computus).
    {"orthodoxeaster", Rule::kOrthodoxEaster, 0, 0, 0},
    {"orthodoxeastersunday", Rule::kOrthodoxEaster, 0, 0, 0},
    {"orthodoxeastermonday", Rule::kOrthodoxEaster, 0, 0, 1},
    {"orthodoxgoodfriday", Rule::kOrthodoxEaster, 0, 0, -2},
    {"orthodoxgreatfriday", Rule::kOrthodoxEaster, 0, 0, -2},
    {"orthodoxholysaturday", Rule::kOrthodoxEaster, 0, 0, -1},
    {"orthodoxpalmsunday", Rule::kOrthodoxEaster, 0, 0, -7},
    {"lazarussaturday", Rule::kOrthodoxEaster, 0, 0, -8},
    {"cleanmonday", Rule::kOrthodoxEaster, 0, 0, -48},
    {"puremonday", Rule::kOrthodoxEaster, 0, 0, -48},
    {"orthodoxshrovemonday", Rule::kOrthodoxEaster, 0, 0, -48},
    {"orthodoxpentecost", Rule::kOrthodoxEaster, 0, 0, 49},
    // Hebrew calendar, from the eve.
    {"roshhashanah", Rule::kHebrew, heb::kElul, 29, 0, 0, 3},
    {"roshhashana", Rule::kHebrew, heb::kElul, 29, 0, 0, 3},
    {"roshhashonah", Rule::kHebrew, heb::kElul, 29, 0, 0, 3},
    {"roshhashonoh", Rule::kHebrew, heb::kElul, 29, 0, 0, 3},
    {"jewishnewyear", Rule::kHebrew, heb::kElul, 29, 0, 0, 3},
    {"yomkippur", Rule::kHebrew, heb::kTishrei, 9, 0},
    {"sukkot", Rule::kHebrew, heb::kTishrei, 14, 0, 0, 8},
    {"sukkoth", Rule::kHebrew, heb::kTishrei, 14, 0, 0, 8},
    {"succot", Rule::kHebrew, heb::kTishrei, 14, 0, 0, 8},
    {"sukkos", Rule::kHebrew, heb::kTishrei, 14, 0, 0, 8},
    {"feastoftabernacles", Rule::kHebrew, heb::kTishrei, 14, 0, 0, 8},
    {"sheminiatzeret", Rule::kHebrew, heb::kTishrei, 21, 0},
    {"shminiatzeret", Rule::kHebrew, heb::kTishrei, 21, 0},
    {"simchattorah", Rule::kHebrew, heb::kTishrei, 22, 0},
    {"simhattorah", Rule::kHebrew, heb::kTishrei, 22, 0},
    {"hanukkah", Rule::kHebrew, heb::kKislev, 24, 0, 0, 9},
    {"hanukah", Rule::kHebrew, heb::kKislev, 24, 0, 0, 9},
    {"hannukah", Rule::kHebrew, heb::kKislev, 24, 0, 0, 9},
    {"chanukah", Rule::kHebrew, heb::kKislev, 24, 0, 0, 9},
    {"chanukkah", Rule::kHebrew, heb::kKislev, 24, 0, 0, 9},
    {"tubishvat", Rule::kHebrew, heb::kShevat, 14, 0},
    {"tubshevat", Rule::kHebrew, heb::kShevat, 14, 0},
    {"tubishevat", Rule::kHebrew, heb::kShevat, 14, 0},
    {"purim", Rule::kHebrew, heb::kAdar, 13, 0},
    {"shushanpurim", Rule::kHebrew, heb::kAdar, 14, 0},
    {"passover", Rule::kHebrew, heb::kNisan, 14, 0, 0, 9},
    {"pesach", Rule::kHebrew, heb::kNisan, 14, 0, 0, 9},
    {"pesah", Rule::kHebrew, heb::kNisan, 14, 0, 0, 9},
    {"yomhashoah", Rule::kHebrew, heb::kNisan, 26, 0},
    {"yomhaatzmaut", Rule::kHebrew, heb::kIyar, 4, 0},
    {"lagbaomer", Rule::kHebrew, heb::kIyar, 17, 0},
    {"lagbomer", Rule::kHebrew, heb::kIyar, 17, 0},
    {"shavuot", Rule::kHebrew, heb::kSivan, 5, 0, 0, 3},
    {"shavuoth", Rule::kHebrew, heb::kSivan, 5, 0, 0, 3},
    {"shavuos", Rule::kHebrew, heb::kSivan, 5, 0, 0, 3},
    {"tishabav", Rule::kHebrew, heb::kAv, 8, 0},
    {"tishahbav", Rule::kHebrew, heb::kAv, 8, 0},
    // Islamic calendar (Umm al-Qura) and Chinese calendar: from the table.
    {"eidalfitr", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_fitr"},
    {"eidulfitr", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_fitr"},
    {"eidelfitr", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_fitr"},
    {"idalfitr", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_fitr"},
    {"idulfitr", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_fitr"},
    {"eidaladha", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_adha"},
    {"eiduladha", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_adha"},
    {"eideladha", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_adha"},
    {"idaladha", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_adha"},
    {"iduladha", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_adha"},
    {"eidulazha", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_adha"},
    {"bakrid", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_adha"},
    {"sacrificefeast", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_adha"},
    {"feastofsacrifice", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_adha"},
    {"feastofthesacrifice", Rule::kTable, 0, 0, 0, 0, 1, 0, "eid_al_adha"},
    {"ramadan", Rule::kTable, 0, 0, 0, 0, 1, 0, "ramadan"},
    {"ramadhan", Rule::kTable, 0, 0, 0, 0, 1, 0, "ramadan"},
    {"ramazan", Rule::kTable, 0, 0, 0, 0, 1, 0, "ramadan"},
    {"islamicnewyear", Rule::kTable, 0, 0, 0, 0, 1, 0, "islamic_new_year"},
    {"hijrinewyear", Rule::kTable, 0, 0, 0, 0, 1, 0, "islamic_new_year"},
    {"arabicnewyear", Rule::kTable, 0, 0, 0, 0, 1, 0, "islamic_new_year"},
    {"ashura", Rule::kTable, 0, 0, 0, 0, 1, 0, "ashura"},
    {"dayofashura", Rule::kTable, 0, 0, 0, 0, 1, 0, "ashura"},
    {"mawlid", Rule::kTable, 0, 0, 0, 0, 1, 0, "mawlid"},
    {"mawlidalnabi", Rule::kTable, 0, 0, 0, 0, 1, 0, "mawlid"},
    {"mawlidannabi", Rule::kTable, 0, 0, 0, 0, 1, 0, "mawlid"},
    {"mawlidalnabawi", Rule::kTable, 0, 0, 0, 0, 1, 0, "mawlid"},
    {"mawlidannabawi", Rule::kTable, 0, 0, 0, 0, 1, 0, "mawlid"},
    {"miladunnabi", Rule::kTable, 0, 0, 0, 0, 1, 0, "mawlid"},
    {"laylatalqadr", Rule::kTable, 0, 0, 0, 0, 1, 0, "laylat_al_qadr"},
    {"lailatalqadr", Rule::kTable, 0, 0, 0, 0, 1, 0, "laylat_al_qadr"},
    {"laylatulqadr", Rule::kTable, 0, 0, 0, 0, 1, 0, "laylat_al_qadr"},
    {"lailatulqadr", Rule::kTable, 0, 0, 0, 0, 1, 0, "laylat_al_qadr"},
    {"laylatalkadr", Rule::kTable, 0, 0, 0, 0, 1, 0, "laylat_al_qadr"},
    {"lailatalkadr", Rule::kTable, 0, 0, 0, 0, 1, 0, "laylat_al_qadr"},
    {"nightofpower", Rule::kTable, 0, 0, 0, 0, 1, 0, "laylat_al_qadr"},
    {"nightofmeasures", Rule::kTable, 0, 0, 0, 0, 1, 0, "laylat_al_qadr"},
    {"nightofdestiny", Rule::kTable, 0, 0, 0, 0, 1, 0, "laylat_al_qadr"},
    {"amunjadid", Rule::kTable, 0, 0, 0, 0, 1, 0, "islamic_new_year"},
    {"israandmiraj", Rule::kTable, 0, 0, 0, 0, 1, 0, "isra_miraj"},
    {"israwalmiraj", Rule::kTable, 0, 0, 0, 0, 1, 0, "isra_miraj"},
    {"dayofarafah", Rule::kTable, 0, 0, 0, 0, 1, 0, "arafah"},
    {"dayofarafat", Rule::kTable, 0, 0, 0, 0, 1, 0, "arafah"},
    {"arafahday", Rule::kTable, 0, 0, 0, 0, 1, 0, "arafah"},
    {"chinesenewyear", Rule::kTable, 0, 0, 0, 0, 1, 0, "chinese_new_year"},
    {"chinesenewyears", Rule::kTable, 0, 0, 0, 0, 1, 0, "chinese_new_year"},
    {"chinesenewyearsday", Rule::kTable, 0, 0, 0, 0, 1, 0, "chinese_new_year"},
    {"chineselunarnewyear", Rule::kTable, 0, 0, 0, 0, 1, 0, "chinese_new_year"},
    {"chineselunarnewyears", Rule::kTable, 0, 0, 0, 0, 1, 0, "chinese_new_year"},
    {"chineselunarnewyearsday", Rule::kTable, 0, 0, 0, 0, 1, 0, "chinese_new_year"},
    {"lunarnewyear", Rule::kTable, 0, 0, 0, 0, 1, 0, "chinese_new_year"},
    {"lunarnewyears", Rule::kTable, 0, 0, 0, 0, 1, 0, "chinese_new_year"},
    {"lunarnewyearsday", Rule::kTable, 0, 0, 0, 0, 1, 0, "chinese_new_year"},
    {"springfestival", Rule::kTable, 0, 0, 0, 0, 1, kCapital, "chinese_new_year"},
    {"lanternfestival", Rule::kTable, 0, 0, 0, 0, 1, 0, "lantern_festival"},
    {"dragonboatfestival", Rule::kTable, 0, 0, 0, 0, 1, 0, "dragon_boat_festival"},
    {"duanwufestival", Rule::kTable, 0, 0, 0, 0, 1, 0, "dragon_boat_festival"},
    {"qixifestival", Rule::kTable, 0, 0, 0, 0, 1, 0, "qixi"},
    {"midautumnfestival", Rule::kTable, 0, 0, 0, 0, 1, 0, "mid_autumn_festival"},
    {"mooncakefestival", Rule::kTable, 0, 0, 0, 0, 1, 0, "mid_autumn_festival"},
    {"doubleninthfestival", Rule::kTable, 0, 0, 0, 0, 1, 0, "double_ninth_festival"},
    {"chongyangfestival", Rule::kTable, 0, 0, 0, 0, 1, 0, "double_ninth_festival"},
    // Hindu lunisolar and solar calendars, Sikh and Jain festivals, the Parsi new year: from
    // the table (data/dates/holidays_indian.tsv).
    {"ugadi", Rule::kTable, 0, 0, 0, 0, 1, 0, "ugadi"},
    {"yugadi", Rule::kTable, 0, 0, 0, 0, 1, 0, "ugadi"},
    {"gudipadwa", Rule::kTable, 0, 0, 0, 0, 1, 0, "ugadi"},
    {"gudhipadwa", Rule::kTable, 0, 0, 0, 0, 1, 0, "ugadi"},
    {"samvatsaradi", Rule::kTable, 0, 0, 0, 0, 1, 0, "ugadi"},
    {"chaitrasukladi", Rule::kTable, 0, 0, 0, 0, 1, 0, "ugadi"},
    {"chaitrashukhladi", Rule::kTable, 0, 0, 0, 0, 1, 0, "ugadi"},
    {"chaitrasukhladi", Rule::kTable, 0, 0, 0, 0, 1, 0, "ugadi"},
    {"chaitrashukladi", Rule::kTable, 0, 0, 0, 0, 1, 0, "ugadi"},
    {"ramanavami", Rule::kTable, 0, 0, 0, 0, 1, 0, "rama_navami"},
    {"ramnavami", Rule::kTable, 0, 0, 0, 0, 1, 0, "rama_navami"},
    {"sriramnavami", Rule::kTable, 0, 0, 0, 0, 1, 0, "rama_navami"},
    {"shriramanavami", Rule::kTable, 0, 0, 0, 0, 1, 0, "rama_navami"},
    {"sriramanavami", Rule::kTable, 0, 0, 0, 0, 1, 0, "rama_navami"},
    {"shriramnavami", Rule::kTable, 0, 0, 0, 0, 1, 0, "rama_navami"},
    {"mahavirjayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "mahavir_jayanti"},
    {"mahaveerjayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "mahavir_jayanti"},
    {"mahavirjanmakalyanak", Rule::kTable, 0, 0, 0, 0, 1, 0, "mahavir_jayanti"},
    {"mahaveerjanmakalyanak", Rule::kTable, 0, 0, 0, 0, 1, 0, "mahavir_jayanti"},
    {"hanumanjayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "hanuman_jayanti"},
    {"akshayatritiya", Rule::kTable, 0, 0, 0, 0, 1, 0, "akshaya_tritiya"},
    {"akshayatrutiya", Rule::kTable, 0, 0, 0, 0, 1, 0, "akshaya_tritiya"},
    {"akhateej", Rule::kTable, 0, 0, 0, 0, 1, 0, "akshaya_tritiya"},
    {"akhatij", Rule::kTable, 0, 0, 0, 0, 1, 0, "akshaya_tritiya"},
    {"rathayatra", Rule::kTable, 0, 0, 0, 0, 1, 0, "ratha_yatra"},
    {"rathyatra", Rule::kTable, 0, 0, 0, 0, 1, 0, "ratha_yatra"},
    {"rathajatra", Rule::kTable, 0, 0, 0, 0, 1, 0, "ratha_yatra"},
    {"rathjatra", Rule::kTable, 0, 0, 0, 0, 1, 0, "ratha_yatra"},
    {"gurupurnima", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_purnima"},
    {"vyasapurnima", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_purnima"},
    {"rakshabandhan", Rule::kTable, 0, 0, 0, 0, 1, 0, "raksha_bandhan"},
    {"rakhi", Rule::kTable, 0, 0, 0, 0, 1, kQualified, "raksha_bandhan"},
    {"krishnajanmashtami", Rule::kTable, 0, 0, 0, 0, 1, 0, "krishna_janmashtami"},
    {"janmashtami", Rule::kTable, 0, 0, 0, 0, 1, 0, "krishna_janmashtami"},
    {"gokulashtami", Rule::kTable, 0, 0, 0, 0, 1, 0, "krishna_janmashtami"},
    {"krishnashtami", Rule::kTable, 0, 0, 0, 0, 1, 0, "krishna_janmashtami"},
    {"ganeshchaturthi", Rule::kTable, 0, 0, 0, 0, 1, 0, "ganesh_chaturthi"},
    {"ganeshachaturthi", Rule::kTable, 0, 0, 0, 0, 1, 0, "ganesh_chaturthi"},
    {"vinayakachaturthi", Rule::kTable, 0, 0, 0, 0, 1, 0, "ganesh_chaturthi"},
    {"vinayakchaturthi", Rule::kTable, 0, 0, 0, 0, 1, 0, "ganesh_chaturthi"},
    {"navaratri", Rule::kTable, 0, 0, 0, 0, 1, 0, "navaratri"},
    {"navratri", Rule::kTable, 0, 0, 0, 0, 1, 0, "navaratri"},
    {"navarathri", Rule::kTable, 0, 0, 0, 0, 1, 0, "navaratri"},
    {"navrathri", Rule::kTable, 0, 0, 0, 0, 1, 0, "navaratri"},
    {"sharadnavarathri", Rule::kTable, 0, 0, 0, 0, 1, 0, "navaratri"},
    {"sharadnavrathri", Rule::kTable, 0, 0, 0, 0, 1, 0, "navaratri"},
    {"durgapuja", Rule::kTable, 0, 0, 0, 0, 1, 0, "navaratri"},
    {"durgotsava", Rule::kTable, 0, 0, 0, 0, 1, 0, "navaratri"},
    {"sharadnavaratri", Rule::kTable, 0, 0, 0, 0, 1, 0, "navaratri"},
    {"sharadnavratri", Rule::kTable, 0, 0, 0, 0, 1, 0, "navaratri"},
    {"mahasaptami", Rule::kTable, 0, 0, 0, 0, 1, 0, "maha_saptami"},
    {"durgaashtami", Rule::kTable, 0, 0, 0, 0, 1, 0, "durga_ashtami"},
    {"durgashtami", Rule::kTable, 0, 0, 0, 0, 1, 0, "durga_ashtami"},
    {"mahaashtami", Rule::kTable, 0, 0, 0, 0, 1, 0, "durga_ashtami"},
    {"mahashtami", Rule::kTable, 0, 0, 0, 0, 1, 0, "durga_ashtami"},
    {"mahanavami", Rule::kTable, 0, 0, 0, 0, 1, 0, "maha_navami"},
    {"vijayadashami", Rule::kTable, 0, 0, 0, 0, 1, 0, "vijayadashami"},
    {"dussehra", Rule::kTable, 0, 0, 0, 0, 1, 0, "vijayadashami"},
    {"dusshera", Rule::kTable, 0, 0, 0, 0, 1, 0, "vijayadashami"},
    {"dussera", Rule::kTable, 0, 0, 0, 0, 1, 0, "vijayadashami"},
    {"dasara", Rule::kTable, 0, 0, 0, 0, 1, 0, "vijayadashami"},
    {"dasera", Rule::kTable, 0, 0, 0, 0, 1, 0, "vijayadashami"},
    {"valmikijayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "valmiki_jayanti"},
    {"maharishivalmikijayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "valmiki_jayanti"},
    {"pargatdiwas", Rule::kTable, 0, 0, 0, 0, 1, 0, "valmiki_jayanti"},
    {"pragatdiwas", Rule::kTable, 0, 0, 0, 0, 1, 0, "valmiki_jayanti"},
    {"karvachauth", Rule::kTable, 0, 0, 0, 0, 1, 0, "karva_chauth"},
    {"karwachauth", Rule::kTable, 0, 0, 0, 0, 1, 0, "karva_chauth"},
    {"karakachaturthi", Rule::kTable, 0, 0, 0, 0, 1, 0, "karva_chauth"},
    {"dhanteras", Rule::kTable, 0, 0, 0, 0, 1, 0, "dhanteras"},
    {"dhanatrayodashi", Rule::kTable, 0, 0, 0, 0, 1, 0, "dhanteras"},
    {"dhantrayodashi", Rule::kTable, 0, 0, 0, 0, 1, 0, "dhanteras"},
    {"dhanvantaritrayodashi", Rule::kTable, 0, 0, 0, 0, 1, 0, "dhanteras"},
    {"narakachaturdashi", Rule::kTable, 0, 0, 0, 0, 1, 0, "naraka_chaturdashi"},
    {"narakchaturdashi", Rule::kTable, 0, 0, 0, 0, 1, 0, "naraka_chaturdashi"},
    {"narakanivaranchaturdashi", Rule::kTable, 0, 0, 0, 0, 1, 0, "naraka_chaturdashi"},
    {"naraknivaranchaturdashi", Rule::kTable, 0, 0, 0, 0, 1, 0, "naraka_chaturdashi"},
    {"kalichaudas", Rule::kTable, 0, 0, 0, 0, 1, 0, "naraka_chaturdashi"},
    {"roopchaudas", Rule::kTable, 0, 0, 0, 0, 1, 0, "naraka_chaturdashi"},
    {"chotidiwali", Rule::kTable, 0, 0, 0, 0, 1, 0, "naraka_chaturdashi"},
    {"chhotidiwali", Rule::kTable, 0, 0, 0, 0, 1, 0, "naraka_chaturdashi"},
    {"diwali", Rule::kTable, 0, 0, 0, 0, 1, 0, "diwali"},
    {"divali", Rule::kTable, 0, 0, 0, 0, 1, 0, "diwali"},
    {"deepavali", Rule::kTable, 0, 0, 0, 0, 1, 0, "diwali"},
    {"dipavali", Rule::kTable, 0, 0, 0, 0, 1, 0, "diwali"},
    {"dipawali", Rule::kTable, 0, 0, 0, 0, 1, 0, "diwali"},
    {"deepawali", Rule::kTable, 0, 0, 0, 0, 1, 0, "diwali"},
    {"lakshmipuja", Rule::kTable, 0, 0, 0, 0, 1, 0, "diwali"},
    {"laxmipuja", Rule::kTable, 0, 0, 0, 0, 1, 0, "diwali"},
    {"govardhanpuja", Rule::kTable, 0, 0, 0, 0, 1, 0, "govardhan_puja"},
    {"annakut", Rule::kTable, 0, 0, 0, 0, 1, 0, "govardhan_puja"},
    {"annakoot", Rule::kTable, 0, 0, 0, 0, 1, 0, "govardhan_puja"},
    {"bhaidooj", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhai_dooj"},
    {"bhaiduj", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhai_dooj"},
    {"bhaiyadooj", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhai_dooj"},
    {"bhaiyaduj", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhai_dooj"},
    {"bhaubeej", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhai_dooj"},
    {"bhaubij", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhai_dooj"},
    {"bhaitika", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhai_dooj"},
    {"bhaiphonta", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhai_dooj"},
    {"chhath", Rule::kTable, 0, 0, 0, 0, 1, 0, "chhath"},
    {"chhathi", Rule::kTable, 0, 0, 0, 0, 1, 0, "chhath"},
    {"chhathpuja", Rule::kTable, 0, 0, 0, 0, 1, 0, "chhath"},
    {"chhathparv", Rule::kTable, 0, 0, 0, 0, 1, 0, "chhath"},
    {"dalachhath", Rule::kTable, 0, 0, 0, 0, 1, 0, "chhath"},
    {"dalapuja", Rule::kTable, 0, 0, 0, 0, 1, 0, "chhath"},
    {"suryashashthi", Rule::kTable, 0, 0, 0, 0, 1, 0, "chhath"},
    {"suryashashti", Rule::kTable, 0, 0, 0, 0, 1, 0, "chhath"},
    {"gurunanakjayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_nanak_jayanti"},
    {"gurunanakdevjayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_nanak_jayanti"},
    {"gurunanakgurpurab", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_nanak_jayanti"},
    {"gurunanakbirthday", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_nanak_jayanti"},
    {"gurunanakdevgurpurab", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_nanak_jayanti"},
    {"gurunanakdevbirthday", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_nanak_jayanti"},
    {"gurugobindsinghjayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_gobind_singh_jayanti"},
    {"gurugovindsinghjayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_gobind_singh_jayanti"},
    {"gurugobindsinghbirthday", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_gobind_singh_jayanti"},
    {"gurugovindsinghbirthday", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_gobind_singh_jayanti"},
    {"vasantpanchami", Rule::kTable, 0, 0, 0, 0, 1, 0, "vasant_panchami"},
    {"basantpanchami", Rule::kTable, 0, 0, 0, 0, 1, 0, "vasant_panchami"},
    {"gururavidasjayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_ravidas_jayanti"},
    {"gururavidassjayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_ravidas_jayanti"},
    {"gururavidasbirthday", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_ravidas_jayanti"},
    {"gururavidassbirthday", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_ravidas_jayanti"},
    {"ravidasjayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_ravidas_jayanti"},
    {"ravidassjayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_ravidas_jayanti"},
    {"ravidasbirthday", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_ravidas_jayanti"},
    {"ravidassbirthday", Rule::kTable, 0, 0, 0, 0, 1, 0, "guru_ravidas_jayanti"},
    {"dayanandasaraswatijayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "dayananda_saraswati_jayanti"},
    {"maharishidayanandasaraswatijayanti", Rule::kTable, 0, 0, 0, 0, 1, 0,
     "dayananda_saraswati_jayanti"},
    {"swamidayanandasaraswatijayanti", Rule::kTable, 0, 0, 0, 0, 1, 0,
     "dayananda_saraswati_jayanti"},
    {"saraswatijayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "dayananda_saraswati_jayanti"},
    {"maharishisaraswatijayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "dayananda_saraswati_jayanti"},
    {"swamisaraswatijayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "dayananda_saraswati_jayanti"},
    {"mahashivaratri", Rule::kTable, 0, 0, 0, 0, 1, 0, "maha_shivaratri"},
    {"mahashivratri", Rule::kTable, 0, 0, 0, 0, 1, 0, "maha_shivaratri"},
    {"mahasivaratri", Rule::kTable, 0, 0, 0, 0, 1, 0, "maha_shivaratri"},
    {"mahasivratri", Rule::kTable, 0, 0, 0, 0, 1, 0, "maha_shivaratri"},
    {"holikadahan", Rule::kTable, 0, 0, 0, 0, 1, 0, "holika_dahan"},
    {"chhotiholi", Rule::kTable, 0, 0, 0, 0, 1, 0, "holika_dahan"},
    {"chotiholi", Rule::kTable, 0, 0, 0, 0, 1, 0, "holika_dahan"},
    {"kamudupyre", Rule::kTable, 0, 0, 0, 0, 1, 0, "holika_dahan"},
    {"holi", Rule::kTable, 0, 0, 0, 0, 1, 0, "holi"},
    {"rangwaliholi", Rule::kTable, 0, 0, 0, 0, 1, 0, "holi"},
    {"dhuleti", Rule::kTable, 0, 0, 0, 0, 1, 0, "holi"},
    {"dhulandi", Rule::kTable, 0, 0, 0, 0, 1, 0, "holi"},
    {"phagwah", Rule::kTable, 0, 0, 0, 0, 1, 0, "holi"},
    {"bhogi", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhogi"},
    {"boghi", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhogi"},
    {"bhoghi", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhogi"},
    {"boghipandigai", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhogi"},
    {"bhogipandigai", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhogi"},
    {"bogipandigai", Rule::kTable, 0, 0, 0, 0, 1, 0, "bhogi"},
    {"thaipongal", Rule::kTable, 0, 0, 0, 0, 1, 0, "thai_pongal"},
    {"pongalpandigai", Rule::kTable, 0, 0, 0, 0, 1, 0, "thai_pongal"},
    {"thaipongalpandigai", Rule::kTable, 0, 0, 0, 0, 1, 0, "thai_pongal"},
    {"makarsankranti", Rule::kTable, 0, 0, 0, 0, 1, 0, "thai_pongal"},
    {"makarasankranti", Rule::kTable, 0, 0, 0, 0, 1, 0, "thai_pongal"},
    {"makarsankranthi", Rule::kTable, 0, 0, 0, 0, 1, 0, "thai_pongal"},
    {"makarasankranthi", Rule::kTable, 0, 0, 0, 0, 1, 0, "thai_pongal"},
    {"sankranti", Rule::kTable, 0, 0, 0, 0, 1, 0, "thai_pongal"},
    {"sankranthi", Rule::kTable, 0, 0, 0, 0, 1, 0, "thai_pongal"},
    {"maghasankranti", Rule::kTable, 0, 0, 0, 0, 1, 0, "thai_pongal"},
    {"maghasankranthi", Rule::kTable, 0, 0, 0, 0, 1, 0, "thai_pongal"},
    {"maghi", Rule::kTable, 0, 0, 0, 0, 1, 0, "thai_pongal"},
    {"pongal", Rule::kTable, 0, 0, 0, 0, 1, kCapital, "thai_pongal"},
    {"mattupongal", Rule::kTable, 0, 0, 0, 0, 1, 0, "mattu_pongal"},
    {"maattupongal", Rule::kTable, 0, 0, 0, 0, 1, 0, "mattu_pongal"},
    {"kaanumpongal", Rule::kTable, 0, 0, 0, 0, 1, 0, "kaanum_pongal"},
    {"kanumpongal", Rule::kTable, 0, 0, 0, 0, 1, 0, "kaanum_pongal"},
    {"kannipongal", Rule::kTable, 0, 0, 0, 0, 1, 0, "kaanum_pongal"},
    {"vaisakhi", Rule::kTable, 0, 0, 0, 0, 1, 0, "vaisakhi"},
    {"baisakhi", Rule::kTable, 0, 0, 0, 0, 1, 0, "vaisakhi"},
    {"vaishakhi", Rule::kTable, 0, 0, 0, 0, 1, 0, "vaisakhi"},
    {"baishakhi", Rule::kTable, 0, 0, 0, 0, 1, 0, "vaisakhi"},
    {"vasakhi", Rule::kTable, 0, 0, 0, 0, 1, 0, "vaisakhi"},
    {"vaisakhadi", Rule::kTable, 0, 0, 0, 0, 1, 0, "vaisakhi"},
    {"mesadi", Rule::kTable, 0, 0, 0, 0, 1, 0, "vaisakhi"},
    {"rabindrajayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "rabindra_jayanti"},
    {"rabindranathjayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "rabindra_jayanti"},
    {"rabindranathtagorejayanti", Rule::kTable, 0, 0, 0, 0, 1, 0, "rabindra_jayanti"},
    {"onam", Rule::kTable, 0, 0, 0, 0, 1, 0, "onam"},
    {"thiruonam", Rule::kTable, 0, 0, 0, 0, 1, 0, "onam"},
    {"thiruvonam", Rule::kTable, 0, 0, 0, 0, 1, 0, "onam"},
    {"tiruvonam", Rule::kTable, 0, 0, 0, 0, 1, 0, "onam"},
    {"parsinewyear", Rule::kTable, 0, 0, 0, 0, 1, 0, "parsi_new_year"},
    {"parsinewyears", Rule::kTable, 0, 0, 0, 0, 1, 0, "parsi_new_year"},
    {"parsinewyearsday", Rule::kTable, 0, 0, 0, 0, 1, 0, "parsi_new_year"},
    {"parsinewyearday", Rule::kTable, 0, 0, 0, 0, 1, 0, "parsi_new_year"},
    {"jamshedinavroz", Rule::kTable, 0, 0, 0, 0, 1, 0, "parsi_new_year"},
    {"jamshedinowruz", Rule::kTable, 0, 0, 0, 0, 1, 0, "parsi_new_year"},
    {"parsinavroz", Rule::kTable, 0, 0, 0, 0, 1, 0, "parsi_new_year"},
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

// Orthodox Easter Sunday: the Julian calendar's Easter (Meeus's Julian algorithm), restated in
// the Gregorian calendar (13 days later in 1900-2099).
CivilDate OrthodoxEasterSunday(int y) {
  const int a = y % 4, b = y % 7, c = y % 19;
  const int d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7;
  const int month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1;
  // Julian to Gregorian for a March-May day: the days the Gregorian reform has dropped by then.
  return calendar::AddDays(CivilDate{y, month, day}, y / 100 - y / 400 - 2);
}

}  // namespace

std::string HolidayPattern() {
  // Letters of each key may be split by blanks, hyphens or an apostrophe ("New Year's Day");
  // the interpreter checks the letters against the table.
  return "(?:christmas(?:[\\s-]+(?:day|eve))?|x-?mas|boxing\\s+day|"
         "(?:chinese\\s+(?:lunar\\s+)?|lunar\\s+)?new[\\s-]+year(?:'?s)?"
         "(?:[\\s-]+(?:day|eve))?|halloween|valentine'?s?\\s+day|independence\\s+day|"
         "veterans'?\\s+day|international\\s+workers'?\\s+day|"
         "(?:mlk(?:\\s+jr\\.?)?|martin\\s+luther\\s+king(?:'?s)?(?:\\s+jr\\.?)?)\\s+day|"
         "presidents'?\\s+day|memorial\\s+day|labou?r\\s+day|columbus\\s+day|"
         "thanksgiving(?:\\s+day)?|black\\s+friday|mother'?s\\s+day|father'?s\\s+day|"
         "(?:orthodox\\s+)?(?:easter(?:\\s+(?:sunday|monday))?|good\\s+friday|(?:palm|branch)\\s+"
         "sunday|"
         "holy\\s+saturday|pentecost)|ash\\s+wednesday|orthodox\\s+great\\s+friday|"
         "shrove\\s+tuesday|mardi\\s+gras|pancake\\s+day|easter\\s+mon\\b\\.?|"
         "maundy\\s+thursday|ascension\\s+day|whit\\s+(?:sunday|monday)|"
         "(?:st\\.?|saint)\\s+patrick(?:'?s)?(?:\\s+day)?|groundhog\\s+day|earth\\s+day|may\\s+day|"
         "cinco\\s+de\\s+mayo|juneteenth|canada\\s+day|bastille\\s+day|all\\s+saints'?\\s+day|"
         "world\\s+vegan\\s+day|remembrance\\s+day|armistice\\s+day|boss(?:'s|es|'|)\\s+day|"
         "lent|trinity\\s+sunday|corpus\\s+christi|lazarus\\s+saturday|(?:clean|pure)\\s+monday|"
         "orthodox\\s+shrove\\s+monday|"
         // Hebrew calendar.
         "rosh[\\s-]+ha[\\s-]?sh[ao]n[ao]h?|jewish\\s+new\\s+year|yom\\s+kippur|"
         "suk(?:k?ot|koth|kos)|succot|feast\\s+of\\s+tabernacles|sh(?:e|')?mini\\s+atzeret|"
         "sim[c]?hat\\s+torah|(?:c?hann?ukk?ah)|tu\\s+b'?i?sh?e?vat|(?:shushan\\s+)?purim|"
         "passover|pesa[c]?h|yom\\s+hashoah|yom\\s+ha'?atzmaut|lag\\s+b'?a?omer|"
         "shavuo(?:t|th|s)|tisha?h?\\s+b'?av|"
         // Islamic calendar.
         "(?:eid|id)[\\s-]+(?:(?:al|ul|el)[\\s-]+)?(?:fitr|adha|azha)|bakr[\\s-]?id|"
         "sacrifice\\s+feast|feast\\s+of\\s+(?:the\\s+)?sacrifice|"
         "rama[dz]h?an|(?:islamic|hijri|arabic)\\s+new\\s+year|(?:day\\s+of\\s+)?ashura|"
         "mawlid(?:[\\s-]+(?:al|an)[\\s-]+nab(?:i|awi))?|milad[\\s-]+un[\\s-]+nabi|"
         "la[iy]lat[\\s-]+(?:al|ul)[\\s-]+[qk]adr|night\\s+of\\s+(?:power|measures|destiny)|"
         "amun\\s+jadid|isra'?\\s+(?:and|wal)\\s+mi'?raj|"
         "(?:day\\s+of\\s+arafa[ht]|arafah\\s+day)|"
         // Chinese calendar.
         "(?-i:Spring\\s+Festival)|(?:lantern|dragon\\s+boat|duanwu|qixi|mid-?\\s*autumn|"
         "mooncake|double\\s+ninth|chongyang)\\s+festival|"
         // Hindu lunisolar calendar (the letters are checked against the table's keys).
         "(?:yu|u)gadi|gud(?:h)?i[\\s-]+padwa|samvatsaradi|chaitra[\\s-]+s[h]?ukh?ladi|"
         "(?:s(?:h)?ri[\\s-]+)?rama?[\\s-]+navami|"
         "mahav(?:i|ee)r[\\s-]+(?:jayanti|janma[\\s-]+kalyanak)|hanuman[\\s-]+jayanti|"
         "akshaya[\\s-]+tr[iu]tiya|akha[\\s-]?t(?:ee|i)j|ratha?[\\s-]+[yj]atra|"
         "(?:guru|vyasa)[\\s-]+purnima|raksha[\\s-]*bandhan|rakhi|"
         "(?:krishna[\\s-]+)?janmashtami|gokulashtami|krishnashtami|"
         "(?:ganesha?|vinayaka?)[\\s-]+chaturthi|(?:sharad[\\s-]+)?nava?rath?ri|"
         "durga[\\s-]+puja|durgotsava|maha[\\s-]+(?:saptami|navami)|"
         "(?:durga|maha)[\\s-]*a?shtami|vijayadashami|duss(?:eh|he|e)ra|dasera|dasara|"
         "(?:maharishi[\\s-]+)?valmiki[\\s-]+jayanti|p(?:ar|ra)gat[\\s-]+diwas|"
         "kar[vw]a[\\s-]+chauth|karaka[\\s-]+chaturthi|"
         "dhanteras|dhana?[\\s-]?trayodashi|dhanvantari[\\s-]+trayodashi|"
         "naraka?[\\s-]+(?:nivaran[\\s-]+)?chaturdashi|(?:kali|roop)[\\s-]+chaudas|"
         "ch?hoti[\\s-]+(?:diwali|holi)|d(?:ee|i)pa[vw]ali|diwali|divali|"
         "la(?:k?sh|x)mi[\\s-]+puja|govardhan[\\s-]+puja|annak(?:u|oo)t|"
         "bhai(?:ya)?[\\s-]+d(?:oo|u)j|bhau[\\s-]?b(?:ee|i)j|bhai[\\s-]+(?:tika|phonta)|"
         "chhathi?(?:[\\s-]+(?:puja|parv))?|dala[\\s-]+(?:chhath|puja)|"
         "surya[\\s-]+shashth?i|[bv]asant[\\s-]+panchami|"
         "(?:(?:maharishi|swami)[\\s-]+)?(?:dayananda[\\s-]+)?saraswati[\\s-]+jayanti|"
         "maha[\\s-]*s(?:h)?iva?ratri|holika[\\s-]+dahan|kamudu[\\s-]+pyre|"
         "(?:rangwali[\\s-]+)?holi|dhuleti|dhulandi|phagwah|"
         // Sikh gurus' birthdays.
         "guru[\\s-]+nanak(?:[\\s-]+dev)?[\\s-]+(?:jayanti|gurpurab|birthday)|"
         "guru[\\s-]+go[bv]ind[\\s-]+singh[\\s-]+(?:jayanti|birthday)|"
         "(?:guru[\\s-]+)?ravidass?[\\s-]+(?:jayanti|birthday)|"
         // Solar calendars: Tamil, Punjabi, Bengali, Malayalam; the Parsi new year.
         "bh?ogh?i(?:[\\s-]+pandigai)?|(?:thai[\\s-]+)?pongal(?:[\\s-]+pandigai)?|"
         "(?:makara?[\\s-]+|magha[\\s-]+)?sankranth?i|maghi|maa?ttu[\\s-]+pongal|"
         "(?:kaanum|kanum|kanni)[\\s-]+pongal|[bv]ai(?:s|sh)akhi|vasakhi|vaisakhadi|mesadi|"
         "rabindra(?:nath)?(?:[\\s-]+tagore)?[\\s-]+jayanti|(?:thiru(?:v|[\\s-]+)?|tiruv)?onam|"
         "parsi[\\s-]+(?:new[\\s-]+year(?:'?s)?(?:[\\s-]+day)?|navroz)|"
         "jamshedi[\\s-]+(?:navroz|nowruz))\\b";
}

int LookupHoliday(std::string_view letters) {
  for (size_t i = 0; i < std::size(kHolidays); ++i) {
    if (kHolidays[i].key == letters) return static_cast<int>(i);
  }
  return -1;
}

bool HolidayNeedsCapital(int holiday) { return (kHolidays[holiday].flags & kCapital) != 0; }

bool HolidayNeedsQualifier(int holiday) { return (kHolidays[holiday].flags & kQualified) != 0; }

int HolidaysIn(int holiday, int year, const HolidayTable* table, HolidaySpan out[2]) {
  const Holiday& h = kHolidays[holiday];
  if (year < 1 || year > 9999) return 0;
  CivilDate d;
  switch (h.rule) {
    case Rule::kFixed:
      d = CivilDate{year, h.month, h.day};
      break;
    case Rule::kEaster:
      d = calendar::AddDays(EasterSunday(year), h.n);
      break;
    case Rule::kOrthodoxEaster:
      d = calendar::AddDays(OrthodoxEasterSunday(year), h.n);
      break;
    case Rule::kHebrew: {
      const int hy = heb::YearOfMonthIn(year, h.month);
      // Adar's holidays fall in Adar II in a leap year.
      const int month = h.month == heb::kAdar && heb::IsLeapYear(hy) ? heb::kAdarII : h.month;
      d = calendar::FromDays(heb::ToDays(hy, month, h.day));
      break;
    }
    case Rule::kNthWeekday:
      if (h.n > 0) {
        const int64_t first = calendar::ToDays(year, h.month, 1);
        const int shift = (h.day - calendar::WeekdayOfDays(first) + 7) % 7;
        d = calendar::FromDays(first + shift + 7 * (h.n - 1));
      } else {
        const int64_t last = calendar::ToDays(year, h.month, calendar::DaysInMonth(year, h.month));
        d = calendar::FromDays(last - (calendar::WeekdayOfDays(last) - h.day + 7) % 7);
      }
      break;
    case Rule::kTable: {
      if (table == nullptr) return 0;
      int found = 0;
      const int64_t lo = calendar::ToDays(year, 1, 1), hi = calendar::ToDays(year, 12, 31);
      for (const HolidaySpan& s : table->Find(h.table_id)) {
        if (s.first > hi) break;
        if (s.first >= lo && found < 2) out[found++] = s;
      }
      return found;
    }
  }
  int64_t first = calendar::ToDays(d) + h.plus;
  if (h.flags & kObserved) {
    const int wd = calendar::WeekdayOfDays(first);
    first += wd == 5 ? -1 : wd == 6 ? 1 : 0;
  }
  out[0] = HolidaySpan{first, first + h.length - 1};
  return 1;
}

}  // namespace datetime_internal
}  // namespace claimscan
