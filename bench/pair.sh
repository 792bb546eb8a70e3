#!/usr/bin/env bash
# Two jars (or one jar on two data directories) at the same time, measured in alternating short
# rounds: on a shared machine whose speed drifts by tens of percent within minutes, rounds seconds
# apart meet the same drift, where runs minutes apart (bench/ab.sh) do not. Each round runs wrk on
# A then B (B then A in even rounds) and prints requests/s, CPU ms per request and p99 of each.
#
#   bench/pair.sh JAR_A JAR_B PATH...
#
# Environment: DATA_A and DATA_B (data directories; two copies, as each Warta holds its search
# index: `cp -r target/million-sqlite/data /tmp/copy`), ROUNDS (6), SECONDS_PER_ROUND (5),
# CONNECTIONS (16), CACHE (false: the page cache off, as bench/million.sh's uncached pages),
# ARGS_A and ARGS_B (more of Warta's arguments, e.g. --spring.threads.virtual.enabled=false, to
# compare one jar with itself under two settings), JAVA_OPTS_A and JAVA_OPTS_B (JVM options).
set -euo pipefail
A=$1 B=$2
shift 2
: "${DATA_A:?set DATA_A}" "${DATA_B:?set DATA_B}"
ROUNDS=${ROUNDS:-6} S=${SECONDS_PER_ROUND:-5} C=${CONNECTIONS:-16}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
dir=$(mktemp -d)
cp "$A" "$dir/a.jar"
cp "$B" "$dir/b.jar"
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$dir"' EXIT
start() { # jar port data jvm-options arguments
  # shellcheck disable=SC2086 # options and arguments are word lists
  WARTA_DATA_DIR=$3 "$JAVA" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xmx512m $4 \
    -jar "$1" --server.port="$2" --warta.channels.scheduled=false \
    --warta.cache.enabled="${CACHE:-false}" $5 >"$dir/$2.log" 2>&1 &
  pids+=($!)
}
start "$dir/a.jar" 9231 "$DATA_A" "${JAVA_OPTS_A:-}" "${ARGS_A:-}"
start "$dir/b.jar" 9232 "$DATA_B" "${JAVA_OPTS_B:-}" "${ARGS_B:-}"
for port in 9231 9232; do
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.3; done
  for _ in $(seq 120); do
    grep -q "Search index caught up\|Search index rebuilt" "$dir/$port.log" && break
    sleep 1
  done
done
for path in "$@"; do
  for port in 9231 9232; do wrk -t2 -c"$C" -d10s "http://127.0.0.1:$port$path" >/dev/null; done
done
one() { # port pid path -> "req/s cpu-ms p99"
  local before after out n
  before=$(awk '{print $14 + $15}' "/proc/$2/stat")
  out=$(wrk -t2 -c"$C" -d"${S}s" --latency "http://127.0.0.1:$1$3")
  after=$(awk '{print $14 + $15}' "/proc/$2/stat")
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  printf '%s req/s, %s ms CPU, p99 %s' "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(echo "scale=3; ($after - $before) * 1000 / $(getconf CLK_TCK) / $n" | bc)" \
    "$(awk '$1 == "99%" {print $2}' <<<"$out")"
}
for path in "$@"; do
  echo "$path"
  for r in $(seq "$ROUNDS"); do
    if [ $((r % 2)) = 1 ]; then
      x=$(one 9231 "${pids[0]}" "$path"); y=$(one 9232 "${pids[1]}" "$path")
    else
      y=$(one 9232 "${pids[1]}" "$path"); x=$(one 9231 "${pids[0]}" "$path")
    fi
    echo "  round $r: A $x | B $y"
  done
done
