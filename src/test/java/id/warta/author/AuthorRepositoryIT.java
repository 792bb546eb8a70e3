package id.warta.author;

import id.warta.PostgresTest;

@PostgresTest
class AuthorRepositoryIT extends AuthorRepositoryContract {}
