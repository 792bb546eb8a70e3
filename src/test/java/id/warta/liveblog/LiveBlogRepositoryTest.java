package id.warta.liveblog;

import id.warta.WartaTest;
import org.springframework.transaction.annotation.Transactional;

@WartaTest
@Transactional
class LiveBlogRepositoryTest extends LiveBlogRepositoryContract {}
