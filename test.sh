#!/usr/bin/env bash
# Runs every test of the solution and ends with the totals on one line: "N passed, N failed[, N skipped]".
# Needs only the .NET SDK: the integration tests start the host themselves on throwaway SQLite databases.
set -uo pipefail
cd "$(dirname "$0")"

log=$(mktemp)
trap 'rm -f "$log"' EXIT

if ! dotnet build CommunityPlatform.sln -c Release 2>&1 | tail -n 3; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

dotnet test CommunityPlatform.sln -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One summary line per test assembly: "Passed!  - Failed: 0, Passed: 68, Skipped: 0, Total: 68, ..."
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- Failed:' "$log" | awk -F'[:,]' '
  { failed += $2; passed += $4; skipped += $6 } END { print passed+0, failed+0, skipped+0 }')
assemblies=$(grep -cE '(Passed|Failed)! +- Failed:' "$log")

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a crash or a test host that never reported
echo "test assemblies reporting: $assemblies"
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
[ "$status" -eq 0 ]
