#!/usr/bin/env bash
# The national benchmark (issue "Province scale"). Start the application first, preferably as the
# goals assume (2 cores, heap 512 MB):
#     ./mvnw spring-boot:run -Dspring-boot.run.jvmArguments=-Xmx512m
# then:
#     bench/national/run.sh [years]        # default 2 years of monthly figures, up to LAST_YEAR-12 (2024)
# It loads the real pre-2025 unit list (63 provinces, 696 districts, 10 035 communes) and synthetic
# denominators, targets (communes only) and figures through the import API, measures, and prints a
# table with the goals. RECORD=1 also writes that table into bench/README.md.
# Environment: BASE_URL (http://localhost:8080), BAOPHU_USER / BAOPHU_PASSWORD (admin / admin),
# BAOPHU_PG_PORT (54329, the embedded database, for the bare SQL) or JDBC_URL / JDBC_USER / JDBC_PASSWORD,
# REQUESTS (100 per latency), LATENCY_WARMUP (20s per latency), EXPORT_REQUESTS (10), WRK_DURATION (15s), WRK_WARMUP (120s), WRK_WARMUP_MAX (360 s), LAST_YEAR (2024), SKIP_LOAD=1.
# Needs a JDK 17+ (the one that runs the app), the PostgreSQL JDBC driver from ~/.m2 (Maven fetched it
# for the app) and, for the throughput lines, wrk (Debian: apt-get install -y wrk).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
years=${1:-2}

units="$repo/src/main/resources/units"
if [ -f "$repo/../shared/data/vn-units/communes_pre2025.csv" ]; then units="$repo/../shared/data/vn-units"; fi

. "$repo/bench/lib.sh"

cd "$repo"
BENCH_DIR="$here" BENCH_COMMIT="$commit" RECORD="$record" exec java -cp "$driver" "$here/NationalBench.java" "$years" "$units"
