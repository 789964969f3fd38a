#include "tag/named_facts.h"

#include <algorithm>
#include <vector>

#include "absl/strings/str_cat.h"
#include "tag/gazetteer.h"

namespace claimscan {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The name's ASCII words and numbers, lower-cased; other bytes separate them.
std::vector<std::string> Words(std::string_view name) {
  std::vector<std::string> words;
  std::string w;
  auto flush = [&] {
    if (!w.empty()) words.push_back(std::move(w));
    w.clear();
  };
  for (char c : name) {
    const bool digit = IsDigit(c);
    if (IsLetter(c) || digit) {
      // A letter-digit boundary separates too: "1701-complete".
      if (!w.empty() && IsDigit(w.back()) != digit) flush();
      w.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    } else {
      flush();
    }
  }
  flush();
  return words;
}

bool IsNumber(const std::string& w) { return !w.empty() && IsDigit(w[0]); }

bool IsYear(const std::string& w) {
  return w.size() == 4 && IsNumber(w) &&
         (w.compare(0, 2, "18") == 0 || w.compare(0, 2, "19") == 0 || w.compare(0, 2, "20") == 0);
}

// Capitalised words of a name that are no part of the event's kind or number.
void AppendParties(std::string_view name, std::vector<std::string>* out) {
  static constexpr std::string_view kNotParties[] = {
      "war",    "wars",  "conflict", "invasion", "uprising", "intifada", "the",   "first",
      "second", "third", "fourth",   "fifth",    "sixth",    "world",    "great", "civil"};
  size_t i = 0;
  while (i < name.size()) {
    if (!IsLetter(name[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < name.size() && IsLetter(name[j])) ++j;
    if (name[i] >= 'A' && name[i] <= 'Z') {
      std::string w(name.substr(i, j - i));
      for (char& c : w) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      bool skip = false;
      for (std::string_view n : kNotParties) skip |= w == n;
      if (!skip) out->push_back(std::move(w));
    }
    i = j;
  }
}

// "israeli" and "israel", "lebanese" and "lebanon": the shorter's first five letters (all of
// it when shorter) start the other.
bool SameStem(std::string_view a, std::string_view b) {
  const size_t n = std::min<size_t>({5, a.size(), b.size()});
  return n >= 3 && a.substr(0, n) == b.substr(0, n);
}

}  // namespace

std::vector<std::string> FactParties(std::string_view name) {
  std::vector<std::string> parties;
  AppendParties(name, &parties);
  std::sort(parties.begin(), parties.end());
  parties.erase(std::unique(parties.begin(), parties.end()), parties.end());
  return parties;
}

bool PartiesFit(const std::vector<std::string>& parties, const GazetteerEntry& entry) {
  if (parties.empty()) return true;
  std::vector<std::string> known;
  AppendParties(entry.canonical, &known);
  for (const std::string& alias : entry.aliases) AppendParties(alias, &known);
  AppendParties(entry.Attribute("parties"), &known);
  for (const std::string& p : parties) {
    bool fits = false;
    for (const std::string& k : known) fits |= SameStem(p, k);
    if (!fits) return false;
  }
  return true;
}

std::string FactKey(EntityType type, std::string_view name) {
  const std::vector<std::string> words = Words(name);
  if (type == EntityType::kLaw) {
    for (size_t i = 0; i + 1 < words.size(); ++i) {
      if (words[i] != "resolution" && words[i] != "resolutions") continue;
      if (!IsNumber(words[i + 1])) return {};
      // "Resolutions 1559 and 1701": several laws, no one key.
      for (size_t j = i + 2; j < words.size(); ++j) {
        if (IsNumber(words[j])) return {};
      }
      return absl::StrCat("law:resolution:", words[i + 1]);
    }
    return {};
  }
  if (type == EntityType::kEvent) {
    bool war = false;
    std::string year;
    for (const std::string& w : words) {
      if (w == "war" || w == "conflict") war = true;
      if (IsYear(w)) {
        if (!year.empty() && year != w) return {};  // "the 1948 and 1967 wars"
        year = w;
      }
    }
    if (war && !year.empty()) return absl::StrCat("event:war:", year);
  }
  return {};
}

FactIndex::FactIndex(const Gazetteer& gazetteer) {
  auto add = [&](const std::string& key, int32_t entry) {
    if (key.empty()) return;
    auto [it, inserted] = entry_by_key_.try_emplace(key, entry);
    if (!inserted && it->second != entry) it->second = -1;
  };
  for (uint32_t i = 0; i < gazetteer.size(); ++i) {
    const GazetteerEntry& e = gazetteer.entry(i);
    if (e.type != EntityType::kLaw && e.type != EntityType::kEvent) continue;
    const int32_t entry = static_cast<int32_t>(i);
    add(FactKey(e.type, e.canonical), entry);
    for (const std::string& alias : e.aliases) add(FactKey(e.type, alias), entry);
    if (e.type != EntityType::kEvent) continue;
    // "Second Lebanon War" with year=2006: the attribute dates a name that gives no year.
    const std::string year(e.Attribute("year"));
    if (year.empty()) continue;
    add(FactKey(e.type, absl::StrCat(e.canonical, " ", year)), entry);
    for (const std::string& alias : e.aliases) {
      add(FactKey(e.type, absl::StrCat(alias, " ", year)), entry);
    }
  }
}

int32_t FactIndex::Find(std::string_view key) const {
  const auto it = entry_by_key_.find(std::string(key));
  return it == entry_by_key_.end() ? -1 : it->second;
}

}  // namespace claimscan
