# wrk measurements shared by the benchmarks (sourced): THREADS, CONNECTIONS, DURATION set;
# WRK_HEADERS (an array, may be empty) goes to every wrk run, e.g. (-H "Accept-Encoding: gzip").
WRK_HEADERS=("${WRK_HEADERS[@]+"${WRK_HEADERS[@]}"}")
ticks_per_second=$(getconf CLK_TCK)
cpu_ticks() { # pids... (summed)
  local total=0 pid
  for pid in $1; do total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat"))); done
  echo "$total"
}

# Runs wrk against a URL; prints one Markdown table row with req/s, p50, p99 and CPU per request.
measure() { # name url pid
  local name=$1 url=$2 pid=$3 before after out rps p50 p99 requests cpu_ms
  curl -sf -o /dev/null "$url" || { echo "| $name | (failed: $url) | | | |"; return; }
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s --timeout 10s "${WRK_HEADERS[@]}" "$url" >/dev/null # warm up
  before=$(cpu_ticks "$pid")
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency "${WRK_HEADERS[@]}" "$url")
  after=$(cpu_ticks "$pid")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  cpu_ms=$(echo "scale=3; ($after - $before) * 1000 / $ticks_per_second / $requests" | bc)
  echo "| $name | $rps | $p50 | $p99 | $cpu_ms |"
}

# Starts nginx serving FILE as /article.html on 127.0.0.1:PORT from DIR; sets NGINX_PID and
# NGINX_PIDS (master and workers, for measure's CPU count). Configured as a fair static server:
# sendfile, keep-alive, no access log; with ACCEPT_GZIP=1 a gzipped copy beside the file is sent to
# clients that ask for gzip (gzip_static, as Warta sends its stored gzip body), without it none.
start_nginx() { # dir port file
  local dir port=$2
  dir=$(readlink -f "$1")
  mkdir -p "$dir/html"
  cp "$3" "$dir/html/article.html"
  local gzip_static="gzip_static off;"
  if [ "${ACCEPT_GZIP:-0}" = 1 ]; then
    gzip -kf9 "$dir/html/article.html"
    gzip_static="gzip_static on; gzip_vary on;"
  fi
  cat >"$dir/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush off;
  keepalive_requests 100000;
  $gzip_static
  server {
    listen 127.0.0.1:$port;
    root $dir/html;
    default_type text/html;
  }
}
CONF
  nginx -c "$dir/nginx.conf" &
  NGINX_PID=$!
  for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/article.html" && break; sleep 0.1; done
  NGINX_PIDS="$NGINX_PID $(pgrep -P "$NGINX_PID" | tr '\n' ' ')"
}
