#!/usr/bin/env bash
# Warta's cluster benchmark: deploy/cluster.sh (PostgreSQL, two nodes, Varnish) on its own ports
# and database, then
#   1. an article page through Varnish against nginx serving the same HTML (wrk, same run):
#      req/s, latency, CPU per request of varnishd and of nginx;
#   2. publish on node1 -> visible through Varnish and on node2 (section page cached before),
#      p50/p99 over N publishes (default 100);
#   3. catch-up: node2 stopped, N changes published on node1, node2 started again: time from its
#      start until it reports ready with every change, against a restart after no changes.
# Prints a Markdown report. Not part of the test suite.
#
#   bench/cluster.sh [N]     (needs wrk and nginx: apt-get install wrk nginx-light; varnish)
#
# Environment: DURATION (default 15s per wrk run), CONNECTIONS (64), THREADS (2),
# PORTS ("varnish node1 node2 nginx", default "6085 18931 18932 18933"), WORK (target/bench-cluster).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-100}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
read -r VARNISH_PORT NODE1_PORT NODE2_PORT NGINX_PORT <<<"${PORTS:-6085 18931 18932 18933}"
WORK=$(mkdir -p "${WORK:-target/bench-cluster}" && readlink -f "${WORK:-target/bench-cluster}")
export WARTA_CLUSTER_DIR=$WORK/cluster WARTA_CLUSTER_DB=warta_bench_cluster
export WARTA_CLUSTER_PORTS="$VARNISH_PORT $NODE1_PORT $NODE2_PORT"
V=http://127.0.0.1:$VARNISH_PORT
A=http://127.0.0.1:$NODE1_PORT
B=http://127.0.0.1:$NODE2_PORT

for tool in wrk nginx curl varnishd python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install wrk nginx-light varnish varnish-modules" >&2; exit 1; }
done
[ -f target/warta.jar ] || mvn -B -q package -DskipTests

source bench/wrk.sh

NGINX_PID=
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  deploy/cluster.sh down >/dev/null || true
}
trap cleanup EXIT

deploy/cluster.sh down >/dev/null
rm -rf "$WARTA_CLUSTER_DIR"
psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $WARTA_CLUSTER_DB WITH (FORCE)" >/dev/null
deploy/cluster.sh admin bench >"$WORK/admin.log" 2>&1 &
ADMIN=$!
started=$(date +%s)
deploy/cluster.sh up >"$WORK/up.log"
echo "Cluster up in $(($(date +%s) - started)) s (both nodes at once, demo content on node1); load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
wait "$ADMIN"
PASSWORD=$(grep -o 'Kata sandi: [^ ]*' "$WORK/admin.log" | tail -1 | cut -d' ' -f3)

echo "# Cluster benchmark ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
echo

# 1. An article through Varnish against nginx serving the same HTML.
ARTICLE=$(curl -s -o /dev/null -w '%{url_effective}' -L "$V/nasional/6")
curl -s "$ARTICLE" -o "$WORK/article.html"
start_nginx "$WORK/nginx" "$NGINX_PORT" "$WORK/article.html"
VARNISH_PID=$(cat "$WARTA_CLUSTER_DIR/varnish/pid")
VARNISH_PIDS="$VARNISH_PID $(pgrep -P "$VARNISH_PID" | tr '\n' ' ')"
echo "## An article page: Varnish (cache hit) against nginx with the same HTML"
echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback, ${ARTICLE#"$V"} ($(wc -c <"$WORK/article.html") bytes of HTML); CPU per request of the serving processes only."
echo
echo "| What | req/s | p50 | p99 | CPU ms/request |"
echo "|---|---|---|---|---|"
measure "Varnish in front of two nodes" "$ARTICLE" "$VARNISH_PIDS"
measure "nginx, same article HTML" "http://127.0.0.1:$NGINX_PORT/article.html" "$NGINX_PIDS"
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

# 2 and 3: an editor over HTTP (python3 standard library only).
editor() { # mode count
  python3 - "$1" "$2" "$A" "$B" "$V" "$PASSWORD" <<'PY'
import http.cookiejar, re, sys, time, urllib.parse, urllib.request, random, string
mode, count, A, B, V, password = sys.argv[1], int(sys.argv[2]), *sys.argv[3:]
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
answer = post(A + "/redaksi/masuk", {"nama": "bench", "sandi": password, "_csrf": csrf(A + "/redaksi/masuk")})
assert answer.status == 302 and answer.headers["Location"].endswith("/redaksi"), "login refused"
def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read().decode()
def publish(title):
    answer = post(A + "/redaksi/artikel/baru", {"judul": title, "kanal": "1", "penulis": "1",
        "ringkasan": "Ringkasan " + title, "isi": "<p>Isi " + title + "</p>", "tag": "Tolok",
        "versi": "0", "aksi": "terbitkan", "_csrf": csrf(A + "/redaksi/artikel/baru")})
    assert answer.status == 302, answer.status
def word():
    return "".join(random.choice(string.ascii_lowercase) for _ in range(8))
if mode == "visible":
    through_varnish, on_other = [], []
    for i in range(count):
        fetch(V + "/nasional"); fetch(B + "/nasional")  # both cached before the publish
        title = "Tolok Ukur " + word()
        publish(title)
        acknowledged = time.monotonic()
        pending = {"varnish": V + "/nasional", "node2": B + "/nasional"}
        deadline = acknowledged + 30
        while pending and time.monotonic() < deadline:
            for name, url in list(pending.items()):
                if title in fetch(url):
                    (through_varnish if name == "varnish" else on_other).append(time.monotonic() - acknowledged)
                    del pending[name]
        assert not pending, "not visible within 30 s: " + str(pending)
    def pct(xs, p):
        xs = sorted(xs); return xs[min(len(xs) - 1, int(round(p / 100 * len(xs) + 0.5)) - 1)] * 1000
    for name, xs in (("through Varnish", through_varnish), ("on the other node", on_other)):
        print(f"| {name} | {len(xs)} | {pct(xs, 50):.0f} | {pct(xs, 99):.0f} | {max(xs) * 1000:.0f} |")
else:
    for i in range(count):
        title = "Selagi Mati " + word()
        publish(title)
    print(title)
PY
}

echo "## Publish on node1 -> visible through Varnish and on node2"
echo
echo "$N publishes over HTTP as an editor on node1; after each, the section page (cached before in Varnish and on node2) is read until it shows the new title. Time from the publish's answer."
echo
echo "| Where | publishes | p50 ms | p99 ms | max ms |"
echo "|---|---|---|---|---|"
editor visible "$N"
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

ready_after_start() { # prints seconds from node2's start to ready
  local t0
  t0=$(date +%s.%N)
  deploy/cluster.sh up >/dev/null
  echo "$(date +%s.%N) - $t0" | bc
}
latest_on_b() { curl -s "$B/api/articles" | grep -c "$1" || true; }

echo "## Catch-up of a node restarted after N changes"
echo
deploy/cluster.sh stop node2
baseline=$(ready_after_start)
deploy/cluster.sh stop node2
last_title=$(editor down "$N")
after=$(ready_after_start)
seen=$(latest_on_b "$last_title")
echo "| Restart of node2 | start -> ready (s) |"
echo "|---|---|"
echo "| after no changes | $baseline |"
echo "| after $N publishes made while it was down | $after |"
echo
echo "Right after ready, node2's /api/articles shows the last of the $N publishes: $([ "$seen" -gt 0 ] && echo yes || echo NO)."
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
