package id.warta.newsroom;

import id.warta.PostgresTest;
import org.springframework.transaction.annotation.Transactional;

@PostgresTest
@Transactional
class ReviewsIT extends ReviewsContract {}
