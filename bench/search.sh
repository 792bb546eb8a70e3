#!/usr/bin/env bash
# Search benchmark: generates N articles (default 100000) into a fresh SQLite database in a temp
# directory, times the full index build, then search and related-article latency (p50/p99).
# Not part of the test suite. Usage: bench/search.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
# Run from a copy, so that building again meanwhile does not change the classes under its feet.
rm -rf target/bench && mkdir -p target/bench && cp -r target/classes target/test-classes target/bench/
JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
[ -x "$JAVA" ] || JAVA=java
exec "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx2g -XX:+UseSerialGC \
  -cp "target/bench/classes:target/bench/test-classes:$(cat target/bench.classpath)" \
  id.warta.search.SearchBenchmark "${1:-100000}"
