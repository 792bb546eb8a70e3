package id.warta.media;

import id.warta.PostgresTest;
import org.springframework.transaction.annotation.Transactional;

@PostgresTest
@Transactional
class MediaRepositoryIT extends MediaRepositoryContract {}
