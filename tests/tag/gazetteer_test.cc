#include "tag/gazetteer.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "claimscan/text.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimscan {
namespace {

using ::testing::HasSubstr;

// Tokens at white space only: the gazetteer cuts tokens into pieces itself, so it must give the
// same matches whatever the token granularity (see gazetteer_pieces.h).
std::vector<Token> SpaceTokens(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i;
    size_t b = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
    if (i > b) tokens.push_back(Token{Span{uint32_t(b), uint32_t(i)}, TokenKind::kWord, 0});
  }
  return tokens;
}

GazetteerEntry Entry(std::string id, EntityType type, std::string canonical,
                     std::vector<std::string> aliases = {}) {
  GazetteerEntry e;
  e.id = std::move(id);
  e.type = type;
  e.canonical = std::move(canonical);
  e.aliases = std::move(aliases);
  return e;
}

std::unique_ptr<const Gazetteer> MustCompile(std::vector<GazetteerEntry> entries) {
  auto g = Gazetteer::Compile(std::move(entries));
  EXPECT_TRUE(g.ok()) << g.status();
  return g.ok() ? std::move(*g) : nullptr;
}

// "surface=id" for each match, in order.
std::vector<std::string> Matches(const Gazetteer& g, std::string_view text) {
  std::vector<GazetteerMatch> out;
  g.Match(text, SpaceTokens(text), &out);
  std::vector<std::string> result;
  for (const GazetteerMatch& m : out) {
    result.push_back(std::string(m.span.In(text)) + "=" + g.entry(m.entry).id);
  }
  return result;
}

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("gazetteer_test_" + std::to_string(::getpid()) + "_" + name))
                         .string();
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

TEST(GazetteerTest, LongestMatchWins) {
  auto g = MustCompile({Entry("gaz:un", EntityType::kOrg, "United Nations"),
                        Entry("gaz:unsc", EntityType::kOrg, "United Nations Security Council"),
                        Entry("gaz:us", EntityType::kGpe, "United States")});
  EXPECT_THAT(
      Matches(*g, "The United Nations Security Council met. The United Nations did not."),
      ::testing::ElementsAre("United Nations Security Council=gaz:unsc", "United Nations=gaz:un"));
  // A partial longer name falls back to the shorter one.
  EXPECT_THAT(Matches(*g, "United Nations Security forces"),
              ::testing::ElementsAre("United Nations=gaz:un"));
  EXPECT_THAT(Matches(*g, "United States"), ::testing::ElementsAre("United States=gaz:us"));
}

TEST(GazetteerTest, SpansAreByteOffsetsIntoTheText) {
  auto g = MustCompile({Entry("gaz:beirut", EntityType::kGpe, "Beirut")});
  std::string text = "Strikes hit Beirut, and south Beirut again.";
  std::vector<GazetteerMatch> out;
  g->Match(text, SpaceTokens(text), &out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].span, (Span{12, 18}));
  EXPECT_EQ(out[1].span, (Span{30, 36}));
  EXPECT_EQ(out[0].entry, 0u);
}

TEST(GazetteerTest, OnlyWholeWords) {
  auto g = MustCompile({Entry("gaz:israel", EntityType::kGpe, "Israel"),
                        Entry("gaz:iran", EntityType::kGpe, "Iran")});
  EXPECT_THAT(Matches(*g, "Israeli and Iranian officials; Israel and Iran."),
              ::testing::ElementsAre("Israel=gaz:israel", "Iran=gaz:iran"));
  // Hyphens and possessives end a word; letters do not.
  EXPECT_THAT(Matches(*g, "the Israel-Iran war, Israel's army, Iran’s, pro-Iran, Iranair"),
              ::testing::ElementsAre("Israel=gaz:israel", "Iran=gaz:iran", "Israel=gaz:israel",
                                     "Iran=gaz:iran", "Iran=gaz:iran"));
}

TEST(GazetteerTest, PossessiveDoesNotJoinWords) {
  auto g = MustCompile({Entry("gaz:idf", EntityType::kOrg, "Israel Defense Forces")});
  EXPECT_TRUE(Matches(*g, "Israel's Defense Forces").empty());
  EXPECT_THAT(Matches(*g, "the Israel Defense Forces' statement"),
              ::testing::ElementsAre("Israel Defense Forces=gaz:idf"));
}

