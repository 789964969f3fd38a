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

}  // namespace claimscan
