package id.warta.platform;

import id.warta.PostgresTest;

@PostgresTest
class JobClaimsIT extends JobClaimsContract {}
