#!/bin/sh
# install_test.sh BUILD_DIR SOURCE_DIR WORK_DIR
# Installs the build into WORK_DIR/prefix, then builds and runs, against that tree only:
# the C example through find_package(claimscan) (claimscan::claimscan), the C++ example
# through find_package(claimscan COMPONENTS static), and the C example through pkg-config.
set -eu
build=$1 src=$2 work=$3
prefix=$work/prefix
rm -rf "$work"
mkdir -p "$work"

cmake --install "$build" --prefix "$prefix" > "$work/install.log"
for f in include/claimscan/claimscan_c.h include/claimscan/claimscan.h \
         include/claimscan/engine.h share/claimscan; do
  [ -e "$prefix/$f" ] || { echo "missing from the install: $f" >&2; exit 1; }
done
lib=$(find "$prefix" -name 'libclaimscan.so.1' | head -n 1)
[ -n "$lib" ] || { echo "libclaimscan.so.1 not installed" >&2; exit 1; }
libdir=$(dirname "$lib")
[ -f "$libdir/libclaimscan.a" ] || { echo "libclaimscan.a not installed" >&2; exit 1; }
soname=$(objdump -p "$lib" | awk '$1 == "SONAME" { print $2 }')
[ "$soname" = "libclaimscan.so.1" ] || { echo "SONAME is '$soname'" >&2; exit 1; }

articles=$(ls "$src"/examples/articles/*.txt)
export CLAIMSCAN_DATA_DIR="$prefix/share/claimscan"

for example in c cpp; do
  cmake -S "$src/examples/$example" -B "$work/$example" -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$prefix" > "$work/$example.configure.log"
  cmake --build "$work/$example" > "$work/$example.build.log"
done
# shellcheck disable=SC2086
"$work/c/claimscan_example_c" $articles > "$work/find_package_c.out"
# shellcheck disable=SC2086
"$work/cpp/claimscan_example_cpp" $articles > "$work/find_package_cpp.out"

PKG_CONFIG_PATH="$libdir/pkgconfig"
export PKG_CONFIG_PATH
# shellcheck disable=SC2046
cc -std=c99 -Wall -Wextra -Werror -o "$work/pkgconfig_c" "$src/examples/c/compare_articles.c" \
  $(pkg-config --cflags --libs claimscan)
# shellcheck disable=SC2086
LD_LIBRARY_PATH="$libdir" "$work/pkgconfig_c" $articles > "$work/pkgconfig_c.out"

# One library, three ways in: the same findings.
cmp "$work/find_package_c.out" "$work/pkgconfig_c.out"
cmp "$work/find_package_c.out" "$work/find_package_cpp.out"
grep -E '^[0-9]+ findings$' "$work/find_package_c.out"
echo "install test passed: find_package (C, C++) and pkg-config consumers agree"
