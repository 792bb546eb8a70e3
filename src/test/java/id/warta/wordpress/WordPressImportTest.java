package id.warta.wordpress;

import id.warta.WartaTest;

@WartaTest
class WordPressImportTest extends WordPressImportContract {}
