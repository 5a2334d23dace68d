#!/usr/bin/env bash
# Runs the test suite under a sanitizer, each in a build folder of its own (.build-SANITIZER):
#
#   bash scripts/sanitize.sh address      # ASan + LeakSanitizer (scripts/lsan.supp)
#   bash scripts/sanitize.sh thread       # TSan: the parallel annotator, --jobs
#   bash scripts/sanitize.sh undefined    # UBSan on the C shim (Sources/CICU): Swift has none
#   bash scripts/sanitize.sh thread --filter "AnnotateBatch|Parallel"
#
# The CLI tests run the sanitized `lesart`, several times slower: their timeouts are scaled
# (LESART_TEST_TIMEOUT_SCALE, default 10). Extra arguments go to `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
SANITIZER=${1:?usage: sanitize.sh address|thread|undefined [swift test arguments]}
shift
export LESART_TEST_TIMEOUT_SCALE=${LESART_TEST_TIMEOUT_SCALE:-10}
export SWIFT_BACKTRACE=enable=no   # the sanitizer's report is the one wanted
export LSAN_OPTIONS="suppressions=$(pwd)/scripts/lsan.supp:print_suppressions=0"
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
if [ "$SANITIZER" = undefined ]; then
    # swiftc rejects -sanitize=undefined on Linux ("unsupported option"); Swift's own checks
    # trap on overflow and array bounds, ASan covers the unsafe pointers. The C shim gets
    # clang's UBSan, every finding fatal.
    exec swift test --build-path .build-undefined -Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined \
        -Xswiftc -Xclang-linker -Xswiftc -fsanitize=undefined "$@"
fi
swift test --sanitize="$SANITIZER" --build-path ".build-$SANITIZER" "$@"
