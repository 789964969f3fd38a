// claimscan/version.h — library version.
#ifndef CLAIMSCAN_VERSION_H_
#define CLAIMSCAN_VERSION_H_

#include <string_view>

namespace claimscan {

inline constexpr int kVersionMajor = 1;
inline constexpr int kVersionMinor = 0;
inline constexpr int kVersionPatch = 0;
// "1.0.0"; the same string as claimscan_version() in the C ABI.
std::string_view Version();

}  // namespace claimscan

#endif  // CLAIMSCAN_VERSION_H_
