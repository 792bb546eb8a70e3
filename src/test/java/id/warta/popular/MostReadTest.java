package id.warta.popular;

import id.warta.WartaTest;

@WartaTest
class MostReadTest extends MostReadContract {}
