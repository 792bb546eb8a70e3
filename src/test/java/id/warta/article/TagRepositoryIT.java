package id.warta.article;

import id.warta.PostgresTest;

@PostgresTest
class TagRepositoryIT extends TagRepositoryContract {}
