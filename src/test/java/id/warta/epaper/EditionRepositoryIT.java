package id.warta.epaper;

import id.warta.PostgresTest;
import org.springframework.transaction.annotation.Transactional;

@PostgresTest
@Transactional
class EditionRepositoryIT extends EditionRepositoryContract {}
