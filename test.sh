#!/usr/bin/env bash
# Runs every test and ends with the totals on one line: "N passed, N failed[, N skipped]".
# Test projects are found by name, not listed: tests/*/*.Tests.csproj (the platform's unit, architecture and integration
# tests) and modules/*/*.Tests/*.Tests.csproj (each module's tests, next to the module). Each runs on SQLite, one project
# after another (each integration project starts a whole host; two at once on two cores made timing tests flaky). Every
# project on the testing kit (shared/CommunityPlatform.Testing: the real host) runs again on a throwaway MariaDB that this
# script starts (installing Debian's mariadb-server first when run as root) and always stops. Every project with tests of
# Category=Browser runs those on Debian's Chromium (installed with fonts-noto-cjk when run as root); their screenshots are
# kept in TestResults/screenshots. Every project with tests of Category=Client runs those with Node: the API document
# linted by Redocly and a TypeScript client generated, compiled and run (clients/typescript, packages from its lock file,
# installed with npm ci when missing). Whatever cannot be had here is said and counted as skipped.
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

log=$(mktemp)
runs=$(mktemp -d)
mariadb_dir=$(mktemp -d /tmp/cp-mariadb.XXXXXX)
cleanup() { scripts/mariadb.sh stop "$mariadb_dir" >/dev/null 2>&1; rm -rf "$log" "$runs"; }
trap cleanup EXIT

