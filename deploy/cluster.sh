#!/usr/bin/env bash
# A local Warta cluster in one command: a PostgreSQL database, two Warta nodes from the built jar
# (each with its own data directory and search index, one shared media store) and Varnish in
# front of them.
#
#   deploy/cluster.sh up|down|status
#
# `up` prints one line per part: varnish=URL, node1=URL, node2=URL, db=JDBC-URL.
# Settings (environment): WARTA_CLUSTER_DIR (state, default target/cluster), WARTA_CLUSTER_DB
# (database name, default warta_cluster), PGHOST/PGPORT/PGUSER (default 127.0.0.1/5432/postgres),
# WARTA_CLUSTER_PORTS ("varnish node1 node2", default "6081 8081 8082"), WARTA_JAR.
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

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_ready() { # url seconds
  local deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null && return 0
    sleep 0.5
  done
  return 1
}

start_node() { # name port demo
  local name=$1 port=$2 demo=$3 dir="$STATE/$1"
  mkdir -p "$dir/data"
  if alive "$dir/pid"; then return; fi
  WARTA_DATA_DIR="$dir/data" \
    WARTA_MEDIA_DIR="$STATE/shared/media" \
    WARTA_DB_URL="$JDBC_URL" WARTA_DB_USER="$PGUSER" WARTA_DB_PASSWORD="" \
    WARTA_DEMO="$demo" WARTA_BASE_URL="http://127.0.0.1:$VARNISH_PORT" \
    WARTA_SECURE_COOKIE=false PORT="$port" \
    nohup "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx512m -jar "$JAR" \
    --warta.node.name="$name" \
    --warta.proxy.trusted=127.0.0.1/32,::1/128 \
    --warta.purge.targets[0].kind=VARNISH \
    --warta.purge.targets[0].url="http://127.0.0.1:$VARNISH_PORT/" \
    >"$dir/log" 2>&1 &
  echo $! >"$dir/pid"
  if ! wait_ready "http://127.0.0.1:$port/readyz" 120; then
    echo "$name did not become ready; see $dir/log" >&2
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
    -s malloc,256m -P "$dir/pid" -T 127.0.0.1:0 >"$dir/log" 2>&1
  if ! wait_ready "http://127.0.0.1:$VARNISH_PORT/" 30; then
    echo "varnish did not answer; see $dir/log" >&2
    exit 1
  fi
}

up() {
  command -v varnishd >/dev/null || { echo "varnishd missing: apt-get install varnish varnish-modules" >&2; exit 1; }
  [[ -f "$JAR" ]] || { echo "$JAR missing: build it with mvn -B -DskipTests package" >&2; exit 1; }
  JAVA=$(java_25)
  mkdir -p "$STATE/shared/media"
  if ! psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "CREATE DATABASE $DB" >/dev/null
  fi
  # node1 migrates the database and loads the demo content; node2 joins it.
  start_node node1 "$NODE1_PORT" true
  start_node node2 "$NODE2_PORT" false
  start_varnish
  echo "varnish=http://127.0.0.1:$VARNISH_PORT"
  echo "node1=http://127.0.0.1:$NODE1_PORT"
  echo "node2=http://127.0.0.1:$NODE2_PORT"
  echo "db=$JDBC_URL"
}

down() {
  local pidfile
  for pidfile in "$STATE"/varnish/pid "$STATE"/node1/pid "$STATE"/node2/pid; do
    if alive "$pidfile"; then
      kill "$(cat "$pidfile")"
      for _ in $(seq 1 40); do alive "$pidfile" || break; sleep 0.25; done
      alive "$pidfile" && kill -9 "$(cat "$pidfile")"
    fi
    rm -f "$pidfile"
  done
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
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
