package id.warta.author;

import id.warta.WartaTest;

@WartaTest
class AuthorRepositoryTest extends AuthorRepositoryContract {}
