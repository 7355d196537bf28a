#!/usr/bin/env bash
# Adds a migration named $1 to every module context, for every provider folder (Migrations/<Provider>).
# Usage: scripts/add-migration.sh AddPledges [ProjectFilter]
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName> [project-filter]}
filter=${2:-}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null

# project | SQLite context
contexts=(
  "shared/CommunityPlatform.Data|KernelSqliteDbContext"
  "shared/CommunityPlatform.Communities|CommunitiesSqliteDbContext"
  "shared/CommunityPlatform.Identity|AccountsSqliteDbContext"
  "shared/CommunityPlatform.Residents|ResidentsSqliteDbContext"
)
for module in modules/*/*/; do
  project=${module%/}
  [[ $project == *.Contracts ]] && continue
  for ctx in "$project"/Data/Sqlite/*SqliteDbContext.cs; do
    [ -f "$ctx" ] && contexts+=("$project|$(basename "$ctx" .cs)")
  done
done

for entry in "${contexts[@]}"; do
  project=${entry%%|*}; context=${entry##*|}
  [ -n "$filter" ] && [[ $project != *"$filter"* ]] && continue
  echo "== $project $context"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
    --context "$context" --output-dir Migrations/Sqlite
done
