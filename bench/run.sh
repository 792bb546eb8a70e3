#!/usr/bin/env bash
# Warta's benchmark: generate N articles, start Warta from its jar, and measure with wrk on
# loopback the cached and uncached article page, home, section, search and RSS, against nginx
# serving the same article HTML as a static file. Prints a Markdown report.
#
#   bench/run.sh [N]         (N articles, default 100000; needs wrk and nginx: apt-get install wrk nginx-light)
#
# Environment: DURATION (default 20s per run), CONNECTIONS (64), THREADS (2), PORT (8181),
# NGINX_PORT (8182), WORK (default target/bench), REUSE=1 to measure WORK's data again
# without generating it anew.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-100000}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
PORT=${PORT:-8181}
# /actuator/prometheus answers only the configured scraper
METRICS_PASSWORD=bench-$RANDOM$RANDOM
NGINX_PORT=${NGINX_PORT:-8182}
WORK=${WORK:-target/bench}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
SEARCH_PATH=${SEARCH_PATH:-/cari?q=pemerintah}
RSS_PATH=${RSS_PATH:-/rss}

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install wrk nginx-light curl" >&2; exit 1; }
done

[ -f target/warta.jar ] || mvn -B -q package -DskipTests
if [ "${REUSE:-0}" != 1 ]; then rm -rf "$WORK"; fi
mkdir -p "$WORK"
# Run from a copy: building again meanwhile must not change the jar under the benchmark.
cp target/warta.jar "$WORK/warta.jar"
DATA=$(readlink -f "$WORK")/data
LOG=$WORK/warta.log
JAVA_OPTS=(--enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xmx512m)

source bench/wrk.sh

start_warta() { # extra args...
  local started
  started=$(date +%s.%N)
  WARTA_DATA_DIR=$DATA WARTA_METRICS_PASSWORD=$METRICS_PASSWORD "$JAVA" "${JAVA_OPTS[@]}" -jar "$WORK/warta.jar" --server.port="$PORT" \
    --warta.channels.scheduled=false "$@" >>"$LOG" 2>&1 &
  WARTA_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
    kill -0 "$WARTA_PID" 2>/dev/null || { echo "Warta died, see $LOG" >&2; exit 1; }
    sleep 0.2
  done
  FIRST_PAGE_SECONDS=$(echo "$(date +%s.%N) - $started" | bc)
}

stop_warta() {
  kill "$WARTA_PID" 2>/dev/null || true
  wait "$WARTA_PID" 2>/dev/null || true
}


echo "## Run of $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, N=$N, $CONNECTIONS connections, $DURATION per run"
echo

if [ "${REUSE:-0}" != 1 ]; then
# 1. A first start loads the demo content (sections, writers, the seed article).
start_warta
FIRST_START=$FIRST_PAGE_SECONDS
until grep -q "Demo content loaded" "$LOG"; do sleep 0.5; done
stop_warta

# 2. N generated articles.
gen_started=$(date +%s.%N)
WARTA_DATA_DIR=$DATA "$JAVA" "${JAVA_OPTS[@]}" -jar "$WORK/warta.jar" generate-articles "$N" >>"$LOG" 2>&1
GENERATE_SECONDS=$(echo "$(date +%s.%N) - $gen_started" | bc)
index_started=$(date +%s.%N)
WARTA_DATA_DIR=$DATA "$JAVA" "${JAVA_OPTS[@]}" -jar "$WORK/warta.jar" reindex >>"$LOG" 2>&1
INDEX_SECONDS=$(echo "$(date +%s.%N) - $index_started" | bc)
else
  FIRST_START="(reused data)"; GENERATE_SECONDS="(reused data)"; INDEX_SECONDS="(reused data)"
fi

# 3. Warta with its page cache.
start_warta
echo "- first start with demo content: ${FIRST_START}s to the first page; restart with $N more articles: ${FIRST_PAGE_SECONDS}s"
echo "- generating $N articles (command generate-articles, through the article service): ${GENERATE_SECONDS}s"
echo "- rebuilding the search index over them (command reindex): ${INDEX_SECONDS}s"
BASE=http://127.0.0.1:$PORT
ARTICLE=$(curl -sf "$BASE/internasional" | grep -o 'href="/internasional/[0-9]*/[^"]*"' | head -1 | cut -d'"' -f2)
curl -sf "$BASE$ARTICLE" >"$WORK/article.html"
echo
echo "| page | requests/s | p50 | p99 | server CPU ms/request |"
echo "|---|---|---|---|---|"
measure "article (cached)" "$BASE$ARTICLE" "$WARTA_PID"
measure "home (cached)" "$BASE/" "$WARTA_PID"
measure "section (cached)" "$BASE/nasional" "$WARTA_PID"
measure "search" "$BASE$SEARCH_PATH" "$WARTA_PID"
measure "RSS" "$BASE$RSS_PATH" "$WARTA_PID"
jcmd "$WARTA_PID" GC.run >/dev/null 2>&1 || true
HEAP=$(curl -sf -u "prometheus:$METRICS_PASSWORD" "$BASE/actuator/prometheus" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {sum += $NF} END {printf "%.0f MB", sum / 1048576}')
stop_warta

# 4. Warta without its page cache.
start_warta --warta.cache.enabled=false
measure "article (uncached)" "$BASE$ARTICLE" "$WARTA_PID"
measure "home (uncached)" "$BASE/" "$WARTA_PID"
measure "section (uncached)" "$BASE/nasional" "$WARTA_PID"
stop_warta

# 5. nginx serving the same article HTML.
start_nginx "$WORK/nginx" "$NGINX_PORT" "$WORK/article.html"
measure "nginx, same article HTML" "http://127.0.0.1:$NGINX_PORT/article.html" "$NGINX_PIDS"
kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true
echo
echo "- heap after a full GC with $N articles: $HEAP"
