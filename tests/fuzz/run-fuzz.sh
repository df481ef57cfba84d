#!/usr/bin/env bash
# Builds the HJ 212 parser fuzz target with clang (libFuzzer + ASan + UBSan) and runs it for a
# bounded time. Usage: tests/fuzz/run-fuzz.sh [SECONDS] [BUILD_DIR]. Exit 0 when no crash was found.
# Needs clang and libclang-rt-14-dev (packaging/install-deps.sh installs both).
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-60}"
out="${2:-$here/build-fuzz}"
mkdir -p "$out/corpus"
cxx="${CXX_FUZZ:-clang++}"
# The parser's only Qt-touching dependency is the pollutant catalogue (2005 code mapping).
qt_flags="$(pkg-config --cflags --libs Qt6Core)"
src="$here/core/ingest/hj212"
"$cxx" -std=c++20 -O1 -g -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
  -I"$here" \
  "$here/tests/fuzz/fuzz_hj212_parser.cpp" \
  "$src/Hj212Crc.cpp" "$src/Hj212Parser.cpp" "$src/Hj212Time.cpp" "$src/Hj212FrameSplitter.cpp" \
  "$src/Hj212Reassembler.cpp" "$here/core/aq/Pollutant.cpp" \
  $qt_flags -o "$out/fuzz_hj212_parser"
cp -n "$here/tests/fuzz/corpus/"* "$out/corpus/" 2>/dev/null || true
ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
  "$out/fuzz_hj212_parser" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
  -artifact_prefix="$out/" "$out/corpus"
