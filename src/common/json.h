// A small JSON reader (RFC 8259) for data files, JSONL input and evaluation harnesses.
// Not on the hot path: it builds a tree. Depth and size are bounded so hostile input fails
// with a status instead of exhausting the stack.
#ifndef CLAIMSCAN_COMMON_JSON_H_
#define CLAIMSCAN_COMMON_JSON_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"

namespace claimscan {

class JsonValue {
 public:
  enum class Kind : uint8_t { kNull, kBool, kNumber, kString, kArray, kObject };

  JsonValue() = default;
  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::kNull; }
  bool is_string() const { return kind_ == Kind::kString; }
  bool is_number() const { return kind_ == Kind::kNumber; }
  bool is_array() const { return kind_ == Kind::kArray; }
  bool is_object() const { return kind_ == Kind::kObject; }
  bool is_bool() const { return kind_ == Kind::kBool; }

  bool boolean() const { return bool_; }
  double number() const { return number_; }
  const std::string& str() const { return string_; }  // for strings (and number source text)
  const std::vector<JsonValue>& array() const { return array_; }
  const std::vector<std::pair<std::string, JsonValue>>& object() const { return object_; }

  // Object member lookup; returns a null value when absent or not an object.
  const JsonValue& operator[](std::string_view key) const;
  // Convenience: string member or `fallback`.
  std::string GetString(std::string_view key, std::string_view fallback = "") const;
  double GetNumber(std::string_view key, double fallback = 0) const;

 private:
  friend class JsonParser;
  Kind kind_ = Kind::kNull;
  bool bool_ = false;
  double number_ = 0;
  std::string string_;
  std::vector<JsonValue> array_;
  std::vector<std::pair<std::string, JsonValue>> object_;
};

// Parses one JSON text. Errors name the byte offset.
absl::StatusOr<JsonValue> ParseJson(std::string_view text, int max_depth = 256);

}  // namespace claimscan

#endif  // CLAIMSCAN_COMMON_JSON_H_
