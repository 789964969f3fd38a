// Scores QuantityRecognizer (with TemporalRecognizer in front, as the tagger runs them) on
// two suites (development halves in /work/shared/data):
//
//   eval_numbers [--verbose] [--data=DIR] DATA_DIR
//
// DATA_DIR holds recognizers-text-en-numbers/dev.jsonl and duckling-en/dev.jsonl; --data is
// claimscan's data/ folder (default: the source tree's).
//
// recognizers-text-en-numbers: an expected entity is exactly right when a quantity has its
//   span (character offsets, converted to bytes) and its value. NumberModel, OrdinalModel and
//   NumberRangeModel spans are bare numbers ("3 hundred and 21" in "3 hundred and 21 yuan",
//   "up to 700" in "up to 700 contract workers") while claimscan's span covers the whole
//   quantity, so for those a quantity whose span contains the gold span and starts with it
//   counts. claimscan leaves "from" out of a range's span ("rose from 5 to 10"), so a gold
//   range span that has it in front of claimscan's counts too (also for Duckling). A measure
//   in another unit of the same kind is converted to the gold unit before the values are
//   compared ("a kilogram" = 1000 Gram, "5 ft 2 in" = 5.17 Foot). DimensionModel and
//   TemperatureModel tell their quantities apart by unit (temperatures: C, F, degree). numberrange
//   values are intervals ("[30,)", "(,700]"): claimscan's qualifier and range give the interval
//   (at_least [v,), more_than (v,), at_most (,v], less_than (,v), a range [a,b]; the inclusiveness
//   of a range's upper end is not compared). ordinal.relative ("last", "next to last",
//   value "end-1") is an ordinal whose unit says where the count starts ("end", "current") and
//   whose value is the offset. A case is exactly right when all its entities are and no other
//   quantity of the model's kind was found. A unit named with no amount ("convert 10 celsius
//   to fahrenheit", "a small percent"; gold value null) is matched by
//   QuantityRecognizer::FindUnitNames, a separate output; the unit models (currency,
//   dimension, temperature, percent) count an unmatched unit name of their kind as a wrong
//   extra, as they do a quantity.
// duckling-en, dimensions numeral, ordinal, amount-of-money, quantity, distance, volume,
//   temperature: a positive case is right when exactly one quantity spans the whole text with
//   the gold value (intervals: both bounds); a negative case when no quantity is found.
//   Units are not compared (Duckling converts some, e.g. "a kilogram" = 1000 Gram). Duckling
//   finds only amounts, so unit names with no amount are not asked for here.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/datetime.h"
#include "common/file.h"
#include "common/json.h"
#include "tag/quantities.h"

namespace {

using claimscan::EntityType;
using claimscan::JsonValue;
using claimscan::Qualifier;
using claimscan::Quantity;
using claimscan::TemporalMention;

size_t ByteOffset(std::string_view s, size_t cp) {
  size_t i = 0;
  while (i < s.size() && cp > 0) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --cp;
  }
  return i;
}

