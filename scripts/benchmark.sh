#!/usr/bin/env bash
# Runs the performance set side by side and writes docs/performance.md (issue 4): the platform against a bare ASP.NET Core
# app on the same data, start-up, 1 to 10,000 communities, provisioning, a community of 100,000 residents, the hot
# path's allocations, the city's oversight and big screen, several hosts, each module's busiest list and write, and the
# console's heaviest pages. Takes about an hour and the whole machine: run nothing else meanwhile.
#   scripts/benchmark.sh            the full run
#   scripts/benchmark.sh --smoke    a few seconds on tiny data, proving it all still builds and runs (report: docs/performance-smoke.md)
# Extra arguments go to the suite, e.g. --scales 1,100,1000 --seconds 5 --residents 0, --city-data DIR (a city made before by the seed
# generator with --volume, used for the largest scale), or --only overhead,startup (sections: overhead,
# startup, scale, provision, data, hotpath, oversight, soak, cluster, modules, pages — cluster, modules and pages only when named in a smoke run; --runs K repeats the overhead, start-up, scale, modules and pages runs (3 by default, 1 in the smoke run); --soak SECONDS for the big screen left running, --soak-live to age it fast (a live city sum every 30 s instead of every 10 minutes); --host-dll PATH to measure a published host (e.g. ReadyToRun) instead of the build; a partial run writes its report to the temp folder unless --out says where).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is missing: sudo apt-get install wrk"; exit 1
  fi
fi

for project in host/CommunityPlatform.Host seeds/CommunityPlatform.SeedGenerator tests/CommunityPlatform.Benchmarks; do
  log=$(dotnet build "$project" -c Release -nologo 2>&1) || { echo "$log" | tail -n 20; echo "build of $project failed"; exit 1; }
done

dotnet tests/CommunityPlatform.Benchmarks/bin/Release/net10.0/CommunityPlatform.Benchmarks.dll suite --root "$PWD" "$@"
