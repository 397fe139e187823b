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
. "$repo/bench/lib.sh"
BENCH_COMMIT="$commit" RECORD="$record" exec java -cp "$driver" "$here/SearchBench.java"
