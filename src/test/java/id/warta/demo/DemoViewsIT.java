package id.warta.demo;

import id.warta.PostgresTest;

@PostgresTest
class DemoViewsIT extends DemoViewsContract {}
