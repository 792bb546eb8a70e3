package id.warta.media;

import id.warta.WartaTest;
import org.springframework.transaction.annotation.Transactional;

@WartaTest
@Transactional
class MediaRepositoryTest extends MediaRepositoryContract {}
