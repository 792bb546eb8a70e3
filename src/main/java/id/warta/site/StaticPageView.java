package id.warta.site;

import id.warta.page.StaticPage;

/** A static page (Tentang Kami, Redaksi, ...) as readers see it. */
public record StaticPageView(PageFrame frame, StaticPage page) {}
