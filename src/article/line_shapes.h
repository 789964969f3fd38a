// Shapes of one line of a text dump (private to the article stage): Unicode white space and
// sentence ends, bullets, truncated teasers, doubled alt texts, form widgets, menus, names.
#ifndef CLAIMSCAN_ARTICLE_LINE_SHAPES_H_
#define CLAIMSCAN_ARTICLE_LINE_SHAPES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "claimscan/span.h"
#include "re2/re2.h"

namespace claimscan::article_internal {

uint32_t DecodeAt(std::string_view s, size_t i, int* len);
bool IsSpaceCp(uint32_t cp);
// Trims Unicode white space from both ends of text[span].
Span Trim(std::string_view text, Span s);
bool IsCjk(uint32_t cp);
bool IsBulletCp(uint32_t cp);
bool IsClosingCp(uint32_t cp);
bool IsSentenceEndCp(uint32_t cp);
// The code point ending at `end` (exclusive) and its start.
uint32_t LastCp(std::string_view text, uint32_t begin, uint32_t end, uint32_t* start);
// Ends in . ! ? ... (before at most a few closing quotes or brackets).
bool EndsSentence(std::string_view text, Span s);
bool IsAllCaps(re2::StringPiece s);
// "... the best deals of the year...", "[...]": an excerpt of another page.
bool EndsTruncated(std::string_view s);
// "Pamela Wilson Pamela Wilson": w3m prints an image's alt text and its caption side by side.
bool IsDoubled(std::string_view line);
// Lines made mostly of form widgets: "[          ][Sign Up]", "[ ] Remember me".
bool LooksLikeFormField(std::string_view line);
// "Harvick Fails To Rally In NASCAR FinaleFord v Toyota flopped for the blue oval at the
// track.": a title-case headline glued to its excerpt, as w3m prints a teaser card.
bool IsGluedTeaser(std::string_view line);
// "Home | World | Business | Sport": several short segments separated by bars.
bool LooksLikeMenu(std::string_view line);
// A word that can be part of a person's name ("van", "Doe"; not "2024", not "a@b").
bool IsNameToken(std::string_view w);
// Is text[s] a person's name: 1-5 name tokens, at least one capitalised?
bool LooksLikeName(std::string_view text, Span s);
// Offset just after the last " by " (any case) in `s`, or npos.
size_t LastBy(std::string_view s);

}  // namespace claimscan::article_internal

#endif  // CLAIMSCAN_ARTICLE_LINE_SHAPES_H_
