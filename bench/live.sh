#!/usr/bin/env bash
# Live blog polling: READERS simulated readers (default 5,000 open connections) poll the demo's
# live article's fragment (/feed/langsung/{id}) as the page's script does (revalidating with the
# ETag they last got), while an editor posts an entry every few seconds through the newsroom.
# Prints the poll rate, latency, how many polls the page cache answered and how many rendered
# (each rendering reads the database; a hit reads nothing), and how soon each entry was seen.
#
#   bench/live.sh            (needs wrk: apt-get install wrk)
#
# Environment: READERS (5000), DURATION (30s), THREADS (2), PORT (8191), WORK (target/bench-live),
# EVERY (seconds between entries, 3).
set -euo pipefail
cd "$(dirname "$0")/.."

READERS=${READERS:-5000}
DURATION=${DURATION:-30s}
THREADS=${THREADS:-2}
PORT=${PORT:-8191}
EVERY=${EVERY:-3}
WORK=${WORK:-target/bench-live}
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
METRICS_PASSWORD=bench-$RANDOM$RANDOM
BASE=http://127.0.0.1:$PORT

for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install wrk curl python3" >&2; exit 1; }
done
ulimit -n "$((READERS + 1000))" 2>/dev/null || true

[ -f target/warta.jar ] || mvn -B -q package -DskipTests
rm -rf "$WORK"
mkdir -p "$WORK"
cp target/warta.jar "$WORK/warta.jar"
LOG=$WORK/warta.log
WARTA_DATA_DIR=$(readlink -f "$WORK")/data WARTA_METRICS_PASSWORD=$METRICS_PASSWORD WARTA_SECURE_COOKIE=false \
  "$JAVA" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xmx512m -jar "$WORK/warta.jar" \
  --server.port="$PORT" --warta.channels.scheduled=false --server.tomcat.max-connections="$((READERS + 500))" \
  >"$LOG" 2>&1 &
WARTA_PID=$!
trap 'kill $WARTA_PID 2>/dev/null || true; wait $WARTA_PID 2>/dev/null || true' EXIT
until curl -sf -o /dev/null "$BASE/"; do
  kill -0 "$WARTA_PID" 2>/dev/null || { echo "Warta died, see $LOG" >&2; exit 1; }
  sleep 0.5
done
PASSWORD=$(awk '/kata sandi:/ {print $3; exit}' "$LOG")
# The demo content loads after the server answers: wait for its live article on the home page.
ARTICLE=
for _ in $(seq 1 300); do
  ARTICLE=$(curl -s "$BASE/" | grep -o 'href="/olahraga/[0-9]*/langsung-[^"#]*"' | head -1 | cut -d'"' -f2 || true)
  [ -n "$ARTICLE" ] && break
  sleep 1
done
[ -n "$ARTICLE" ] || { echo "no live article on the home page, see $LOG" >&2; exit 1; }
ID=$(cut -d/ -f3 <<<"$ARTICLE")
FRAGMENT=/feed/langsung/$ID

cat >"$WORK/poll.lua" <<'LUA'
-- Each thread revalidates with the last ETag it got, as the page's script (fetch, no-cache) does.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) etag = nil; ok = 0; unchanged = 0; other = 0 end
function request()
  local headers = {["Accept-Encoding"] = "gzip"}
  if etag then headers["If-None-Match"] = etag end
  return wrk.format("GET", wrk.path, headers)
end
function response(status, headers, body)
  if status == 200 then ok = ok + 1; etag = headers["ETag"] elseif status == 304 then unchanged = unchanged + 1 else other = other + 1 end
end
function done(summary, latency, requests)
  local o, u, x = 0, 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); u = u + t:get("unchanged"); x = x + t:get("other") end
  io.write(string.format("STATUS 200=%d 304=%d other=%d\n", o, u, x))
end
LUA

