#!/usr/bin/env bash
# Smoke test of the packaged jar, as a new user meets it: `java -jar` on an empty data directory
# while a reader requests the home, a section, Indeks, search and the RSS feed from the first
# second. Passes when the process stays up, no page answers 5xx, the log has no ERROR line and,
# within SMOKE_TIMEOUT seconds of the start, the home page shows the demo content and the seed
# article (and Berita Populer lists it).
#
#   bash .ci/smoke-jar.sh [target/warta.jar]
#
# Environment: SMOKE_DB=postgres runs it on a fresh schema of the PostgreSQL at 127.0.0.1:5432
# (database test, user postgres; dropped afterwards) instead of SQLite in the data directory;
# SMOKE_AOT=1 starts the jar as deploy/aot-cache.sh prepares it (extracted, with JDK 25's
# ahead-of-time cache, which must be usable: -XX:AOTMode=on);
# SMOKE_PORT (default: a free port), SMOKE_TIMEOUT (default 60), JAVA (a Java 25+ binary;
# default: the newest JDK 25+ in /usr/lib/jvm, as the build's toolchain finds it).
set -uo pipefail
cd "$(dirname "$0")/.."

JAR=${1:-target/warta.jar}
TIMEOUT=${SMOKE_TIMEOUT:-60}
SEED="Junta Myanmar Berterima Kasih Atas Dukungan Rusia"
DEMO="Berita Terkini"          # a home page module that only demo content fills...
DEMO_SECTION="Internasional"   # ...and one of the demo's sections in the menu
MAX_ROUNDS=2000                # the client's bound in count; TIMEOUT is its bound in time

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
[[ -f $JAR ]] || fail "no jar at $JAR (run mvn package first)"

