#!/bin/sh
# check_abi.sh LIBRARY BASELINE_ABI PUBLIC_HEADER_DIR
# Compares the library's ABI with the dump committed at the last release (abidiff, from
# Debian's abigail-tools). Exit 77 (skipped) when there is no baseline yet or no abidiff.
# Additions (abidiff bit 4) are allowed in a 1.x release; incompatible changes (bit 8) fail.
set -u
lib=$1 baseline=$2 headers=$3
if [ ! -f "$baseline" ]; then
  echo "no ABI baseline at $baseline (no release yet): skipped"
  exit 77
fi
if ! command -v abidiff > /dev/null 2>&1; then
  echo "abidiff not installed (apt-get install abigail-tools): skipped"
  exit 77
fi
abidiff --headers-dir2 "$headers" "$baseline" "$lib"
rc=$?
if [ $((rc & 3)) -ne 0 ]; then
  echo "abidiff failed to run (exit $rc)" >&2
  exit 1
fi
if [ $((rc & 8)) -ne 0 ]; then
  echo "incompatible ABI change against $baseline" >&2
  exit 1
fi
echo "ABI compatible with $baseline"
