// Reading whole files and line-oriented data files, with errors that name the file.
#ifndef CLAIMSCAN_COMMON_FILE_H_
#define CLAIMSCAN_COMMON_FILE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace claimscan {

// Reads `path` whole. NotFound / PermissionDenied / ResourceExhausted (over max_bytes) with
// the path in the message.
absl::StatusOr<std::string> ReadFile(const std::string& path, size_t max_bytes = size_t{1} << 32);

// Calls fn(line_number, line) for each line of a plain data file (UTF-8, '\n' or "\r\n"),
// skipping blank lines and lines whose first non-blank byte is '#'. An error from fn is
// returned as "path:line: message". Ill-formed UTF-8 is an error naming the line.
absl::Status ForEachDataLine(const std::string& path,
                             const std::function<absl::Status(int, std::string_view)>& fn);

// "a/b" + "c" -> "a/b/c"
std::string JoinPath(std::string_view dir, std::string_view name);

}  // namespace claimscan

#endif  // CLAIMSCAN_COMMON_FILE_H_