find_java() {
  if [[ -n ${JAVA:-} ]]; then echo "$JAVA"; return; fi
  local best="" d v
  for d in /usr/lib/jvm/*/; do
    [[ -x $d/bin/java ]] || continue
    v=$("$d/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [[ ${v%%.*} =~ ^[0-9]+$ ]] && (( ${v%%.*} >= 25 )); then best=$d/bin/java; fi
  done
  [[ -n $best ]] && echo "$best"
}
JAVA_BIN=$(find_java) || true
[[ -n ${JAVA_BIN:-} ]] || fail "no Java 25 or newer in /usr/lib/jvm (set JAVA)"

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=${SMOKE_PORT:-}
if [[ -z $PORT ]]; then
  for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 30000))
    if port_free "$candidate"; then PORT=$candidate; break; fi
  done
fi
[[ -n $PORT ]] || fail "no free port found"
port_free "$PORT" || fail "port $PORT is in use"

WORK=$(mktemp -d /tmp/warta-smoke.XXXXXX)
LOG=$WORK/warta.log
PID=""
SCHEMA=""
psql_test() { psql -q -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -c "$1" >/dev/null; }
cleanup() {
  if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$PID" 2>/dev/null
  fi
  [[ -n $SCHEMA ]] && psql_test "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

if [[ ${SMOKE_DB:-sqlite} == postgres ]]; then
  SCHEMA=warta_smoke_$(date +%s)_$RANDOM
  psql_test "CREATE SCHEMA $SCHEMA" || { SCHEMA=""; fail "cannot create a schema at 127.0.0.1:5432"; }
  export WARTA_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$SCHEMA"
  export WARTA_DB_USER=postgres WARTA_DB_PASSWORD="" SPRING_FLYWAY_SCHEMAS=$SCHEMA
fi

show_log() {
  echo "---- last lines of the log ($LOG) ----" >&2
  tail -n 60 "$LOG" >&2
  echo "---- ERROR lines ----" >&2
  grep -n -A 8 ' ERROR ' "$LOG" | head -n 80 >&2
}

LAUNCH=(-jar "$JAR")
if [[ ${SMOKE_AOT:-0} == 1 ]]; then
  JAVA=$JAVA_BIN bash deploy/aot-cache.sh "$JAR" "$WORK/aot" >/dev/null || fail "deploy/aot-cache.sh failed"
  LAUNCH=(-XX:AOTMode=on -XX:AOTCache="$WORK/aot/warta.aot" -jar "$WORK/aot/warta.jar")
fi

echo "== Smoke: $JAVA_BIN ${LAUNCH[*]} on port $PORT, data in $WORK/data, database ${SCHEMA:-SQLite}"
mkdir -p "$WORK/data"
BASE=http://127.0.0.1:$PORT
started=$SECONDS
WARTA_DATA_DIR=$WORK/data PORT=$PORT WARTA_BASE_URL=$BASE WARTA_SECURE_COOKIE=false \
  "$JAVA_BIN" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC "${LAUNCH[@]}" >"$LOG" 2>&1 &
PID=$!

# A reader from the first second: every page kind, in a loop, bounded in count and time. The
# search terms change every round, so those pages are rendered, not served from the page cache.
UA="Mozilla/5.0 (X11; Linux x86_64) Chrome/130 Safari/537.36 warta-smoke"
request() { # path -> prints the HTTP status (000 when nothing answered); body in $WORK/body
  curl -s -A "$UA" --max-time 10 -o "$WORK/body" -w '%{http_code}' "$BASE$1" 2>/dev/null
}
declare -A statuses=()
errors5xx=0
ok=0
round=0
terms=(myanmar rusia banjir pemilu ekonomi sepak+bola kuliner atletik)
while (( round < MAX_ROUNDS && SECONDS - started < TIMEOUT )); do
  round=$((round + 1))
  kill -0 "$PID" 2>/dev/null || { show_log; fail "the process exited during round $round (after $((SECONDS - started)) s)"; }
  answered=0
  for path in / /internasional /indeks "/cari?q=${terms[round % ${#terms[@]}]}+$round" /rss; do
    code=$(request "$path")
    [[ $code == 000 ]] || answered=1
    statuses[$code]=$(( ${statuses[$code]:-0} + 1 ))
    if [[ $code == 5* ]]; then
      errors5xx=$((errors5xx + 1))
      echo "  $path answered $code (round $round, $((SECONDS - started)) s)" >&2
    fi
    if [[ $path == / && $code == 200 ]] && grep -qF "$SEED" "$WORK/body" \
        && grep -qF "$DEMO" "$WORK/body" && grep -qF "$DEMO_SECTION" "$WORK/body"; then
      ok=1
    fi
  done
  (( ok )) && break
  (( answered )) || sleep 0.2   # nothing listens yet: do not spin
done
elapsed=$((SECONDS - started))
summary=$(for c in "${!statuses[@]}"; do printf '%s×%s ' "$c" "${statuses[$c]}"; done)
echo "  $round rounds in $elapsed s; statuses: $summary"

kill -0 "$PID" 2>/dev/null || { show_log; fail "the process exited"; }
(( ok )) || { show_log; fail "the home page did not show the demo content and \"$SEED\" within $TIMEOUT s"; }

# The demo content is there: every page kind shows it (the search index and the feeds follow the
# commit within moments: a few tries, bounded), and Berita Populer has the demo's readers, who
# read the seed article most.
NEWEST="Delegasi ASEAN Bertemu di"   # the newest generated story of Internasional
expect() { # path text
  local code
  for _ in $(seq 1 20); do
    code=$(request "$1")
    [[ $code == 200 ]] && grep -qF "$2" "$WORK/body" && return 0
    [[ $code == 5* ]] && break
    sleep 1
  done
  show_log; fail "$1 (HTTP $code) does not show \"$2\""
}
expect /internasional "$NEWEST"
expect /indeks "$NEWEST"
expect "/cari?q=myanmar" "$SEED"
expect /rss "$NEWEST"
expect /populer "$SEED"
(( errors5xx == 0 )) || { show_log; fail "$errors5xx requests answered 5xx"; }

# The load's after-commit work (search index, modules) runs on the start-up thread: the site
# says it is ready when that is done, and only then is it stopped (stopping a site mid-start is
# another test).
ready=0
while (( SECONDS - started < TIMEOUT + 30 )); do
  [[ $(request /actuator/health/readiness) == 200 ]] && { ready=1; break; }
  sleep 1
done
(( ready )) || { show_log; fail "the site did not report ready (/actuator/health/readiness) within $((TIMEOUT + 30)) s"; }
echo "  ready after $((SECONDS - started)) s"

running_lines=$(wc -l <"$LOG")
kill "$PID"
for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
kill -0 "$PID" 2>/dev/null && { show_log; fail "the process did not stop within 30 s of SIGTERM"; }
PID=""
if head -n "$running_lines" "$LOG" | grep -q ' ERROR '; then show_log; fail "the log has ERROR lines"; fi
if grep -q 'violates foreign key constraint' "$LOG"; then show_log; fail "the log has a foreign key violation"; fi
# Background work cut short by the stop (the search index's start-up maintenance) may complain;
# that is the stop's business, not the first start's: shown, not failed.
stopping_errors=$(tail -n +"$((running_lines + 1))" "$LOG" | grep -c ' ERROR ')
if (( stopping_errors > 0 )); then
  echo "  note: $stopping_errors ERROR lines while stopping:"
  tail -n +"$((running_lines + 1))" "$LOG" | grep ' ERROR ' | cut -c1-200
fi
echo "== Smoke passed: demo content and seed article on the home page after $elapsed s, no ERROR in the log while running"
