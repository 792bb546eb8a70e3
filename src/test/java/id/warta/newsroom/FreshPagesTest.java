package id.warta.newsroom;

import id.warta.WartaTest;
import org.springframework.test.context.TestPropertySource;

@WartaTest
@TestPropertySource(properties = "warta.cache.enabled=true")
class FreshPagesTest extends FreshPagesContract {}
