package id.warta.article;

import id.warta.author.Author;
import java.util.List;

/** An article with its bylines and tags, in their order: what feeds, the API and pages show. */
public record WholeArticle(Article article, List<Author> authors, List<Tag> tags) {}
