package id.warta.page;

import id.warta.WartaTest;

@WartaTest
class StaticPagesTest extends StaticPagesContract {}
