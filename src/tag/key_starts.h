// KeyStarts: the first one, two and three bytes of a set of lower-case keys as bitmaps, a
// cheap exact pre-check before a hash look-up on scanning paths that see every token.
#ifndef CLAIMSCAN_TAG_KEY_STARTS_H_
#define CLAIMSCAN_TAG_KEY_STARTS_H_

#include <bitset>
#include <cstddef>
#include <string_view>

namespace claimscan {

// A token whose lower-cased (ASCII) start is not there begins no key, so it is rejected
// without hashing. Keys must be added in the form they are looked up in (lower case).
class KeyStarts {
 public:
  void Add(std::string_view key) {
    if (key.empty()) return;
    one_.set(Byte(key[0]));
    if (key.size() >= 2) two_.set(Pair(key[0], key[1]));
    if (key.size() >= 3) three_.set(Triple(key[0], key[1], key[2]));
  }

  // False when no key starts with the lower-cased `token`.
  bool MayStart(std::string_view token) const {
    if (token.empty()) return true;
    const char a = Lower(token[0]);
    if (token.size() == 1) return one_.test(Byte(a));
    const char b = Lower(token[1]);
    if (token.size() == 2) return two_.test(Pair(a, b));
    return three_.test(Triple(a, b, Lower(token[2])));
  }

 private:
  static char Lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
  }
  static size_t Byte(char c) { return static_cast<unsigned char>(c); }
  static size_t Pair(char a, char b) { return Byte(a) << 8 | Byte(b); }
  static size_t Triple(char a, char b, char c) {
    return (Byte(a) * 0x9E37u ^ Byte(b) * 0x85EBu ^ Byte(c) * 0xC2B3u) & 0xFFFFu;
  }

  std::bitset<256> one_;
  std::bitset<1 << 16> two_;
  std::bitset<1 << 16> three_;  // hashed: a collision only lets a token through to the hash map
};

}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_KEY_STARTS_H_
