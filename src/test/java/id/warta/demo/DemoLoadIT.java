package id.warta.demo;

import id.warta.PostgresTest;

@PostgresTest
class DemoLoadIT extends DemoLoadContract {}
