// claimscan/text.h — stage 1: UTF-8 checks, normalisation, tokens and sentences.
//
// Everything here works on the caller's bytes in one pass and reports byte Spans into them.
// Thread-safety: all functions are pure; they may be called from any number of threads.
#ifndef CLAIMSCAN_TEXT_H_
#define CLAIMSCAN_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimscan/span.h"

namespace claimscan {

// ---- UTF-8 -------------------------------------------------------------------------------

inline constexpr size_t kNoInvalidUtf8 = static_cast<size_t>(-1);

// Returns the byte offset of the first byte that is not part of a well-formed UTF-8 sequence
// (overlong forms, surrogates and code points above U+10FFFF are ill-formed), or
// kNoInvalidUtf8 when `s` is valid. ASCII runs are checked a word at a time.
size_t FindInvalidUtf8(std::string_view s);

// Replaces, in place, every byte of every ill-formed sequence with '?', so the text keeps its
// length and every offset still points at the same place in the original bytes. Returns how
// many bytes were replaced.
size_t ReplaceInvalidUtf8(std::string& s);

// Decodes the code point at `pos` of valid UTF-8 and stores its length in bytes in *len
// (1 for an ill-formed byte, which decodes as U+FFFD).
uint32_t DecodeUtf8(std::string_view s, size_t pos, int* len);

// ---- Normalisation ------------------------------------------------------------------------

// Appends a normalised copy of `s` to *out, for display and comparison keys (never for
// offsets): curly quotes and primes become ASCII quotes, en/em dashes and minus signs '-',
// NBSP and other Unicode spaces ' ', zero-width characters and soft hyphens are dropped, a
// backslash ending a line is dropped, and runs of white space fold to one space.
void AppendNormalized(std::string_view s, std::string* out);
std::string NormalizeText(std::string_view s);

// ---- Tokens -------------------------------------------------------------------------------

enum class TokenKind : uint8_t {
  kWord,    // letters, with inner hyphens and apostrophes ("Ben-Gavir", "Israel's", "don't")
  kNumber,  // digits with inner separators ("1,000", "2.5", "10:30", "2024-11-02")
  kPunct,   // . , ; : ! ? quotes dashes brackets
  kSymbol,  // anything else ($, %, €, emoji, ...)
};

enum TokenFlag : uint16_t {
  kTokCapitalized = 1 << 0,  // first letter upper case
  kTokAllCaps = 1 << 1,      // two or more letters, all upper case
  kTokHasDigit = 1 << 2,
  kTokHyphenated = 1 << 3,
  kTokApostrophe = 1 << 4,
  kTokLineStart = 1 << 5,    // first token on its line
  kTokSpaceBefore = 1 << 6,  // white space precedes the token
  kTokNonAscii = 1 << 7,
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  uint16_t flags = 0;
};

// Appends the tokens of text[range] to *out. White space is skipped; every other byte belongs
// to exactly one token. The vector is the caller's, so a reused vector makes tokenising free
// of heap allocation.
void Tokenize(std::string_view text, Span range, std::vector<Token>* out);

// ---- Sentences ----------------------------------------------------------------------------

struct SentenceOptions {
  // Treat a single newline as a sentence boundary (a line of a news dump is a paragraph).
  // When false, only blank lines and punctuation end a sentence (text broken like a PDF).
  bool newline_is_boundary = true;
};

// Appends the sentences of text[range] to *out, trimmed of surrounding white space.
// Abbreviation-aware ("U.S.", "Sept. 27", "Gen.", "No. 2", initials), keeps closing quotes
// and brackets inside their sentence.
void SplitSentences(std::string_view text, Span range, std::vector<Span>* out,
                    const SentenceOptions& options = {});

}  // namespace claimscan

#endif  // CLAIMSCAN_TEXT_H_
