#!/usr/bin/env bash
# A cached article against nginx serving the same HTML, in the same run: Warta starts from its
# jar (demo content, data directory reused), then wrk on loopback measures Warta and nginx in
# alternating rounds, so both meet the same machine load. CPU per request is utime+stime from
# /proc over each run divided by the requests served (nginx's master and workers summed).
#
#   bench/cached.sh            ROUNDS (3), DURATION (10s), CONNECTIONS (64), THREADS (2),
#                              PORT (8181), NGINX_PORT (8182), WORK (target/bench-cached),
#                              WARMUP (20s, Warta only, once), WARTA_JAVA_OPTS, WARTA_ARGS,
#                              ACCEPT_GZIP=1 to ask both for gzip (nginx with gzip_static on a .gz copy)
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-8181}
NGINX_PORT=${NGINX_PORT:-8182}
WORK=${WORK:-target/bench-cached}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAVA_OPTS=(--enable-native-access=ALL-UNNAMED ${WARTA_JAVA_OPTS:--XX:+UseSerialGC -Xmx512m -Xmn64m})
WRK_HEADERS=()
if [ "${ACCEPT_GZIP:-0}" = 1 ]; then WRK_HEADERS=(-H "Accept-Encoding: gzip"); fi

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install wrk nginx-light curl" >&2; exit 1; }
done
[ -f target/warta.jar ] || mvn -B -q package -DskipTests
mkdir -p "$WORK"
cp target/warta.jar "$WORK/warta.jar"
DATA=$(readlink -f "$WORK")/data
LOG=$WORK/warta.log

source bench/wrk.sh

WARTA_DATA_DIR=$DATA "$JAVA" "${JAVA_OPTS[@]}" -jar "$WORK/warta.jar" --server.port="$PORT" \
  --warta.channels.scheduled=false ${WARTA_ARGS:-} >>"$LOG" 2>&1 &
WARTA_PID=$!
trap 'kill $WARTA_PID 2>/dev/null || true; [ -n "${NGINX_PID:-}" ] && kill $NGINX_PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
  kill -0 "$WARTA_PID" 2>/dev/null || { echo "Warta died, see $LOG" >&2; exit 1; }
  sleep 0.5
done
BASE=http://127.0.0.1:$PORT
ARTICLE=
until [ -n "$ARTICLE" ]; do
  ARTICLE=$(curl -sf "$BASE/internasional" | grep -o 'href="/internasional/[0-9]*/[^"]*"' | head -1 | cut -d'"' -f2 || true)
  [ -n "$ARTICLE" ] || sleep 1
done
curl -sf "$BASE$ARTICLE" >"$WORK/article.html"
start_nginx "$WORK/nginx" "$NGINX_PORT" "$WORK/article.html"
# The JIT compiles the hit path during a first run; measure's own warm-up is 5 s.
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-20s}" "${WRK_HEADERS[@]}" "$BASE$ARTICLE" >/dev/null

echo "## Cached article against nginx, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $CONNECTIONS connections, $DURATION per run"
echo "Warta: ${JAVA_OPTS[*]} ${WARTA_ARGS:-}; gzip asked: ${ACCEPT_GZIP:-0}; article: $(wc -c <"$WORK/article.html") bytes"
echo
echo "| round | server | requests/s | p50 | p99 | server CPU ms/request | load average |"
echo "|---|---|---|---|---|---|---|"
for round in $(seq 1 "$ROUNDS"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "| $round |$(measure "Warta" "$BASE$ARTICLE" "$WARTA_PID" | cut -c2-) $load |"
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "| $round |$(measure "nginx" "http://127.0.0.1:$NGINX_PORT/article.html" "$NGINX_PIDS" | cut -c2-) $load |"
done
