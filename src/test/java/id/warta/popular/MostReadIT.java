package id.warta.popular;

import id.warta.PostgresTest;

@PostgresTest
class MostReadIT extends MostReadContract {}
