#include "common/file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "absl/strings/str_cat.h"
#include "claimscan/text.h"
#include "common/strings.h"

namespace claimscan {
namespace {

struct FileCloser {
  void operator()(FILE* f) const { std::fclose(f); }
};

absl::Status ErrnoStatus(const std::string& path, int err) {
  std::string msg = absl::StrCat(path, ": ", std::strerror(err));
  switch (err) {
    case ENOENT:
      return absl::NotFoundError(msg);
    case EACCES:
    case EPERM:
      return absl::PermissionDeniedError(msg);
    case EISDIR:
      return absl::InvalidArgumentError(msg);
    default:
      return absl::UnavailableError(msg);
  }
}

}  // namespace

absl::StatusOr<std::string> ReadFile(const std::string& path, size_t max_bytes) {
  errno = 0;
  std::unique_ptr<FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
  if (!f) return ErrnoStatus(path, errno);
  std::string data;
  char buf[1 << 16];
  for (;;) {
    size_t n = std::fread(buf, 1, sizeof buf, f.get());
    if (n > 0) {
      if (data.size() + n > max_bytes) {
        return absl::ResourceExhaustedError(
            absl::StrCat(path, ": larger than the limit of ", max_bytes, " bytes"));
      }
      data.append(buf, n);
    }
    if (n < sizeof buf) {
      // fread on a directory fails with EISDIR on Linux.
      if (std::ferror(f.get())) return ErrnoStatus(path, errno ? errno : EIO);
      break;
    }
  }
  return data;
}

absl::Status ForEachDataLine(const std::string& path,
                             const std::function<absl::Status(int, std::string_view)>& fn) {
  auto data = ReadFile(path);
  if (!data.ok()) return data.status();
  std::string_view rest = *data;
  int line_no = 0;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (FindInvalidUtf8(line) != kNoInvalidUtf8) {
      return absl::InvalidArgumentError(absl::StrCat(path, ":", line_no, ": ill-formed UTF-8"));
    }
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos || line[first] == '#') continue;
    absl::Status s = fn(line_no, line);
    if (!s.ok()) {
      return absl::Status(s.code(), absl::StrCat(path, ":", line_no, ": ", s.message()));
    }
  }
  return absl::OkStatus();
}

std::string JoinPath(std::string_view dir, std::string_view name) {
  if (dir.empty()) return std::string(name);
  if (dir.back() == '/') return absl::StrCat(AsAbsl(dir), AsAbsl(name));
  return absl::StrCat(AsAbsl(dir), "/", AsAbsl(name));
}

}  // namespace claimscan
