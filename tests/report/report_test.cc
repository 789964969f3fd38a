#include "claimscan/report.h"

#include <gtest/gtest.h>

#include <string>

#include "common/json.h"
#include "report/json_writer.h"

namespace claimscan {
namespace {

TEST(JsonString, EscapesControlQuotesAndBackslash) {
  std::string out;
  AppendJsonString("a\"b\\c\n\t\x01", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\t\\u0001\"");
}

TEST(JsonString, KeepsValidUtf8AndReplacesIllFormedBytes) {
  std::string out;
  AppendJsonString("caf\xC3\xA9 \xFF x", &out);
  EXPECT_EQ(out, "\"caf\xC3\xA9 \xEF\xBF\xBD x\"");
  auto parsed = ParseJson(out);
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->str(), "caf\xC3\xA9 \xEF\xBF\xBD x");
}

TEST(JsonWriter, NestsWithCommasAndRoundTrips) {
  std::string out;
  JsonWriter w(&out, /*pretty=*/false);
  w.BeginObject();
  w.Key("a").Int(1).Key("b").BeginArray().String("x").Null().Bool(true).EndArray();
  w.Key("c").BeginObject().EndObject().Key("d").Double(2.5).Key("e").Double(0.0 / 0.0);
  w.EndObject();
  EXPECT_EQ(out, R"({"a":1,"b":["x",null,true],"c":{},"d":2.5,"e":null})");
  std::string pretty;
  JsonWriter p(&pretty, /*pretty=*/true);
  p.BeginObject().Key("a").BeginArray().Int(1).Int(2).EndArray().EndObject();
  EXPECT_EQ(pretty, "{\n  \"a\": [\n    1,\n    2\n  ]\n}");
  ASSERT_TRUE(ParseJson(pretty).ok());
}

Article MakeArticle() {
  Article a;
  a.id = "t1";
  a.original = "Title line\nBody \"one\" here.\nSubscribe now\n";
  a.text = a.original;
  a.title = {0, 10};
  a.paragraphs = {{11, 27}};
  a.sentences = {{0, 10}, {11, 27}};
  a.removed = {{{28, 41}, RemovalReason::kBoilerplatePhrase}};
  a.published_iso = "2024-11-02";
  a.published_confidence = 0.9;
  return a;
}

TEST(ArticleJson, HoldsTheContractFields) {
  std::string out;
  AppendArticleJson(MakeArticle(), {}, &out);
  auto v = ParseJson(out);
  ASSERT_TRUE(v.ok()) << v.status() << "\n" << out;
  EXPECT_EQ(v->GetString("id"), "t1");
  EXPECT_EQ(v->GetString("title"), "Title line");
  EXPECT_EQ(v->GetString("published"), "2024-11-02");
  EXPECT_DOUBLE_EQ(v->GetNumber("published_confidence"), 0.9);
  for (const char* key : {"authors", "paragraphs", "removed", "sentences", "dates"}) {
    EXPECT_TRUE((*v)[key].is_array()) << key;
  }
  EXPECT_TRUE((*v)["outlet"].is_null());
  EXPECT_TRUE((*v)["dateline"].is_null());
  const JsonValue& p = (*v)["paragraphs"].array().at(0);
  EXPECT_EQ(p.GetNumber("start"), 11);
  EXPECT_EQ(p.GetNumber("end"), 27);
  EXPECT_EQ(p.GetString("text"), "Body \"one\" here.");
  const JsonValue& r = (*v)["removed"].array().at(0);
  EXPECT_EQ(r.GetString("reason"), "boilerplate_phrase");
  EXPECT_EQ(r.GetString("text"), "Subscribe now");
}

TEST(CompareJson, ClaimsAndFindingsReferToEachOther) {
  std::vector<Document> docs(2);
  for (int i = 0; i < 2; ++i) {
    docs[i].article = MakeArticle();
    docs[i].article.id = "d" + std::to_string(i);
    Claim c;
    c.span = {11, 27};
    c.sentence = 1;
    c.event = "state";
    c.negated = i == 1;
    docs[i].claims.push_back(c);
  }
  CompareResult result;
  result.entities.doc_to_corpus.resize(2);
  Finding f;
  f.kind = FindingKind::kConflict;
  f.conflict_type = ConflictType::kPolarity;
  f.summary = "one says it, the other denies it";
  f.docs = {0, 1};
  f.claims = {{0, 0}, {1, 0}};
  result.findings.push_back(f);
  std::string out;
  AppendCompareJson(docs, result, {}, &out);
  auto v = ParseJson(out);
  ASSERT_TRUE(v.ok()) << v.status();
  ASSERT_EQ((*v)["articles"].array().size(), 2u);
  ASSERT_EQ((*v)["claims"].array().size(), 2u);
  EXPECT_EQ((*v)["claims"].array()[1].GetString("id"), "d1#0");
  EXPECT_TRUE((*v)["claims"].array()[1]["negated"].boolean());
  const JsonValue& finding = (*v)["findings"].array().at(0);
  EXPECT_EQ(finding.GetString("kind"), "conflict");
  EXPECT_EQ(finding.GetString("conflict_type"), "polarity");
  ASSERT_EQ(finding["claims"].array().size(), 2u);
  EXPECT_EQ(finding["claims"].array()[0].str(), "d0#0");
  EXPECT_EQ(finding["articles"].array()[1].str(), "d1");

  std::string text;
  AppendCompareText(docs, result, {}, &text);
  EXPECT_NE(text.find("CONFLICT"), std::string::npos);
  EXPECT_NE(text.find("polarity conflict"), std::string::npos);
  EXPECT_NE(text.find("Body \"one\" here."), std::string::npos);
}

}  // namespace
}  // namespace claimscan
