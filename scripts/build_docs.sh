#!/usr/bin/env bash
# Builds the DocC documentation of the Lesart library into /tmp/lesart-doc (or $1).
# Uses the toolchain's `docc` with the symbol graph of the `Lesart` module only: the
# re-exported modules' symbols are part of it, and passing their own graphs too would file
# Document, Token … under those modules and break the catalog's links.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/lesart-doc}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift build --target Lesart --scratch-path "$work/build" \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$work/graphs"
mkdir -p "$work/lesart-graph"
cp "$work/graphs/Lesart.symbols.json" "$work/lesart-graph/"
docc="$(command -v docc || echo "$(dirname "$(command -v swift)")/docc")"
"$docc" convert Sources/Lesart/Lesart.docc --additional-symbol-graph-dir "$work/lesart-graph" \
    --output-path "$out" --analyze
echo "documentation in $out"
