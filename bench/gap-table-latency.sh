#!/usr/bin/env bash
# Latency of the gap table of one unit, measured from outside the application: the JSON API (HTTP
# Basic, as scripts call it) or, with PAGE=1, the HTML page (with a signed-in session, as browsers).
# Usage: start the app (./mvnw spring-boot:run), then: bench/gap-table-latency.sh [unit] [period] [requests]
# Prints the min, median, p95 and max of the wall time of each request after a warm-up.
set -euo pipefail
unit=${1:-844}
period=${2:-2023-06}
requests=${3:-200}
base=${BASE_URL:-http://localhost:8080}
url="$base/api/v1/units/$unit/gap-table?period=$period"
AUTH=${AUTH:-basic}
if [ "${PAGE:-0}" = 1 ]; then url="$base/units/$unit/gap?period=$period"; AUTH=${AUTH_PAGE:-session}; fi

# The API takes HTTP Basic only (it ignores the session cookie); a password verified within the last
# five minutes is not hashed again (RecentlyVerifiedPasswords). Pages: sign in once with the form
# and reuse the session cookie (AUTH=session), or Basic.
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
csrf=$(curl -s -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=${BAOPHU_USER:-admin}" \
     --data-urlencode "password=${BAOPHU_PASSWORD:-admin}" --data-urlencode "_csrf=$csrf" "$base/login"

auth=(-b "$jar")
if [ "$AUTH" = basic ]; then auth=(-u "${BAOPHU_USER:-admin}:${BAOPHU_PASSWORD:-admin}"); fi

for _ in $(seq 1 50); do curl -s -o /dev/null "${auth[@]}" "$url"; done   # warm-up (JIT, caches)
times=$(for _ in $(seq 1 "$requests"); do
  curl -s -o /dev/null "${auth[@]}" -w '%{http_code} %{time_total}\n' "$url"
done | awk '$1 != 200 { print "HTTP " $1 > "/dev/stderr"; exit 1 } { print $2 }' | sort -n)
pick() { echo "$times" | awk -v q="$1" -v n="$requests" 'NR == int((n - 1) * q) + 1 { printf "%.1f", $1 * 1000 }'; }
echo "GET $url, $AUTH auth ($requests requests after 50 warm-up)"
echo "min $(pick 0) ms, median $(pick 0.5) ms, p95 $(pick 0.95) ms, max $(pick 1) ms"
