package id.warta.section;

import id.warta.PostgresTest;
import org.springframework.transaction.annotation.Transactional;

@PostgresTest
@Transactional
class SectionRepositoryIT extends SectionRepositoryContract {}
