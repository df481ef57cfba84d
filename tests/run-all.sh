#!/usr/bin/env bash
# README command (b): install dependencies, build, and run the whole test suite twice: a normal
# build and an AddressSanitizer + UndefinedBehaviorSanitizer build. .ci/run calls this.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
"$here/packaging/install-deps.sh"

export QT_QPA_PLATFORM=offscreen
jobs="${ECOSENTRY_JOBS:-2}"

stamp() { echo "== [$((SECONDS / 60))m$((SECONDS % 60))s] $*"; }

stamp "normal build"
# A fresh machine has no ccache to draw on: precompiled headers do most of the saving there, and
# the normal build needs no debug info (the sanitizer build keeps line tables for its reports).
"$here/packaging/build.sh" "$here/build" -DECOSENTRY_PCH=ON -DCMAKE_BUILD_TYPE=Release
ctest --test-dir "$here/build" --output-on-failure -j "$jobs"

stamp "sanitizer build (ASan + UBSan)"
"$here/packaging/build.sh" "$here/build-asan" -DECOSENTRY_SANITIZE=ON -DECOSENTRY_BUILD_BENCH=OFF \
  -DECOSENTRY_PCH=ON -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG"
ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
  ctest --test-dir "$here/build-asan" --output-on-failure -j "$jobs"

stamp "fuzzing the HJ 212 parser (libFuzzer, bounded)"
"$here/tests/fuzz/run-fuzz.sh" "${ECOSENTRY_FUZZ_SECONDS:-60}" "$here/build-fuzz"
stamp "all done"
