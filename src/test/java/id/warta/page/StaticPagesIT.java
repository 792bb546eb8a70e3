package id.warta.page;

import id.warta.PostgresTest;

@PostgresTest
class StaticPagesIT extends StaticPagesContract {}
