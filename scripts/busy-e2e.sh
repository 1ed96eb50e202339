#!/usr/bin/env bash
# The browser suites on a busy machine: runs the e2e and fault suites N times in a row (default 3)
# against the existing build while a CPU hog (one busy Node process per HOGS, default 1) runs
# beside them, as CI's shared 2-core machine may. Stops at the first red run.
#   npm run build && scripts/busy-e2e.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
hogs="${HOGS:-1}"
pids=()
for _ in $(seq "$hogs"); do
	node -e 'for (;;) {}' &
	pids+=("$!")
done
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
echo "CPU hog: ${hogs} busy process(es) on $(nproc) cores"
for run in $(seq "$runs"); do
	start=$(date +%s)
	echo "=== busy run ${run}/${runs} (load: $(cut -d' ' -f1-3 /proc/loadavg))"
	npx playwright test --reporter=dot
	npx playwright test --config playwright.faults.config.ts --reporter=dot
	echo "=== busy run ${run}/${runs} green in $(($(date +%s) - start)) s"
done
