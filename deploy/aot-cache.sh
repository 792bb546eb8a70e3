#!/usr/bin/env bash
# A faster start for one build of Warta: extracts the jar (Spring Boot's tools mode) into DIR and
# records JDK 25's ahead-of-time cache (JEP 483/514: classes read, parsed and linked ahead of time)
# from one start of the application on a throwaway SQLite database, ended as soon as its context is
# ready. Start Warta from DIR with the cache, on any database:
#
#   java --enable-native-access=ALL-UNNAMED -XX:AOTCache=DIR/warta.aot -jar DIR/warta.jar
#
# The cache belongs to that jar and that JDK: make it again after either changes (the JVM says so
# and starts without it when they do not match; -XX:AOTMode=on makes that an error instead).
#
#   deploy/aot-cache.sh [JAR] [DIR]      (default target/warta.jar and target/aot)
#
# Environment: JAVA (a Java 25 binary; default Temurin 25 in /usr/lib/jvm).
set -euo pipefail

JAR=${1:-target/warta.jar}
DIR=${2:-target/aot}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -f "$JAR" ] || { echo "no jar at $JAR (mvn -B package -DskipTests)" >&2; exit 1; }

rm -rf "$DIR"
mkdir -p "$DIR"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR" >/dev/null

# The recording start: its own empty data directory and SQLite database, no demo content, no
# background jobs, a port of its own, nothing of the caller's environment (no WARTA_ or SPRING_
# setting meant for the site); it ends when the context is ready (no request is served).
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
if ! env -i PATH="$PATH" HOME="${HOME:-$training}" \
  WARTA_DATA_DIR="$training/data" WARTA_DEMO=false \
  "$JAVA" --enable-native-access=ALL-UNNAMED -XX:AOTCacheOutput="$DIR/warta.aot" \
  -Dspring.context.exit=onRefresh -jar "$DIR/warta.jar" \
  --server.port=0 --warta.scheduling.enabled=false --warta.channels.scheduled=false \
  --warta.wires.scheduled=false >"$training/log" 2>&1; then
  tail -n 40 "$training/log" >&2
  echo "the recording start failed" >&2
  exit 1
fi
[ -s "$DIR/warta.aot" ] || { tail -n 40 "$training/log" >&2; echo "no cache written" >&2; exit 1; }
echo "AOT cache for $JAR: $DIR/warta.aot ($(du -m "$DIR/warta.aot" | cut -f1) MB). Start with:"
echo "  $JAVA --enable-native-access=ALL-UNNAMED -XX:AOTCache=$DIR/warta.aot -jar $DIR/warta.jar"
