package id.warta.feed;

import id.warta.platform.SiteProperties;
import tools.jackson.databind.json.JsonMapper;

/** The JSON-LD writer as the application makes it, for tests of pages built without Spring. */
public final class TestStructuredData {
  private TestStructuredData() {}

  public static StructuredData of(SiteProperties site) {
    return new StructuredData(site, JsonMapper.builder().build());
  }
}
