#!/usr/bin/env bash
# Times the derivation of parent targets, before and after, on a synthetic national tree, and checks
# that both give the same sums. Needs psql and a PostgreSQL server; the arguments are psql's
# connection options, e.g. for the embedded server of `./mvnw spring-boot:run`:
#   bench/derived-targets/run.sh -h localhost -p 54329 -U postgres
set -euo pipefail
cd "$(dirname "$0")"
CONNECT=("$@")
export PGOPTIONS="-c client_min_messages=warning"
DB=baophu_bench_targets
psql "${CONNECT[@]}" -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
trap 'psql "${CONNECT[@]}" -q -d postgres -c "drop database if exists $DB"' EXIT
psql "${CONNECT[@]}" -q -d "$DB" -f synth.sql

query() { # file, unit id, path, year [explain]
  { [ "${5:-}" = explain ] && echo "explain (analyze, summary on, timing off)"; cat "$1"; } |
    psql "${CONNECT[@]}" -q -A -t -d "$DB" -v unit="$2" -v path="$3" -v year="$4"
}

# the large province (27 districts, 567 communes) and a root above a province with nested targets
for unit in 38 9000000; do
  path="/$unit/"
  if ! diff <(query before.sql "$unit" "$path" 2025 | sort) <(query after.sql "$unit" "$path" 2025 | sort) >/dev/null; then
    echo "unit $unit: before and after differ" >&2
    exit 1
  fi
  echo "unit $unit: same $(query after.sql "$unit" "$path" 2025 | wc -l) (child, scheme) sums before and after"
  for file in before after; do
    for run in 1 2 3; do
      printf '%-6s unit %-7s run %d: %s\n' "$file" "$unit" "$run" \
        "$(query "$file.sql" "$unit" "$path" 2025 explain | grep 'Execution Time')"
    done
  done
done
