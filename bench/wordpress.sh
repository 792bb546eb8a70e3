#!/usr/bin/env bash
# WordPress import benchmark: writes an export of N posts (default 2000) from the sample export
# (../shared/data/wordpress), imports it with `import-wordpress` into a fresh SQLite data
# directory, then once more (nothing changed). Not part of the test suite.
# Usage: bench/wordpress.sh [N] [SAMPLE_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-2000}"
SAMPLE="${2:-../../shared/data/wordpress}"
[ -d "$SAMPLE" ] || SAMPLE=/work/shared/data/wordpress
mvn -B -q -o compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
rm -rf target/bench-wp && mkdir -p target/bench-wp && cp -r target/classes target/bench-wp/
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 bench/wordpress-wxr.py "$SAMPLE/export-sample.xml" "$N" "$WORK/export.xml"
echo "export: $(grep -c '<item>' "$WORK/export.xml") items, $(du -h "$WORK/export.xml" | cut -f1)"
JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
[ -x "$JAVA" ] || JAVA=java
run() {
  /usr/bin/time -f "wall %e s, max RSS %M KB" "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx512m \
    -cp "target/bench-wp/classes:$(cat target/bench.classpath)" \
    -Dwarta.data-dir="$WORK/data" -Dlogging.level.root=WARN \
    id.warta.WartaApplication import-wordpress "$WORK/export.xml" --uploads "$SAMPLE/uploads" \
    | grep -v '^Dilewati' | tr '\r' '\n' | tail -3
}
echo "first run:"; run
echo "second run (nothing changed):"; run
