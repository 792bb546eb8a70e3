package id.warta.wire;

import id.warta.WartaTest;

@WartaTest
class WireIngestTest extends WireIngestContract {}
