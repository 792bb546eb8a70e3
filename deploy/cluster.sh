#!/usr/bin/env bash
# A local Warta cluster in one command: a PostgreSQL database, two Warta nodes from the built jar
# (each with its own data directory and search index, one shared media store) and Varnish in
# front of them.
#
#   deploy/cluster.sh up|down|status
#   deploy/cluster.sh admin NAME         create the newsroom admin NAME; prints its password
#   deploy/cluster.sh stop|kill PART     stop node1, node2 or varnish (kill: SIGKILL, a crash)
#
# `up` prints one line per part: varnish=URL, node1=URL, node2=URL, db=JDBC-URL; it starts only
# the parts that are not running, so after `stop node2` it brings node2 back.
# Settings (environment): WARTA_CLUSTER_DIR (state, default target/cluster), WARTA_CLUSTER_DB
# (database name, default warta_cluster), PGHOST/PGPORT/PGUSER (default 127.0.0.1/5432/postgres),
# WARTA_CLUSTER_PORTS ("varnish node1 node2", default "6081 8081 8082"), WARTA_JAR,
# WARTA_CLUSTER_DEMO (demo content in an empty database, default true), WARTA_CLUSTER_WAIT
# (seconds a node may take to become ready, default 240), WARTA_JAVA_OPTS (more JVM options for
# the nodes and commands, default none).
set -euo pipefail
cd "$(dirname "$0")/.."

STATE=${WARTA_CLUSTER_DIR:-$PWD/target/cluster}
DB=${WARTA_CLUSTER_DB:-warta_cluster}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
read -r VARNISH_PORT NODE1_PORT NODE2_PORT <<<"${WARTA_CLUSTER_PORTS:-6081 8081 8082}"
JAR=${WARTA_JAR:-$PWD/target/warta.jar}
JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
# What Varnish and this script ask a node before sending it readers.
READY_PATH=/actuator/health/readiness

java_25() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*25*; do
    if [[ -n "$candidate" && -x "$candidate/bin/java" ]] &&
      "$candidate/bin/java" -version 2>&1 | grep -q 'version "25'; then
      echo "$candidate/bin/java"
      return
    fi
  done
  echo "No Java 25 found in /usr/lib/jvm (set JAVA_HOME)." >&2
  exit 1
}

db_exists() {
  psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1
}

create_db() { # `up` and `admin` may run at once: whoever loses the race finds the database made
  db_exists || psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "CREATE DATABASE $DB" \
    >/dev/null 2>&1 || db_exists
}

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_ready() { # url seconds [pidfile: give up when that process has ended]
  local deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null && return 0
    if [[ -n "${3:-}" ]] && ! alive "$3"; then return 1; fi
    sleep 0.5
  done
  return 1
}

log_tail() { # part: the end of its log, for the one who has to find out why it failed
  echo "--- last lines of $STATE/$1/log" >&2
  tail -n 60 "$STATE/$1/log" >&2 2>/dev/null || true
}

start_node() { # name port demo
  local name=$1 port=$2 demo=$3 dir="$STATE/$1"
  mkdir -p "$dir/data"
  if alive "$dir/pid"; then return; fi
  WARTA_DATA_DIR="$dir/data" \
    WARTA_DB_URL="$JDBC_URL" WARTA_DB_USER="$PGUSER" WARTA_DB_PASSWORD="" \
    WARTA_DEMO="$demo" WARTA_BASE_URL="http://127.0.0.1:$VARNISH_PORT" \
    WARTA_SECURE_COOKIE=false PORT="$port" \
    nohup "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx512m ${WARTA_JAVA_OPTS:-} -jar "$JAR" \
    --warta.media-dir="$STATE/shared/media" \
    --warta.proxy.trusted=127.0.0.1/32,::1/128 \
    --warta.purge.targets[0].kind=VARNISH \
    --warta.purge.targets[0].url="http://127.0.0.1:$VARNISH_PORT/" \
    >"$dir/log" 2>&1 &
  echo $! >"$dir/pid"
}

await_node() { # name port
  if ! wait_ready "http://127.0.0.1:$2$READY_PATH" "${WARTA_CLUSTER_WAIT:-240}" "$STATE/$1/pid"; then
    if alive "$STATE/$1/pid"; then
      echo "$1 did not become ready in ${WARTA_CLUSTER_WAIT:-240} s; see $STATE/$1/log" >&2
    else
      echo "$1 ended before it was ready; see $STATE/$1/log" >&2
    fi
    log_tail "$1"
    exit 1
  fi
}

