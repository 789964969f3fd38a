// Debian 12's Abseil is built with ABSL_OPTION_USE_STD_STRING_VIEW 0: absl::string_view is a
// class of its own, not std::string_view. claimscan speaks std::string_view everywhere and
// converts at the few places it calls Abseil string functions.
#ifndef CLAIMSCAN_COMMON_STRINGS_H_
#define CLAIMSCAN_COMMON_STRINGS_H_

#include <string_view>

#include "absl/strings/string_view.h"

namespace claimscan {

inline absl::string_view AsAbsl(std::string_view s) { return {s.data(), s.size()}; }
inline std::string_view AsStd(absl::string_view s) { return {s.data(), s.size()}; }

}  // namespace claimscan

#endif  // CLAIMSCAN_COMMON_STRINGS_H_