bool Same(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

// Measurement units of both suites' gold and of claimscan's Quantity::unit, with their size in
// the dimension's base unit (metre, gram, litre). The suites normalise some amounts to another
// unit of the same measure ("a kilogram" = 1000 Gram, "5 ft 2 in" = 5.17 Foot, "2 km and 1
// meter" = 2001 Metre); a value in a unit of the same measure is converted before comparing.
struct UnitSize {
  const char* name;
  char dimension;  // 'L'ength, 'W'eight, 'V'olume
  double size;
};
constexpr UnitSize kUnitSizes[] = {
    {"m", 'L', 1},
    {"Metre", 'L', 1},
    {"Meter", 'L', 1},
    {"km", 'L', 1000},
    {"Kilometre", 'L', 1000},
    {"Kilometer", 'L', 1000},
    {"cm", 'L', 0.01},
    {"Centimetre", 'L', 0.01},
    {"Centimeter", 'L', 0.01},
    {"mm", 'L', 0.001},
    {"Millimetre", 'L', 0.001},
    {"Millimeter", 'L', 0.001},
    {"dm", 'L', 0.1},
    {"Decimeter", 'L', 0.1},
    {"mile", 'L', 1609.344},
    {"Mile", 'L', 1609.344},
    {"yard", 'L', 0.9144},
    {"Yard", 'L', 0.9144},
    {"ft", 'L', 0.3048},
    {"Foot", 'L', 0.3048},
    {"inch", 'L', 0.0254},
    {"Inch", 'L', 0.0254},
    {"g", 'W', 1},
    {"Gram", 'W', 1},
    {"kg", 'W', 1000},
    {"Kilogram", 'W', 1000},
    {"mg", 'W', 0.001},
    {"Milligram", 'W', 0.001},
    {"\u00b5g", 'W', 1e-6},
    {"Microgram", 'W', 1e-6},
    {"lb", 'W', 453.59237},
    {"Pound", 'W', 453.59237},
    {"oz", 'W', 28.349523125},
    {"Ounce", 'W', 28.349523125},
    {"l", 'V', 1},
    {"Litre", 'V', 1},
    {"Liter", 'V', 1},
    {"ml", 'V', 0.001},
    {"Millilitre", 'V', 0.001},
    {"Milliliter", 'V', 0.001},
    {"hl", 'V', 100},
    {"Hectolitre", 'V', 100},
    {"gallon", 'V', 3.785411784},
    {"Gallon", 'V', 3.785411784},
};

const UnitSize* SizeOf(const std::string& unit) {
  for (const UnitSize& u : kUnitSizes) {
    if (unit == u.name) return &u;
  }
  return nullptr;
}

// `value` in claimscan's unit `mine`, expressed in the gold unit when both are sizes of one
// measure; otherwise unchanged.
double InGoldUnit(double value, const std::string& mine, const std::string& gold) {
  const UnitSize* m = SizeOf(mine);
  const UnitSize* g = SizeOf(gold);
  if (m == nullptr || g == nullptr || m->dimension != g->dimension) return value;
  return value * m->size / g->size;
}

// Temperature units in claimscan's Quantity::unit: the suites keep temperatures apart from
// the other measures (Recognizers' DimensionModel and TemperatureModel).  "arc degree" ("a 45
// degrees angle") is an angle, which the TemperatureModel does not count.
bool IsTemperatureUnit(const std::string& unit) {
  return unit == "C" || unit == "F" || unit == "degree" || unit == "K";
}

bool ToNumber(const std::string& s, double* v) {
  if (s.empty()) return false;
  char* end = nullptr;
  *v = std::strtod(s.c_str(), &end);
  return end != s.c_str();
}

// "[30,)" → lo 30 closed, hi open-ended.
struct Interval {
  bool has_lo = false, has_hi = false, lo_closed = false, hi_closed = false;
  double lo = 0, hi = 0;
};

bool ParseInterval(const std::string& s, Interval* iv) {
  if (s.size() < 3) return false;
  const size_t comma = s.find(',');
  if (comma == std::string::npos) return false;
  iv->lo_closed = s.front() == '[';
  iv->hi_closed = s.back() == ']';
  const std::string lo = s.substr(1, comma - 1), hi = s.substr(comma + 1, s.size() - comma - 2);
  iv->has_lo = ToNumber(lo, &iv->lo);
  iv->has_hi = ToNumber(hi, &iv->hi);
  return iv->has_lo || iv->has_hi;
}

Interval IntervalOf(const Quantity& q) {
  Interval iv;
  // A range whose lower bound is open ("above 1000 and below 1500") keeps more_than.
  if (q.is_range) return {true, true, q.qualifier != Qualifier::kMoreThan, true, q.value, q.to};
  switch (q.qualifier) {
    case Qualifier::kAtLeast:
      iv = {true, false, true, false, q.value, 0};
      break;
    case Qualifier::kMoreThan:
      iv = {true, false, false, false, q.value, 0};
      break;
    case Qualifier::kAtMost:
      iv = {false, true, false, true, 0, q.value};
      break;
    case Qualifier::kLessThan:
      iv = {false, true, false, false, 0, q.value};
      break;
    default:
      iv = {true, true, true, true, q.value, q.to};
      break;
  }
  return iv;
}

bool SameInterval(const Interval& gold, const Interval& mine) {
  if (gold.has_lo != mine.has_lo || gold.has_hi != mine.has_hi) return false;
  if (gold.has_lo && (!Same(gold.lo, mine.lo) || gold.lo_closed != mine.lo_closed)) return false;
  if (gold.has_hi && !Same(gold.hi, mine.hi)) return false;
  if (gold.has_hi && !gold.has_lo && gold.hi_closed != mine.hi_closed) return false;
  return true;
}

// Whether text[begin, mine) is "from " (any case): the word claimscan leaves out of a range.
bool FromBefore(const std::string& text, size_t begin, size_t mine) {
  if (mine != begin + 5) return false;
  std::string w = text.substr(begin, 5);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w == "from ";
}

// Whether text[begin, end) is one sign (no letter, digit or space): "$", "€".
bool IsSign(const std::string& text, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isalnum(c) || std::isspace(c)) return false;
  }
  return true;
}

