// Status helpers. Debian 12's Abseil (20220623) has no ABSL_RETURN_IF_ERROR, so claimscan
// keeps its own two macros here.
#ifndef CLAIMSCAN_COMMON_STATUS_MACROS_H_
#define CLAIMSCAN_COMMON_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define CLAIMSCAN_CONCAT_INNER_(a, b) a##b
#define CLAIMSCAN_CONCAT_(a, b) CLAIMSCAN_CONCAT_INNER_(a, b)

// Returns from the current function with the status if `expr` is not OK.
#define CLAIMSCAN_RETURN_IF_ERROR(expr)                    \
  do {                                                     \
    ::absl::Status claimscan_status_ = (expr);             \
    if (!claimscan_status_.ok()) return claimscan_status_; \
  } while (0)

// CLAIMSCAN_ASSIGN_OR_RETURN(auto x, MakeX()); — assigns the value or returns the status.
#define CLAIMSCAN_ASSIGN_OR_RETURN(lhs, expr) \
  CLAIMSCAN_ASSIGN_OR_RETURN_IMPL_(CLAIMSCAN_CONCAT_(claimscan_statusor_, __LINE__), lhs, expr)
#define CLAIMSCAN_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                     \
  if (!tmp.ok()) return std::move(tmp).status();         \
  lhs = std::move(tmp).value()

#endif  // CLAIMSCAN_COMMON_STATUS_MACROS_H_