TEST(GazetteerTest, CaseRules) {
  auto g = MustCompile({Entry("gaz:may", EntityType::kPerson, "Theresa May", {"May"}),
                        Entry("gaz:chad", EntityType::kGpe, "Chad"),
                        Entry("gaz:idf", EntityType::kOrg, "Israel Defense Forces", {"IDF"}),
                        Entry("gaz:us", EntityType::kGpe, "United States", {"US", "U.S."})});
  // Names match where the text is capitalised like a name.
  EXPECT_TRUE(Matches(*g, "it may rain; a hanging chad").empty());
  EXPECT_THAT(Matches(*g, "Chad and May met; CHAD"),
              ::testing::ElementsAre("Chad=gaz:chad", "May=gaz:may", "CHAD=gaz:chad"));
  // Whole-name case folding is allowed when the capitals are there.
  EXPECT_THAT(Matches(*g, "the ISRAEL DEFENSE FORCES and the Israel defense Forces"),
              ::testing::ElementsAre("ISRAEL DEFENSE FORCES=gaz:idf"));
  // All-capital aliases match only in capitals.
  EXPECT_THAT(Matches(*g, "IDF troops; Idf; idf; let us go; the US and the U.S. and Us"),
              ::testing::ElementsAre("IDF=gaz:idf", "US=gaz:us", "U.S.=gaz:us"));
}

TEST(GazetteerTest, AliasesMapToTheirEntry) {
  auto g = MustCompile({Entry("gaz:idf", EntityType::kOrg, "Israel Defense Forces",
                              {"IDF", "Israeli Defense Forces"}),
                        Entry("gaz:nasrallah", EntityType::kPerson, "Hassan Nasrallah",
                              {"Sayyed Hassan Nasrallah", "Sayed Hassan Nasrallah", "Nasrallah"})});
  EXPECT_THAT(
      Matches(*g,
              "the Israeli Defense Forces (IDF) said Sayed Hassan Nasrallah and "
              "Sayyed Hassan Nasrallah, or Nasrallah"),
      ::testing::ElementsAre("Israeli Defense Forces=gaz:idf", "IDF=gaz:idf",
                             "Sayed Hassan Nasrallah=gaz:nasrallah",
                             "Sayyed Hassan Nasrallah=gaz:nasrallah", "Nasrallah=gaz:nasrallah"));
  EXPECT_EQ(g->Find("gaz:nasrallah"), 1);
  EXPECT_EQ(g->Find("gaz:idf"), 0);
  EXPECT_EQ(g->Find("gaz:none"), -1);
  EXPECT_EQ(g->size(), 2u);
}

TEST(GazetteerTest, ApostropheHyphenAndAccentVariants) {
  auto g = MustCompile({Entry("gaz:ben_gvir", EntityType::kPerson, "Ben-Gvir", {"Ben Gavir"}),
                        Entry("gaz:obrien", EntityType::kPerson, "Conan O'Brien"),
                        Entry("gaz:ci", EntityType::kGpe, "Côte d'Ivoire", {"Ivory Coast"}),
                        Entry("gaz:zurich", EntityType::kGpe, "Zurich")});
  EXPECT_THAT(Matches(*g, "Ben Gvir and Ben-Gavir and Ben\u2013Gvir"),
              ::testing::ElementsAre("Ben Gvir=gaz:ben_gvir", "Ben-Gavir=gaz:ben_gvir",
                                     "Ben\u2013Gvir=gaz:ben_gvir"));
  EXPECT_THAT(Matches(*g, "Conan O\u2019Brien in Cote d\u2019Ivoire and Z\u00fcrich"),
              ::testing::ElementsAre("Conan O\u2019Brien=gaz:obrien", "Cote d\u2019Ivoire=gaz:ci",
                                     "Z\u00fcrich=gaz:zurich"));
  EXPECT_THAT(Matches(*g, "C\u00d4TE D'IVOIRE"),
              ::testing::ElementsAre("C\u00d4TE D'IVOIRE=gaz:ci"));
  // A soft hyphen inside a word is invisible.
  EXPECT_THAT(Matches(*g, "Zu\u00adrich"), ::testing::ElementsAre("Zu\u00adrich=gaz:zurich"));
}

