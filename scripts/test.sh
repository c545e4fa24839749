#!/usr/bin/env bash
# Builds everything once, runs the whole test suite once, and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

if ! swift build --build-tests >"$log" 2>&1; then
    grep -E 'error:' "$log" | head -50
    echo "the build failed"
    echo "0 passed, 1 failed"
    exit 1
fi

swift test --skip-build --no-parallel 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

total=$(grep -Eo 'Test run with [0-9]+ tests?' "$log" | grep -Eo '[0-9]+' | tail -1)
failed=$(grep -E '^✘ Test ' "$log" | grep -c 'failed after')
total=${total:-0}
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$((total - failed)) passed, ${failed} failed"
exit "$status"
