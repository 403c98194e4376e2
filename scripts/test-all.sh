#!/usr/bin/env bash
# npm test: typecheck, lint, vitest (every unit and integration test), a production build into .next-e2e,
# then Playwright against it. Runs every step it can, exits non-zero if any failed, and ends with one
# plain line "N passed, N failed, N skipped" summing vitest and Playwright.
#   DATABASE_URL set   integration tests and the browser tests' app use that PostgreSQL server
#   E2E_SKIP_BUILD=1   reuse an existing build in $E2E_DIST_DIR (CI)
#   TEST_SKIP_TYPECHECK=1  skip tsc and lint (CI's second pass: same code)
set -uo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
export E2E_DIST_DIR="${E2E_DIST_DIR:-.next-e2e}"
reports=$(mktemp -d -t newsstand-reports-XXXXXX)
# The browser tests' app gets a fresh embedded database (used when DATABASE_URL is unset).
export E2E_DATA_DIR
E2E_DATA_DIR=$(mktemp -d -t newsstand-e2e-XXXXXX)
trap 'rm -rf "$reports" "$E2E_DATA_DIR"' EXIT

passed=0 failed=0 skipped=0 failed_steps=()
timings=()

# run_step NAME COMMAND… — runs it, records its time and whether it failed.
run_step() {
  local name=$1 started=$SECONDS rc
  shift
  echo
  echo "=== $name"
  "$@"
  rc=$?
  timings+=("$(printf '%-11s %4d s  %s' "$name" $((SECONDS - started)) "$( ((rc == 0)) && echo ok || echo FAILED)")")
  ((rc == 0)) || failed_steps+=("$name")
  return "$rc"
}

# add_counts KIND REPORT RC — adds a runner's JSON report to the totals; a failed run that reported
# no failed test (a crash, a server that did not start) still counts as one failure.
add_counts() {
  local counts
  counts=$(node -e '
    const fs = require("node:fs");
    const [kind, file] = process.argv.slice(1);
    let p = 0, f = 0, s = 0;
    try {
      const r = JSON.parse(fs.readFileSync(file, "utf8"));
      if (kind === "vitest") { p = r.numPassedTests; f = r.numFailedTests; s = r.numPendingTests + r.numTodoTests; }
      else { p = r.stats.expected + r.stats.flaky; f = r.stats.unexpected; s = r.stats.skipped; }
    } catch {}
    console.log(`${p} ${f} ${s}`);
  ' "$1" "$2")
  read -r p f s <<<"$counts"
  ((f == 0 && $3 != 0)) && f=1
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
}

if [[ "${TEST_SKIP_TYPECHECK:-}" == 1 ]]; then
  echo "=== typecheck, lint: skipped (TEST_SKIP_TYPECHECK=1)"
else
  run_step typecheck npx tsc --noEmit || failed=$((failed + 1))
  # ESLint (Next, typescript-eslint, the layering rules; a warning fails too) and Prettier's check.
  run_step lint npm run --silent lint || failed=$((failed + 1))
fi

run_step vitest npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/vitest.json"
add_counts vitest "$reports/vitest.json" $?

build_ok=1
if [[ "${E2E_SKIP_BUILD:-}" == 1 && -f "$E2E_DIST_DIR/BUILD_ID" ]]; then
  echo
  echo "=== build: reusing $E2E_DIST_DIR (E2E_SKIP_BUILD=1)"
else
  NEXT_DIST_DIR="$E2E_DIST_DIR" run_step build npx next build || { build_ok=0; failed=$((failed + 1)); }
fi

if ((build_ok)); then
  E2E_JSON_REPORT="$reports/playwright.json" run_step playwright npx playwright test
  add_counts playwright "$reports/playwright.json" $?
else
  echo "=== playwright: skipped, the build failed"
fi

echo
echo "=== timings"
printf '%s\n' "${timings[@]}"
((${#failed_steps[@]})) && echo "failed steps: ${failed_steps[*]}"
echo "$passed passed, $failed failed, $skipped skipped"
((${#failed_steps[@]} == 0))
