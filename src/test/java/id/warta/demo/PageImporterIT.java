package id.warta.demo;

import id.warta.PostgresTest;

@PostgresTest
class PageImporterIT extends PageImporterContract {}
