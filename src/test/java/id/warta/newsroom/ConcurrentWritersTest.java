package id.warta.newsroom;

import id.warta.WartaTest;

@WartaTest
class ConcurrentWritersTest extends ConcurrentWritersContract {}
