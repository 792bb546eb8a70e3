package id.warta.newsroom;

import id.warta.WartaTest;
import org.springframework.transaction.annotation.Transactional;

@WartaTest
@Transactional
class ReviewsTest extends ReviewsContract {}
