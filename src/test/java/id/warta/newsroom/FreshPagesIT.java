package id.warta.newsroom;

import id.warta.PostgresTest;
import org.springframework.test.context.TestPropertySource;

@PostgresTest
@TestPropertySource(properties = "warta.cache.enabled=true")
class FreshPagesIT extends FreshPagesContract {}
