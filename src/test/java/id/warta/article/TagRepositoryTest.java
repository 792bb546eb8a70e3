package id.warta.article;

import id.warta.WartaTest;

@WartaTest
class TagRepositoryTest extends TagRepositoryContract {}
