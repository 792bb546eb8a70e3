package id.warta.site;

import id.warta.PostgresTest;
import org.springframework.test.context.TestPropertySource;

@PostgresTest
@TestPropertySource(properties = "warta.cache.enabled=true")
class CacheCoherenceIT extends CacheCoherenceContract {}
