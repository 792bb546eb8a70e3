package id.warta.demo;

import id.warta.WartaTest;

@WartaTest
class DemoViewsTest extends DemoViewsContract {}
