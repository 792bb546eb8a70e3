package id.warta.demo;

import id.warta.WartaTest;

@WartaTest
class DemoLoadTest extends DemoLoadContract {}
