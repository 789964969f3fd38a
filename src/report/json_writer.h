// A streaming JSON writer that appends to a std::string: the comma bookkeeping in one place so
// the report code reads like the JSON it writes.
#ifndef CLAIMSCAN_REPORT_JSON_WRITER_H_
#define CLAIMSCAN_REPORT_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/span.h"

namespace claimscan {

class JsonWriter {
 public:
  // `pretty`: two-space indentation, one member per line; otherwise one line.
  JsonWriter(std::string* out, bool pretty) : out_(out), pretty_(pretty) {}

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);

  JsonWriter& String(std::string_view s);
  JsonWriter& Int(int64_t v);
  JsonWriter& Double(double v);
  JsonWriter& Bool(bool v);
  JsonWriter& Null();
  // A string, or null when empty.
  JsonWriter& StringOrNull(std::string_view s);

  // "start": b, "end": e, "text": "..." members of the current object.
  JsonWriter& SpanMembers(Span span, std::string_view text);

 private:
  void BeforeValue();
  void Newline();

  std::string* out_;
  bool pretty_;
  // One entry per open container: whether it already holds a member.
  std::vector<bool> has_member_;
  bool after_key_ = false;
};

}  // namespace claimscan

#endif  // CLAIMSCAN_REPORT_JSON_WRITER_H_
