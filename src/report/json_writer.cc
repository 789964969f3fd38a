#include "report/json_writer.h"

#include <cmath>
#include <cstdio>

#include "claimscan/report.h"

namespace claimscan {

void JsonWriter::Newline() {
  if (!pretty_) return;
  out_->push_back('\n');
  out_->append(2 * has_member_.size(), ' ');
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_member_.empty()) {
    if (has_member_.back()) out_->push_back(',');
    has_member_.back() = true;
    Newline();
  }
}

JsonWriter& JsonWriter::BeginObject() {
  BeforeValue();
  out_->push_back('{');
  has_member_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::EndObject() {
  bool had = has_member_.back();
  has_member_.pop_back();
  if (had) Newline();
  out_->push_back('}');
  return *this;
}

JsonWriter& JsonWriter::BeginArray() {
  BeforeValue();
  out_->push_back('[');
  has_member_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::EndArray() {
  bool had = has_member_.back();
  has_member_.pop_back();
  if (had) Newline();
  out_->push_back(']');
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendJsonString(key, out_);
  out_->append(pretty_ ? ": " : ":");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view s) {
  BeforeValue();
  AppendJsonString(s, out_);
  return *this;
}

JsonWriter& JsonWriter::Int(int64_t v) {
  BeforeValue();
  out_->append(std::to_string(v));
  return *this;
}

JsonWriter& JsonWriter::Double(double v) {
  BeforeValue();
  if (!std::isfinite(v)) {
    out_->append("null");  // JSON has no NaN or infinity
    return *this;
  }
  char buf[32];
  // %.15g round-trips the values claimscan reports and prints integers without ".0".
  int n = std::snprintf(buf, sizeof buf, "%.15g", v);
  out_->append(buf, n > 0 ? static_cast<size_t>(n) : 0);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool v) {
  BeforeValue();
  out_->append(v ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_->append("null");
  return *this;
}

JsonWriter& JsonWriter::StringOrNull(std::string_view s) { return s.empty() ? Null() : String(s); }

JsonWriter& JsonWriter::SpanMembers(Span span, std::string_view text) {
  Key("start").Int(span.begin);
  Key("end").Int(span.end);
  Key("text").String(span.In(text));
  return *this;
}

}  // namespace claimscan
