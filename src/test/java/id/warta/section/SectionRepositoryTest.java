package id.warta.section;

import id.warta.WartaTest;
import org.springframework.transaction.annotation.Transactional;

@WartaTest
@Transactional
class SectionRepositoryTest extends SectionRepositoryContract {}
