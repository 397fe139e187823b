# Sourced by the bench scripts: the PostgreSQL JDBC driver from ~/.m2 ($driver), the commit measured
# ($commit) and where RECORD=1 writes ($record). Expects $repo (the repository's top folder).
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
