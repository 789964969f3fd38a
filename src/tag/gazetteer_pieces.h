// Internal to the gazetteer: how names and text are cut into "pieces" and folded for matching.
//
// A piece is a maximal run of word characters (letters, digits, other non-punctuation code
// points, with apostrophes between them: "O'Brien", "d'Ivoire"), or one punctuation character
// ("." in "U.S.", "&" in "AT&T"). White space and hyphens (ASCII and Unicode, en/em dashes)
// separate pieces and belong to none, so "Ben-Gavir", "Ben Gavir" and "Ben–Gavir" all give the
// pieces [ben][gavir]. A possessive "'s" / "’s" ending a word run is not part of its piece, so
// "Israel's" gives [israel] and a match ends before the apostrophe.
//
// Names (at compile time) and text tokens (at scan time) go through the same splitter, so the
// gazetteer does not depend on how the tokenizer draws its token boundaries: matches always
// start and end on piece boundaries, which lie inside tokens only at hyphens, punctuation and
// possessives.
//
// Folding: ASCII letters to lower case; Latin-1 and Latin Extended-A letters to their base
// letter ("é"->"e", "ł"->"l", "ß"->"ss", "æ"->"ae"); curly and modifier apostrophes to '\'';
// soft hyphens and zero-width characters are dropped. Everything else keeps its bytes.
#ifndef CLAIMSCAN_TAG_GAZETTEER_PIECES_H_
#define CLAIMSCAN_TAG_GAZETTEER_PIECES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace claimscan {
namespace gazetteer_internal {

// Longest folded piece that can be part of a name; longer text pieces never match.
inline constexpr size_t kMaxPieceBytes = 96;
// Most pieces one name may have (the per-piece case masks are 32 bits wide).
inline constexpr size_t kMaxNamePieces = 32;

enum PieceFlag : uint8_t {
  kPieceWord = 1 << 0,        // a word run (not punctuation)
  kPieceCapital = 1 << 1,     // first character is an upper-case (or caseless) letter
  kPieceHasLower = 1 << 2,    // contains a lower-case letter
  kPieceHasLetter = 1 << 3,   // contains a letter
  kPieceTooLong = 1 << 4,     // folded form longer than kMaxPieceBytes: matches nothing
  kPieceTwoLetters = 1 << 5,  // contains two or more letters
  kPieceAsciiAlnum = 1 << 6,  // only ASCII letters and digits: folding is OR 0x20 per byte
  kPieceHashed = 1 << 7,      // `hash` is set (see EnsureHash)
};

struct Piece {
  uint32_t begin = 0;  // byte offsets into the scanned text
  uint32_t end = 0;
  uint64_t hash = 0;  // hash of the folded bytes, once kPieceHashed is set
  uint8_t flags = 0;
};

// Cuts [begin, end) of `s` into pieces, one call per piece. Allocation-free. Pieces of plain
// ASCII letters and digits are left unhashed (most of them start no name, so the scan hashes
// them only when it must): call EnsureHash before reading `hash`.
class PieceSplitter {
 public:
  PieceSplitter(std::string_view s, size_t begin, size_t end) : s_(s), pos_(begin), end_(end) {}
  // Stores the next piece in *piece; returns false at the end of the range.
  bool Next(Piece* piece);

 private:
  std::string_view s_;
  size_t pos_;
  size_t end_;
};

// Appends the folded bytes of s[begin, end) (one piece) to buf, at most `cap` bytes; returns
// the folded length (which may exceed cap: then the buffer holds a prefix).
size_t FoldPiece(std::string_view s, size_t begin, size_t end, char* buf, size_t cap);

uint64_t HashBytes(const char* data, size_t size);

// Hash of an unhashed kPieceAsciiAlnum piece of `s`, equal to HashBytes of its folded bytes.
uint64_t HashAsciiAlnumPiece(std::string_view s, const Piece& piece);

inline void EnsureHash(std::string_view s, Piece* piece) {
  if (!(piece->flags & kPieceHashed)) {
    piece->hash = HashAsciiAlnumPiece(s, *piece);
    piece->flags |= kPieceHashed;
  }
}

}  // namespace gazetteer_internal
}  // namespace claimscan

#endif  // CLAIMSCAN_TAG_GAZETTEER_PIECES_H_
