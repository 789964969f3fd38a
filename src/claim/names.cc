#include "claimscan/claim.h"

namespace claimscan {

std::string_view AttributionKindName(AttributionKind k) {
  switch (k) {
    case AttributionKind::kOutlet:
      return "outlet";
    case AttributionKind::kNamed:
      return "named";
    case AttributionKind::kOrganisation:
      return "organisation";
    case AttributionKind::kAnonymous:
      return "anonymous";
    case AttributionKind::kMedia:
      return "media";
  }
  return "unknown";
}

bool IsParticipantType(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
    case EntityType::kOrg:
    case EntityType::kGpe:
    case EntityType::kLoc:
    case EntityType::kFac:
    case EntityType::kNorp:
    case EntityType::kLaw:
    case EntityType::kEvent:
      return true;
    default:
      return false;
  }
}

}  // namespace claimscan
