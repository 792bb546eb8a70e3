#!/usr/bin/env bash
# Publish -> visible: how long after a publish each kind of page (cached before it) shows the new
# article, p50/p99 over N publishes (default 100) from the site itself and N from a second
# process on the same database. Not part of the test suite. Usage: bench/publish-visible.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
rm -rf target/bench-publish && mkdir -p target/bench-publish && cp -r target/classes target/test-classes target/bench-publish/
JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
[ -x "$JAVA" ] || JAVA=java
exec "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx1g \
  -cp "target/bench-publish/classes:target/bench-publish/test-classes:$(cat target/bench.classpath)" \
  id.warta.site.PublishVisibilityBenchmark "${1:-100}"