hits() { curl -sf -u "prometheus:$METRICS_PASSWORD" "$BASE/actuator/prometheus" | awk '/^warta_page_cache_hits_total/ {print int($NF)}'; }
# Renderings of the fragment: requests that reached MVC (page-cache hits are answered before the
# request metrics see them).
renders() { curl -sf -u "prometheus:$METRICS_PASSWORD" "$BASE/actuator/prometheus" | awk '/^http_server_requests_seconds_count\{.*uri="\/feed\/langsung\// {s += $NF} END {print int(s)}'; }
cpu() { awk '{print $14 + $15}' "/proc/$WARTA_PID/stat"; }

# The editor: logs in, posts an entry every EVERY seconds, and notes when the fragment shows it.
editor() {
  python3 - "$BASE" "$ID" "$PASSWORD" "$EVERY" "$1" <<'PY'
import http.cookiejar, re, sys, time, urllib.parse, urllib.request
base, article, password, every, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
jar = http.cookiejar.CookieJar()
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args): return None
editor = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
def csrf(url):
    return re.search(r'name="_csrf" value="([^"]+)"', editor.open(url).read().decode()).group(1)
def post(url, fields):
    try:
        return editor.open(url, urllib.parse.urlencode(fields).encode())
    except urllib.error.HTTPError as e:
        return e
answer = post(base + "/redaksi/masuk", {"nama": "admin", "sandi": password, "_csrf": csrf(base + "/redaksi/masuk")})
assert answer.status == 302, "login refused"
seen = []
end = time.monotonic() + seconds
n = 0
while time.monotonic() < end:
    n += 1
    text = f"Pembaruan tolok ukur {n} {time.time_ns()}"
    token = csrf(base + "/redaksi/langsung/" + article)
    started = time.monotonic()
    answer = post(base + "/redaksi/langsung/" + article + "/entri", {"teks": text, "_csrf": token})
    assert answer.status == 302, answer.status
    while text not in urllib.request.urlopen(base + "/feed/langsung/" + article, timeout=10).read().decode():
        time.sleep(0.01)
    seen.append((time.monotonic() - started) * 1000)
    time.sleep(max(0, every - (time.monotonic() - started)))
seen.sort()
print(f"ENTRIES {len(seen)} posted; post -> in the fragment: median {seen[len(seen)//2]:.0f} ms, max {seen[-1]:.0f} ms")
PY
}

wrk -t"$THREADS" -c"$READERS" -d5s --timeout 10s "$BASE$FRAGMENT" >/dev/null # warm up, connections open
seconds=${DURATION%s}
hits_before=$(hits); renders_before=$(renders); cpu_before=$(cpu)
editor "$((seconds - 2))" >"$WORK/editor.txt" &
EDITOR_PID=$!
out=$(wrk -t"$THREADS" -c"$READERS" -d"$DURATION" --timeout 10s --latency -s "$WORK/poll.lua" "$BASE$FRAGMENT")
wait "$EDITOR_PID"
sleep 3 # let the requests still queued when wrk stopped finish
hits_after=$(hits); renders_after=$(renders); cpu_after=$(cpu)
requests=$(awk '/requests in/ {print $1}' <<<"$out")
rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
hits=$((hits_after - hits_before))
echo "## Live blog: $READERS readers polling one live article's fragment"
echo
echo "wrk -t$THREADS -c$READERS -d$DURATION on loopback against $FRAGMENT (If-None-Match, gzip), an entry posted every ${EVERY} s."
echo
echo "| polls | polls/s | p50 | p99 | page-cache hits | renderings (database reads) | Warta CPU ms/poll |"
echo "|---|---|---|---|---|---|---|"
echo "| $requests | $rps | $(awk '$1 == "50%" {print $2}' <<<"$out") | $(awk '$1 == "99%" {print $2}' <<<"$out") | $hits | $((renders_after - renders_before)) | $(echo "scale=3; ($cpu_after - $cpu_before) * 1000 / $(getconf CLK_TCK) / $requests" | bc) |"
echo
grep STATUS <<<"$out" | sed 's/^STATUS /Answers: /'
cat "$WORK/editor.txt"
echo "Readers needed: $READERS polling every 4 s = $((READERS / 4)) polls/s. Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
