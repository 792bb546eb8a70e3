package id.warta.epaper;

import id.warta.WartaTest;
import org.springframework.transaction.annotation.Transactional;

@WartaTest
@Transactional
class EditionRepositoryTest extends EditionRepositoryContract {}
