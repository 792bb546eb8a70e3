package id.warta.article;

import id.warta.WartaTest;

@WartaTest
class BulkArticlesTest extends BulkArticlesContract {}
