package id.warta.demo;

import id.warta.WartaTest;

@WartaTest
class PageImporterTest extends PageImporterContract {}
