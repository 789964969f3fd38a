#include "tag/gazetteer_pieces.h"

#include <array>
#include <cstring>

namespace claimscan {
namespace gazetteer_internal {
namespace {

enum class CharClass : uint8_t { kSpace, kHyphen, kIgnore, kApostrophe, kPunct, kWord };

enum CaseKind : uint8_t { kNoCase, kUpper, kLower, kDigit };

struct CharInfo {
  CharClass cls = CharClass::kSpace;
  CaseKind case_kind = kNoCase;
  uint8_t len = 1;  // bytes in the text
  uint32_t cp = 0;  // code point
};

// Base letters of U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A), from the
// first character of each letter's canonical decomposition; '.' marks U+00D7 and U+00F7
// (multiplication and division signs, punctuation). The case of the base letter is the case of
// the original letter. ß, æ, œ, þ and ĳ fold to two letters (see AppendFolded).
constexpr char kLatinBase[] =
    "AAAAAAACEEEEIIIIDNOOOOO.OUUUUYTs"
    "aaaaaaaceeeeiiiidnooooo.ouuuuyty"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGg"
    "GgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlL"
    "lLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSs"
    "SsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
static_assert(sizeof(kLatinBase) == 0x180 - 0xC0 + 1);

// ASCII byte classes for the fast path: most news pieces are plain ASCII words.
enum AsciiClass : uint8_t { kAlnum = 1, kUpperBit = 2, kLowerBit = 4 };
constexpr auto kAsciiTable = [] {
  std::array<uint8_t, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[c] = kAlnum;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kAlnum | kUpperBit;
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kAlnum | kLowerBit;
  return t;
}();

inline uint32_t DecodeAt(std::string_view s, size_t pos, size_t end, uint8_t* len) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + pos;
  size_t avail = end - pos;
  unsigned char b0 = p[0];
  if (b0 < 0xC0 || avail < 2 || (p[1] & 0xC0) != 0x80) {
    *len = 1;
    return 0xFFFD;
  }
  if (b0 < 0xE0) {
    *len = 2;
    return ((b0 & 0x1Fu) << 6) | (p[1] & 0x3Fu);
  }
  if (avail < 3 || (p[2] & 0xC0) != 0x80) {
    *len = 1;
    return 0xFFFD;
  }
  if (b0 < 0xF0) {
    *len = 3;
    return ((b0 & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
  }
  if (avail < 4 || (p[3] & 0xC0) != 0x80) {
    *len = 1;
    return 0xFFFD;
  }
  *len = 4;
  return ((b0 & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
}

inline CharInfo Classify(std::string_view s, size_t pos, size_t end) {
  CharInfo info;
  auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    info.cp = c;
    if (c >= 'a' && c <= 'z') {
      info.cls = CharClass::kWord;
      info.case_kind = kLower;
    } else if (c >= 'A' && c <= 'Z') {
      info.cls = CharClass::kWord;
      info.case_kind = kUpper;
    } else if (c >= '0' && c <= '9') {
      info.cls = CharClass::kWord;
      info.case_kind = kDigit;
    } else if (c == '-') {
      info.cls = CharClass::kHyphen;
    } else if (c == '\'' || c == '`') {
      info.cls = CharClass::kApostrophe;
    } else if (c <= ' ' || c == 0x7F) {
      info.cls = CharClass::kSpace;
    } else {
      info.cls = CharClass::kPunct;
    }
    return info;
  }
  uint32_t cp = DecodeAt(s, pos, end, &info.len);
  info.cp = cp;
  if (cp >= 0xC0 && cp < 0x180) {
    char base = kLatinBase[cp - 0xC0];
    if (base == '.') {
      info.cls = CharClass::kPunct;
    } else {
      info.cls = CharClass::kWord;
      info.case_kind = (base >= 'A' && base <= 'Z') ? kUpper : kLower;
    }
    return info;
  }
  switch (cp) {
    case 0xA0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      info.cls = CharClass::kSpace;
      return info;
    case 0xAD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      info.cls = CharClass::kIgnore;
      return info;
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
      info.cls = CharClass::kHyphen;
      return info;
    case 0x2018:
    case 0x2019:
    case 0x02BB:
    case 0x02BC:
    case 0xB4:
    case 0x2032:
      info.cls = CharClass::kApostrophe;
      return info;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) {
    info.cls = CharClass::kSpace;
  } else if (cp >= 0x2010 && cp <= 0x2015) {
    info.cls = CharClass::kHyphen;
  } else if ((cp >= 0xA1 && cp <= 0xBF) || (cp >= 0x2016 && cp <= 0x206F) || cp == 0xFFFD ||
             (cp >= 0x3001 && cp <= 0x3003)) {
    info.cls = CharClass::kPunct;
  } else {
    info.cls = CharClass::kWord;  // other scripts: caseless letters
  }
  return info;
}

inline void Put(char* buf, size_t cap, size_t* n, char c) {
  if (*n < cap) buf[*n] = c;
  ++*n;
}

// Appends the folded form of one character (never of a space, hyphen or ignorable one).
inline void AppendFolded(std::string_view s, size_t pos, const CharInfo& info, char* buf,
                         size_t cap, size_t* n) {
  if (info.cls == CharClass::kApostrophe) {
    Put(buf, cap, n, '\'');
    return;
  }
  if (info.cp < 0x80) {
    char c = static_cast<char>(info.cp);
    if (info.case_kind == kUpper) c = static_cast<char>(c + ('a' - 'A'));
    Put(buf, cap, n, c);
    return;
  }
  if (info.cls == CharClass::kWord && info.cp >= 0xC0 && info.cp < 0x180) {
    char base = kLatinBase[info.cp - 0xC0];
    if (base >= 'A' && base <= 'Z') base = static_cast<char>(base + ('a' - 'A'));
    Put(buf, cap, n, base);
    switch (info.cp) {
      case 0xDF:
        Put(buf, cap, n, 's');
        break;  // ß -> ss
      case 0xC6:
      case 0xE6:
      case 0x152:
      case 0x153:
        Put(buf, cap, n, 'e');
        break;  // æ œ
      case 0xDE:
      case 0xFE:
        Put(buf, cap, n, 'h');
        break;  // þ -> th
      case 0x132:
      case 0x133:
        Put(buf, cap, n, 'j');
        break;  // ĳ -> ij
      default:
        break;
    }
    return;
  }
  if (info.cp == 0x201C || info.cp == 0x201D || info.cp == 0x201E) {
    Put(buf, cap, n, '"');
    return;
  }
  for (uint8_t i = 0; i < info.len; ++i) Put(buf, cap, n, s[pos + i]);
}

inline bool IsWordAt(std::string_view s, size_t pos, size_t end) {
  return pos < end && Classify(s, pos, end).cls == CharClass::kWord;
}

inline uint64_t Mix(uint64_t a, uint64_t b) {
  __extension__ using U128 = unsigned __int128;
  U128 r = static_cast<U128>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

constexpr uint64_t kP0 = 0xa0761d6478bd642full;
constexpr uint64_t kP1 = 0xe7037ed1a0b428dbull;
constexpr uint64_t kSeed = 0x2d358dccaa6c78a5ull;
constexpr uint64_t kTail = 0x8ebc6af09c88c6e3ull;
constexpr uint64_t kLowerAll = 0x2020202020202020ull;

// HashBytes of the folded form of an ASCII letters-and-digits run, straight from the text:
// folding such bytes is OR 0x20 (digits already have that bit). `avail` is how many bytes of
// the text may be read from p (at least n), so whole words can be loaded and masked.
inline uint64_t HashAsciiAlnum(const char* p, size_t n, size_t avail) {
  uint64_t h = kSeed ^ (n * kP1);
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    h = Mix(h ^ (w | kLowerAll), kP0);
  }
  if (i < n) {
    uint64_t w = 0;
    const size_t rest = n - i;
    if (avail - i >= 8) {
      std::memcpy(&w, p + i, 8);
      w &= ~uint64_t{0} >> (64 - 8 * rest);  // little-endian: keep the first `rest` bytes
    } else {
      std::memcpy(&w, p + i, rest);
    }
    h = Mix(h ^ (w | (kLowerAll >> (64 - 8 * rest))), kP0 ^ kTail);
  }
  return Mix(h, kP1);
}

}  // namespace

uint64_t HashBytes(const char* data, size_t size) {
  uint64_t h = kSeed ^ (size * kP1);
  size_t i = 0;
  for (; i + 8 <= size; i += 8) {
    uint64_t w;
    std::memcpy(&w, data + i, 8);
    h = Mix(h ^ w, kP0);
  }
  if (i < size) {
    uint64_t w = 0;
    std::memcpy(&w, data + i, size - i);
    h = Mix(h ^ w, kP0 ^ kTail);
  }
  return Mix(h, kP1);
}

uint64_t HashAsciiAlnumPiece(std::string_view s, const Piece& piece) {
  return HashAsciiAlnum(s.data() + piece.begin, piece.end - piece.begin, s.size() - piece.begin);
}

size_t FoldPiece(std::string_view s, size_t begin, size_t end, char* buf, size_t cap) {
  size_t n = 0;
  for (size_t pos = begin; pos < end;) {
    CharInfo info = Classify(s, pos, end);
    if (info.cls != CharClass::kSpace && info.cls != CharClass::kHyphen &&
        info.cls != CharClass::kIgnore) {
      AppendFolded(s, pos, info, buf, cap, &n);
    }
    pos += info.len;
  }
  return n;
}

bool PieceSplitter::Next(Piece* piece) {
  char buf[kMaxPieceBytes];
  // Skip separators.
  CharInfo info;
  while (pos_ < end_) {
    info = Classify(s_, pos_, end_);
    if (info.cls != CharClass::kSpace && info.cls != CharClass::kHyphen &&
        info.cls != CharClass::kIgnore) {
      break;
    }
    pos_ += info.len;
  }
  if (pos_ >= end_) return false;
  const size_t begin = pos_;
  if (info.cls == CharClass::kWord && info.cp < 0x80) {
    // Fast path: a run of ASCII letters and digits ended by white space, a hyphen, ASCII
    // punctuation other than an apostrophe, or the end of the range.
    const auto* u = reinterpret_cast<const unsigned char*>(s_.data());
    size_t p = pos_;
    uint8_t seen = 0;
    int letters = 0;
    for (; p < end_; ++p) {
      const uint8_t t = kAsciiTable[u[p]];
      if (!(t & kAlnum)) break;
      seen |= t;
      letters += (t & (kUpperBit | kLowerBit)) != 0;
    }
    if (p == end_ || (u[p] < 0x80 && u[p] != '\'' && u[p] != '`')) {
      uint8_t flags = kPieceWord | kPieceAsciiAlnum;
      if (kAsciiTable[u[pos_]] & kUpperBit) flags |= kPieceCapital;
      if (seen & kLowerBit) flags |= kPieceHasLower;
      if (letters > 0) flags |= kPieceHasLetter;
      if (letters > 1) flags |= kPieceTwoLetters;
      const size_t n = p - pos_;
      piece->begin = static_cast<uint32_t>(pos_);
      piece->end = static_cast<uint32_t>(p);
      piece->hash = 0;
      if (n > kMaxPieceBytes) flags |= kPieceTooLong | kPieceHashed;  // hash 0: matches nothing
      piece->flags = flags;
      pos_ = p;
      return true;
    }
  }
  size_t n = 0;
  uint8_t flags = 0;
  if (info.cls != CharClass::kWord) {
    // One punctuation character, or a possessive "'s" after a word.
    AppendFolded(s_, pos_, info, buf, sizeof buf, &n);
    pos_ += info.len;
    if (info.cls == CharClass::kApostrophe && pos_ < end_ && (s_[pos_] == 's' || s_[pos_] == 'S') &&
        !IsWordAt(s_, pos_ + 1, end_)) {
      Put(buf, sizeof buf, &n, 's');
      ++pos_;
    }
  } else {
    flags = kPieceWord;
    if (info.case_kind == kUpper || info.case_kind == kNoCase) flags |= kPieceCapital;
    int letters = 0;
    while (pos_ < end_) {
      const auto c = static_cast<unsigned char>(s_[pos_]);
      if (c < 0x80) {  // ASCII fast path
        if (c >= 'a' && c <= 'z') {
          flags |= kPieceHasLower;
          ++letters;
          Put(buf, sizeof buf, &n, static_cast<char>(c));
          ++pos_;
          continue;
        }
        if (c >= 'A' && c <= 'Z') {
          ++letters;
          Put(buf, sizeof buf, &n, static_cast<char>(c + ('a' - 'A')));
          ++pos_;
          continue;
        }
        if (c >= '0' && c <= '9') {
          Put(buf, sizeof buf, &n, static_cast<char>(c));
          ++pos_;
          continue;
        }
      }
      info = Classify(s_, pos_, end_);
      if (info.cls == CharClass::kWord) {
        if (info.case_kind == kLower) flags |= kPieceHasLower;
        if (info.case_kind != kDigit) ++letters;
        AppendFolded(s_, pos_, info, buf, sizeof buf, &n);
        pos_ += info.len;
      } else if (info.cls == CharClass::kIgnore) {
        pos_ += info.len;
      } else if (info.cls == CharClass::kApostrophe) {
        size_t after = pos_ + info.len;
        if (!IsWordAt(s_, after, end_)) break;
        // A possessive "'s" stays out of the word: it becomes a piece of its own.
        if ((s_[after] == 's' || s_[after] == 'S') && !IsWordAt(s_, after + 1, end_)) break;
        Put(buf, sizeof buf, &n, '\'');
        pos_ = after;
      } else {
        break;
      }
    }
    if (letters > 0) flags |= kPieceHasLetter;
    if (letters > 1) flags |= kPieceTwoLetters;
  }
  piece->begin = static_cast<uint32_t>(begin);
  piece->end = static_cast<uint32_t>(pos_);
  if (n > kMaxPieceBytes) {
    flags |= kPieceTooLong;
    piece->hash = 0;
  } else {
    piece->hash = HashBytes(buf, n);
  }
  flags |= kPieceHashed;
  piece->flags = flags;
  return true;
}

}  // namespace gazetteer_internal
}  // namespace claimscan
