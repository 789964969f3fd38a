#!/bin/sh
# check_exports.sh LIBRARY EXPECTED_LIST HEADER
# The shared library must export exactly the committed list, and the list must be exactly the
# functions the public header declares: nothing leaks, nothing is forgotten.
set -eu
lib=$1 expected=$2 header=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Defined dynamic symbols, without version suffixes and without the version node itself (A).
nm -D --defined-only "$lib" | awk '$2 != "A" { sub(/@.*/, "", $3); print $3 }' | sort -u \
  > "$tmp/library"
grep -v '^#' "$expected" | sed '/^[[:space:]]*$/d' | sort -u > "$tmp/expected"
# Every declaration of the header that starts a line with CLAIMSCAN_API, joined onto one line.
awk '/^CLAIMSCAN_API / { decl = ""; inside = 1 }
     inside { decl = decl " " $0; if (index($0, ";")) { inside = 0; print decl } }' "$header" \
  | sed 's/^[^(]*[^a-z0-9_]\(claimscan_[a-z0-9_]*\)[[:space:]]*(.*/\1/' | sort -u > "$tmp/header"

status=0
if ! diff -u "$tmp/expected" "$tmp/library"; then
  echo "exported symbols of $lib differ from $expected (- expected, + exported)" >&2
  status=1
fi
if ! diff -u "$tmp/expected" "$tmp/header"; then
  echo "$expected differs from the functions declared in $header (- list, + header)" >&2
  status=1
fi
[ "$status" -eq 0 ] && echo "$(wc -l < "$tmp/library") exported symbols match $expected"
exit $status
