#!/usr/bin/env bash
# Runs every test and ends with the totals on one line: "N passed, N failed[, N skipped]".
# The integration suite runs twice: on SQLite, and on a throwaway MariaDB that this script starts (installing
# Debian's mariadb-server first when run as root) and always stops. The browser tests drive Debian's Chromium
# (installed with fonts-noto-cjk when run as root); their screenshots are kept in TestResults/screenshots.
# Whatever cannot be had here is said and counted as skipped.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log=$(mktemp)
mariadb_dir=$(mktemp -d /tmp/cp-mariadb.XXXXXX)
cleanup() { scripts/mariadb.sh stop "$mariadb_dir" >/dev/null 2>&1; rm -f "$log"; }
trap cleanup EXIT

if ! dotnet build CommunityPlatform.sln -c Release 2>&1 | tail -n 3 | tee -a "$log" | grep -q " 0 Error(s)"; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

status=0
echo "== all tests (integration on SQLite)"
dotnet test CommunityPlatform.sln -c Release --no-build --filter "Category!=Browser" 2>&1 | tee -a "$log" || status=1

skipped_runs=0
if server=$(scripts/mariadb.sh start "$mariadb_dir"); then
  echo "== integration tests on MariaDB ($(mariadbd --version | awk '{print $3}'))"
  CP_TEST_MYSQL="$server" dotnet test tests/CommunityPlatform.Integration.Tests -c Release --no-build --filter "Category!=Browser" 2>&1 | tee -a "$log" || status=1
else
  echo "!! no MariaDB server could be started here: the integration tests ran on SQLite only"
  skipped_runs=1
fi

if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >/dev/null 2>&1 || true
fi
browser_skipped=0
if [ -x /usr/bin/chromium ]; then
  echo "== browser tests ($(/usr/bin/chromium --version 2>/dev/null))"
  dotnet test tests/CommunityPlatform.Integration.Tests -c Release --no-build --filter "Category=Browser" 2>&1 | tee -a "$log" || status=1
  mkdir -p TestResults && cp -r tests/CommunityPlatform.Integration.Tests/bin/Release/net10.0/TestResults/screenshots TestResults/ 2>/dev/null || true
else
  echo "!! /usr/bin/chromium is missing (run as root to install it): the browser tests were skipped"
  browser_skipped=$(grep -c '\[Fact\]' tests/CommunityPlatform.Integration.Tests/BrowserTests.cs)
fi

# One summary line per test run: "Passed!  - Failed: 0, Passed: 68, Skipped: 0, Total: 68, ..."
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- Failed:' "$log" | awk -F'[:,]' '
  { failed += $2; passed += $4; skipped += $6 } END { print passed+0, failed+0, skipped+0 }')
if [ "$skipped_runs" = 1 ]; then
  skipped=$((skipped + $(grep -E 'Passed! .*CommunityPlatform.Integration.Tests.dll' "$log" | awk -F'[:,]' '{print $8+0; exit}')))
fi
skipped=$((skipped + browser_skipped))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a crash or a test host that never reported
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
exit "$status"
