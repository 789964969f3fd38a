#include "news_day.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <utility>

#include "common/file.h"
#include "text/datetime_calendar.h"

namespace claimscan::bench {
namespace {

// The wording of one kind of event. Every list holds alternative phrasings of the same fact;
// an outlet keeps to its own choice (its house style), so two outlets paraphrase each other.
// Slots: {city} {country} {weekday} {date} {n1} {n2} {fig} {official} {surname} {role}
// {company} {agency}.
struct EventKind {
  const char* name;
  std::vector<const char*> titles;
  std::vector<const char*> leads;    // the event, the place, the day and the main figure
  std::vector<const char*> details;  // the second figure and who reported it
  std::vector<const char*> quotes;   // what the official said (quoted or reported)
  std::vector<const char*> context;  // background paragraphs
  int n1_min, n1_max;                // main toll
  int n2_min, n2_max;                // second figure
  int fig_min, fig_max;              // a kind-specific figure (tenths for magnitudes)
  bool fig_tenths;
};

const std::vector<EventKind>& Kinds() {
  static const auto* kinds = new std::vector<EventKind>{
      {"earthquake",
       {"Magnitude {fig} earthquake strikes near {city}", "{n1} dead as quake hits {city}",
        "Earthquake in {country} kills {n1} near {city}"},
       {"A magnitude {fig} earthquake struck near {city}, {country}, on {weekday}, killing {n1} "
        "people, officials said.",
        "At least {n1} people were killed when a magnitude {fig} earthquake hit the area around "
        "{city} in {country} on {weekday}.",
        "The earthquake, measured at magnitude {fig}, shook {city} on {weekday} and left {n1} "
        "people dead, according to {agency}."},
       {"{agency} said {n2} people were injured and dozens of buildings collapsed.",
        "Another {n2} people were hurt, {agency} reported.",
        "Hospitals in {city} treated {n2} injured people, the {role} said."},
       {"\"We are still searching the rubble for survivors,\" said {official}, the {role}.",
        "{official}, the {role}, said rescue teams had reached every district of {city}."},
       {"{country} sits on several active fault lines and has suffered deadly earthquakes "
        "before.",
        "Aftershocks continued through the night, and many residents of {city} slept outdoors.",
        "Engineers will inspect schools and bridges in the region before they reopen."},
       3,
       180,
       20,
       900,
       45,
       79,
       true},
      {"factory fire",
       {"Fire at {company} plant in {city} kills {n1}", "{n1} workers die in {city} factory blaze",
        "Deadly fire guts {company} factory in {country}"},
       {"A fire tore through a {company} factory in {city}, {country}, on {weekday}, killing {n1} "
        "workers, officials said.",
        "At least {n1} people died when fire broke out at the {company} plant in {city} on "
        "{weekday}.",
        "{n1} workers were killed in a blaze at a factory run by {company} in {city} on "
        "{weekday}, according to {agency}."},
       {"{agency} said {n2} people were taken to hospital with burns and smoke inhalation.",
        "Another {n2} workers were injured, {agency} reported.",
        "The {role} said {n2} people were hurt and that {fig} fire engines were sent."},
       {"\"The exits were locked and the workers were trapped,\" said {official}, the {role}.",
        "{official}, the {role}, said an investigation into the cause of the fire had begun."},
       {"Factory fires are common in {country}, where safety rules are often poorly enforced.",
        "{company} said it would cooperate fully with the authorities and support the families.",
        "Unions in {country} have long demanded stricter inspections of industrial plants."},
       4,
       90,
       10,
       300,
       5,
       40,
       false},
      {"train derailment",
       {"Passenger train derails near {city}, {n1} killed",
        "{n1} dead after train leaves tracks in {country}", "Train crash near {city} kills {n1}"},
       {"A passenger train derailed near {city}, {country}, on {weekday}, killing {n1} people, "
        "officials said.",
        "At least {n1} people were killed when a train carrying {fig} passengers came off the "
        "tracks near {city} on {weekday}.",
        "{n1} passengers died after their train derailed outside {city} on {weekday}, according "
        "to {agency}."},
       {"{agency} said {n2} people were injured, some of them seriously.",
        "Another {n2} passengers were hurt, {agency} reported.",
        "The {role} said {n2} injured passengers were taken to hospitals in {city}."},
       {"\"Several carriages overturned and we are cutting people free,\" said {official}, the "
        "{role}.",
        "{official}, the {role}, said the cause of the derailment was not yet known."},
       {"The line links {city} with the capital and carries thousands of commuters every day.",
        "Rail safety in {country} has been criticised after several accidents in recent years.",
        "Services on the line were suspended while investigators examined the track."},
       3,
       70,
       20,
       400,
       150,
       900,
       false},
      {"flood",
       {"Floods in {city} kill {n1}", "{n1} dead as heavy rain floods {city}",
        "Flooding in {country} leaves {n1} dead near {city}"},
       {"Floods caused by heavy rain killed {n1} people in {city}, {country}, on {weekday}, "
        "officials said.",
        "At least {n1} people died when rivers burst their banks around {city} on {weekday}.",
        "{n1} people were killed by flash floods in and around {city} on {weekday}, according "
        "to {agency}."},
       {"{agency} said {n2} people had been forced from their homes.",
        "Another {n2} residents were evacuated, {agency} reported.",
        "The {role} said {n2} people were staying in emergency shelters."},
       {"\"The water rose so fast that people had no time to leave,\" said {official}, the "
        "{role}.",
        "{official}, the {role}, said more rain was expected over the next {fig} days."},
       {"Scientists say climate change is making extreme rainfall more frequent in {country}.",
        "Roads into {city} were cut off and power was lost in several districts.",
        "The army was deployed to help rescue stranded residents."},
       3,
       120,
       500,
       40000,
       2,
       6,
       false},
      {"bus crash",
       {"Bus plunges off road near {city}, killing {n1}", "{n1} killed in bus crash in {country}",
        "Bus accident near {city} leaves {n1} dead"},
       {"A bus carrying {fig} passengers crashed near {city}, {country}, on {weekday}, killing "
        "{n1} people, officials said.",
        "At least {n1} people were killed when a bus went off the road near {city} on "
        "{weekday}.",
        "{n1} people died after a crowded bus overturned outside {city} on {weekday}, according "
        "to {agency}."},
       {"{agency} said {n2} passengers were injured.",
        "Another {n2} people were hurt, {agency} "
        "reported.",
        "The {role} said {n2} injured passengers were taken to hospital in {city}."},
       {"\"The driver lost control on a sharp bend,\" said {official}, the {role}.",
        "{official}, the {role}, said the bus had been travelling too fast."},
       {"Road accidents kill thousands of people in {country} every year.",
        "The road near {city} is known for its steep bends and poor lighting.",
        "Police have opened an investigation into the bus company."},
       4,
       45,
       5,
       60,
       30,
       70,
       false},
      {"mine collapse",
       {"Mine collapse near {city} traps workers, {n1} dead",
        "{n1} miners killed in {country} mine collapse", "Deadly collapse at {company} mine"},
       {"A mine operated by {company} collapsed near {city}, {country}, on {weekday}, killing "
        "{n1} miners, officials said.",
        "At least {n1} miners were killed when a tunnel caved in at the {company} mine near "
        "{city} on {weekday}.",
        "{n1} workers died after part of a mine run by {company} collapsed near {city} on "
        "{weekday}, according to {agency}."},
       {"{agency} said {n2} miners were still trapped underground.",
        "Another {n2} workers remain missing, {agency} reported.",
        "The {role} said rescuers were trying to reach {n2} trapped miners."},
       {"\"We have not lost hope of finding more survivors,\" said {official}, the {role}.",
        "{official}, the {role}, said the mine had passed a safety inspection in {fig} weeks "
        "ago."},
       {"Mining is a major employer around {city}, and accidents are frequent.",
        "{company} suspended operations at all its sites in {country}.",
        "Families gathered at the entrance of the mine waiting for news."},
       3,
       60,
       2,
       40,
       2,
       12,
       false},
  };
  return *kinds;
}

const char* const kRoles[] = {"regional governor", "mayor of {city}",
                              "interior minister", "head of the emergency services",
                              "police chief",      "civil protection director"};
const char* const kAgencies[] = {"the national disaster agency", "the health ministry",
                                 "the {country} Red Cross",      "local police",
                                 "the emergency services",       "state media"};
const char* const kCompanySuffixes[] = {"Holdings", "Group",  "Industries", "Mining",
                                        "Textiles", "Metals", "Energy",     "Works"};
const char* const kSurnameHeads[] = {"Bar", "Kel", "Mor", "Vin", "Tal", "Dor",  "Sen", "Ros",
                                     "Lan", "Fer", "Gal", "Har", "Mel", "Nor",  "Pet", "Ral",
                                     "Sor", "Tor", "Val", "Wes", "Ash", "Bren", "Cal", "Dun"};
const char* const kSurnameTails[] = {"ton", "sen", "ova", "ari", "ez",  "ik",  "man", "ley",
                                     "ard", "ini", "ski", "off", "ero", "ane", "ing", "dale"};
const char* const kOutletWords[] = {
    "Courier", "Herald",  "Observer", "Tribune", "Monitor",  "Dispatch", "Chronicle", "Post",
    "Gazette", "Express", "Ledger",   "Times",   "Standard", "Journal",  "Wire",      "Review"};
const char* const kOutletPlaces[] = {"Northern", "Daily",    "Evening", "Global",  "Coastal",
                                     "Metro",    "National", "World",   "Morning", "Central"};
const char* const kWeekdays[] = {"Thursday", "Friday",  "Saturday", "Sunday",
                                 "Monday",   "Tuesday", "Wednesday"};  // 1970-01-01: Thursday
const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

struct StoryFacts {
  const EventKind* kind;
  std::string city, country, official, role, company, agency;
  int32_t day;
  int n1, n2, fig;
};

using Slots = std::map<std::string, std::string, std::less<>>;

// Replaces every {slot} in `pattern`.
std::string FillOnce(std::string_view pattern, const Slots& slots) {
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    size_t open = pattern.find('{', i);
    size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(pattern.substr(i, open - i));
    auto it = slots.find(pattern.substr(open + 1, close - open - 1));
    out.append(it != slots.end() ? std::string_view(it->second)
                                 : pattern.substr(open, close - open + 1));
    i = close + 1;
  }
  out.append(pattern.substr(std::min(i, pattern.size())));
  return out;
}

// Slot values may hold slots themselves ("mayor of {city}"): a second pass expands those.
std::string Fill(std::string_view pattern, const Slots& slots) {
  std::string out = FillOnce(pattern, slots);
  return out.find('{') == std::string::npos ? out : FillOnce(out, slots);
}

std::string Figure(const EventKind& k, int fig) {
  if (!k.fig_tenths) return std::to_string(fig);
  return std::to_string(fig / 10) + "." + std::to_string(fig % 10);
}

}  // namespace

