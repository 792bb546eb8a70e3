package id.warta.site;

import id.warta.article.ArticleSummary;
import java.util.List;

/** A module of a list of articles with its heading and its "Selengkapnya" link. */
public record SectionModule(String heading, String morePath, List<ArticleSummary> articles) {}
