vcl 4.1;
# Varnish in front of Warta nodes (Debian's varnish 7.1 with xkey from varnish-modules).
#
# - Anonymous GET/HEAD pages are cached for as long as Warta's Cache-Control allows them to a
#   shared cache (s-maxage), and served stale while a fresh copy is fetched
#   (stale-while-revalidate).
# - Warta names what each page shows in its Surrogate-Key header; the keys become xkey hashes, and
#   Warta purges them with `PURGE` requests carrying the keys in an `xkey-purge` (or `xkey`)
#   header, accepted only from the addresses in the `purgers` ACL.
# - The newsroom, the actuator and any request with a session pass straight to a node.
# - The nodes are health-checked on their readiness probe and balanced round-robin.
#
# deploy/cluster.sh writes a copy with the ports of its nodes; for a real deployment edit the
# backends and the ACL below.

import directors;
import std;
import xkey;

probe warta_ready {
  .url = "/actuator/health/readiness";
  .interval = 1s;
  .timeout = 2s;
  .window = 3;
  .threshold = 2;
  .initial = 0;
}

backend node1 {
  .host = "127.0.0.1";
  .port = "8081";
  .probe = warta_ready;
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
  .between_bytes_timeout = 30s;
}

backend node2 {
  .host = "127.0.0.1";
  .port = "8082";
  .probe = warta_ready;
  .connect_timeout = 2s;
  .first_byte_timeout = 30s;
  .between_bytes_timeout = 30s;
}

# Warta's nodes: the only clients allowed to purge.
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_init {
  new nodes = directors.round_robin();
  nodes.add_backend(node1);
  nodes.add_backend(node2);
}

sub vcl_recv {
  set req.backend_hint = nodes.backend();

  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    if (req.http.xkey-purge) {
      set req.http.n-gone = xkey.purge(req.http.xkey-purge);
    } elseif (req.http.xkey) {
      set req.http.n-gone = xkey.purge(req.http.xkey);
    } else {
      return (synth(400, "No keys"));
    }
    # 200 also when nothing was cached under the keys: the purge is done either way.
    return (synth(200, "Purged " + req.http.n-gone));
  }

  # Warta decides who it is talking to from X-Forwarded-For only when Varnish is a trusted
  # proxy (warta.proxy.trusted); never pass on what the client claimed.
  unset req.http.X-Forwarded-Host;
  if (req.http.X-Forwarded-Proto !~ "^https?$") {
    unset req.http.X-Forwarded-Proto;
  }

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/(redaksi|actuator|login|logout)(/|\?|$)") {
    return (pass);
  }
  if (req.http.Authorization) {
    return (pass);
  }
  if (req.http.Cookie ~ "(^|;\s*)(SESSION|JSESSIONID|remember-me)=") {
    return (pass);
  }
  # A stale copy is served while a fresh one is fetched for as long as Warta's
  # stale-while-revalidate says (30 s on every page); when no node is healthy, for as long as Varnish keeps it.
  if (std.healthy(req.backend_hint)) {
    set req.grace = 30s;
  }
  # Any other cookie (analytics, consent) does not change a public page.
  unset req.http.Cookie;
  set req.url = std.querysort(req.url);
  return (hash);
}

sub vcl_backend_response {
  # A node failing while a stale copy is being refreshed: keep serving the stale copy.
  if (beresp.status >= 500 && bereq.is_bgfetch) {
    return (abandon);
  }
  # Only what Warta marks for caches is kept: a page without Cache-Control (an error page, the
  # 404 of an article about to be published) has no Surrogate-Key either, so no purge could
  # reach it, and Varnish's default TTL would keep it for two minutes.
  if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
      || beresp.http.Cache-Control !~ "(s-maxage|max-age)=[1-9]") {
    set beresp.uncacheable = true;
    set beresp.ttl = 10s;
    return (deliver);
  }
  if (beresp.http.Surrogate-Key) {
    set beresp.http.xkey = beresp.http.Surrogate-Key;
  }
  # Kept past its TTL for 6 h: stale-while-revalidate (req.grace in vcl_recv) while a node is
  # healthy, the last copy when none is.
  set beresp.grace = 6h;
  # Kept a while past grace for conditional revalidation (If-None-Match) with the nodes.
  set beresp.keep = 1h;
  return (deliver);
}

sub vcl_deliver {
  unset resp.http.xkey;
  unset resp.http.Via;
  unset resp.http.X-Varnish;
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