TEST(GazetteerTest, TokenGranularityDoesNotMatter) {
  auto g = MustCompile({Entry("gaz:us", EntityType::kGpe, "United States", {"U.S."}),
                        Entry("gaz:hezbollah", EntityType::kOrg, "Hezbollah")});
  std::string text = "U.S. and Hezbollah's";
  // Finer tokens than white space: every character its own token.
  std::vector<Token> fine;
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] != ' ') fine.push_back(Token{Span{i, i + 1}, TokenKind::kWord, 0});
  }
  std::vector<GazetteerMatch> coarse_out, fine_out;
  g->Match(text, SpaceTokens(text), &coarse_out);
  ASSERT_EQ(coarse_out.size(), 2u);
  EXPECT_EQ(coarse_out[0].span, (Span{0, 4}));
  EXPECT_EQ(coarse_out[1].span, (Span{9, 18}));
  // One-byte tokens cut "Hezbollah" into letters, but "U.S." is the same pieces either way.
  g->Match(text, fine, &fine_out);
  ASSERT_EQ(fine_out.size(), 1u);
  EXPECT_EQ(fine_out[0].span, (Span{0, 4}));
}

TEST(GazetteerTest, NamesStartingWithLowerCaseOrDigits) {
  auto g = MustCompile({Entry("gaz:al_qaeda", EntityType::kOrg, "al-Qaeda"),
                        Entry("gaz:sept11", EntityType::kEvent, "9/11", {"9/11 attacks"}),
                        Entry("gaz:el_fasher", EntityType::kGpe, "el Fasher")});
  // A lower-case first word needs no capital; a capital one still needs it later on.
  EXPECT_THAT(Matches(*g,
                      "al-Qaeda, Al Qaeda, AL-QAEDA, al qaeda; the 9/11 attacks; 9/11; "
                      "El-Fasher"),
              ::testing::ElementsAre("al-Qaeda=gaz:al_qaeda", "Al Qaeda=gaz:al_qaeda",
                                     "AL-QAEDA=gaz:al_qaeda", "9/11 attacks=gaz:sept11",
                                     "9/11=gaz:sept11", "El-Fasher=gaz:el_fasher"));
  // Same length and first letter as "al", but no name: no match, no false start.
  EXPECT_TRUE(Matches(*g, "as at an el").empty());
}

TEST(GazetteerTest, EarlierEntryWinsForTheSameName) {
  auto g = MustCompile({Entry("gaz:georgia", EntityType::kGpe, "Georgia"),
                        Entry("gaz:georgia_us", EntityType::kGpe, "Georgia")});
  EXPECT_THAT(Matches(*g, "Georgia"), ::testing::ElementsAre("Georgia=gaz:georgia"));
}

TEST(GazetteerTest, AppendsAndStaysAllocationFreeWithCapacity) {
  auto g = MustCompile({Entry("gaz:beirut", EntityType::kGpe, "Beirut")});
  std::string text = "Beirut Beirut";
  auto tokens = SpaceTokens(text);
  std::vector<GazetteerMatch> out;
  out.reserve(8);
  out.push_back(GazetteerMatch{Span{100, 101}, 7});
  const GazetteerMatch* data = out.data();
  g->Match(text, tokens, &out);
  EXPECT_EQ(out.size(), 3u);
  EXPECT_EQ(out.data(), data);
  EXPECT_EQ(out[0].entry, 7u);
}

TEST(GazetteerTest, CompileErrors) {
  auto dup = Gazetteer::Compile(
      {Entry("gaz:a", EntityType::kOrg, "Alpha"), Entry("gaz:a", EntityType::kOrg, "Beta")});
  ASSERT_FALSE(dup.ok());
  EXPECT_THAT(std::string(dup.status().message()), HasSubstr("duplicate gazetteer id 'gaz:a'"));
  auto empty_name = Gazetteer::Compile({Entry("gaz:b", EntityType::kOrg, " - ")});
  ASSERT_FALSE(empty_name.ok());
  EXPECT_THAT(std::string(empty_name.status().message()), HasSubstr("gaz:b"));
  std::string long_name;
  for (int i = 0; i < 40; ++i) long_name += "Word ";
  auto too_long = Gazetteer::Compile({Entry("gaz:c", EntityType::kOrg, long_name)});
  ASSERT_FALSE(too_long.ok());
  EXPECT_THAT(std::string(too_long.status().message()), HasSubstr("more than 32 words"));
}