shopt -s nullglob
projects=(tests/*/*.Tests.csproj modules/*/*.Tests/*.Tests.csproj)
shopt -u nullglob
status=0

# The solution is what is built; a test project outside it would not be, and one outside the patterns would not run.
in_solution=$(grep -o '"[^"]*\.Tests\.csproj"' CommunityPlatform.sln | tr -d '"' | tr '\\' '/' | sort)
found=$(printf '%s\n' "${projects[@]}" | sort)
if [ "$in_solution" != "$found" ]; then
  echo "!! the test projects found here and those of CommunityPlatform.sln differ (dotnet sln add the project, or move it to tests/ or modules/<Name>/):"
  diff <(echo "$found") <(echo "$in_solution") | grep '^[<>]' | sed 's/^</   found, not in the solution:/; s/^>/   in the solution, not found:/'
  status=1
fi

if ! dotnet build CommunityPlatform.sln -c Release 2>&1 | tail -n 3 | tee -a "$log" | grep -q " 0 Error(s)"; then
  echo "build failed"; echo "0 passed, 1 failed"; exit 1
fi

# The host is deployed by publishing it, which a build never runs: files that clash only on publishing (every module's
# Seeding/demo.json once went to the same path, NETSDK1152) are found here, not on the day of a deployment. Before
# any test runs, so the incremental build it does touches no binary a test is using.
published=$(mktemp -d)
if ! dotnet publish host/CommunityPlatform.Host -c Release --nologo -o "$published" > "$runs/publish.log" 2>&1; then
  grep -E "error" "$runs/publish.log" | sort -u | head -n 5
  echo "publishing the host failed"; echo "0 passed, 1 failed"; rm -rf "$published"; exit 1
fi
rm -rf "$published"

integration=()   # on the testing kit: the whole host, so worth a second provider
browser=()       # with tests of Category=Browser
client=()        # with tests of Category=Client (Node)
for project in "${projects[@]}"; do
  grep -q 'CommunityPlatform.Testing.csproj' "$project" && integration+=("$project")
  grep -rlq --include='*.cs' --exclude-dir=bin --exclude-dir=obj 'Trait("Category", "Browser")' "$(dirname "$project")" && browser+=("$project")
  grep -rlq --include='*.cs' --exclude-dir=bin --exclude-dir=obj 'Trait("Category", "Client")' "$(dirname "$project")" && client+=("$project")
done
others="Category!=Browser&Category!=Client"

# The facts and theories of a project's classes marked with this category (a theory counts once).
facts_of() {
  grep -rl --include='*.cs' --exclude-dir=bin --exclude-dir=obj "Trait(\"Category\", \"$2\")" "$(dirname "$1")" \
    | xargs cat | grep -cE '^\s*\[(Fact|Theory)\b'
}

# Runs one project's tests; its output goes to the screen, the totals log, and runs/<label>-<project>.log.
run() {
  local label=$1 project=$2; shift 2
  local name; name=$(basename "$project" .csproj)
  echo "== $name ($label)"
  dotnet test "$project" -c Release --no-build "$@" 2>&1 | tee "$runs/$label-$name.log" | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
}

# The figure of one field of a run's summary line ("Passed!  - Failed: 0, Passed: 68, Skipped: 0, Total: 68, ...").
field() { grep -hE '(Passed|Failed)! +- Failed:' "$1" 2>/dev/null | awk -F'[:,]' -v f="$2" '{ n += $f } END { print n+0 }'; }

echo "== every test project on SQLite: ${#projects[@]}"
for project in "${projects[@]}"; do run sqlite "$project" --filter "$others"; done

skipped_runs=0
if server=$(scripts/mariadb.sh start "$mariadb_dir"); then
  echo "== the integration projects on MariaDB ($(mariadbd --version | awk '{print $3}')): ${#integration[@]}"
  export CP_TEST_MYSQL="$server"
  for project in "${integration[@]}"; do run mariadb "$project" --filter "$others"; done
  unset CP_TEST_MYSQL
else
  echo "!! no MariaDB server could be started here: the integration tests ran on SQLite only"
  # Each integration project's tests are counted as skipped once, as many as ran on SQLite.
  for project in "${integration[@]}"; do
    skipped_runs=$((skipped_runs + $(field "$runs/sqlite-$(basename "$project" .csproj).log" 8)))
  done
fi

if [ ${#browser[@]} -gt 0 ] && [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk) >/dev/null 2>&1 || true
fi
browser_skipped=0
if [ ${#browser[@]} -gt 0 ] && [ -x /usr/bin/chromium ]; then
  echo "== browser tests ($(/usr/bin/chromium --version 2>/dev/null)): ${#browser[@]} project(s)"
  mkdir -p TestResults
  for project in "${browser[@]}"; do
    run browser "$project" --filter "Category=Browser"
    cp -r "$(dirname "$project")/bin/Release/net10.0/TestResults/screenshots" TestResults/ 2>/dev/null || true
  done
elif [ ${#browser[@]} -gt 0 ]; then
  echo "!! /usr/bin/chromium is missing (run as root to install it): the browser tests were skipped"
  for project in "${browser[@]}"; do
    browser_skipped=$((browser_skipped + $(facts_of "$project" Browser)))
  done
fi

client_skipped=0
# Redocly CLI and openapi-typescript need Node 20 or newer.
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ ${#client[@]} -gt 0 ] && [ "$node_major" -ge 20 ] && command -v npm >/dev/null \
   && { [ -d clients/typescript/node_modules ] || (cd clients/typescript && npm ci --no-audit --no-fund >/dev/null 2>&1); }; then
  echo "== client contract tests (node $(node --version)): ${#client[@]} project(s)"
  for project in "${client[@]}"; do run client "$project" --filter "Category=Client"; done
elif [ ${#client[@]} -gt 0 ]; then
  echo "!! Node 20+ with npm, or the packages of clients/typescript (npm ci), cannot be had here: the client contract tests were skipped"
  for project in "${client[@]}"; do client_skipped=$((client_skipped + $(facts_of "$project" Client))); done
fi

# The failed tests again, next to the totals: a CI log that keeps only its tail still names them.
if grep -qE '^\s+Failed [A-Za-z_]' "$log"; then
  echo "== failed tests"
  grep -E -A 12 '^\s+Failed [A-Za-z_]' "$log" | grep -vE '^\s+at (System|Microsoft|Xunit|Shouldly)\.' | head -n 80 | tee "${CP_FAILED_TESTS:-/dev/null}"
fi

read -r passed failed skipped < <(echo "$(field "$log" 4) $(field "$log" 2) $(field "$log" 6)")
skipped=$((skipped + skipped_runs + browser_skipped + client_skipped))
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi   # a crash, a test host that never reported, a project left out
if [ "$skipped" -gt 0 ]; then echo "$passed passed, $failed failed, $skipped skipped"; else echo "$passed passed, $failed failed"; fi
exit "$status"