// Whether text[begin, end) starts with "equal" (any case): "equal to", "equals".
bool StartsWithEqual(const std::string& text, size_t begin, size_t end) {
  if (end < begin + 5) return false;
  std::string w = text.substr(begin, 5);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w == "equal";
}

struct Tally {
  int entities = 0, entities_right = 0, cases = 0, cases_right = 0;
  void Add(const Tally& o) {
    entities += o.entities, entities_right += o.entities_right;
    cases += o.cases, cases_right += o.cases_right;
  }
};

void Print(const std::string& name, const Tally& t) {
  std::printf("%-46s cases %4d/%4d = %5.1f %%   entities %4d/%4d = %5.1f %%\n", name.c_str(),
              t.cases_right, t.cases, t.cases ? 100.0 * t.cases_right / t.cases : 0,
              t.entities_right, t.entities, t.entities ? 100.0 * t.entities_right / t.entities : 0);
}

class Runner {
 public:
  Runner(const claimscan::TemporalRecognizer& dates, const claimscan::QuantityRecognizer& q)
      : dates_(dates), quantities_(q) {}

  std::vector<Quantity> Find(const std::string& text) const {
    const claimscan::Span all{0, static_cast<uint32_t>(text.size())};
    std::vector<TemporalMention> dates;
    dates_.Find(text, all, nullptr, &dates);
    std::vector<Quantity> out;
    quantities_.Find(text, all, dates, &out);
    return out;
  }

  // Units named with no amount, outside the quantities `found` in the same text.
  std::vector<claimscan::UnitName> FindUnitNames(const std::string& text,
                                                 const std::vector<Quantity>& found) const {
    std::vector<claimscan::UnitName> out;
    quantities_.FindUnitNames(text, claimscan::Span{0, static_cast<uint32_t>(text.size())}, found,
                              &out);
    return out;
  }

 private:
  const claimscan::TemporalRecognizer& dates_;
  const claimscan::QuantityRecognizer& quantities_;
};

// Whether a quantity of this type is something the model would report.
bool ModelReports(const std::string& model, EntityType t, const std::string& unit) {
  if (model == "CurrencyModel") return t == EntityType::kMoney;
  if (model == "DimensionModel") return t == EntityType::kQuantity && !IsTemperatureUnit(unit);
  if (model == "TemperatureModel") return t == EntityType::kQuantity && IsTemperatureUnit(unit);
  if (model == "PercentModel") return t == EntityType::kPercent;
  if (model == "OrdinalModel") return t == EntityType::kOrdinal;
  if (model == "AgeModel") return false;
  if (model == "NumberRangeModel") return false;  // ranges vs plain numbers: not comparable
  return t != EntityType::kOrdinal;
}

// Whether a unit named with no amount is something the model would report: the unit models
// report their unit names too ("convert 10 celsius to fahrenheit"); the number models do not.
bool ModelReportsName(const std::string& model, const claimscan::UnitName& u) {
  const std::string unit(u.unit);
  if (model == "CurrencyModel") return u.type == EntityType::kMoney;
  if (model == "DimensionModel") return u.type == EntityType::kQuantity && !IsTemperatureUnit(unit);
  if (model == "TemperatureModel")
    return u.type == EntityType::kQuantity && IsTemperatureUnit(unit);
  if (model == "PercentModel") return u.type == EntityType::kPercent;
  return false;
}

std::string Describe(const std::string& text, const Quantity& q) {
  char buf[160];
  std::snprintf(buf, sizeof buf, "[%s=%g%s%s %s %s]", std::string(q.span.In(text)).c_str(), q.value,
                q.is_range ? "-" : "", q.is_range ? std::to_string(q.to).c_str() : "",
                std::string(claimscan::QualifierName(q.qualifier)).c_str(), q.unit.c_str());
  return buf;
}

