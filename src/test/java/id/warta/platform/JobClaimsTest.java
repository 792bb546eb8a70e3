package id.warta.platform;

import id.warta.WartaTest;

@WartaTest
class JobClaimsTest extends JobClaimsContract {}
