package id.warta.site;

import id.warta.WartaTest;
import org.springframework.test.context.TestPropertySource;

@WartaTest
@TestPropertySource(properties = "warta.cache.enabled=true")
class CacheCoherenceTest extends CacheCoherenceContract {}