TEST(GazetteerTest, LoadTsvReadsEntries) {
  std::string path = WriteTemp("ok.tsv",
                               "# comment\n"
                               "gaz:idf\tORG\tIsrael Defense Forces\tIDF| Israeli army \t"
                               "kind=military;country=IL\n"
                               "\n"
                               "gaz:beirut\tGPE\tBeirut\r\n"
                               "gaz:x\tPERSON\tX Y\t\n");
  std::vector<GazetteerEntry> entries;
  ASSERT_TRUE(Gazetteer::LoadTsv(path, &entries).ok());
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].id, "gaz:idf");
  EXPECT_EQ(entries[0].type, EntityType::kOrg);
  EXPECT_EQ(entries[0].canonical, "Israel Defense Forces");
  EXPECT_THAT(entries[0].aliases, ::testing::ElementsAre("IDF", "Israeli army"));
  ASSERT_EQ(entries[0].attributes.size(), 2u);
  EXPECT_EQ(entries[0].attributes[1].first, "country");
  EXPECT_EQ(entries[0].attributes[1].second, "IL");
  EXPECT_EQ(entries[1].canonical, "Beirut");
  EXPECT_TRUE(entries[1].aliases.empty());
  EXPECT_EQ(entries[2].type, EntityType::kPerson);
  std::remove(path.c_str());
}

void ExpectLoadError(const std::string& name, const std::string& content,
                     const std::string& message) {
  std::string path = WriteTemp(name, content);
  std::vector<GazetteerEntry> entries;
  absl::Status s = Gazetteer::LoadTsv(path, &entries);
  EXPECT_FALSE(s.ok()) << name;
  EXPECT_THAT(std::string(s.message()), HasSubstr(path)) << name;
  EXPECT_THAT(std::string(s.message()), HasSubstr(message)) << name;
  std::remove(path.c_str());
}

TEST(GazetteerTest, LoadTsvErrorsNameFileAndLine) {
  ExpectLoadError("cols.tsv", "gaz:a\tORG\tAlpha\n# c\ngaz:b\tORG\n", ":3: missing columns");
  ExpectLoadError("many.tsv", "gaz:a\tORG\tAlpha\t\tk=v\textra\n", ":1: too many columns");
  ExpectLoadError("type.tsv", "gaz:a\tORG\tAlpha\ngaz:b\tCOUNTRY\tBeta\n",
                  ":2: unknown TYPE 'COUNTRY'");
  ExpectLoadError("dup.tsv", "gaz:a\tORG\tAlpha\ngaz:b\tORG\tBeta\ngaz:a\tGPE\tGamma\n",
                  ":3: duplicate id 'gaz:a' (first on line 1)");
  ExpectLoadError("utf8.tsv", "gaz:a\tORG\tAlpha\ngaz:b\tORG\tBe\xC3\x28ta\n",
                  ":2: ill-formed UTF-8");
  ExpectLoadError("empty.tsv", "", "empty gazetteer");
  ExpectLoadError("comments.tsv", "# only a comment\n\n", "empty gazetteer");
  ExpectLoadError("attr.tsv", "gaz:a\tORG\tAlpha\t\tkind\n", ":1: attribute 'kind'");
  ExpectLoadError("noname.tsv", "gaz:a\tORG\t \n", ":1: empty name");
}

TEST(GazetteerTest, LoadTsvDuplicateAcrossFiles) {
  std::string a = WriteTemp("a.tsv", "gaz:a\tORG\tAlpha\n");
  std::string b = WriteTemp("b.tsv", "gaz:b\tORG\tBeta\ngaz:a\tORG\tAlpha again\n");
  std::vector<GazetteerEntry> entries;
  ASSERT_TRUE(Gazetteer::LoadTsv(a, &entries).ok());
  absl::Status s = Gazetteer::LoadTsv(b, &entries);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(std::string(s.message()), HasSubstr(b + ":2: duplicate id 'gaz:a'"));
  std::remove(a.c_str());
  std::remove(b.c_str());
}

TEST(GazetteerTest, LoadTsvMissingFile) {
  std::vector<GazetteerEntry> entries;
  absl::Status s = Gazetteer::LoadTsv("/nonexistent/gazetteer.tsv", &entries);
  EXPECT_EQ(s.code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(s.message()), HasSubstr("/nonexistent/gazetteer.tsv"));
}

// Deterministic synthetic names: "Qa<n>ron Vel<m>ix"-like words that occur in no language.
std::string SyntheticWord(uint64_t n) {
  static const char* kSyllables[] = {"ka",  "ro", "vel", "mi",  "tor", "za",  "ne", "qui",
                                     "dra", "lo", "sen", "pha", "gu",  "rix", "bo", "ty"};
  std::string w;
  do {
    w += kSyllables[n % 16];
    n /= 16;
  } while (n > 0);
  w[0] = static_cast<char>(w[0] - ('a' - 'A'));
  return w;
}