start_varnish() {
  local dir="$STATE/varnish"
  mkdir -p "$dir"
  if alive "$dir/pid"; then return; fi
  sed -e "s/\"8081\"/\"$NODE1_PORT\"/" -e "s/\"8082\"/\"$NODE2_PORT\"/" \
    deploy/varnish/warta.vcl >"$dir/warta.vcl"
  varnishd -a "127.0.0.1:$VARNISH_PORT" -f "$dir/warta.vcl" -n "$dir/work" \
    -s malloc,256m -P "$dir/pid" -T 127.0.0.1:0 >"$dir/log" 2>&1 ||
    { echo "varnishd did not start" >&2; log_tail varnish; exit 1; }
}

await_varnish() { # serves once its probes found a node ready (a second or two after the node)
  local dir="$STATE/varnish"
  if ! wait_ready "http://127.0.0.1:$VARNISH_PORT/" 30 "$dir/pid"; then
    echo "varnish did not answer; see $dir/log" >&2
    log_tail varnish
    exit 1
  fi
}

up() {
  command -v varnishd >/dev/null || { echo "varnishd missing: apt-get install varnish varnish-modules" >&2; exit 1; }
  [[ -f "$JAR" ]] || { echo "$JAR missing: build it with mvn -B -DskipTests package" >&2; exit 1; }
  JAVA=$(java_25)
  mkdir -p "$STATE/shared/media"
  create_db
  # Both start at once (Flyway takes a lock on the database for the migrations); node1 loads
  # the demo content into an empty database (WARTA_CLUSTER_DEMO=false for none).
  start_node node1 "$NODE1_PORT" "${WARTA_CLUSTER_DEMO:-true}"
  start_node node2 "$NODE2_PORT" false
  start_varnish # while the nodes boot; it sends no reader to a node before its probe passes
  await_node node1 "$NODE1_PORT"
  await_node node2 "$NODE2_PORT"
  await_varnish
  echo "varnish=http://127.0.0.1:$VARNISH_PORT"
  echo "node1=http://127.0.0.1:$NODE1_PORT"
  echo "node2=http://127.0.0.1:$NODE2_PORT"
  echo "db=$JDBC_URL"
}

# The newsroom admin NAME (created, or its password reset); prints the generated password.
admin() { # name
  JAVA=$(java_25)
  create_db
  WARTA_DATA_DIR="$STATE/admin" WARTA_DB_URL="$JDBC_URL" WARTA_DB_USER="$PGUSER" WARTA_DB_PASSWORD="" \
    "$JAVA" --enable-native-access=ALL-UNNAMED ${WARTA_JAVA_OPTS:-} -jar "$JAR" create-admin "$1"
}

# Stops one part (node1, node2, varnish): gently, or with `kill` as a crash would (SIGKILL).
stop_part() { # part signal
  local pidfile="$STATE/$1/pid"
  if alive "$pidfile"; then
    kill "-$2" "$(cat "$pidfile")"
    for _ in $(seq 1 80); do alive "$pidfile" || break; sleep 0.25; done
    alive "$pidfile" && kill -9 "$(cat "$pidfile")"
  fi
  rm -f "$pidfile"
}

down() {
  local part
  for part in varnish node1 node2; do stop_part "$part" TERM; done
  echo "stopped"
}

status() {
  local state
  state() { alive "$STATE/$1/pid" && echo up || echo down; }
  echo "varnish=http://127.0.0.1:$VARNISH_PORT $(state varnish)"
  echo "node1=http://127.0.0.1:$NODE1_PORT $(state node1)"
  echo "node2=http://127.0.0.1:$NODE2_PORT $(state node2)"
  if pg_isready -h "$PGHOST" -p "$PGPORT" -q; then echo "db=$JDBC_URL up"; else echo "db=$JDBC_URL down"; fi
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  admin) admin "${2:?usage: $0 admin NAME}" ;;
  stop | kill)
    [[ "${2:-}" =~ ^(node1|node2|varnish)$ ]] || { echo "usage: $0 $1 node1|node2|varnish" >&2; exit 2; }
    stop_part "$2" "$([[ $1 == kill ]] && echo KILL || echo TERM)" ;;
  *) echo "usage: $0 up|down|status|admin NAME|stop PART|kill PART" >&2; exit 2 ;;
esac
