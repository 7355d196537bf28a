#!/usr/bin/env bash
# Adds a migration named $1 to every module context, once per provider (Migrations/Sqlite, Migrations/MySql),
# from the same model. Usage: scripts/add-migration.sh AddPledges [project-filter] [Sqlite|MySql]
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh <MigrationName> [project-filter]}
filter=${2:-}
providers=${3:-Sqlite MySql}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null

# Every project with provider contexts: the kernel's in Kernel/, a module's in Data/<Provider>/.
for project in shared/CommunityPlatform.* modules/*/CommunityPlatform.* samples/CommunityPlatform.*; do
  [[ $project == *.Contracts || $project == *.Tests || $project == *.Testing ]] && continue
  [ -n "$filter" ] && [[ $project != *"$filter"* ]] && continue
  for provider in $providers; do
    for file in "$project"/Data/"$provider"/*"$provider"DbContext.cs "$project"/Kernel/*"$provider"DbContext.cs; do
      [ -f "$file" ] || continue
      context=$(basename "$file" .cs)
      echo "== $project $context"
      dotnet ef migrations add "$name" --project "$project" --startup-project "$project" \
        --context "$context" --output-dir "Migrations/$provider"
    done
  done
done
