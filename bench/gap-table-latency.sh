#!/usr/bin/env bash
# Latency of the gap-table JSON for one unit, measured from outside the application.
# Usage: start the app (./mvnw spring-boot:run), then: bench/gap-table-latency.sh [unit] [period] [requests]
# Prints the min, median, p95 and max of the wall time of each request after a warm-up.
set -euo pipefail
unit=${1:-844}
period=${2:-2023-06}
requests=${3:-200}
base=${BASE_URL:-http://localhost:8080}
url="$base/api/v1/units/$unit/gap-table?period=$period"

# Sign in once with the form and reuse the session: with HTTP Basic every request would also pay
# for checking the password hash (bcrypt, deliberately slow), which is not what is measured here.
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
csrf=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=${BAOPHU_USER:-admin}" \
     --data-urlencode "password=${BAOPHU_PASSWORD:-admin}" --data-urlencode "_csrf=$csrf" "$base/login"

for _ in $(seq 1 50); do curl -s -o /dev/null -b "$jar" "$url"; done   # warm-up (JIT, caches)
times=$(for _ in $(seq 1 "$requests"); do
  curl -s -o /dev/null -b "$jar" -w '%{http_code} %{time_total}\n' "$url"
done | awk '$1 != 200 { print "HTTP " $1 > "/dev/stderr"; exit 1 } { print $2 }' | sort -n)
pick() { echo "$times" | awk -v q="$1" -v n="$requests" 'NR == int((n - 1) * q) + 1 { printf "%.1f", $1 * 1000 }'; }
echo "GET $url ($requests requests after 50 warm-up)"
echo "min $(pick 0) ms, median $(pick 0.5) ms, p95 $(pick 0.95) ms, max $(pick 1) ms"