int RunRecognizers(const Runner& run, const std::string& path, bool verbose,
                   std::map<std::string, Tally>* by_model) {
  return claimscan::ForEachDataLine(
             path,
             [&](int, std::string_view line) -> absl::Status {
               auto parsed = claimscan::ParseJson(line);
               if (!parsed.ok()) return parsed.status();
               const JsonValue& c = *parsed;
               const std::string text = c.GetString("text");
               const std::string model = c.GetString("model");
               // claimscan's span runs on over the counted noun ("up to 700 contract
               // workers") where these models' spans stop at the number.
               const bool bare =
                   model == "NumberModel" || model == "OrdinalModel" || model == "NumberRangeModel";
               Tally& t = (*by_model)[model];
               const auto found = run.Find(text);
               const auto names = run.FindUnitNames(text, found);
               std::vector<bool> used(found.size(), false);
               std::vector<bool> name_used(names.size(), false);
               bool case_right = true;
               std::string why;
               for (const JsonValue& e : c["expected"].array()) {
                 ++t.entities;
                 const uint32_t b = static_cast<uint32_t>(
                     ByteOffset(text, static_cast<size_t>(e.GetNumber("start"))));
                 const uint32_t en = static_cast<uint32_t>(
                     ByteOffset(text, static_cast<size_t>(e.GetNumber("end"))));
                 const std::string type = e.GetString("type");
                 const JsonValue& res = e["resolution"];
                 std::string gold = res["value"].is_string() ? res.GetString("value") : "";
                 if (gold == "null") gold.clear();  // PercentModel's way to write no value
                 bool right = false;
                 // A unit named with no amount ("fahrenheit", "percent"): a unit name with the
                 // same span.
                 for (size_t k = 0; k < names.size() && gold.empty() && !right; ++k) {
                   if (names[k].span.begin == b && names[k].span.end == en) {
                     name_used[k] = true;
                     right = true;
                   }
                 }
                 for (size_t k = 0; k < found.size() && !right; ++k) {
                   const Quantity& q = found[k];
                   // claimscan's span includes a qualifier before the number ("about $ 35
                   // million"); the suite's currency/dimension spans leave it out.
                   // "equal to" is such a qualifier too, though its value is exact.
                   const bool qualified =
                       q.span.begin < b && type != "numberrange" &&
                       ((q.qualifier != Qualifier::kExact && q.qualifier != Qualifier::kRange) ||
                        StartsWithEqual(text, q.span.begin, b));
                   // claimscan leaves "from" out of a range ("rose from 5 to 10"); the
                   // suite's range spans keep it.
                   const bool from = q.is_range && FromBefore(text, b, q.span.begin);
                   // A currency sign in front: "$20" holds NumberModel's number "20".
                   const bool sign = bare && q.type == EntityType::kMoney && q.span.begin < b &&
                                     b - q.span.begin <= 3 && IsSign(text, q.span.begin, b);
                   const bool span_ok =
                       bare ? ((q.span.begin == b || from || sign) && q.span.end >= en)
                            : ((q.span.begin == b || qualified || from) && q.span.end == en);
                   if (!span_ok) continue;
                   used[k] = true;
                   if (type == "ordinal.relative") {
                     // "end-1", "current+0": claimscan's unit is where the count starts, its
                     // value the offset.
                     char mine[48];
                     std::snprintf(mine, sizeof mine, "%s%+d", q.unit.c_str(),
                                   static_cast<int>(q.value));
                     right = q.type == EntityType::kOrdinal && gold == mine;
                   } else if (gold.empty()) {
                     right = true;
                   } else if (type == "numberrange") {
                     Interval iv;
                     right = ParseInterval(gold, &iv) && SameInterval(iv, IntervalOf(q));
                   } else {
                     double v = 0;
                     if (!gold.empty() && gold.back() == '%') gold.pop_back();
                     const std::string gold_unit =
                         res["unit"].is_string() ? res.GetString("unit") : "";
                     right = ToNumber(gold, &v) &&
                             Same(v, InGoldUnit(q.value, q.unit, gold_unit)) && !q.is_range;
                   }
                 }
                 if (right) {
                   ++t.entities_right;
                 } else {
                   case_right = false;
                   why += " missed[" + e.GetString("text") + "=" + gold + "]";
                 }
               }
               for (size_t k = 0; k < found.size(); ++k) {
                 if (!used[k] && ModelReports(model, found[k].type, found[k].unit)) {
                   case_right = false;
                   why += " extra" + Describe(text, found[k]);
                 }
               }
               for (size_t k = 0; k < names.size(); ++k) {
                 if (!name_used[k] && ModelReportsName(model, names[k])) {
                   case_right = false;
                   why += " extra-name[" + std::string(names[k].span.In(text)) + "]";
                 }
               }
               ++t.cases;
               t.cases_right += case_right;
               if (verbose && !case_right) {
                 std::string mine;
                 for (const Quantity& q : found) mine += Describe(text, q);
                 for (const auto& u : names) {
                   mine +=
                       "[name " + std::string(u.span.In(text)) + " " + std::string(u.unit) + "]";
                 }
                 std::printf("FAIL %s | %s |%s | mine %s\n", c.GetString("id").c_str(),
                             text.c_str(), why.c_str(), mine.c_str());
               }
               return absl::OkStatus();
             }).ok()
             ? 0
             : 1;
}