TEST(GazetteerTest, HundredThousandSyntheticEntries) {
  std::vector<GazetteerEntry> entries;
  const int kCount = 100000;
  for (int i = 0; i < kCount; ++i) {
    entries.push_back(Entry("syn:" + std::to_string(i), EntityType::kPerson,
                            SyntheticWord(i % 997 + 5000) + " " + SyntheticWord(i)));
  }
  auto g = MustCompile(std::move(entries));
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->size(), size_t{kCount});
  EXPECT_GT(g->MemoryBytes(), size_t{kCount} * sizeof(GazetteerEntry));
  for (int i : {0, 1, 4242, 99999}) {
    std::string name = g->entry(i).canonical;
    std::string text = "Yesterday " + name + " said, and " + name + "'s aide agreed.";
    std::vector<std::string> want(2, name + "=syn:" + std::to_string(i));
    EXPECT_EQ(Matches(*g, text), want) << name;
  }
  EXPECT_TRUE(Matches(*g, "nothing here matches at all").empty());
}

// The default data: files load, compile, and find the names of the bundled examples.
TEST(GazetteerTest, DefaultDataFindsExampleNames) {
  std::vector<GazetteerEntry> entries;
  std::string dir = std::string(CLAIMSCAN_TEST_DATA_DIR) + "/gazetteer";
  std::vector<std::string> files;
  for (const auto& f : std::filesystem::directory_iterator(dir)) {
    if (f.path().extension() == ".tsv") files.push_back(f.path().string());
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  for (const std::string& f : files) ASSERT_TRUE(Gazetteer::LoadTsv(f, &entries).ok()) << f;
  auto g = MustCompile(std::move(entries));
  ASSERT_NE(g, nullptr);
  std::string all;
  for (const auto& f : std::filesystem::directory_iterator(CLAIMSCAN_TEST_EXAMPLES_DIR)) {
    std::ifstream in(f.path(), std::ios::binary);
    all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    all += "\n";
  }
  std::vector<GazetteerMatch> out;
  g->Match(all, SpaceTokens(all), &out);
  std::map<std::string, int> found;
  for (const GazetteerMatch& m : out) ++found[g->entry(m.entry).id];
  for (const char* id : {"gaz:hezbollah", "gaz:israel", "gaz:beirut", "gaz:idf", "gaz:unifil",
                         "gaz:reuters", "gaz:nasrallah", "gaz:naim_qassem", "gaz:ben_gvir",
                         "gaz:axios", "gaz:al_arabiya", "gaz:nahariya"}) {
    EXPECT_GT(found[id], 0) << id;
  }
  EXPECT_GE(found["gaz:hezbollah"], 50);
  EXPECT_GE(found["gaz:idf"], 4);

  // The real tokenizer gives the same matches as white-space tokens: pieces, not tokens,
  // decide the boundaries.
  std::vector<Token> tokens;
  Tokenize(all, Span{0, static_cast<uint32_t>(all.size())}, &tokens);
  std::vector<GazetteerMatch> with_tokenizer;
  g->Match(all, tokens, &with_tokenizer);
  ASSERT_EQ(with_tokenizer.size(), out.size());
  for (size_t i = 0; i < out.size(); ++i) {
    EXPECT_EQ(with_tokenizer[i].span, out[i].span) << i;
    EXPECT_EQ(with_tokenizer[i].entry, out[i].entry) << i;
  }
}

TEST(GazetteerTest, DefaultDataKeepsCommonWordsOut) {
  std::vector<GazetteerEntry> entries;
  std::string dir = std::string(CLAIMSCAN_TEST_DATA_DIR) + "/gazetteer";
  std::vector<std::string> files;
  for (const auto& f : std::filesystem::directory_iterator(dir)) {
    if (f.path().extension() == ".tsv") files.push_back(f.path().string());
  }
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) ASSERT_TRUE(Gazetteer::LoadTsv(f, &entries).ok()) << f;
  auto g = MustCompile(std::move(entries));
  ASSERT_NE(g, nullptr);
  // Sentence-initial common words that are also places or given names somewhere.
  EXPECT_TRUE(Matches(*g,
                      "Mobile phones. Reading it. Nice work. Split the bill. March on. "
                      "Florence said so. Hassan Ali met Amal Shehadeh.")
                  .empty());
  EXPECT_THAT(Matches(*g, "Ben-Gvir spoke in Tyre, near Nabatiyeh, citing Resolution 1701."),
              ::testing::ElementsAre("Ben-Gvir=gaz:ben_gvir", "Tyre=gaz:tyre",
                                     "Nabatiyeh=gaz:nabatieh", "Resolution 1701=gaz:res1701"));
}

}  // namespace
}  // namespace claimscan