std::vector<uint32_t> NewsDay::Truth() const {
  std::vector<uint32_t> t;
  t.reserve(articles.size());
  for (const GeneratedArticle& a : articles) t.push_back(a.story);
  return t;
}

size_t NewsDay::bytes() const {
  size_t n = 0;
  for (const GeneratedArticle& a : articles) n += a.text.size();
  return n;
}

absl::StatusOr<NewsDayGenerator> NewsDayGenerator::Create(std::string_view data_dir) {
  NewsDayGenerator g;
  std::string dir(data_dir);
  auto countries = ReadFile(JoinPath(dir, "gazetteer/geo_countries.tsv"));
  if (!countries.ok()) return countries.status();
  auto cities = ReadFile(JoinPath(dir, "gazetteer/geo_cities.tsv"));
  if (!cities.ok()) return cities.status();
  auto names = ReadFile(JoinPath(dir, "names/first_names.txt"));
  if (!names.ok()) return names.status();

  auto for_each_line = [](const std::string& text, auto&& fn) {
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find('\n', pos);
      if (end == std::string::npos) end = text.size();
      std::string_view line(text.data() + pos, end - pos);
      if (!line.empty() && line[0] != '#') fn(line);
      pos = end + 1;
    }
  };
  auto fields = [](std::string_view line) {
    std::vector<std::string_view> f;
    size_t pos = 0;
    while (true) {
      size_t tab = line.find('\t', pos);
      f.push_back(line.substr(pos, tab == std::string_view::npos ? tab : tab - pos));
      if (tab == std::string_view::npos) break;
      pos = tab + 1;
    }
    return f;
  };
  auto plain = [](std::string_view s) {  // ASCII letters and spaces: safe in any template
    if (s.empty()) return false;
    for (char c : s) {
      if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ')) return false;
    }
    return true;
  };
  auto attribute = [](std::string_view attrs, std::string_view key) -> std::string_view {
    size_t p = attrs.find(std::string(key) + "=");
    if (p == std::string_view::npos || (p > 0 && attrs[p - 1] != ';')) return {};
    p += key.size() + 1;
    size_t e = attrs.find(';', p);
    return attrs.substr(p, e == std::string_view::npos ? e : e - p);
  };
  std::map<std::string, std::string, std::less<>> country_by_iso;
  for_each_line(*countries, [&](std::string_view line) {
    auto f = fields(line);
    if (f.size() < 5 || !plain(f[2])) return;
    std::string_view iso = attribute(f[4], "iso");
    if (!iso.empty()) country_by_iso.emplace(std::string(iso), std::string(f[2]));
  });
  for_each_line(*cities, [&](std::string_view line) {
    auto f = fields(line);
    if (f.size() < 5 || !plain(f[2])) return;
    std::string_view pop = attribute(f[4], "population");
    // Large cities only: the kind of place international news names.
    if (pop.size() < 6) return;
    auto c = country_by_iso.find(attribute(f[4], "country"));
    if (c == country_by_iso.end() || c->second == f[2]) return;
    g.places_.push_back({std::string(f[2]), c->second});
  });
  for_each_line(*names, [&](std::string_view line) {
    if (plain(line) && line.size() >= 3) g.first_names_.emplace_back(line);
  });
  if (g.places_.size() < 10 || g.first_names_.size() < 10) {
    return absl::FailedPreconditionError("news day: too few places or names in " + dir);
  }
  return g;
}

