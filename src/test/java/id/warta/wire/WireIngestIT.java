package id.warta.wire;

import id.warta.PostgresTest;

// the agency's test server is on 127.0.0.1, which @PostgresTest allows past the SSRF guard
@PostgresTest
class WireIngestIT extends WireIngestContract {}
