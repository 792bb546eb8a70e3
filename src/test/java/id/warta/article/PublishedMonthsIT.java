package id.warta.article;

import id.warta.PostgresTest;
import org.springframework.transaction.annotation.Transactional;

@PostgresTest
@Transactional
class PublishedMonthsIT extends PublishedMonthsContract {}