int RunDuckling(const Runner& run, const std::string& path, bool verbose,
                std::map<std::string, Tally>* by_dim) {
  static const char* kDims[] = {"numeral",  "ordinal", "amount-of-money", "quantity",
                                "distance", "volume",  "temperature"};
  return claimscan::ForEachDataLine(
             path,
             [&](int, std::string_view line) -> absl::Status {
               auto parsed = claimscan::ParseJson(line);
               if (!parsed.ok()) return parsed.status();
               const JsonValue& c = *parsed;
               const std::string dim = c.GetString("dimension");
               bool wanted = false;
               for (const char* d : kDims) wanted = wanted || dim == d;
               if (!wanted) return absl::OkStatus();
               Tally& t = (*by_dim)[dim];
               const std::string text = c.GetString("text");
               const auto found = run.Find(text);
               const auto& expected = c["expected"].array();
               bool right = false;
               if (expected.empty()) {
                 right = found.empty();
               } else if (found.size() == 1 &&
                          (found[0].span.begin == 0 ||
                           (found[0].is_range && FromBefore(text, 0, found[0].span.begin))) &&
                          found[0].span.end == text.size()) {
                 const JsonValue& v = expected[0]["value"];
                 const std::string gold_unit = v["unit"].is_string() ? v.GetString("unit")
                                               : v["from"]["unit"].is_string()
                                                   ? v["from"].GetString("unit")
                                                   : v["to"].GetString("unit");
                 Quantity q = found[0];
                 q.value = InGoldUnit(q.value, q.unit, gold_unit);
                 q.to = InGoldUnit(q.to, q.unit, gold_unit);
                 if (v.GetString("type") == "interval") {
                   const bool from = !v["from"].is_null(), to = !v["to"].is_null();
                   if (from && to) {
                     right = q.is_range && Same(q.value, v["from"].GetNumber("value")) &&
                             Same(q.to, v["to"].GetNumber("value"));
                   } else if (from) {
                     right = (q.qualifier == Qualifier::kAtLeast ||
                              q.qualifier == Qualifier::kMoreThan) &&
                             Same(q.value, v["from"].GetNumber("value"));
                   } else if (to) {
                     right = (q.qualifier == Qualifier::kAtMost ||
                              q.qualifier == Qualifier::kLessThan) &&
                             Same(q.value, v["to"].GetNumber("value"));
                   }
                 } else {
                   right = !q.is_range && Same(q.value, v.GetNumber("value"));
                 }
               }
               ++t.cases;
               ++t.entities;
               t.cases_right += right;
               t.entities_right += right;
               if (verbose && !right) {
                 std::string mine;
                 for (const Quantity& q : found) mine += Describe(text, q);
                 std::printf(
                     "FAIL %s | %s | gold %s | mine %s\n", c.GetString("id").c_str(), text.c_str(),
                     expected.empty() ? "(none)" : expected[0].GetString("source_expr").c_str(),
                     mine.c_str());
               }
               return absl::OkStatus();
             }).ok()
             ? 0
             : 1;
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false;
  std::string dir;
  std::string data = CLAIMSCAN_EVAL_DATA_DIR;
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
    std::fprintf(stderr, "usage: eval_numbers [--verbose] [--data=DIR] DATA_DIR\n");
    return 2;
  }
  auto dates = claimscan::TemporalRecognizer::Create(data);
  auto quantities = claimscan::QuantityRecognizer::Create(claimscan::JoinPath(data, "quantities"));
  if (!dates.ok() || !quantities.ok()) {
    std::fprintf(
        stderr, "%s\n",
        std::string((dates.ok() ? quantities.status() : dates.status()).message()).c_str());
    return 1;
  }
  const Runner run(**dates, **quantities);
  std::map<std::string, Tally> recognizers, duckling;
  if (RunRecognizers(run, claimscan::JoinPath(dir, "recognizers-text-en-numbers/dev.jsonl"),
                     verbose, &recognizers) != 0 ||
      RunDuckling(run, claimscan::JoinPath(dir, "duckling-en/dev.jsonl"), verbose, &duckling) !=
          0) {
    std::fprintf(stderr, "cannot read the suites under %s\n", dir.c_str());
    return 1;
  }
  Tally all, rec_all, duck_all;
  for (const auto& [model, t] : recognizers) {
    Print("recognizers " + model, t);
    rec_all.Add(t);
  }
  for (const auto& [dim, t] : duckling) {
    Print("duckling " + dim, t);
    duck_all.Add(t);
  }
  Print("recognizers-text-en-numbers (all)", rec_all);
  Print("duckling-en numeric dimensions (all)", duck_all);
  all.Add(rec_all);
  all.Add(duck_all);
  Print("overall", all);
  return 0;
}
