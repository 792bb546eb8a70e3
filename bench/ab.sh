#!/usr/bin/env bash
# Two jars side by side on one data directory: starts JAR, waits for the search index's catch-up,
# warms each page 10 s, then measures each 15 s at 16 connections (requests/s, p99, CPU of the
# Java process per request). Run it for each jar in turn, and again in the other order: runs on a
# shared machine drift, jars measured minutes apart are the fair comparison.
#
#   bench/ab.sh JAR LABEL [PATH...]     (WARTA_DATA_DIR: the data, e.g. target/million-sqlite/data;
#                                        default paths: an article found from /nasional, a common
#                                        word's search, home)
set -euo pipefail
JAR=$1 LABEL=$2
shift 2
PORT=${PORT:-9231}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
: "${WARTA_DATA_DIR:?set WARTA_DATA_DIR to the data directory to measure}"
export WARTA_DATA_DIR
copy=$(mktemp --suffix=.jar)
cp "$JAR" "$copy"
"$JAVA" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xmx512m -jar "$copy" \
  --server.port="$PORT" --warta.channels.scheduled=false --warta.cache.enabled=false \
  >"${TMPDIR:-/tmp}/ab-$LABEL.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -f "$copy"' EXIT
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do
  kill -0 $pid 2>/dev/null || { echo "Warta died, see ${TMPDIR:-/tmp}/ab-$LABEL.log" >&2; exit 1; }
  sleep 0.5
done
sleep 12
paths=("$@")
if [ ${#paths[@]} -eq 0 ]; then
  article=$(curl -sf "http://127.0.0.1:$PORT/nasional" | grep -o 'href="/nasional/[0-9]*/[^"]*"' | head -1 | cut -d'"' -f2)
  paths=("$article" "/cari?q=pemerintah" "/")
fi
for path in "${paths[@]}"; do
  wrk -t2 -c16 -d10s "http://127.0.0.1:$PORT$path" >/dev/null
done
ticks=$(getconf CLK_TCK)
for path in "${paths[@]}"; do
  before=$(awk '{print $14 + $15}' /proc/$pid/stat)
  out=$(wrk -t2 -c16 -d15s --latency "http://127.0.0.1:$PORT$path")
  after=$(awk '{print $14 + $15}' /proc/$pid/stat)
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  cpu=$(echo "($after - $before) * 1000 / $ticks / ($rps * 15)" | bc -l)
  printf '%s %s: %s requests/s, p99 %s, %.3f ms CPU/request\n' "$LABEL" "$path" "$rps" "$p99" "$cpu"
done
