// claimscan/span.h — byte ranges into an article's own bytes.
//
// Every piece claimscan extracts (a title, a token, an entity mention, a claim) is a Span:
// byte offsets into the input exactly as the caller gave it. Nothing is copied on the hot
// path; a Span plus the input is all that is needed to show the evidence to a person.
#ifndef CLAIMSCAN_SPAN_H_
#define CLAIMSCAN_SPAN_H_

#include <cstdint>
#include <string_view>

namespace claimscan {

// A half-open byte range [begin, end). Offsets are 32-bit: inputs are limited to less than
// 4 GiB (see ParseOptions::max_input_bytes), which keeps token arrays small.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  constexpr uint32_t size() const { return end > begin ? end - begin : 0; }
  constexpr bool empty() const { return end <= begin; }
  constexpr bool Contains(Span other) const { return begin <= other.begin && other.end <= end; }
  constexpr bool Overlaps(Span other) const { return begin < other.end && other.begin < end; }
  // The bytes of this span in `text`; clamps to the text so a stale span never reads out of bounds.
  std::string_view In(std::string_view text) const {
    if (begin >= text.size()) return {};
    return text.substr(begin, size());
  }
  friend constexpr bool operator==(Span a, Span b) = default;
};

}  // namespace claimscan

#endif  // CLAIMSCAN_SPAN_H_
