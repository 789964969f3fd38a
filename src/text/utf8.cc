// UTF-8 validation and repair. Hot path: ASCII is skipped eight bytes at a time.
#include <cstring>

#include "claimscan/text.h"

namespace claimscan {
namespace {

// Length of the well-formed sequence starting at s[i], or 0 if it is ill-formed
// (Unicode Table 3-7: no overlongs, no surrogates, nothing above U+10FFFF).
inline int SequenceLength(const unsigned char* s, size_t i, size_t n) {
  unsigned char c = s[i];
  if (c < 0x80) return 1;
  auto cont = [&](size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return i + k < n && s[i + k] >= lo && s[i + k] <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

inline bool EightAscii(const unsigned char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return (w & 0x8080808080808080ull) == 0;
}

}  // namespace

size_t FindInvalidUtf8(std::string_view str) {
  const auto* s = reinterpret_cast<const unsigned char*>(str.data());
  const size_t n = str.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && EightAscii(s + i)) {
      i += 8;
      continue;
    }
    int len = SequenceLength(s, i, n);
    if (len == 0) return i;
    i += len;
  }
  return kNoInvalidUtf8;
}

size_t ReplaceInvalidUtf8(std::string& str) {
  auto* s = reinterpret_cast<unsigned char*>(str.data());
  const size_t n = str.size();
  size_t replaced = 0;
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && EightAscii(s + i)) {
      i += 8;
      continue;
    }
    int len = SequenceLength(s, i, n);
    if (len == 0) {
      s[i] = '?';  // one byte for one byte: offsets stay valid
      ++replaced;
      len = 1;
    }
    i += len;
  }
  return replaced;
}

uint32_t DecodeUtf8(std::string_view str, size_t pos, int* len) {
  const auto* s = reinterpret_cast<const unsigned char*>(str.data());
  const size_t n = str.size();
  if (pos >= n) {
    *len = 0;
    return 0;
  }
  int l = SequenceLength(s, pos, n);
  *len = l == 0 ? 1 : l;
  switch (l) {
    case 1:
      return s[pos];
    case 2:
      return ((s[pos] & 0x1Fu) << 6) | (s[pos + 1] & 0x3Fu);
    case 3:
      return ((s[pos] & 0x0Fu) << 12) | ((s[pos + 1] & 0x3Fu) << 6) | (s[pos + 2] & 0x3Fu);
    case 4:
      return ((s[pos] & 0x07u) << 18) | ((s[pos + 1] & 0x3Fu) << 12) | ((s[pos + 2] & 0x3Fu) << 6) |
             (s[pos + 3] & 0x3Fu);
    default:
      return 0xFFFD;
  }
}

}  // namespace claimscan
