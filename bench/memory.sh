#!/usr/bin/env bash
# Memory check: starts Warta with -Xmx512m and uploads three 7071 × 7071 PNGs (50 MP each, just
# under the limit) to the media library at the same moment, as three editors would. Before the
# pixel budget two or three of them ended in OutOfMemoryError and 500s. Prints each upload's HTTP
# status and time, the highest heap occupancy the GC saw, and any OutOfMemoryError in the log.
#
#   bench/memory.sh            (needs curl; builds target/warta.jar when missing)
#
# Environment: JAR (default target/warta.jar; another build to compare), PORT (default 18400),
# WORK (default target/bench-memory), HEAP (default 512m), UPLOADS (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18400}
WORK=${WORK:-target/bench-memory}
HEAP=${HEAP:-512m}
UPLOADS=${UPLOADS:-3}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -x "$JAVA" ] || JAVA=java

JAR=${JAR:-target/warta.jar}
[ -f "$JAR" ] || mvn -B -q package -DskipTests
rm -rf "$WORK" && mkdir -p "$WORK"
cp "$JAR" "$WORK/warta.jar"
DATA=$(readlink -f "$WORK")/data
LOG=$WORK/warta.log
export WARTA_DATA_DIR=$DATA WARTA_DEMO=false WARTA_SECURE_COOKIE=false

# The images: one colour each with a gradient, 7071 × 7071, a few megabytes as PNG.
cat >"$WORK/Gen.java" <<'JAVA'
import java.awt.*;
import java.awt.image.BufferedImage;
public class Gen {
  public static void main(String[] args) throws Exception {
    int side = 7071;
    for (int i = 0; i < Integer.parseInt(args[1]); i++) {
      var image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
      var g = image.createGraphics();
      g.setPaint(new GradientPaint(0, 0, new Color(200, 40 * i, 60), side, side, new Color(20, 90, 200 - 40 * i)));
      g.fillRect(0, 0, side, side);
      g.dispose();
      javax.imageio.ImageIO.write(image, "png", new java.io.File(args[0] + "/foto" + i + ".png"));
    }
  }
}
JAVA
"$JAVA" -Xmx1g "$WORK/Gen.java" "$WORK" "$UPLOADS"

password=$("$JAVA" --enable-native-access=ALL-UNNAMED -jar "$WORK/warta.jar" create-admin bench 2>/dev/null \
  | sed -n 's/.*Kata sandi: //p')
"$JAVA" --enable-native-access=ALL-UNNAMED -Xmx"$HEAP" -XX:+UseSerialGC -Xlog:gc:file="$WORK/gc.log" \
  -jar "$WORK/warta.jar" --server.port="$PORT" --warta.channels.scheduled=false >"$LOG" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done

jar=$WORK/cookies
csrf() { curl -fs -b "$jar" -c "$jar" "http://127.0.0.1:$PORT$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
token=$(csrf /redaksi/masuk)
curl -fs -b "$jar" -c "$jar" -o /dev/null -d "_csrf=$token" -d nama=bench --data-urlencode "sandi=$password" \
  "http://127.0.0.1:$PORT/redaksi/masuk"
token=$(csrf /redaksi/media)

echo "| upload | bytes | HTTP | seconds |"
echo "|---|---|---|---|"
started=$(date +%s.%N)
uploads=()
for i in $(seq 0 $((UPLOADS - 1))); do
  (
    result=$(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}' \
      -F "_csrf=$token" -F "berkas=@$WORK/foto$i.png;type=image/png" -F kredit=Bench \
      -F keterangan="Foto besar $i" -F alt="Foto besar $i" "http://127.0.0.1:$PORT/redaksi/media")
    echo "| foto$i.png (7071 × 7071) | $(stat -c %s "$WORK/foto$i.png") | ${result% *} | ${result#* } |"
  ) &
  uploads+=($!)
done
wait "${uploads[@]}"
ended=$(date +%s.%N)
sleep 1
echo
printf 'All %d uploads in %.1f s with -Xmx%s.\n' "$UPLOADS" "$(echo "$ended - $started" | bc)" "$HEAP"
echo "Highest heap occupancy seen by the GC: $(grep -o '[0-9]*M->' "$WORK/gc.log" | tr -d 'M>-' | sort -n | tail -1) MB"
echo "Renditions written: $(ls "$DATA/media" | grep -c '\.jpg$')"
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$LOG" || true)"
echo "$(grep -o 'Pixel budget.*' "$LOG" | head -1)"
