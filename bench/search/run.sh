#!/usr/bin/env bash
# Unit search over the whole country (issue "Everyday use"): every pre-2025 province loaded from the
# catalogue and the reform of 1/7/2025 applied, then GET /api/v1/units?q= timed. Start the application
# on a database of its own first, without the demo's own reform, e.g.
#     BAOPHU_DATA_DIR=data/search BAOPHU_PG_PORT=54394 ./mvnw spring-boot:run \
#         -Dspring-boot.run.arguments=--baophu.demo-reform=false
# then: BAOPHU_PG_PORT=54394 bench/search/run.sh      (RECORD=1 writes the table into bench/README.md;
# SKIP_LOAD=1 reuses the loaded units; BASE_URL, BAOPHU_USER, BAOPHU_PASSWORD, REQUESTS as in national/).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
driver=$(find "${MAVEN_REPO:-$HOME/.m2/repository}/org/postgresql/postgresql" -name 'postgresql-*.jar' \
           ! -name '*sources*' 2>/dev/null | sort -V | tail -n 1)
if [ -z "$driver" ]; then
  echo "No PostgreSQL JDBC driver in ~/.m2: run ./mvnw spring-boot:run (or ./mvnw dependency:resolve) once" >&2
  exit 1
fi
commit=$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit (with uncommitted changes)"; fi
record=""
if [ "${RECORD:-0}" = 1 ]; then record="$repo/bench/README.md"; fi
BENCH_COMMIT="$commit" RECORD="$record" exec java -cp "$driver" "$here/SearchBench.java"
