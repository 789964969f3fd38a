#include "claimscan/version.h"

#include "claimscan_build_config.h"

namespace claimscan {

std::string_view Version() { return CLAIMSCAN_VERSION_STRING; }

}  // namespace claimscan
