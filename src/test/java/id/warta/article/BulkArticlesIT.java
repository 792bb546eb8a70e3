package id.warta.article;

import id.warta.PostgresTest;

@PostgresTest
class BulkArticlesIT extends BulkArticlesContract {}
