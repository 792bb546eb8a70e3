package id.warta.article;

import id.warta.WartaTest;
import org.springframework.transaction.annotation.Transactional;

@WartaTest
@Transactional
class ArticleSnapshotsTest extends ArticleSnapshotsContract {}
