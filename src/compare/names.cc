#include "claimscan/compare.h"

namespace claimscan {

std::string_view FindingKindName(FindingKind k) {
  switch (k) {
    case FindingKind::kCorroborated:
      return "corroborated";
    case FindingKind::kConflict:
      return "conflict";
    case FindingKind::kComplementary:
      return "complementary";
    case FindingKind::kSingleSource:
      return "single_source";
  }
  return "unknown";
}

std::string_view ConflictTypeName(ConflictType t) {
  switch (t) {
    case ConflictType::kNone:
      return "none";
    case ConflictType::kNumeric:
      return "numeric";
    case ConflictType::kTemporal:
      return "temporal";
    case ConflictType::kPolarity:
      return "polarity";
    case ConflictType::kAttribution:
      return "attribution";
  }
  return "unknown";
}

}  // namespace claimscan
