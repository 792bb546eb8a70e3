package id.warta.wordpress;

import id.warta.PostgresTest;

@PostgresTest
class WordPressImportIT extends WordPressImportContract {}