NewsDay NewsDayGenerator::Generate(const NewsDayOptions& o) const {
  std::mt19937_64 rng(o.seed);
  auto uniform = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  auto between = [&](int lo, int hi) { return lo + static_cast<int>(uniform(hi - lo + 1)); };
  auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
  auto surname = [&] {
    return std::string(kSurnameHeads[uniform(std::size(kSurnameHeads))]) +
           kSurnameTails[uniform(std::size(kSurnameTails))];
  };
  const std::vector<EventKind>& kinds = Kinds();

  int fy = 2026;
  unsigned fm = 3, fd = 2;
  std::sscanf(o.first_day.c_str(), "%d-%u-%u", &fy, &fm, &fd);
  const int32_t first_day =
      static_cast<int32_t>(calendar::ToDays(fy, static_cast<int>(fm), static_cast<int>(fd)));

  struct Outlet {
    std::string name;
    size_t style;  // which phrasing of each fact this outlet prefers
  };
  std::vector<Outlet> outlets;
  for (size_t i = 0; i < o.outlets; ++i) {
    std::string name = std::string(kOutletPlaces[i % std::size(kOutletPlaces)]) + " " +
                       kOutletWords[(i / std::size(kOutletPlaces) + i) % std::size(kOutletWords)];
    if (i >= std::size(kOutletPlaces) * std::size(kOutletWords)) name += " " + std::to_string(i);
    outlets.push_back({name, i});
  }

  std::vector<StoryFacts> stories;
  stories.reserve(o.stories);
  for (size_t s = 0; s < o.stories; ++s) {
    StoryFacts f;
    const Place* place = &places_[uniform(places_.size())];
    const StoryFacts* model = nullptr;
    if (s > 0 && chance(o.lookalike)) {
      // Same kind of event in the same country as an earlier story, about a week apart (the
      // issue's "two strikes on the same city a week apart"): other city, day and figures.
      model = &stories[uniform(stories.size())];
      f.kind = model->kind;
      for (int tries = 0; tries < 50; ++tries) {
        const Place& p = places_[uniform(places_.size())];
        if (p.country == model->country && p.city != model->city) {
          place = &p;
          break;
        }
      }
    } else {
      f.kind = &kinds[uniform(kinds.size())];
    }
    f.city = place->city;
    f.country = place->country;
    f.official = first_names_[uniform(first_names_.size())] + " " + surname();
    f.role = kRoles[uniform(std::size(kRoles))];
    f.company = surname() + " " + kCompanySuffixes[uniform(std::size(kCompanySuffixes))];
    f.agency = kAgencies[uniform(std::size(kAgencies))];
    f.day = first_day + static_cast<int32_t>(uniform(static_cast<size_t>(std::max(o.days, 1))));
    if (model != nullptr) {
      const int32_t gap = 5 + static_cast<int32_t>(uniform(5));  // 5 to 9 days
      f.day = model->day + (chance(0.5) || model->day - gap < first_day ? gap : -gap);
    }
    f.n1 = between(f.kind->n1_min, f.kind->n1_max);
    f.n2 = between(f.kind->n2_min, f.kind->n2_max);
    f.fig = between(f.kind->fig_min, f.kind->fig_max);
    stories.push_back(std::move(f));
  }

  struct Pending {
    int32_t day;
    uint64_t order;
    GeneratedArticle article;
  };
  std::vector<Pending> pending;
  std::vector<size_t> picks(o.outlets);
  for (uint32_t s = 0; s < stories.size(); ++s) {
    const StoryFacts& f = stories[s];
    const EventKind& k = *f.kind;
    size_t coverage =
        std::min(o.outlets,
                 static_cast<size_t>(between(static_cast<int>(std::min(o.min_coverage, o.outlets)),
                                             static_cast<int>(o.outlets))));
    for (size_t i = 0; i < picks.size(); ++i) picks[i] = i;
    std::shuffle(picks.begin(), picks.end(), rng);
    size_t first_article = pending.size();
    for (size_t c = 0; c < coverage; ++c) {
      const Outlet& outlet = outlets[picks[c]];
      Slots slots{{"city", f.city},
                  {"country", f.country},
                  {"official", f.official},
                  {"surname", f.official.substr(f.official.rfind(' ') + 1)},
                  {"role", f.role},
                  {"company", f.company},
                  {"agency", f.agency},
                  {"weekday", kWeekdays[((f.day % 7) + 7) % 7]},
                  {"n1", std::to_string(f.n1)},
                  {"n2", std::to_string(f.n2)},
                  {"fig", Figure(k, f.fig)}};
      if (chance(o.conflicting)) slots["n1"] = std::to_string(f.n1 + between(1, 9));
      const int32_t published = f.day + (chance(0.3) ? 1 : 0);
      const CivilDate date = calendar::FromDays(published);
      const size_t st = outlet.style;
      std::string title = Fill(k.titles[st % k.titles.size()], slots);
      std::string body;
      // Wire copy: the body of an earlier article of the same story, word for word.
      bool wire = c > 0 && chance(o.syndicated);
      if (wire) {
        const std::string& source = pending[first_article + uniform(c)].article.text;
        size_t body_at = source.find("\n\n");
        body = source.substr(body_at + 2);
      } else {
        std::vector<std::string> paragraphs;
        paragraphs.push_back(Fill(k.leads[(st + 1) % k.leads.size()], slots));
        paragraphs.push_back(Fill(k.details[(st / 3) % k.details.size()], slots));
        paragraphs.push_back(Fill(k.quotes[(st + uniform(2)) % k.quotes.size()], slots));
        for (size_t x = 0; x < k.context.size(); ++x) {
          if (chance(0.7))
            paragraphs.push_back(Fill(k.context[(st + x) % k.context.size()], slots));
        }
        for (const std::string& p : paragraphs) body += p + "\n";
      }
      char dateline[64];
      std::snprintf(dateline, sizeof dateline, "Published %s %d, %d %02d:%02d",
                    kMonths[date.month - 1], date.day, date.year, between(6, 22), between(0, 59));
      GeneratedArticle a;
      a.outlet = outlet.name;
      a.story = s;
      a.wire_copy = wire;
      a.text = title + "\n" + dateline + "\nBy " + first_names_[uniform(first_names_.size())] +
               " " + surname() + ", " + outlet.name + "\n\n" + body;
      pending.push_back({published, rng(), std::move(a)});
    }
  }
  // Arrival order: by publication day, stories interleaved within a day.
  std::sort(pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
    return a.day != b.day ? a.day < b.day : a.order < b.order;
  });
  NewsDay day;
  day.stories = stories.size();
  day.articles.reserve(pending.size());
  for (size_t i = 0; i < pending.size(); ++i) {
    GeneratedArticle& a = pending[i].article;
    char prefix[32];
    std::snprintf(prefix, sizeof prefix, "%06zu_", i);
    a.id = prefix;
    for (char ch : a.outlet) a.id.push_back(ch == ' ' ? '-' : static_cast<char>(std::tolower(ch)));
    day.articles.push_back(std::move(a));
  }
  return day;
}

absl::Status WriteNewsDay(const NewsDay& day, const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return absl::InternalError(dir + ": " + ec.message());
  std::ofstream truth(JoinPath(dir, "truth.tsv"));
  truth << "# id\tstory\toutlet\twire_copy\n";
  for (const GeneratedArticle& a : day.articles) {
    std::ofstream out(JoinPath(dir, a.id + ".txt"), std::ios::binary);
    out.write(a.text.data(), static_cast<std::streamsize>(a.text.size()));
    if (!out) return absl::InternalError(dir + ": cannot write " + a.id + ".txt");
    truth << a.id << '\t' << a.story << '\t' << a.outlet << '\t' << (a.wire_copy ? 1 : 0) << '\n';
  }
  if (!truth) return absl::InternalError(dir + ": cannot write truth.tsv");
  return absl::OkStatus();
}

}  // namespace claimscan::bench
