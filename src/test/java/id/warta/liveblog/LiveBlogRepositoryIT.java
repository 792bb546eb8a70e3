package id.warta.liveblog;

import id.warta.PostgresTest;
import org.springframework.transaction.annotation.Transactional;

@PostgresTest
@Transactional
class LiveBlogRepositoryIT extends LiveBlogRepositoryContract {}
