// Normalisation for display and comparison keys (never for offsets: it changes lengths).
//
// One pass; ASCII bytes other than white space and backslash are copied in runs, so the cost
// on ordinary news text is close to a memcpy. Non-ASCII code points are mapped one at a time.
#include <string>
#include <string_view>

#include "claimscan/text.h"
#include "text/char_class_internal.h"

namespace claimscan {
namespace {

using text_internal::IsAsciiSpace;

// What a non-ASCII code point becomes: a replacement byte, nothing, a space, or itself.
enum class Map : uint8_t { kKeep, kDrop, kSpace, kReplace };

Map MapCodePoint(uint32_t cp, char* replacement) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:  // ‘ ’ ‚ ‛
    case 0x2032:
    case 0x2035:  // ′ ‵
      *replacement = '\'';
      return Map::kReplace;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:  // “ ” „ ‟
    case 0x2033:
    case 0x2036:
    case 0xAB:
    case 0xBB:  // ″ ‶ « »
      *replacement = '"';
      return Map::kReplace;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:  // hyphens, figure/en dash
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:  // em dash, bar, minus
    case 0xFE63:
    case 0xFF0D:
      *replacement = '-';
      return Map::kReplace;
    default:
      break;
  }
  if (text_internal::IsInvisible(cp)) return Map::kDrop;
  if (text_internal::IsUnicodeSpace(cp)) return Map::kSpace;
  return Map::kKeep;
}

}  // namespace

void AppendNormalized(std::string_view s, std::string* out) {
  out->reserve(out->size() + s.size());
  const size_t n = s.size();
  // A pending space is written only before the next visible character, so runs fold to one
  // space and the output never ends (or starts, when *out is empty) with white space.
  bool pending_space = false;
  auto emit_visible = [&]() {
    if (pending_space && !out->empty() && out->back() != ' ') out->push_back(' ');
    pending_space = false;
  };
  size_t i = 0;
  while (i < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (IsAsciiSpace(c)) {
        pending_space = true;
        ++i;
        continue;
      }
      if (c == '\\') {
        // A backslash that ends a line (PDF and e-mail wrapping debris) is dropped.
        size_t j = i + 1;
        while (j < n && (s[j] == ' ' || s[j] == '\t')) ++j;
        if (j == n || s[j] == '\n' || s[j] == '\r') {
          pending_space = true;
          i = j;
          continue;
        }
      }
      // Copy the run of visible ASCII bytes up to the next space, backslash or non-ASCII byte.
      emit_visible();
      size_t j = i + 1;
      while (j < n) {
        const auto d = static_cast<unsigned char>(s[j]);
        if (d >= 0x80 || IsAsciiSpace(d) || d == '\\') break;
        ++j;
      }
      out->append(s.data() + i, j - i);
      i = j;
      continue;
    }
    int len = 1;
    const uint32_t cp = DecodeUtf8(s, i, &len);
    char replacement = 0;
    switch (MapCodePoint(cp, &replacement)) {
      case Map::kDrop:
        break;
      case Map::kSpace:
        pending_space = true;
        break;
      case Map::kReplace:
        emit_visible();
        out->push_back(replacement);
        break;
      case Map::kKeep:
        emit_visible();
        if (cp == 0xFFFD && len == 1) {
          out->push_back('?');  // an ill-formed byte, as ReplaceInvalidUtf8 would repair it
        } else {
          out->append(s.data() + i, static_cast<size_t>(len));
        }
        break;
    }
    i += static_cast<size_t>(len);
  }
}

std::string NormalizeText(std::string_view s) {
  std::string out;
  AppendNormalized(s, &out);
  return out;
}

}  // namespace claimscan
