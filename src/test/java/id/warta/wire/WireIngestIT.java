package id.warta.wire;

import id.warta.PostgresTest;
import org.springframework.test.context.TestPropertySource;

// the agency's test server is on 127.0.0.1, refused by the SSRF guard unless allowed
@PostgresTest
@TestPropertySource(properties = "warta.channels.allowed-hosts=127.0.0.1")
class WireIngestIT extends WireIngestContract {}
