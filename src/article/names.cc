#include "claimscan/article.h"

namespace claimscan {

std::string_view RemovalReasonName(RemovalReason r) {
  switch (r) {
    case RemovalReason::kBoilerplatePhrase:
      return "boilerplate_phrase";
    case RemovalReason::kAdvertisement:
      return "advertisement";
    case RemovalReason::kNavigation:
      return "navigation";
    case RemovalReason::kTeaser:
      return "teaser";
    case RemovalReason::kDuplicate:
      return "duplicate";
    case RemovalReason::kMetadata:
      return "metadata";
    case RemovalReason::kShortFragment:
      return "short_fragment";
    case RemovalReason::kFormField:
      return "form_field";
    case RemovalReason::kLowDensity:
      return "low_density";
  }
  return "unknown";
}

}  // namespace claimscan
